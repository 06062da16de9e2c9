"""What was typed in a dialog is not thrown away without a word: Escape, Cancel or the close button ask when
anything changed (ui/typed_work.py), in every dialog where the officer writes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit, QToolButton, QWidget

import ui.typed_work as typed_work
from models.planning import Absence
from models.settings import Municipality
from models.staff import StaffMember
from services.handover import HandoverNote
from services.store import Store
from ui.absence_dialog import AbsenceDialog
from ui.channel_dialog import ChannelDialog
from ui.handover_note_dialog import HandoverNoteDialog
from ui.preferences_dialog import PreferencesDialog
from ui.staff_dialog import StaffDialog
from ui.template_dialog import TemplateDialog

DIALOGS: dict[str, Callable[[Store], QDialog]] = {
    "handover note": lambda store: HandoverNoteDialog(HandoverNote("Wegwerkzaamheden Dorpsstraat")),
    "absence": lambda store: AbsenceDialog(Absence(staff_id="", starts_on=date(2026, 7, 1), ends_on=date(2026, 7, 14)),
                                           [store.save(StaffMember(name="Sanne", is_self=True))]),
    "channel": lambda store: ChannelDialog(None),
    "preferences": lambda store: PreferencesDialog(Municipality(name="Oosterzande"), "nl"),
    "staff": lambda store: StaffDialog(store),
    "template": lambda store: TemplateDialog(None),
}


def first_text_field(dialog: QDialog) -> QLineEdit | QPlainTextEdit:
    return next(field for field in dialog.findChildren(QWidget) if isinstance(field, (QPlainTextEdit, QLineEdit))
                and field.isVisible() and field.isEnabled() and not field.isReadOnly())


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The questions asked, each answered "keep writing" (No), unless the test set `asked.answer`."""
    questions: list[str] = []
    monkeypatch.setattr(typed_work, "ask", lambda parent, title, text: questions.append(f"{title}: {text}") or False)
    return questions


@pytest.mark.parametrize("kind", DIALOGS)
def test_escape_asks_before_throwing_away_what_was_typed(qtbot, store: Store, asked: list[str], kind: str) -> None:  # type: ignore[no-untyped-def]
    dialog = DIALOGS[kind](store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = first_text_field(dialog)
    QTest.keyClick(field, Qt.Key.Key_Escape)  # nothing changed: it closes at once
    assert not dialog.isVisible() and asked == []
    dialog.show()
    QTest.keyClicks(field, " iets erbij")
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert dialog.isVisible(), kind
    assert asked == [f"{dialog.windowTitle()}: Throw away what you changed here?"]
    assert " iets erbij" in (field.text() if isinstance(field, QLineEdit) else field.toPlainText())
    dialog.close()  # the close button asks the same
    assert dialog.isVisible() and len(asked) == 2


def staff_of_two(qtbot, store: Store) -> StaffDialog:  # type: ignore[no-untyped-def]
    store.save(StaffMember(name="Sanne", is_self=True))
    store.save(StaffMember(name="Joris"))
    dialog = StaffDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_an_edit_to_one_person_counts_when_another_is_shown(qtbot, store: Store, asked: list[str]) -> None:  # type: ignore[no-untyped-def]
    """The staff dialog keeps each person's edits when another is chosen: the fields on screen are unchanged, and
    Cancel still asks."""
    dialog = staff_of_two(qtbot, store)
    QTest.keyClicks(dialog.role_edit, "woordvoerder")
    dialog.list_view.setCurrentIndex(dialog.model.index(1))
    assert dialog.role_edit.text() == ""
    dialog.reject()
    assert dialog.isVisible() and len(asked) == 1


def test_a_dialog_whose_text_is_kept_elsewhere_closes_without_a_question(qtbot, store: Store, asked: list[str]) -> None:  # type: ignore[no-untyped-def]
    """When Omroeper quits, the window lets open dialogs go (nobody may be there to answer)."""
    dialog = HandoverNoteDialog(HandoverNote())
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.topics_edit, "De kermis")
    dialog.fields_kept()
    dialog.reject()
    assert not dialog.isVisible() and asked == []


def test_opening_a_date_fields_calendar_is_no_change(qtbot, store: Store, asked: list[str]) -> None:  # type: ignore[no-untyped-def]
    """The month calendar of a date field is made when it is first opened; looking at it changes nothing."""
    from ui.date_field import DateField

    dialog = DIALOGS["absence"](store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.findChild(DateField)
    qtbot.mouseClick(field.findChild(QToolButton), Qt.MouseButton.LeftButton)  # the calendar opens
    QApplication.processEvents()
    QApplication.activePopupWidget().close()
    dialog.reject()
    assert not dialog.isVisible() and asked == []


def test_looking_at_another_person_or_typing_and_taking_it_back_is_no_change(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                                              asked: list[str]) -> None:
    dialog = staff_of_two(qtbot, store)
    dialog.list_view.setCurrentIndex(dialog.model.index(1))  # a look at a colleague's signature
    QTest.keyClicks(dialog.role_edit, "x")
    QTest.keyClick(dialog.role_edit, Qt.Key.Key_Backspace)
    dialog.reject()
    assert not dialog.isVisible() and asked == []
