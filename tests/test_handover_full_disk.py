"""A handover import onto a full disk, for real: the stand-in's media folder is a small tmpfs, filled up, mounted in
a private mount namespace (`unshare`). The images are copied before anything is merged, so the import stops with
the disk's own message (command line and window, no traceback) and the calendar is exactly as it was."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image as Picture

from models.channel import ChannelAccount, Network
from models.media import PostMedia
from models.post import Post, PostStatus, Variant
from models.staff import StaffMember
from services.handover import HandoverNote, export_handover
from services.media_library import add_image
from services.post_editing import save_post
from services.store import STORE_FILE_NAME, Store
from tests.services.handover_craft import store_rows

ROOT = Path(__file__).resolve().parent.parent

# The Vacation tab importing the file, with the preview answered yes and each problem printed instead of shown.
WINDOW = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMessageBox
from ui.messages import ProblemMessage
from services.store import Store
from ui.vacation_tab import VacationTab
app = QApplication([])
QMessageBox.exec = lambda box: QMessageBox.StandardButton.Yes
ProblemMessage.exec = lambda dialog: print("DIALOG:", dialog.text(), flush=True) or 0
store = Store.open(Path({folder!r}) / "omroeper.sqlite")
print("IMPORTED:", VacationTab(store).import_handover({file!r}), flush=True)
store.close()
"""


def _namespaces_work() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                           capture_output=True)
    return probe.returncode == 0


pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not _namespaces_work(), reason="needs unshare and tmpfs mounts in a user namespace")]


def test_a_full_disk_while_copying_the_images_merges_nothing(tmp_path: Path) -> None:
    sanne = Store.open(tmp_path / "sanne" / STORE_FILE_NAME)
    try:
        sanne.save(StaffMember(name="Sanne", is_self=True))
        whatsapp = sanne.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
        Picture.effect_noise((256, 256), 80).convert("RGB").save(tmp_path / "markt.png")  # does not compress away
        media = add_image(sanne, tmp_path / "markt.png")
        post = Post(title="Markt", body="Zaterdag markt", status=PostStatus.SCHEDULED,
                    scheduled_at=datetime.now(UTC) + timedelta(days=2))
        save_post(sanne, post, [Variant(post_id=post.id, channel_id=whatsapp.id)],
                  [PostMedia(post_id=post.id, media_id=media.id, alt_text="Markt")])
        handover = tmp_path / "overdracht.omroeper"
        export_handover(sanne, handover, HandoverNote(), sanne.clock())
    finally:
        sanne.close()
    joris_folder = tmp_path / "joris"
    joris = Store.open(joris_folder / STORE_FILE_NAME)
    joris.save(StaffMember(name="Joris", is_self=True))
    before = store_rows(joris)
    joris.close()
    (joris_folder / "media").mkdir()
    window_script = tmp_path / "window.py"
    window_script.write_text(WINDOW.format(root=str(ROOT), folder=str(joris_folder), file=str(handover)),
                             encoding="utf-8")
    script = textwrap.dedent(f"""
        set -u
        mount -t tmpfs -o size=64k tmpfs {joris_folder}/media
        dd if=/dev/zero of={joris_folder}/media/filler bs=4k 2>/dev/null
        export QT_QPA_PLATFORM=offscreen LANG=en_US.UTF-8
        {sys.executable} {ROOT / 'main.py'} --data-dir {joris_folder} handover import {handover}; echo "exit=$?"
        {sys.executable} {window_script}; echo "exit=$?"
        ls {joris_folder}/media
    """)
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, timeout=300)
    out = done.stdout + done.stderr

    full = (f"The disk is full: the images of overdracht.omroeper could not be copied into {joris_folder / 'media'}. "
            f"Nothing was imported.")
    assert out.count(full) == 2, out  # the command's message, and the window's dialog
    assert "exit=2" in out and "IMPORTED: False" in out and "Traceback" not in out
    assert ".partial" not in out  # no half-copied image left behind
    joris = Store.open(joris_folder / STORE_FILE_NAME)
    try:
        rows = store_rows(joris)
        rows.pop("media files")  # the tmpfs is gone with its namespace
        before.pop("media files")
        assert rows == before  # not one post, channel, image record or setting of the file
    finally:
        joris.close()
