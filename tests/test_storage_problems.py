"""A full disk and a read-only folder, for real: each test runs Omroeper on a small tmpfs mounted in a private mount
namespace (`unshare`), filled up or mounted read-only. The officer gets that problem's own message, in the window
(a dialog) and on the command line, and nothing stored is lost."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from models.post import Post
from services.store import STORE_FILE_NAME, Store

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable

# The window, as main.py builds it, with each dialog printed instead of shown (it would wait for a click).
WINDOW = """
import sys
sys.path.insert(0, {root!r})
from ui.messages import ProblemMessage
ProblemMessage.exec = lambda dialog: print("DIALOG:", dialog.text(), flush=True) or 0
import main
sys.exit(main.main(["--data-dir", {folder!r}]))
"""


def _namespaces_work() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                           capture_output=True)
    return probe.returncode == 0


pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not _namespaces_work(), reason="needs unshare and tmpfs mounts in a user namespace")]


def seeded_folder(tmp_path: Path, titles: list[str]) -> Path:
    seed = tmp_path / "seed"
    store = Store.open(seed / STORE_FILE_NAME)
    store.save_all(Post(title=title, body="Bewaard") for title in titles)
    store.close()
    return seed


def in_small_disk(tmp_path: Path, seed: Path, steps: str, *, size_kb: int = 4096) -> str:
    """Runs the shell `steps` with $D a tmpfs of `size_kb` holding a copy of `seed`; returns what they printed.
    Helpers for the steps: `fill` leaves only $FREE kilobytes free (default none); `omroeper ARGS` runs main.py."""
    mount = tmp_path / "disk"
    mount.mkdir()
    window_script = tmp_path / "window.py"
    window_script.write_text(WINDOW.format(root=str(ROOT), folder=str(mount)), encoding="utf-8")
    script = textwrap.dedent(f"""
        set -u
        D={mount}
        mount -t tmpfs -o size={size_kb}k tmpfs "$D"
        cp -a {seed}/. "$D"/
        fill() {{
            dd if=/dev/zero of="$D/filler" bs=4k 2>/dev/null
            [ "${{FREE:-0}}" -gt 0 ] && truncate -s -"${{FREE}}K" "$D/filler"
            true
        }}
        M={ROOT / 'main.py'}
        omroeper() {{ QT_QPA_PLATFORM=offscreen LANG=${{IN_LANG:-en_US.UTF-8}} {PYTHON} "$M" --data-dir "$D" "$@"; \
                      echo "exit=$?"; }}
        window() {{ QT_QPA_PLATFORM=offscreen LANG=en_US.UTF-8 timeout 60 {PYTHON} {window_script}; echo "exit=$?"; }}
        {steps}
    """)
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, timeout=300)
    return done.stdout + done.stderr


def test_a_full_disk_is_said_as_such_when_the_lock_cannot_be_made(tmp_path: Path) -> None:
    seed = seeded_folder(tmp_path, ["Bewaard bericht"])
    out = in_small_disk(tmp_path, seed, f"""
        fill
        omroeper publish-due
        window
        rm "$D/filler"
        omroeper export-csv {tmp_path}/after.csv
    """)
    assert "already running" not in out
    assert out.count("is full") == 3, out  # the command's message, the window's dialog and its terminal line
    assert "DIALOG: The disk that holds the data folder" in out
    assert "Traceback" not in out
    assert "Bewaard bericht" in (tmp_path / "after.csv").read_text(encoding="utf-8-sig")


def test_a_disk_that_fills_during_an_import_keeps_what_was_stored(tmp_path: Path) -> None:
    seed = seeded_folder(tmp_path, ["Al bewaard"])
    rows = "".join(f"Nieuw {n},2027-01-{1 + n % 28:02d},09:00,,{'tekst ' * 200},,draft\n" for n in range(400))
    (tmp_path / "big.csv").write_text("title,date,time,channels,text,tags,status\n" + rows, encoding="utf-8")
    out = in_small_disk(tmp_path, seed, f"""
        FREE=400 fill
        omroeper import-csv {tmp_path}/big.csv
        rm "$D/filler"
        omroeper export-csv {tmp_path}/after.csv
    """)
    # room for the backup taken before an import (about 200 kB), not for the 400 posts: SQLite's own write fails
    assert f"The disk is full, so the last change to {tmp_path / 'disk' / STORE_FILE_NAME}" in out, out
    assert "exit=2" in out and "Traceback" not in out
    exported = (tmp_path / "after.csv").read_text(encoding="utf-8-sig")
    assert "Al bewaard" in exported and "Nieuw 1," not in exported


def test_a_read_only_folder_is_said_as_such(tmp_path: Path) -> None:
    seed = seeded_folder(tmp_path, ["Bewaard bericht"])
    out = in_small_disk(tmp_path, seed, f"""
        mount -o remount,ro "$D"
        omroeper publish-due
        omroeper export-csv {tmp_path}/out.csv
        window
        IN_LANG=nl_NL.UTF-8 omroeper publish-due
    """)
    assert "already running" not in out and "Traceback" not in out
    assert out.count("cannot be written to") == 4, out  # two commands; the window's dialog and terminal line
    assert "DIALOG:" in out and "exit=0" not in out
    assert "Er kan niet naar" in out and "alleen-lezen" in out  # in Dutch on a Dutch system
