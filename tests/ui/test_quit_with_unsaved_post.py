"""Quitting (Ctrl+Q) or closing the window while the post being typed cannot be saved: the composer says so, and
the officer chooses to keep the window open, to save the text to a file, or to quit without it.

The data file's writes fail here because the window's connection is switched to `PRAGMA query_only`: SQLite then
refuses every write with SQLITE_READONLY, the result code a read-only file or disk gives, so the store raises the
same "cannot be written to" error through the same path. tests/test_storage_problems.py does it once for real, on a
disk remounted read-only under a running window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from models.post import Post
from models.settings import Country, Municipality
from services.preferences import save_municipality
from services.store import Store
from ui.main_window import MainWindow
from ui.unsaved_text_dialog import UnsavedTextDialog


@pytest.fixture
def window(qtbot, store: Store, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A window with a post being typed, saved once, and the data file then no longer writable."""
    save_municipality(store, Municipality("Oosterzande", Country.NL, "Europe/Amsterdam"))
    shown = MainWindow(store, tmp_path, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                       lambda _hosts: False)
    qtbot.addWidget(shown, before_close_func=lambda _window: writable_again(store, shown))
    shown.show()
    shown.finish_startup()
    calendar = shown.calendar()
    calendar.new_post_on(date(2026, 3, 12))
    composer = calendar.composer
    composer.title_edit.setText("Kermis")
    composer.title_edit.textEdited.emit("Kermis")
    composer.master_edit.setPlainText("De kermis begint vrijdag")
    composer.flush()
    store.conn.execute("PRAGMA query_only = ON")
    composer.master_edit.setPlainText("De kermis begint vrijdag om 14:00 op het Marktplein")
    composer.flush()
    return shown


def writable_again(store: Store, window: MainWindow) -> None:
    """Before the test's window closes: the data file is writable again and the post saved."""
    store.conn.execute("PRAGMA query_only = OFF")
    window.calendar().composer.flush()


def answer(choice: str, asked: list[str]):  # type: ignore[no-untyped-def]
    def exec_(dialog: UnsavedTextDialog) -> int:
        asked.append(dialog.text())
        getattr(dialog, choice).click()
        return 0

    return exec_


def quits(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    quit_called: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quit_called.append(True))
    window.quit_action.trigger()  # Ctrl+Q
    return quit_called


def test_the_composer_says_the_post_is_not_saved(window: MainWindow) -> None:
    saved_state = window.calendar().composer.findChild(QWidget, "saved_state")
    assert saved_state.text().startswith("Not saved: ")
    assert "cannot be written to" in saved_state.text()


def test_keeping_the_window_open_keeps_the_post(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(UnsavedTextDialog, "exec", answer("keep_button", asked))
    assert quits(window, monkeypatch) == []
    assert asked and "could not be saved" in asked[0] and "cannot be written to" in asked[0]
    assert window.isVisible()
    composer = window.calendar().composer
    assert composer.master_edit.toPlainText() == "De kermis begint vrijdag om 14:00 op het Marktplein"
    window.store.conn.execute("PRAGMA query_only = OFF")  # the disk is back: the next save stores it
    composer.master_edit.setPlainText(composer.master_edit.toPlainText() + ".")
    composer.flush()
    assert window.store.find(Post)[0].body == "De kermis begint vrijdag om 14:00 op het Marktplein."


def test_the_text_is_saved_to_a_file_of_the_officers_choice_before_quitting(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    asked: list[str] = []
    monkeypatch.setattr(UnsavedTextDialog, "exec", answer("file_button", asked))
    target = tmp_path / "elsewhere" / "kermis.txt"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    assert quits(window, monkeypatch) == [True]
    text = target.read_text(encoding="utf-8")
    assert "Title: Kermis" in text
    assert "De kermis begint vrijdag om 14:00 op het Marktplein" in text
    assert window.store.find(Post)[0].body == "De kermis begint vrijdag"  # the data file kept the last save


def test_no_file_chosen_keeps_the_window_open(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(UnsavedTextDialog, "exec", answer("file_button", []))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    assert quits(window, monkeypatch) == []
    assert window.isVisible()


def test_quitting_without_saving_is_the_officers_choice(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(UnsavedTextDialog, "exec", answer("quit_button", asked))
    assert quits(window, monkeypatch) == [True]
    assert len(asked) == 1


def test_closing_the_window_asks_too(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(UnsavedTextDialog, "exec", answer("keep_button", asked))
    assert not window.close()
    assert len(asked) == 1 and window.isVisible()
