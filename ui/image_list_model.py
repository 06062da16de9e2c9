"""A post's images in order, with thumbnails; an image lacking its alt text says so."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QPixmap, QPixmapCache

from models.media import Media, PostMedia
from ui.item_list_model import ItemListModel

THUMBNAIL = QSize(96, 96)


@dataclass
class ImageItem:
    link: PostMedia
    media: Media
    path: Path


class ImageListModel(ItemListModel[ImageItem]):
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
        self.refresh(row)

    def display(self, item: ImageItem) -> str:
        return item.link.alt_text.strip() or self.tr("⚠ no alt text")

    def tooltip(self, item: ImageItem) -> str:
        return item.link.alt_text or self.tr("Describe what the image shows, for people who cannot see it.")

    def decoration(self, item: ImageItem) -> QPixmap:
        return self._thumbnail(item)

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
