"""Autosave under a crash: a process typing into the composer is killed (SIGKILL) and at most the last two
seconds of typing are lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models.post import Post
from services.store import STORE_FILE_NAME, Store

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Vanaf maandag wordt de Dorpsstraat opnieuw bestraat; fietsers kunnen er langs. " * 2

TYPIST = """
import sys, time
sys.path.insert(0, {root!r})
from datetime import date
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from services.store import Store
from ui.calendar_tab import CalendarTab

app = QApplication([])
store = Store.open(Path({store!r}))
tab = CalendarTab(store, today=date(2026, 3, 4))
tab.show()
tab.new_post_on(date(2026, 3, 10))
editor = tab.composer.master_edit
text = {text!r}
typed = 0

def type_one():
    global typed
    QTest.keyClicks(editor, text[typed])
    typed += 1
    print("typed", typed, time.time(), flush=True)
    if typed == len(text):
        timer.stop()

timer = QTimer()
timer.timeout.connect(type_one)
timer.start(80)
app.exec()
"""


@pytest.mark.slow
def test_killing_the_process_loses_at_most_the_last_two_seconds(tmp_path: Path) -> None:
    store_path = tmp_path / STORE_FILE_NAME
    Store.open(store_path).close()
    script = TYPIST.format(root=str(ROOT), store=str(store_path), text=TEXT)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert child.stdout is not None
    typed_at: list[float] = []
    try:
        for line in child.stdout:
            _word, _count, moment = line.split()
            typed_at.append(float(moment))
            if len(typed_at) >= 60:  # about five seconds of steady typing
                break
        os.kill(child.pid, signal.SIGKILL)
        killed_at = time.time()
    finally:
        child.kill()
        child.wait()
    assert len(typed_at) >= 60, "the typist did not start"
    store = Store.open(store_path)
    [post] = store.find(Post)
    store.close()
    assert TEXT.startswith(post.body), "what is stored is exactly what was typed, in order"
    safe = sum(1 for moment in typed_at if moment <= killed_at - 2.0)
    assert len(post.body) >= safe, f"lost more than two seconds: {len(post.body)} stored, {safe} typed before"
    assert safe >= 30
