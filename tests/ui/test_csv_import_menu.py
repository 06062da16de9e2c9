"""File > Exchange > Import from CSV with a file from outside: the officer sees one message or the rows by line,
and nothing is added until the dialog is accepted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from models.post import Post
from services.store import Store
from ui.csv_import_dialog import CsvImportDialog
from ui.exchange_menu import ExchangeMenu
from ui.messages import ProblemMessage


def menu_for(qtbot, store: Store, tmp_path: Path, path: Path, monkeypatch: pytest.MonkeyPatch) -> ExchangeMenu:  # type: ignore[no-untyped-def]
    menu = ExchangeMenu(store, tmp_path, lambda: None, lambda: None)
    qtbot.addWidget(menu)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    return menu


def test_a_binary_file_gets_one_message_and_adds_nothing(qtbot, store: Store, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "foto.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    shown: list[str] = []
    monkeypatch.setattr(ProblemMessage, "exec", lambda message: shown.append(message.text()) or 0)
    menu_for(qtbot, store, tmp_path, path, monkeypatch).import_csv()
    assert shown == ["The first line of foto.csv must be the header: "
                     "title,date,time,channels,text,tags,status,campaign"]
    assert store.find(Post) == []


def test_bad_rows_are_listed_by_line_in_the_dialog(qtbot, store: Store, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("title;date;time;channels;text;tags;status\r\nGoed;2026-04-01;9:30;;tekst;;idea\r\n"
                     "Oud;0001-01-01;10:00;;tekst;;idea\r\nNul;;;;a\x00b;;idea\r\n".encode("utf-16"))
    seen: list[str] = []

    def look(dialog: CsvImportDialog) -> int:
        seen.append(dialog.problems.toPlainText())
        return CsvImportDialog.DialogCode.Rejected

    monkeypatch.setattr(CsvImportDialog, "exec", look)
    menu_for(qtbot, store, tmp_path, path, monkeypatch).import_csv()
    assert seen == ["Line 3: date 0001-01-01 is not between 1 January 1970 and 31 December 2199\n"
                    "Line 4: holds a NUL character: the file is not plain text"]
    assert store.find(Post) == []
