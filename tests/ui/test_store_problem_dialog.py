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


def answer_restore_newest(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The officer answers the dialog for a damaged file with Restore the newest backup; the list gets the text
    of every dialog shown."""
    seen: list[str] = []

    def choose_newest(dialog: StoreProblemDialog) -> int:
        seen.append(dialog.text())
        dialog.choice = lambda: StoreChoice.RESTORE_NEWEST  # type: ignore[method-assign]
        return 0

    monkeypatch.setattr(StoreProblemDialog, "exec", choose_newest)
    return seen


def test_startup_restores_the_newest_backup_when_chosen(qtbot, tmp_path: Path, clock: FakeClock,  # type: ignore[no-untyped-def]
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    folder = damaged_folder_with_backup(tmp_path, clock)
    seen = answer_restore_newest(monkeypatch)
    store = main.open_store(folder)
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
    assert main.open_store(tmp_path) is None
    assert "newer version of Omroeper" in seen[0]
    assert path.read_bytes() == before


def test_an_unexpected_error_shows_the_log_path(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from ui.messages import ErrorDialog

    shown: list[str] = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda dialog: shown.append(dialog.informativeText()) or 0)
    monkeypatch.setattr(QMessageBox, "exec", lambda dialog: pytest.fail("a bug must not look like a known problem"))
    log_path = tmp_path / "logs" / "omroeper.log"
    try:
        raise ZeroDivisionError("a bug")
    except ZeroDivisionError as error:
        main.show_uncaught(log_path, ZeroDivisionError, error, error.__traceback__)
    assert shown and str(log_path) in shown[0]


def test_ctrl_c_during_the_start_is_no_error_to_show(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+C before the window is up (its stop signals come with it) raises KeyboardInterrupt in whatever the
    start is doing: Omroeper stops, without an "unexpected error" waiting for an OK nobody will give."""
    from ui.messages import ErrorDialog

    monkeypatch.setattr(ErrorDialog, "exec", lambda dialog: pytest.fail("Ctrl+C is no bug"))
    monkeypatch.setattr(QMessageBox, "exec", lambda dialog: pytest.fail("Ctrl+C is no problem to explain"))
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt as error:
        main.show_uncaught(tmp_path / "omroeper.log", KeyboardInterrupt, error, error.__traceback__)


def folder_with_lost_data_file(tmp_path: Path, clock: FakeClock) -> Path:
    """A good backup, then a newer one of nothing, and the data file gone to zero bytes (a sync tool, a crash)."""
    store = Store.open(tmp_path / "omroeper.sqlite", clock=clock)
    store.save(Post(title="Tien jaar werk"))
    take_backup(store.conn, tmp_path / BACKUP_DIR_NAME, "daily", clock.now)
    store.close()
    empty = Store.open(tmp_path / "leeg.sqlite", clock=clock)
    take_backup(empty.conn, tmp_path / BACKUP_DIR_NAME, "daily", clock.advance(days=1))
    empty.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{tmp_path / 'omroeper.sqlite'}{suffix}").unlink(missing_ok=True)
    (tmp_path / "omroeper.sqlite").write_bytes(b"")
    return tmp_path


@pytest.mark.parametrize("choice", [StoreChoice.RESTORE_NEWEST, StoreChoice.START_EMPTY])
def test_an_empty_data_file_is_not_started_anew_silently(qtbot, tmp_path: Path, clock: FakeClock,  # type: ignore[no-untyped-def]
                                                        monkeypatch: pytest.MonkeyPatch, choice: StoreChoice) -> None:
    folder = folder_with_lost_data_file(tmp_path, clock)
    seen: list[tuple[str, list[str]]] = []

    def answer(dialog: StoreProblemDialog) -> int:
        seen.append((dialog.text(), [button.text() for button in dialog.buttons()]))
        dialog.choice = lambda: choice  # type: ignore[method-assign]
        return 0

    monkeypatch.setattr(StoreProblemDialog, "exec", answer)
    store = main.open_store(folder)
    assert store is not None
    titles = [post.title for post in store.find(Post)]
    store.close()
    assert len(seen) == 1
    text, buttons = seen[0]
    assert "missing or empty" in text
    assert {"Restore the newest backup", "Start with an empty calendar", "Quit"} <= set(buttons)
    # the newest backup that holds data, not the newer one of nothing
    assert titles == (["Tien jaar werk"] if choice is StoreChoice.RESTORE_NEWEST else [])


def test_a_command_refuses_to_start_anew_on_an_empty_data_file(tmp_path: Path, clock: FakeClock) -> None:
    import subprocess
    import sys

    folder = folder_with_lost_data_file(tmp_path, clock)
    done = subprocess.run([sys.executable, str(Path(main.__file__)), "--data-dir", str(folder), "export-csv",
                           str(tmp_path / "out.csv")], capture_output=True, text=True, timeout=60,
                          env={"QT_QPA_PLATFORM": "offscreen", "LANG": "en_US.UTF-8"})
    assert done.returncode == 2
    assert "missing or empty" in done.stderr and "restore" in done.stderr
    assert (folder / "omroeper.sqlite").stat().st_size == 0  # not made into a new, empty calendar


def damaged_inside_with_backup(tmp_path: Path, clock: FakeClock) -> Path:
    """A data file that opens well (its list of tables is whole) but whose tables are not, as a disk's bad
    sectors leave it; a daily backup from before."""
    store = Store.open(tmp_path / "omroeper.sqlite", clock=clock)
    for number in range(200):
        store.save(Post(title=f"Bericht {number}", body="Tekst " * 40))
    take_backup(store.conn, tmp_path / BACKUP_DIR_NAME, "daily", clock.now)
    page_size = store.conn.execute("PRAGMA page_size").fetchone()[0]
    roots = [row[0] for row in store.conn.execute("SELECT rootpage FROM sqlite_master WHERE rootpage > 1")]
    store.close()
    with (tmp_path / "omroeper.sqlite").open("r+b") as data:
        for page in roots:  # every table's and index's first page; the list of them (page 1 on) stays whole
            data.seek((page - 1) * page_size)
            data.write(b"\xa5" * page_size)
    Store.open(tmp_path / "omroeper.sqlite").close()  # opening it goes well
    return tmp_path


def test_damage_found_while_the_window_is_built_offers_the_backups_too(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, clock: FakeClock, ui_settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """The file opens, and the first reads (the window's title, its first month) find the damage: the officer
    gets the same choice as for damage found at opening, and the restored backup's calendar opens (the start used
    to end with a message, every time, with no way to File > Restore)."""
    folder = damaged_inside_with_backup(tmp_path, clock)
    seen = answer_restore_newest(monkeypatch)
    opened = main.open_window(folder, ui_settings)
    assert opened is not None
    store, window = opened
    qtbot.addWidget(window)
    assert len(seen) == 1 and "is damaged and cannot be read" in seen[0]
    assert len(store.find(Post)) == 200
    assert any(path.name.startswith("omroeper.sqlite.damaged-") for path in (folder / BACKUP_DIR_NAME).iterdir())
    window.close()
    store.close()


def test_damage_found_while_the_window_is_built_can_be_left_by_quitting(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, clock: FakeClock, ui_settings, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = damaged_inside_with_backup(tmp_path, clock)
    before = (folder / "omroeper.sqlite").read_bytes()
    monkeypatch.setattr(StoreProblemDialog, "exec", lambda dialog: 0)  # closed: Quit
    assert main.open_window(folder, ui_settings) is None
    assert (folder / "omroeper.sqlite").read_bytes() == before  # left as it was, for whoever looks at it
