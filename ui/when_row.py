"""The composer's "When:": planned or not, the date (typed or picked) and the time in the municipality's time zone,
with a line under it that says the date in words, or why what was typed was not taken."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTimeEdit, QVBoxLayout, QWidget

from ui.date_field import DateField
from ui.plain_text import plain
from ui.readable_colours import warning_css


class WhenRow(QWidget):
    """Signals:
        changed(): the officer planned or unplanned the post, or changed its date or time.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = "Europe/Amsterdam"
        self.dated_check = QCheckBox(self.tr("Planned on"), self)
        self.date_edit = DateField(self)
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.reading = plain(QLabel(self))  # "Thursday 24 December 2026 · time in Europe/Amsterdam"
        self.reading.setObjectName("when_reading")
        self.reading.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.dated_check, self.date_edit, self.time_edit):
            row.addWidget(widget)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.reading)
        self._refused = ""
        self.dated_check.toggled.connect(self._edited)
        self.date_edit.dateChanged.connect(self._edited)
        self.time_edit.timeChanged.connect(self._edited)
        self.date_edit.refused.connect(self._refuse)

    def show_moment(self, local: datetime | None, zone: str, shown_otherwise: datetime) -> None:
        """Shows a planned post's local date and time, or (unplanned) `shown_otherwise` unticked."""
        self.zone = zone
        self._refused = ""
        self.dated_check.setChecked(local is not None)
        shown = local or shown_otherwise
        self.date_edit.setDate(QDate(shown.year, shown.month, shown.day))
        self.time_edit.setTime(QTime(shown.hour, shown.minute))
        self._show_reading()

    def moment(self) -> datetime | None:
        """The planned moment in the municipality's zone, or None when the post is not planned."""
        if not self.dated_check.isChecked():
            return None
        day = self.date_edit.date().toPython()
        at = self.time_edit.time().toPython()
        assert isinstance(day, date) and isinstance(at, time)
        return datetime.combine(day, at).replace(tzinfo=ZoneInfo(self.zone))

    def _edited(self) -> None:
        self._refused = ""
        self._show_reading()
        self.changed.emit()

    def _refuse(self, message: str) -> None:
        self._refused = message
        self._show_reading()

    def _show_reading(self) -> None:
        if self._refused:
            self.reading.setStyleSheet(warning_css())
            self.reading.setText(self._refused)
            return
        self.reading.setStyleSheet("")
        zone = self.tr("time in {zone}").format(zone=self.zone)
        if self.dated_check.isChecked():
            day = QLocale().toString(self.date_edit.date(), "dddd d MMMM yyyy")
            self.reading.setText(f"{day} · {zone}")
        else:
            self.reading.setText(self.tr("Not planned yet: an idea or draft without a date."))
        self.reading.setEnabled(self.dated_check.isChecked())
