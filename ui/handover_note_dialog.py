"""The handover note written with the handover file: running topics, sensitive matters, contacts."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from services.handover import HandoverNote
from ui.plain_text import TextEdit, typed_text
from ui.typed_work import KeepsTypedWork


class HandoverNoteDialog(KeepsTypedWork, QDialog):
    def __init__(self, note: HandoverNote, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handover_note_dialog")
        self.setWindowTitle(self.tr("Handover note"))
        self.topics_edit = TextEdit(note.running_topics, self)
        self.sensitive_edit = TextEdit(note.sensitive_matters, self)
        self.contacts_edit = TextEdit(note.contacts, self)
        for edit in (self.topics_edit, self.sensitive_edit, self.contacts_edit):
            edit.setTabChangesFocus(True)
        intro = QLabel(self.tr("What your stand-in should know. It travels in the handover file with the calendar, "
                               "the templates and the staff; tokens never do."), self)
        intro.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("&Running topics"), self.topics_edit)
        form.addRow(self.tr("&Sensitive matters"), self.sensitive_edit)
        form.addRow(self.tr("&Contacts"), self.contacts_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.tr("Write the handover file…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 480)

    def note(self) -> HandoverNote:
        return HandoverNote(typed_text(self.topics_edit).strip(), typed_text(self.sensitive_edit).strip(),
                            typed_text(self.contacts_edit).strip())
