"""What the officer typed in a dialog is not thrown away without a word: Cancel, Escape or the dialog's close button
ask first when anything in it changed since it was shown (a template's text, a handover note, a channel's token).

    class HandoverNoteDialog(KeepsTypedWork, QDialog): ...

The mixin goes before QDialog. What "changed" means: the values of the dialog's fields (texts, choices, ticks,
dates) differ from those it was first shown with; a dialog whose fields show one record of several (the staff
dialog, one person at a time) says what it holds through `typed_state()` instead. A field saved the moment it is
changed is marked with the property SAVED_AT_ONCE and not counted. `fields_kept()` takes the fields as they are
now as kept: a dialog that saves with a button of its own (key dates) calls it after saving or loading a record,
and one whose text is taken care of another way (RepliesTab.keep_unfinished, at a stop from outside) calls it so
that closing it, as quitting Omroeper does, asks nobody."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from services.errors import translate
from ui.messages import ask
from ui.plain_text import typed_text

SAVED_AT_ONCE = "savedAtOnce"  # a widget property: this field is stored as soon as it changes


def field_values(dialog: QWidget) -> list[object]:
    """The value of every field in the dialog, in the order of its widgets: those of its own window, not those of
    a popup it opened (a date field's month calendar, made when first opened, is a way to pick, not a field)."""
    values: list[object] = []
    for child in dialog.findChildren(QWidget):
        if child.window() is not dialog or child.property(SAVED_AT_ONCE):
            continue
        if isinstance(child, QLineEdit):
            values.append(child.text())
        elif isinstance(child, (QPlainTextEdit, QTextEdit)):
            values.append(typed_text(child))
        elif isinstance(child, QComboBox):
            values.append(child.currentText())
        elif isinstance(child, (QCheckBox, QRadioButton)) or (isinstance(child, QGroupBox) and child.isCheckable()):
            values.append(child.isChecked())
        elif isinstance(child, QAbstractSpinBox):
            values.append(child.text())
    return values


class KeepsTypedWork:
    """Mixin for a QDialog: asks before Cancel, Escape or closing throws changes away."""

    _shown_with: object = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if self._shown_with is None:
            self._shown_with = self.typed_state()
        super().showEvent(event)  # type: ignore[misc]

    def typed_state(self) -> object:
        """What the officer has typed and chosen in the dialog: the values of its fields."""
        return field_values(self)  # type: ignore[arg-type]

    def has_changes(self) -> bool:
        return self._shown_with is not None and self.typed_state() != self._shown_with

    def fields_kept(self) -> None:
        """What the fields hold now is kept (saved, loaded from the store, or taken care of elsewhere): from here on
        only a change from this counts."""
        self._shown_with = self.typed_state()

    def may_throw_away(self) -> bool:
        """True when nothing changed, or the officer says the changes may go."""
        dialog: QDialog = self  # type: ignore[assignment]
        return not self.has_changes() or ask(dialog, dialog.windowTitle(),
                                             translate("TypedWork", "Throw away what you changed here?"))

    def reject(self) -> None:
        if self.may_throw_away():
            super().reject()  # type: ignore[misc]
