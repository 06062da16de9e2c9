"""The absences as a table: who, from, to, stand-in, note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from models.planning import Absence

_Index = QModelIndex | QPersistentModelIndex


class AbsenceListModel(QAbstractTableModel):
    WHO, FROM, TO, STAND_IN, NOTE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.absences: list[Absence] = []
        self.names: dict[str, str] = {}

    def set_absences(self, absences: list[Absence], names: dict[str, str]) -> None:
        self.beginResetModel()
        self.absences, self.names = absences, names
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.absences)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Who"), self.tr("From"), self.tr("To"), self.tr("Stand-in"), self.tr("Note")][section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        absence = self.absences[index.row()]
        column = index.column()
        if column == self.WHO:
            return self.names.get(absence.staff_id, "?")
        if column in (self.FROM, self.TO):
            day = absence.starts_on if column == self.FROM else absence.ends_on
            return QLocale().toString(QDate(day), QLocale.FormatType.ShortFormat)
        if column == self.STAND_IN:
            return self.names.get(absence.standin_id or "", self.tr("nobody"))
        return absence.note
