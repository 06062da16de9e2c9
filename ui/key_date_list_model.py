"""The municipality's key dates as a table: date, title, kind, how it repeats."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from models.planning import KeyDate, KeyDateKind
from models.recurrence import Frequency, Recurrence

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
    if not rule:
        return QCoreApplication.translate("KeyDateListModel", "once")
    recurrence = Recurrence.from_text(rule)
    if recurrence.frequency is Frequency.WEEKLY:
        return (
            QCoreApplication.translate("KeyDateListModel", "every week")
            if recurrence.interval == 1
            else QCoreApplication.translate("KeyDateListModel", "every {n} weeks").format(n=recurrence.interval)
        )
    if recurrence.frequency is Frequency.MONTHLY:
        return QCoreApplication.translate("KeyDateListModel", "every month")
    if recurrence.frequency is Frequency.YEARLY:
        return QCoreApplication.translate("KeyDateListModel", "every year")
    return QCoreApplication.translate("KeyDateListModel", "every day")


class KeyDateListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key_dates: list[KeyDate] = []

    def set_key_dates(self, key_dates: list[KeyDate]) -> None:
        self.beginResetModel()
        self.key_dates = key_dates
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.key_dates)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Date"), self.tr("Title"), self.tr("Kind"), self.tr("Repeats")][section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        key_date = self.key_dates[index.row()]
        day = key_date.on_date
        return [
            QLocale().toString(day, QLocale.FormatType.ShortFormat),
            key_date.title,
            kind_name(key_date.kind),
            repeat_name(key_date.rrule),
        ][index.column()]
