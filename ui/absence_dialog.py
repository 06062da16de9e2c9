"""Planning an absence: who, from and to, the stand-in, a note."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from models.planning import Absence
from models.staff import StaffMember
from ui.choice_box import ChoiceBox
from ui.date_field import DateField
from ui.typed_work import KeepsTypedWork


class AbsenceDialog(KeepsTypedWork, QDialog):
    def __init__(self, absence: Absence, members: list[StaffMember], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("absence_dialog")
        self.setWindowTitle(self.tr("Absence"))
        self.absence = absence
        self.who_box = ChoiceBox(self)
        self.standin_box = ChoiceBox(self)
        self.standin_box.add_choice(self.tr("nobody"), None)
        for member in members:
            self.who_box.add_choice(member.name, member.id)
            self.standin_box.add_choice(member.name, member.id)
        self.from_edit = DateField(self)
        self.to_edit = DateField(self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("for example: summer holiday"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Who is away"), self.who_box)
        form.addRow(self.tr("&From"), self.from_edit)
        form.addRow("", self.from_edit.problem_label())
        form.addRow(self.tr("&To (inclusive)"), self.to_edit)
        form.addRow("", self.to_edit.problem_label())
        form.addRow(self.tr("&Stand-in"), self.standin_box)
        form.addRow(self.tr("&Note"), self.note_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.who_box.select_value(absence.staff_id)
        self.standin_box.select_value(absence.standin_id)
        self.from_edit.setDate(QDate(absence.starts_on))
        self.to_edit.setDate(QDate(absence.ends_on))
        self.note_edit.setText(absence.note)
        self.from_edit.dateChanged.connect(self._from_changed)

    def _from_changed(self, day: QDate) -> None:
        if self.to_edit.date() < day:
            self.to_edit.setDate(day)

    def applied(self) -> Absence:
        self.absence.staff_id = self.who_box.current_value()
        self.absence.standin_id = self.standin_box.current_value()
        self.absence.starts_on = self._day(self.from_edit)
        self.absence.ends_on = self._day(self.to_edit)
        self.absence.note = self.note_edit.text().strip()
        return self.absence

    @staticmethod
    def _day(edit: DateField) -> date:
        value = edit.date()
        return date(value.year(), value.month(), value.day())
