"""The post being typed when the disk stops taking writes, for real: the window runs on a small tmpfs in a private
mount namespace (as in tests/test_storage_problems.py), which fills up while a post is open. The composer says the
post is not saved, Ctrl+Q asks, and the text chosen to go to a file arrives there.

(A disk remounted read-only cannot be had under a running window: Linux refuses to remount a file system read-only
while SQLite holds its file open for writing. A full disk makes SQLite's writes fail the same way, through the same
path; tests/ui/test_quit_with_unsaved_post.py covers the read-only message and every answer to the question.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_storage_problems import PYTHON, ROOT, _namespaces_work, in_small_disk, seeded_folder

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not _namespaces_work(), reason="needs unshare and tmpfs mounts in a user namespace")]

# The window as main.py builds it; once it has started, a post is typed and saved, the disk fills up, more is
# typed, and Ctrl+Q is pressed. The question is answered "save the text to a file" with a file outside the disk.
TYPING = """
import subprocess
import sys
from datetime import date

sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QFileDialog

from ui.main_window import MainWindow
from ui.unsaved_text_dialog import UnsavedTextDialog


def answer(dialog):
    print("ASKED:", dialog.text().replace(chr(10), " "), flush=True)
    dialog.file_button.click()
    return 0


UnsavedTextDialog.exec = answer
QFileDialog.getSaveFileName = staticmethod(lambda *args, **kwargs: ({text_file!r}, ""))
started = MainWindow.finish_startup


def type_and_quit(window):
    started(window)
    calendar = window.calendar()
    calendar.new_post_on(date(2026, 3, 12))
    composer = calendar.composer
    composer.title_edit.setText("Kermis")
    composer.title_edit.textEdited.emit("Kermis")
    composer.master_edit.setPlainText("De kermis begint vrijdag")
    composer.flush()
    print("FIRST:", composer.saved_label.text(), flush=True)
    subprocess.run(["sh", "-c", 'dd if=/dev/zero of="$0/filler" bs=4k 2>/dev/null; true', {folder!r}])
    composer.master_edit.setPlainText("De kermis begint vrijdag om 14:00 " + "op het Marktplein " * 2000)
    composer.flush()
    print("THEN:", composer.saved_label.text(), flush=True)
    window.quit_action.trigger()


MainWindow.finish_startup = type_and_quit
import main

sys.exit(main.main(["--data-dir", {folder!r}]))
"""


def test_ctrl_q_on_a_full_disk_asks_and_saves_the_text_to_a_file(tmp_path: Path) -> None:
    seed = seeded_folder(tmp_path, ["Bewaard bericht"])
    text_file = tmp_path / "kermis.txt"
    script = tmp_path / "window_typing.py"
    script.write_text(TYPING.format(root=str(ROOT), folder=str(tmp_path / "disk"), text_file=str(text_file)),
                      encoding="utf-8")
    out = in_small_disk(tmp_path, seed, f"""
        QT_QPA_PLATFORM=offscreen LANG=en_US.UTF-8 timeout 60 {PYTHON} {script}
        echo "exit=$?"
    """)
    assert "FIRST: Saved" in out, out
    assert "THEN: Not saved: The disk is full" in out, out
    assert "ASKED: The post you are writing could not be saved: The disk is full" in out, out
    assert "exit=0" in out and "Traceback" not in out, out
    text = text_file.read_text(encoding="utf-8")
    assert "Title: Kermis" in text and "De kermis begint vrijdag om 14:00 op het Marktplein" in text
