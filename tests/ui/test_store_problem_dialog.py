"""The officer's view of a data file that cannot be opened, at start-up."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import main
from models.post import Post
from services.backup import BACKUP_DIR_NAME, list_backups, take_backup
from services.errors import CorruptStoreError
from services.store import Store
from tests.conftest import FakeClock
from ui.store_problem_dialog import StoreChoice, StoreProblemDialog


def damaged_folder_with_backup(tmp_path: Path, clock: FakeClock) -> Path:
    store = Store.open(tmp_path / "omroeper.sqlite", clock=clock)
    store.save(Post(title="Bewaard in de back-up"))
    take_backup(store.conn, tmp_path / BACKUP_DIR_NAME, "daily", clock.now)
    store.close()
    (tmp_path / "omroeper.sqlite").write_bytes(b"\x00kapot" * 500)
    return tmp_path


def test_a_damaged_store_offers_the_newest_backup(qtbot, tmp_path: Path, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    folder = damaged_folder_with_backup(tmp_path, clock)
    with pytest.raises(CorruptStoreError) as caught:
        Store.open(folder / "omroeper.sqlite")
    dialog = StoreProblemDialog(caught.value, list_backups(folder / BACKUP_DIR_NAME))
    qtbot.addWidget(dialog)
    assert "is damaged and cannot be read" in dialog.text()
    assert "The newest backup is from" in dialog.informativeText()
    labels = [button.text() for button in dialog.buttons()]
    assert "Restore the newest backup" in labels and "Quit" in labels


@pytest.mark.usefixtures("dutch")
def test_the_damaged_store_message_in_dutch(qtbot, tmp_path: Path, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    folder = damaged_folder_with_backup(tmp_path, clock)
    with pytest.raises(CorruptStoreError) as caught:
        Store.open(folder / "omroeper.sqlite")
    dialog = StoreProblemDialog(caught.value, list_backups(folder / BACKUP_DIR_NAME))
    qtbot.addWidget(dialog)
    assert "is beschadigd en kan niet worden gelezen" in dialog.text()
    assert "Nieuwste back-up terugzetten" in [button.text() for button in dialog.buttons()]


def test_startup_restores_the_newest_backup_when_chosen(qtbot, tmp_path: Path, clock: FakeClock,  # type: ignore[no-untyped-def]
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    folder = damaged_folder_with_backup(tmp_path, clock)
    seen: list[str] = []

    def choose_newest(dialog: StoreProblemDialog) -> int:
        seen.append(dialog.text())
        dialog.choice = lambda: StoreChoice.RESTORE_NEWEST  # type: ignore[method-assign]
        return 0

    monkeypatch.setattr(StoreProblemDialog, "exec", choose_newest)
    store = main._open_store(folder)
    assert store is not None
    assert [post.title for post in store.find(Post)] == ["Bewaard in de back-up"]
    store.close()
    assert len(seen) == 1 and "damaged" in seen[0]
    assert any(path.name.startswith("omroeper.sqlite.damaged-") for path in (folder / BACKUP_DIR_NAME).iterdir())


def test_startup_quits_on_a_newer_store_without_touching_it(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    path = tmp_path / "omroeper.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    seen: list[str] = []
    monkeypatch.setattr(StoreProblemDialog, "exec", lambda dialog: seen.append(dialog.text()) or 0)
    assert main._open_store(tmp_path) is None
    assert "newer version of Omroeper" in seen[0]
    assert path.read_bytes() == before


def test_an_unexpected_error_shows_the_log_path(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from ui.error_dialog import ErrorDialog

    shown: list[str] = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda dialog: shown.append(dialog.informativeText()) or 0)
    monkeypatch.setattr(QMessageBox, "exec", lambda dialog: pytest.fail("a bug must not look like a known problem"))
    log_path = tmp_path / "logs" / "omroeper.log"
    try:
        raise ZeroDivisionError("a bug")
    except ZeroDivisionError as error:
        main._show_uncaught(log_path, ZeroDivisionError, error, error.__traceback__)
    assert shown and str(log_path) in shown[0]
