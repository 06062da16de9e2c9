"""Add, edit, switch off and remove key dates: the municipality's own (council meetings, market, waste collection)
and the world and awareness days built in for its country.

A key date is saved back as it was shown: the repeat choices are worked out from the date in the form, and a rule
they do not hold (a market "every week on Saturday", a council meeting on the second Thursday while its first date
is a first Thursday, anything a handover brought) is offered as it is and kept when the officer saves."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QLocale, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.planning import KeyDate, KeyDateKind, week_of_month
from models.recurrence import Frequency, Recurrence
from services.key_dates import all_key_dates, awareness_shown, remove_key_date, save_key_date, set_awareness_shown
from services.preferences import load_municipality
from services.store import Store
from ui.choice_box import ChoiceBox
from ui.date_field import DateField
from ui.key_date_list_model import KeyDateListModel, kind_name
from ui.recurrence_dialog import describe
from ui.typed_work import SAVED_AT_ONCE, KeepsTypedWork

KEPT = "kept"  # the repeat choice that holds a rule the date's own choices do not


def repeat_choices(day: date) -> list[tuple[str, Recurrence | None]]:
    """The ways a key date on `day` can repeat, by kind: once, weekly, fortnightly, monthly on the nth (and the last)
    weekday or on the day, yearly on the day or on the nth (and the last) weekday of the month."""
    weekday, nth = day.weekday(), week_of_month(day)
    choices: list[tuple[str, Recurrence | None]] = [
        ("once", None),
        ("weekly", Recurrence(Frequency.WEEKLY)),
        ("fortnightly", Recurrence(Frequency.WEEKLY, interval=2)),
        ("monthly_nth", Recurrence(Frequency.MONTHLY, weekdays=(weekday,), week_of_month=nth)),
    ]
    if nth != -1:
        choices.append(("monthly_last", Recurrence(Frequency.MONTHLY, weekdays=(weekday,), week_of_month=-1)))
    choices += [("monthly_day", Recurrence(Frequency.MONTHLY)), ("yearly", Recurrence(Frequency.YEARLY)),
                ("yearly_nth", Recurrence(Frequency.YEARLY, weekdays=(weekday,), week_of_month=nth, month=day.month))]
    if nth != -1:
        choices.append(("yearly_last", Recurrence(Frequency.YEARLY, weekdays=(weekday,), week_of_month=-1,
                                                  month=day.month)))
    return choices


def _same(rule: Recurrence, other: Recurrence, day: date) -> bool:
    """Whether two rules repeat alike from `day` ("every week" and "every week on Saturday" from a Saturday)."""
    def plain(recurrence: Recurrence) -> Recurrence:
        if recurrence.frequency is Frequency.WEEKLY and not recurrence.weekdays:
            return replace(recurrence, weekdays=(day.weekday(),))
        return recurrence

    return plain(rule) == plain(other)


class KeyDatesDialog(KeepsTypedWork, QDialog):
    """A tick (shown or not, the built-in days) is saved at once; the form below the list is saved with Add or
    Save, and what was typed in it is not thrown away without a question (choosing another key date, Close)."""

    def __init__(self, store: Store, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today or date.today()
        self.country = load_municipality(store).country
        self.language = "nl" if QLocale().language() == QLocale.Language.Dutch else "en"
        self.setWindowTitle(self.tr("Key dates"))
        self.resize(900, 580)
        self.model = KeyDateListModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line a key date; the cut-off end of a long rule is in its tooltip
        header = self.table.horizontalHeader()
        for column in (KeyDateListModel.SHOWN, KeyDateListModel.DAY, KeyDateListModel.KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KeyDateListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KeyDateListModel.REPEATS, QHeaderView.ResizeMode.Stretch)
        self.set_check = QCheckBox(self.tr("Show the built-in world and awareness days"), self)
        self.set_check.setToolTip(self.tr("Earth Day, Neighbours' Day, Carers' Day and others of your country, "
                                          "each of which you can also switch off or change on its own"))
        self.set_check.setChecked(awareness_shown(store))
        self.set_check.setProperty(SAVED_AT_ONCE, True)
        self.title_edit = QLineEdit(self)
        self.kind_box = ChoiceBox(self)
        for kind in KeyDateKind:
            self.kind_box.add_choice(kind_name(kind), kind)
        self.date_edit = DateField(self)
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(1, 366)
        self.days_spin.valueChanged.connect(
            lambda days: self.days_spin.setSuffix(self.tr(" day(s)", "", days)))
        self.days_spin.setSuffix(self.tr(" day(s)", "", 1))
        self.repeat_box = ChoiceBox(self)
        self.notes_edit = QLineEdit(self)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.save_button = QPushButton(self.tr("&Save changes"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Kind:"), self.kind_box)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow("", self.date_edit.problem_label())
        form.addRow(self.tr("&Lasts:"), self.days_spin)
        form.addRow(self.tr("R&epeats:"), self.repeat_box)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        buttons_row = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.remove_button):
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.set_check)
        layout.addLayout(form)
        layout.addLayout(buttons_row)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.set_check.toggled.connect(self._set_shown)
        self.model.shown_changed.connect(self._shown_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.date_edit.dateChanged.connect(self._date_changed)
        self._kinds: list[str] = []
        self._kept: Recurrence | None = None
        self._in_form: str | None = None  # the key date the form was filled from (it may have left the list)
        self._fill_repeats(self.today, None)
        self.date_edit.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.reload()

    # ---- the list ---------------------------------------------------------------------------------------------

    def reload(self, select: str | None = None, *, keep_typing: bool = False) -> None:
        """Shows the key dates again, keeping the one edited or added selected. `keep_typing`: a box ticked in the
        list (a row's, or the world days') changes the list only: the form keeps what is typed in it when the key
        date it shows is still there."""
        typed = self.has_changes() and keep_typing
        selection = self.table.selectionModel()
        selection.blockSignals(True)  # the form is filled below, or kept: no row chosen on the way fills it
        try:
            self.model.set_key_dates(all_key_dates(self.store, self.country, self.language,
                                                   with_set=self.set_check.isChecked()), self.today)
            rows = [row for row, key_date in enumerate(self.model.key_dates) if key_date.id == select]
            self.table.setCurrentIndex(self.model.index(rows[0], KeyDateListModel.TITLE) if rows else QModelIndex())
        finally:
            selection.blockSignals(False)
        if typed:
            self._buttons_for(self.selected())
            return
        self._selected()

    def selected(self) -> KeyDate | None:
        row = self.table.currentIndex().row()
        return self.model.key_dates[row] if row >= 0 else None

    def _row_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        """Another key date into the form, unless that throws away what was typed and the officer keeps it (also
        a new key date typed with no row chosen)."""
        if current.isValid() and current.row() != previous.row() and not self.may_throw_away():
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self.table.setCurrentIndex(previous)
            selection.blockSignals(False)
            return
        self._selected()

    def _buttons_for(self, key_date: KeyDate | None) -> None:
        self.save_button.setEnabled(key_date is not None)
        self.remove_button.setEnabled(key_date is not None)
        self.remove_button.setText(self.tr("Switch &off") if key_date is not None and key_date.shipped
                                   else self.tr("&Remove"))

    def _selected(self) -> None:
        key_date = self.selected()
        self._buttons_for(key_date)
        if key_date is None:
            return
        self.title_edit.setText(key_date.title)
        self.kind_box.select_value(key_date.kind)
        self.days_spin.setValue(max(1, min(key_date.days, 366)))
        self.notes_edit.setText(key_date.notes)
        self.notes_edit.setCursorPosition(0)  # a long note shows its beginning
        day = key_date.on_date
        self.date_edit.blockSignals(True)  # the repeat choices follow from the date and the stored rule below
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)
        self._fill_repeats(day, Recurrence.from_text(key_date.rrule) if key_date.rrule else None)
        self._in_form = key_date.id
        self.fields_kept()  # the form shows what is stored

    # ---- the repeat choices -----------------------------------------------------------------------------------

    def _fill_repeats(self, day: date, stored: Recurrence | None, kind: str | None = None) -> None:
        """The choices for a key date on `day`.

        With a `stored` rule (a key date just selected), the choice that repeats alike is selected and keeps the
        rule's own text; a rule none of them holds is added as it is, and selected. With a `kind` (the date was
        changed), that kind of choice is selected, worked out for the new date; a rule added as it was stays."""
        if stored is not None or kind is None:
            self._kept = None
        self.repeat_box.clear_choices()
        self._kinds = []
        selected = 0
        for index, (choice_kind, rule) in enumerate(repeat_choices(day)):
            if stored is not None and rule is not None and _same(stored, rule, day):
                rule, selected = stored, index
                stored = None  # matched: nothing to keep
            self.repeat_box.add_choice(describe(self._shown_rule(rule, day)) if rule else self.tr("Once"), rule)
            self._kinds.append(choice_kind)
            if kind == choice_kind:
                selected = index
        if stored is not None:
            self._kept, kind = stored, KEPT
        if self._kept is not None:
            self.repeat_box.add_choice(describe(self._kept), self._kept)
            self._kinds.append(KEPT)
            if kind == KEPT:
                selected = len(self._kinds) - 1
        self.repeat_box.setCurrentIndex(selected)

    @staticmethod
    def _shown_rule(rule: Recurrence, day: date) -> Recurrence:
        """A rule as the choice says it: "every week" from a Saturday reads "Every week on Saturday"."""
        if rule.frequency is Frequency.WEEKLY and not rule.weekdays:
            return replace(rule, weekdays=(day.weekday(),))
        return rule

    def _date_changed(self) -> None:
        """Another date: the choices follow it, keeping the kind chosen (the second Thursday becomes the weekday
        of the new date in its month; a rule kept as it was stays)."""
        index = self.repeat_box.currentIndex()
        kind = self._kinds[index] if 0 <= index < len(self._kinds) else "once"
        self._fill_repeats(self._date(), None, kind)

    def _date(self) -> date:
        day = self.date_edit.date().toPython()
        assert isinstance(day, date)
        return day

    # ---- saving -----------------------------------------------------------------------------------------------

    def _fill(self, key_date: KeyDate) -> bool:
        title = self.title_edit.text().strip()
        if not title:
            self.title_edit.setFocus()
            self.title_edit.setPlaceholderText(self.tr("A key date needs a title"))
            return False
        rule = self.repeat_box.current_value()
        key_date.title, key_date.on_date = title, self._date()
        key_date.kind = self.kind_box.current_value()
        key_date.rrule = rule.to_text() if isinstance(rule, Recurrence) else ""
        key_date.days = self.days_spin.value()
        key_date.notes = self.notes_edit.text().strip()
        return True

    def add(self) -> None:
        key_date = KeyDate(title="", on_date=self.today)
        if self._fill(key_date):
            save_key_date(self.store, key_date)
            self.fields_kept()
            self.reload(select=key_date.id)

    def save_selected(self) -> None:
        key_date = self.selected()
        if key_date is not None and self._fill(key_date):
            save_key_date(self.store, key_date)
            self.fields_kept()
            self.reload(select=key_date.id)

    def remove_selected(self) -> None:
        """The officer's own key date goes; a built-in one is switched off (it stays listed, unticked)."""
        key_date = self.selected()
        if key_date is not None:
            remove_key_date(self.store, key_date)
            self.reload(select=key_date.id if key_date.shipped else None)

    def _shown_changed(self, key_date: KeyDate, shown: bool) -> None:
        key_date.enabled = shown
        save_key_date(self.store, key_date)
        self.reload(select=self._form_key_date(), keep_typing=True)  # not the row ticked: see _form_key_date

    def _set_shown(self, shown: bool) -> None:
        set_awareness_shown(self.store, shown)
        self.reload(select=self._form_key_date(), keep_typing=True)

    def _form_key_date(self) -> str | None:
        """The key date the form is about: the row chosen, else the one it was filled from (a built-in day left the
        list while the built-in days were hidden, and comes back to it with them). None for a new key date being
        typed with no row chosen: a row ticked meanwhile does not come into the form, or Save would write the new
        key date over it."""
        current = self.selected()
        return current.id if current is not None else self._in_form
