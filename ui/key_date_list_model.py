"""The key dates as a table: shown in the calendar or not, the next day, title, kind, how it repeats."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from models.planning import KeyDate, KeyDateKind
from models.recurrence import Recurrence, dates_between

_Index = QModelIndex | QPersistentModelIndex


def kind_name(kind: KeyDateKind) -> str:
    return {
        KeyDateKind.EVENT: QCoreApplication.translate("KeyDateListModel", "Event"),
        KeyDateKind.COUNCIL: QCoreApplication.translate("KeyDateListModel", "Council meeting"),
        KeyDateKind.WASTE: QCoreApplication.translate("KeyDateListModel", "Waste collection"),
        KeyDateKind.MARKET: QCoreApplication.translate("KeyDateListModel", "Market"),
        KeyDateKind.TOPICAL: QCoreApplication.translate("KeyDateListModel", "World day / topical"),
        KeyDateKind.OTHER: QCoreApplication.translate("KeyDateListModel", "Other"),
    }[kind]


def repeat_name(rule: str) -> str:
    """The rule in words, as the composer says it ("Every month on the second Thursday"), or "once"."""
    if not rule:
        return QCoreApplication.translate("KeyDateListModel", "once")
    from ui.recurrence_dialog import describe

    return describe(Recurrence.from_text(rule))


def next_day(key_date: KeyDate, today: date) -> date:
    """The key date's next day from today (for one that repeats), or its own date."""
    if not key_date.rrule:
        return key_date.on_date
    found = dates_between(Recurrence.from_text(key_date.rrule), key_date.on_date, max(today, key_date.on_date),
                          max(today, key_date.on_date) + timedelta(days=800))
    return found[0] if found else key_date.on_date


class KeyDateListModel(QAbstractTableModel):
    """Signals:
        shown_changed(object, bool): the officer ticked or unticked a key date's box in the first column.
    """

    shown_changed = Signal(object, bool)
    SHOWN, DAY, TITLE, KIND, REPEATS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key_dates: list[KeyDate] = []
        self._next: list[date] = []

    def set_key_dates(self, key_dates: list[KeyDate], today: date) -> None:
        """Shows the key dates by their next day from today."""
        self.beginResetModel()
        pairs = sorted(((next_day(key_date, today), key_date) for key_date in key_dates),
                       key=lambda pair: (pair[0], pair[1].title))
        self.key_dates = [key_date for _day, key_date in pairs]
        self._next = [day for day, _key_date in pairs]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.key_dates)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Shown"), self.tr("Next"), self.tr("Title"), self.tr("Kind"), self.tr("Repeats")][section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == self.SHOWN:
            return self.tr("Untick to keep a key date out of the calendar")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.SHOWN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key_date = self.key_dates[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.SHOWN:
            return Qt.CheckState.Checked if key_date.enabled else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TITLE, self.REPEATS):
            from ui.plain_text import tooltip

            return tooltip("\n".join(part for part in (key_date.title, self._repeats(key_date), key_date.notes)
                                     if part))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.SHOWN:
            return self.tr("built in") if key_date.shipped else ""
        if column == self.DAY:
            return QLocale().toString(self._next[index.row()], QLocale.FormatType.ShortFormat)
        if column == self.TITLE:
            return key_date.title
        if column == self.KIND:
            return kind_name(key_date.kind)
        return self._repeats(key_date)

    def _repeats(self, key_date: KeyDate) -> str:
        days = (" " + self.tr("(%n day(s))", "", key_date.days)) if key_date.days > 1 else ""
        return repeat_name(key_date.rrule) + days

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != self.SHOWN or role != Qt.ItemDataRole.CheckStateRole:
            return False
        shown = Qt.CheckState(value) == Qt.CheckState.Checked
        self.shown_changed.emit(self.key_dates[index.row()], shown)
        return True
