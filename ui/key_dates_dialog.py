"""Add, edit and remove the municipality's own dates: council meetings, market, waste collection, world days."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.planning import KeyDate, KeyDateKind
from models.recurrence import Frequency, Recurrence
from services.store import Store
from ui.choice_box import ChoiceBox
from ui.key_date_list_model import KeyDateListModel, kind_name


class KeyDatesDialog(QDialog):
    """Changes are saved at once; Close just closes."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Key dates"))
        self.resize(640, 460)
        self.model = KeyDateListModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.title_edit = QLineEdit(self)
        self.kind_box = ChoiceBox(self)
        for kind in KeyDateKind:
            self.kind_box.add_choice(kind_name(kind), kind)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.repeat_box = ChoiceBox(self)
        self.repeat_box.add_choice(self.tr("Once"), "")
        self.repeat_box.add_choice(self.tr("Every week"), Recurrence(Frequency.WEEKLY).to_text())
        self.repeat_box.add_choice(self.tr("Every two weeks"), Recurrence(Frequency.WEEKLY, interval=2).to_text())
        self.repeat_box.add_choice(self.tr("Every month, same weekday (e.g. 2nd Thursday)"), "monthly-weekday")
        self.repeat_box.add_choice(self.tr("Every month, same day"), Recurrence(Frequency.MONTHLY).to_text())
        self.repeat_box.add_choice(self.tr("Every year"), Recurrence(Frequency.YEARLY).to_text())
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.save_button = QPushButton(self.tr("&Save changes"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Kind:"), self.kind_box)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("R&epeats:"), self.repeat_box)
        buttons_row = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.remove_button):
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons_row)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.date_edit.setDate(QDate.currentDate())
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Shows the key dates again, keeping the one edited or added selected."""
        self.model.set_key_dates(self.store.find(KeyDate, order_by="on_date, title"))
        rows = [row for row, key_date in enumerate(self.model.key_dates) if key_date.id == select]
        if rows:
            self.table.setCurrentIndex(self.model.index(rows[0], 0))
        self._selected()

    def selected(self) -> KeyDate | None:
        row = self.table.currentIndex().row()
        return self.model.key_dates[row] if row >= 0 else None

    def _selected(self) -> None:
        key_date = self.selected()
        self.save_button.setEnabled(key_date is not None)
        self.remove_button.setEnabled(key_date is not None)
        if key_date is None:
            return
        self.title_edit.setText(key_date.title)
        self.kind_box.select_value(key_date.kind)
        self.date_edit.setDate(QDate(key_date.on_date.year, key_date.on_date.month, key_date.on_date.day))
        index = self.repeat_box.index_of(key_date.rrule)
        if index < 0 and ("BYDAY=+" in key_date.rrule or "BYDAY=-" in key_date.rrule):
            index = self.repeat_box.index_of("monthly-weekday")
        self.repeat_box.setCurrentIndex(max(0, index))

    def _rule(self, on: date) -> str:
        choice = self.repeat_box.current_value()
        if choice == "monthly-weekday":
            nth = (on.day - 1) // 7 + 1
            return Recurrence(Frequency.MONTHLY, weekdays=(on.weekday(),),
                              week_of_month=nth if nth <= 4 else -1).to_text()
        return str(choice)

    def _fill(self, key_date: KeyDate) -> bool:
        title = self.title_edit.text().strip()
        if not title:
            self.title_edit.setFocus()
            self.title_edit.setPlaceholderText(self.tr("A key date needs a title"))
            return False
        on = self.date_edit.date().toPython()
        assert isinstance(on, date)
        key_date.title, key_date.on_date = title, on
        key_date.kind = self.kind_box.current_value()
        key_date.rrule = self._rule(on)
        return True

    def add(self) -> None:
        key_date = KeyDate(title="", on_date=date.today())
        if self._fill(key_date):
            self.store.save(key_date)
            self.reload(select=key_date.id)

    def save_selected(self) -> None:
        key_date = self.selected()
        if key_date is not None and self._fill(key_date):
            self.store.save(key_date)
            self.reload(select=key_date.id)

    def remove_selected(self) -> None:
        key_date = self.selected()
        if key_date is not None:
            self.store.mark_deleted(key_date)
            self.reload()
