"""A post's images in order, with thumbnails; an image lacking its alt text says so."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPixmap, QPixmapCache

from models.post import Media, PostMedia

THUMBNAIL = QSize(96, 96)
_Index = QModelIndex | QPersistentModelIndex


@dataclass
class ImageItem:
    link: PostMedia
    media: Media
    path: Path


class ImageListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[ImageItem] = []

    def set_items(self, items: list[ImageItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def append(self, item: ImageItem) -> None:
        self.beginInsertRows(QModelIndex(), len(self.items), len(self.items))
        self.items.append(item)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.items[row]
        self.endRemoveRows()

    def move(self, row: int, step: int) -> int:
        """Moves an image earlier (-1) or later (+1); returns its new row."""
        target = row + step
        if not 0 <= target < len(self.items):
            return row
        destination = target + 1 if step > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.items.insert(target, self.items.pop(row))
        self.endMoveRows()
        return target

    def set_alt_text(self, row: int, text: str) -> None:
        self.items[row].link.alt_text = text
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.link.alt_text.strip() or self.tr("⚠ no alt text")
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.link.alt_text or self.tr("Describe what the image shows, for people who cannot see it.")
        return None

    def _thumbnail(self, item: ImageItem) -> QPixmap:
        """From Qt's pixmap cache, which Qt empties before it shuts down (a pixmap kept by Python past the
        application's end crashes the interpreter's exit)."""
        key = f"omroeper-thumbnail-{item.media.sha256}"
        pixmap = QPixmapCache.find(key)
        if pixmap is None or pixmap.isNull():
            pixmap = QPixmap(str(item.path))
            if not pixmap.isNull():
                pixmap = pixmap.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)
                QPixmapCache.insert(key, pixmap)
        return pixmap
