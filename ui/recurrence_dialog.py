"""Choose how a post repeats: daily, weekly on chosen days, monthly, yearly; until a date, a number of times,
or without end."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QObject
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.planning import week_of_month
from models.recurrence import Frequency, Recurrence
from ui.choice_box import ChoiceBox


def describe(rule: Recurrence) -> str:
    """The rule in the officer's words, as the composer shows it: "Every 2 weeks on Monday, Thursday, 6 times"."""
    return _RecurrenceWords().describe(rule)


class _RecurrenceWords(QObject):
    """A QObject only for its tr(): the translation tools know plural forms only there."""

    def describe(self, rule: Recurrence) -> str:
        locale = QLocale()
        n = rule.interval
        once, every_n = {  # "Every day" rather than "Every 1 day"
            Frequency.DAILY: (self.tr("Every day"), self.tr("Every %n day(s)", "", n)),
            Frequency.WEEKLY: (self.tr("Every week"), self.tr("Every %n week(s)", "", n)),
            Frequency.MONTHLY: (self.tr("Every month"), self.tr("Every %n month(s)", "", n)),
            Frequency.YEARLY: (self.tr("Every year"), self.tr("Every %n year(s)", "", n)),
        }[rule.frequency]
        words = once if n == 1 else every_n
        days = ", ".join(locale.dayName(day + 1) for day in sorted(rule.weekdays))
        if rule.week_of_month is not None and rule.month is not None:
            words += " " + self.tr("on the {nth} {weekday} of {month}").format(
                nth=self.ordinal(rule.week_of_month), weekday=days, month=locale.standaloneMonthName(rule.month))
        elif rule.week_of_month is not None:
            words += " " + self.on_the(rule.week_of_month, days)
        elif days:
            words += " " + self.tr("on {days}").format(days=days)
        if rule.until is not None:
            words += ", " + self.tr("until {date}").format(date=locale.toString(QDate(rule.until), "d MMMM yyyy"))
        elif rule.count is not None:
            words += ", " + (self.tr("once") if rule.count == 1 else self.tr("%n time(s)", "", rule.count))
        return words

    def ordinal(self, week: int) -> str:
        """"second": week 1 to 4, or -1 for the last."""
        return {1: self.tr("first"), 2: self.tr("second"), 3: self.tr("third"), 4: self.tr("fourth"),
                -1: self.tr("last")}[week]

    def on_the(self, week: int, weekday: str) -> str:
        """"on the second Thursday"; week 1 to 4, or -1 for the last."""
        return self.tr("on the {nth} {weekday}").format(nth=self.ordinal(week), weekday=weekday)


class RecurrenceDialog(QDialog):
    """`recurrence()` after it was accepted: the rule, or None for "does not repeat"."""

    def __init__(self, first_day: date, current: Recurrence | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Repeat"))
        self.first_day = first_day
        self.frequency = ChoiceBox(self)
        self.frequency.add_choice(self.tr("Does not repeat"), None)
        self.frequency.add_choice(self.tr("Daily"), Frequency.DAILY)
        self.frequency.add_choice(self.tr("Weekly"), Frequency.WEEKLY)
        self.frequency.add_choice(self.tr("Monthly"), Frequency.MONTHLY)
        self.frequency.add_choice(self.tr("Yearly"), Frequency.YEARLY)
        self.interval = QSpinBox(self)
        self.interval.setRange(1, 52)
        locale = QLocale()
        self.weekday_boxes = [QCheckBox(locale.dayName(n + 1, QLocale.FormatType.ShortFormat), self) for n in range(7)]
        weekday_row = QHBoxLayout()
        for box in self.weekday_boxes:
            weekday_row.addWidget(box)
        self.monthly_mode = ChoiceBox(self)
        self.monthly_mode.add_choice(self.tr("on day {day}").format(day=first_day.day), "day")
        # A fifth Thursday is kept as the last one (not every month has five), and said so. "The last" is offered
        # from any day too, beside "the fourth": a month with five of that weekday tells the two apart.
        weekday_name = locale.dayName(first_day.isoweekday())
        self.monthly_mode.add_choice(_RecurrenceWords().on_the(week_of_month(first_day), weekday_name), "weekday")
        if week_of_month(first_day) != -1:
            self.monthly_mode.add_choice(_RecurrenceWords().on_the(-1, weekday_name), "last")
        self.end_never = QRadioButton(self.tr("Never"), self)
        self.end_on = QRadioButton(self.tr("On"), self)
        self.end_after = QRadioButton(self.tr("After"), self)
        group = QButtonGroup(self)
        for button in (self.end_never, self.end_on, self.end_after):
            group.addButton(button)
        self.until = QDateEdit(QDate(first_day.year, first_day.month, first_day.day).addMonths(3), self)
        self.until.setCalendarPopup(True)
        self.count = QSpinBox(self)
        self.count.setRange(1, 400)
        self.count.setValue(10)
        self.count.setSuffix(self.tr(" times"))
        end_row = QHBoxLayout()
        for widget in (self.end_never, self.end_on, self.until, self.end_after, self.count):
            end_row.addWidget(widget)
        form = QFormLayout()
        form.addRow(self.tr("&Repeats:"), self.frequency)
        form.addRow(self.tr("&Interval:"), self.interval)
        form.addRow(self.tr("On days:"), weekday_row)
        form.addRow(self.tr("Each month:"), self.monthly_mode)
        form.addRow(self.tr("Ends:"), end_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._kept: tuple[int, int | None] = (first_day.weekday(), None)
        self._load(current)
        self.frequency.currentIndexChanged.connect(self._enable)
        group.buttonToggled.connect(self._enable)
        self._enable()

    def _load(self, current: Recurrence | None) -> None:
        self.end_never.setChecked(True)
        self.weekday_boxes[self.first_day.weekday()].setChecked(True)
        if current is None:
            return
        self.frequency.select_value(current.frequency)
        self.interval.setValue(current.interval)
        for day, box in enumerate(self.weekday_boxes):
            box.setChecked(day in current.weekdays or (not current.weekdays and day == self.first_day.weekday()))
        week, day = current.week_of_month, self.first_day
        weekday = current.weekdays[0] if current.weekdays else day.weekday()
        if week is None:
            self.monthly_mode.select_value("day")
        elif weekday == day.weekday() and week == -1:
            self.monthly_mode.select_value("last") or self.monthly_mode.select_value("weekday")  # a fifth is the last
        elif weekday == day.weekday() and week == week_of_month(day):
            self.monthly_mode.select_value("weekday")
        else:  # a rule the first day does not give ("the second Monday" of a series moved to a Tuesday): kept
            self.monthly_mode.add_choice(_RecurrenceWords().on_the(week, QLocale().dayName(weekday + 1)), "kept")
            self.monthly_mode.select_value("kept")
        self._kept = (weekday, week)
        if current.until:
            self.end_on.setChecked(True)
            self.until.setDate(QDate(current.until.year, current.until.month, current.until.day))
        elif current.count:
            self.end_after.setChecked(True)
            self.count.setValue(current.count)

    def _enable(self) -> None:
        frequency = self.frequency.current_value()
        for widget in (self.interval, self.end_never, self.end_on, self.end_after):
            widget.setEnabled(bool(frequency))
        self._interval_words(frequency)
        for box in self.weekday_boxes:
            box.setEnabled(frequency == Frequency.WEEKLY)
        self.monthly_mode.setEnabled(frequency == Frequency.MONTHLY)
        self.until.setEnabled(bool(frequency) and self.end_on.isChecked())
        self.count.setEnabled(bool(frequency) and self.end_after.isChecked())

    def _interval_words(self, frequency: Frequency | None) -> None:
        """The interval as words: "every week" at 1 (not "every 1"), "every 3 weeks" above it, in the unit of the
        frequency."""
        every, units = {
            Frequency.DAILY: (self.tr("every day"), self.tr(" days")),
            Frequency.WEEKLY: (self.tr("every week"), self.tr(" weeks")),
            Frequency.MONTHLY: (self.tr("every month"), self.tr(" months")),
            Frequency.YEARLY: (self.tr("every year"), self.tr(" years")),
        }.get(frequency, ("", ""))  # type: ignore[arg-type]
        self.interval.setSpecialValueText(every)
        self.interval.setPrefix(self.tr("every ") if every else "")
        self.interval.setSuffix(units)

    def recurrence(self) -> Recurrence | None:
        frequency = self.frequency.current_value()
        if not frequency:
            return None
        weekdays: tuple[int, ...] = ()
        week: int | None = None
        if frequency == Frequency.WEEKLY:
            weekdays = tuple(day for day, box in enumerate(self.weekday_boxes) if box.isChecked())
        elif frequency == Frequency.MONTHLY and self.monthly_mode.current_value() == "weekday":
            weekdays, week = (self.first_day.weekday(),), week_of_month(self.first_day)
        elif frequency == Frequency.MONTHLY and self.monthly_mode.current_value() == "last":
            weekdays, week = (self.first_day.weekday(),), -1
        elif frequency == Frequency.MONTHLY and self.monthly_mode.current_value() == "kept":
            weekdays, week = (self._kept[0],), self._kept[1]
        until = self.until.date().toPython() if self.end_on.isChecked() else None
        return Recurrence(Frequency(frequency), interval=self.interval.value(), weekdays=weekdays,
                          until=until,  # type: ignore[arg-type]
                          count=self.count.value() if self.end_after.isChecked() else None,
                          week_of_month=week)
