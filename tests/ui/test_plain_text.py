"""Text from outside the program is shown as the text it is, never as markup."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QMimeData
from PySide6.QtGui import QInputMethodEvent, QTextCursor, QTextDocumentFragment
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPlainTextEdit, QTextEdit

from models.validation import LONGEST_TEXT
from ui.plain_text import TextEdit, link, plain, tooltip, typed_text

HOSTILE = "Markt <b>morgen</b><br><img src='file:///etc/passwd'> 3 deleted\u202e"


def shown(text: str) -> str:
    if QtGuiNamespace.mightBeRichText(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def test_a_tooltip_shows_markup_as_text_and_keeps_its_lines() -> None:
    assert shown(tooltip(HOSTILE)) == HOSTILE
    assert shown(tooltip("eerste regel\ntweede regel")).splitlines() == ["eerste regel", "tweede regel"]


def test_a_label_for_outside_text_takes_no_markup(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = plain(QLabel())
    qtbot.addWidget(label)
    label.setText(HOSTILE)
    assert label.textFormat() == QtGuiNamespace.TextFormat.PlainText
    assert label.text() == HOSTILE


def test_only_web_addresses_become_links() -> None:
    assert link("https://social.example/@gemeente/1", "view").startswith('<a href="https://social.example/')
    for address in ("file:///etc/passwd", "javascript:alert(1)", "smb://server/share", ""):
        assert "<a" not in link(address, "view")
    assert shown(link("https://x.example", "<b>view</b>")) == "<b>view</b>"


def test_typed_text_is_what_was_typed_with_qts_breaks_as_line_breaks(qtbot) -> None:  # type: ignore[no-untyped-def]
    for editor in (QPlainTextEdit(), QTextEdit()):
        qtbot.addWidget(editor)
        editor.setPlainText("10\u00a0km\u2028verder\nnog\u202fiets\u200d\ufeff")
        assert typed_text(editor) == "10\u00a0km\nverder\nnog\u202fiets\u200d\ufeff"
        assert editor.toPlainText() != typed_text(editor)  # Qt's own makes the non-breaking space a plain one


def test_an_editor_adds_no_text_that_would_make_it_too_long_and_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = TextEdit("Markt")
    qtbot.addWidget(editor)
    editor.show()
    QApplication.clipboard().setText("x" * LONGEST_TEXT)  # a whole document copied by mistake
    editor.paste()
    assert typed_text(editor) == "Markt"
    [message] = editor.findChildren(QMessageBox)
    number = QLocale().toString
    assert f"become {number(100_005)} characters" in message.text() and f"at most {number(100_000)}" in message.text()
    assert QApplication.clipboard().text() == "x" * LONGEST_TEXT  # still there to be shortened elsewhere
    message.close()
    editor.selectAll()  # what it replaces makes room
    editor.paste()
    assert typed_text(editor) == "x" * LONGEST_TEXT


def test_a_text_that_came_in_longer_is_shown_and_kept_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    imported = "y" * (LONGEST_TEXT + 10)
    editor = TextEdit(imported)
    qtbot.addWidget(editor)
    assert typed_text(editor) == imported


def test_a_paste_leaves_out_nul_characters(qtbot) -> None:  # type: ignore[no-untyped-def]
    """No key types a NUL, no network takes one, and the CSV import refuses a row that holds one."""
    editor = TextEdit("Markt ")
    qtbot.addWidget(editor)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    QApplication.clipboard().setText("zater\x00dag\x00")
    editor.paste()
    assert typed_text(editor) == "Markt zaterdag"


def test_markdown_and_input_methods_are_held_to_the_same_rules(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt inserts a clipboard's markdown part where one comes first, and an input method commits text of its own
    (some insert the clipboard): both went past the length check, and markdown lost its markup on the way."""
    editor = TextEdit("Markt ")
    qtbot.addWidget(editor)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    both = QMimeData()
    both.setData("text/markdown", b"*zaterdag*")
    both.setText("*zaterdag*\x00")
    editor.insertFromMimeData(both)
    assert typed_text(editor) == "Markt *zaterdag*"  # the plain text, as written
    huge = QMimeData()
    huge.setData("text/markdown", b"y" * (LONGEST_TEXT + 1))
    QApplication.clipboard().setMimeData(huge)
    editor.paste()
    commit = QInputMethodEvent("", [])
    commit.setCommitString("i" * LONGEST_TEXT)
    QApplication.sendEvent(editor, commit)
    assert typed_text(editor) == "Markt *zaterdag*"
    assert len(editor.findChildren(QMessageBox)) == 2
    commit = QInputMethodEvent("", [])
    commit.setCommitString(" op het\x00 plein")
    QApplication.sendEvent(editor, commit)
    assert typed_text(editor) == "Markt *zaterdag* op het plein"
