"""The staff members as a list: name and role, marked when inactive or the app's own user."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from models.staff import StaffMember

_Index = QModelIndex | QPersistentModelIndex


class StaffListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.members: list[StaffMember] = []

    def set_members(self, members: list[StaffMember]) -> None:
        self.beginResetModel()
        self.members = members
        self.endResetModel()

    def refresh(self, row: int) -> None:
        self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.members)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        member = self.members[index.row()]
        text = member.name or self.tr("(no name yet)")
        if member.role:
            text += f" – {member.role}"
        if member.is_self:
            text += " " + self.tr("(me)")
        if not member.active:
            text += " " + self.tr("(inactive)")
        return text
