"""A Qt list model over a plain Python list: the lists of findings, templates, staff, reminders and backups are
each one of these, saying only how one item reads (and, where it has them, its tooltip and picture)."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui import plain_text

T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex


class ItemListModel(QAbstractListModel, Generic[T]):
    """`items` is the list shown; `set_items` replaces it (views keep no stale rows); subclasses implement
    `display` and may implement `tooltip` and `decoration`."""

    def __init__(self, parent: QObject | None = None, *, items: list[T] | None = None) -> None:
        super().__init__(parent)
        self.items: list[T] = list(items or [])

    def set_items(self, items: list[T]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> T | None:
        """The item in `row`, or None for no row (-1 when nothing is selected) or one past the end."""
        return self.items[row] if 0 <= row < len(self.items) else None

    def refresh(self, row: int) -> None:
        """The item in `row` changed in place: its line is drawn again."""
        self.dataChanged.emit(self.index(row), self.index(row))

    def display(self, item: T) -> str:
        raise NotImplementedError

    def tooltip(self, item: T) -> str | None:
        return None

    def decoration(self, item: T) -> Any:
        """An icon or pixmap beside the item; none by default."""
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_text.tooltip(self.tooltip(item))
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(item)
        return None
