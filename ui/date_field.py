"""A date field that takes a date as it is typed ("24-12", "24 dec", "24/12/2026") or picked from a month calendar,
and refuses out loud what is not one date, keeping the date it had.

Why not QDateEdit: it edits a date a section at a time, so typing 24-12 over 30-11-2026 kept the 30 and changed
only the month, a date the officer never typed, without a word. Here the whole text is read (models/typed_date.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from models.typed_date import read_typed_date
from ui.readable_colours import warning_css


def date_format() -> str:
    """The interface's short date format with the whole year ("dd-MM-yyyy", "M/d/yyyy")."""
    shown = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return shown if "yyyy" in shown else shown.replace("yy", "yyyy")


class DateField(QWidget):
    """Signals:
        dateChanged(QDate): a new date was typed, picked, or stepped with the arrow keys.
        refused(str): what was typed is not one date; the message says so and which date stays.
    """

    dateChanged = Signal(QDate)  # noqa: N815 (the name QDateEdit gives it)
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = QDate.currentDate()
        self.today: Callable[[], date] = date.today  # what "24-12" without a year counts from (the composer's clock)
        self.edit = _DateLine(self)
        self.edit.setObjectName("date_text")
        self.edit.setToolTip(self.tr("Type a date (24-12, 24 dec, 24-12-2026) or pick one; ↑ and ↓ step a day"))
        self.pick_button = QToolButton(self)
        self.pick_button.setText("▾")
        self.pick_button.setToolTip(self.tr("Pick a date"))
        self.pick_button.setAutoRaise(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.edit)
        row.addWidget(self.pick_button)
        self.setFocusProxy(self.edit)
        self._calendar = None
        self._menu = None
        self._problem: QLabel | None = None
        self.edit.editingFinished.connect(self._typed)
        self.edit.stepped.connect(lambda days: self._set(self._date.addDays(days)))
        self.pick_button.clicked.connect(self.pick)
        self._show()

    # ---- what QDateEdit offered, for the composer --------------------------------------------------------

    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, day: QDate) -> None:  # noqa: N802 (the name QDateEdit gives it)
        self._set(day)

    def text(self) -> str:
        return self.edit.text()

    def problem_label(self) -> QLabel:
        """A line, for a form, that says why a typed text was refused and goes again at the next good date (the
        composer shows it in its own way)."""
        if self._problem is None:
            self._problem = QLabel(self.parentWidget())
            self._problem.setTextFormat(Qt.TextFormat.PlainText)
            self._problem.setWordWrap(True)
            self._problem.setStyleSheet(warning_css())
            self._problem.hide()
            self.refused.connect(self._problem.setText)
            self.refused.connect(self._problem.show)
            self.dateChanged.connect(self._problem.hide)
        return self._problem

    # ---- typing -------------------------------------------------------------------------------------------

    def _typed(self) -> None:
        typed = self.edit.text()
        if typed == self._date.toString(date_format()):
            return
        today = self.today()
        month_first = date_format().find("M") < date_format().find("d")
        read = read_typed_date(typed, today, month_first=month_first)
        if read is None:
            self._show()
            self.refused.emit(self.tr("“{typed}” is not a date Omroeper can read; the date stays {date}. Type it "
                                      "as 24-12-2026 or 24 dec, or pick it with ▾.").format(
                typed=typed.strip(), date=self.edit.text()))
            return
        self._set(QDate(read.year, read.month, read.day))

    def _set(self, day: QDate) -> None:
        changed = day != self._date
        self._date = QDate(day)
        self._show()
        if changed:
            self.dateChanged.emit(QDate(day))

    def _show(self) -> None:
        self.edit.setText(self._date.toString(date_format()))
        self.edit.setCursorPosition(0)

    # ---- picking ------------------------------------------------------------------------------------------

    def pick(self) -> None:
        """A month calendar below the field, on the date shown, with the keyboard in it."""
        from PySide6.QtWidgets import QCalendarWidget, QMenu, QWidgetAction

        if self._menu is None:
            self._menu = QMenu(self)
            self._calendar = QCalendarWidget(self._menu)
            self._calendar.setGridVisible(False)
            action = QWidgetAction(self._menu)
            action.setDefaultWidget(self._calendar)
            self._menu.addAction(action)
            self._calendar.activated.connect(self._picked)
            self._calendar.clicked.connect(self._picked)
        assert self._calendar is not None
        self._calendar.setSelectedDate(self._date)
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self._calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        if self._menu is not None:
            self._menu.close()
        self._set(day)
        self.edit.setFocus()


class _DateLine(QLineEdit):
    """The field's text: ↑ and ↓ step a day, as in a spin box; Alt+↓ (and F4) opens the calendar."""

    stepped = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import Qt

        key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            field = self.parentWidget()
            if isinstance(field, DateField):
                field.pick()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.editingFinished.emit()  # what was typed first counts
            self.stepped.emit(1 if key == Qt.Key.Key_Up else -1)
            return
        super().keyPressEvent(event)
