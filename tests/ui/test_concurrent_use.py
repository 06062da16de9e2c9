"""The data folder used the way it happens: the window open, its outbox runs going, while commands read and write
the same folder from other processes. Afterwards the file passes `PRAGMA integrity_check` and every post is there.

(Once, the window's own background jobs opened the data file with Python's `open()` to peek at its header;
closing that handle dropped the POSIX locks SQLite held for the window, so the next command to finish deleted the
window's WAL file from under it: other readers missed new posts, and once the file came out damaged.)"""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from models.post import Post, PostStatus
from services.demo import fill_demo
from services.instance_lock import acquire
from services.post_editing import save_post
from services.store import STORE_FILE_NAME, Store
from tests.conftest import FakeClock
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def command(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder), *args],
                          capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "LANG": "en_US.UTF-8"})


def titles_in_csv(path: Path) -> set[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return {row["title"] for row in csv.DictReader(handle)}


@pytest.mark.slow
def test_commands_beside_the_open_window_lose_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "data"
    clock = FakeClock(datetime.now().astimezone())
    store = Store.open(folder / STORE_FILE_NAME, clock=clock)
    fill_demo(store, date.today())
    lock = acquire(folder)  # as main.py does before it builds the window
    window = MainWindow(store, folder, QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat),
                        lambda _hosts: False)
    qtbot.addWidget(window)
    written: list[str] = []
    try:
        for round_number in range(4):
            window.run_outbox()  # a background job on its own connection, as every minute
            title = f"Bericht van het venster {round_number}"
            save_post(store, Post(title=title, body="Tekst", status=PostStatus.DRAFT), [])
            written.append(title)
            qtbot.waitUntil(lambda: not window.outbox.running, timeout=30_000)
            exported = tmp_path / f"export-{round_number}.csv"
            reader = command(folder, "export-csv", str(exported))
            assert reader.returncode == 0, reader.stderr
            assert set(written) <= titles_in_csv(exported), "a reader beside the window missed the window's posts"
            writer = command(folder, "publish-due")
            assert writer.returncode == 2 and "already running" in writer.stderr
            save_post(store, Post(title=f"Na het exporteren {round_number}", body="Tekst"), [])
            written.append(f"Na het exporteren {round_number}")
        assert set(written) <= {post.title for post in store.find(Post)}
    finally:
        window.close()
        store.close()
        lock.unlock()
    conn = sqlite3.connect(folder / STORE_FILE_NAME)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in conn.execute("SELECT title FROM posts WHERE deleted_at IS NULL")}
    finally:
        conn.close()
    assert set(written) <= stored
