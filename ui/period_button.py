"""The calendar's title, "November 2026 ▾": what the view shows, and a click on it opens a month calendar to go to
any date (as the title of Outlook's and Google's calendars does)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QToolButton, QWidget

ARROW = " ▾"


class PeriodButton(QToolButton):
    """Signals:
        day_picked(object): a date was chosen in the pop-up calendar (clicked, or Enter pressed on it).

    The pop-up calendar is built on the first click."""

    day_picked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("period_button")
        self.setAutoRaise(True)  # reads as a title until the pointer is on it
        font = self.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self.setToolTip(self.tr("Go to a date (Ctrl+G)"))
        self.period = ""
        self.day = date.today()
        self._menu = None
        self.calendar = None
        self.clicked.connect(self.pick)

    def set_period(self, period: str, day: date) -> None:
        """Shows `period` ("November 2026", "Week 47, …", "3 results for …"); the pop-up opens on `day`."""
        self.period = period
        self.day = day
        self.setText(period + ARROW)
        self.setAccessibleName(period)

    def pick(self) -> None:
        """Opens the pop-up calendar below the title, on the day shown, with the keyboard in it."""
        from PySide6.QtCore import QDate

        if self._menu is None:
            self._build_popup()
        assert self._menu is not None and self.calendar is not None
        self.calendar.setSelectedDate(QDate(self.day.year, self.day.month, self.day.day))
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.setFocus()

    def _build_popup(self) -> None:
        from PySide6.QtWidgets import QCalendarWidget, QMenu, QWidgetAction

        self._menu = QMenu(self)
        self.calendar = QCalendarWidget(self._menu)
        self.calendar.setObjectName("period_calendar")
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self.calendar)
        self._menu.addAction(holder)
        self.calendar.clicked.connect(self._chosen)
        self.calendar.activated.connect(self._chosen)

    def _chosen(self, picked) -> None:  # type: ignore[no-untyped-def]  (a QDate)
        assert self._menu is not None
        self._menu.close()
        day = picked.toPython()
        if isinstance(day, date):
            self.day_picked.emit(day)
