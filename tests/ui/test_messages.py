"""Message boxes show outside text as the text it is, never as markup."""

from __future__ import annotations

from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QMessageBox

from tests.ui.test_plain_text import HOSTILE
from ui.messages import ProblemMessage, ask, inform


def test_a_question_shows_outside_text_literally_and_defaults_to_no(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[object, str, object]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(
        (box.textFormat(), box.text(), box.defaultButton() is box.button(QMessageBox.StandardButton.No))) or 0)
    assert not ask(None, "Verwijderen", f"Sjabloon “{HOSTILE}” verwijderen?")
    assert seen == [(QtGuiNamespace.TextFormat.PlainText, f"Sjabloon “{HOSTILE}” verwijderen?", True)]


def test_a_notice_and_a_problem_show_outside_text_literally(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[object, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append((box.textFormat(), box.text())) or 0)
    inform(None, "Klaar", f"“{HOSTILE}” is bewaard.")
    ProblemMessage(f"Het bestand “{HOSTILE}” is beschadigd.").exec()
    assert seen == [(QtGuiNamespace.TextFormat.PlainText, f"“{HOSTILE}” is bewaard."),
                    (QtGuiNamespace.TextFormat.PlainText, f"Het bestand “{HOSTILE}” is beschadigd.")]
