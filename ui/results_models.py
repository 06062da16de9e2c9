"""The Results tab's tables as Qt models: the month per channel, and the month's best posts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from services.results import BestPost, ChannelMonth
from ui.item_list_model import ItemListModel

_Index = QModelIndex | QPersistentModelIndex


def count_text(value: int | None) -> str:
    return "–" if value is None else QLocale().toString(value)


class ChannelMonthModel(QAbstractTableModel):
    """A row per channel: posts, likes, shares, replies, views, reach and followers (with the month's change).
    "–" where the network does not give a figure."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[ChannelMonth] = []
        self.headers = [self.tr("Channel"), self.tr("Posts"), self.tr("Likes"), self.tr("Shares"),
                        self.tr("Replies"), self.tr("Views"), self.tr("Reach"), self.tr("Followers")]

    def set_items(self, items: list[ChannelMonth]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt's name)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and item.problem:
            return item.problem
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return ("⚠ " if item.problem else "") + item.name
        if column == 7:
            change = ""
            if item.followers is not None and item.followers_before is not None:
                change = f" ({item.followers - item.followers_before:+d})"
            return count_text(item.followers) + change
        return count_text((item.posts, item.likes, item.shares, item.replies, item.views, item.reach)[column - 1])


class BestPostModel(ItemListModel[BestPost]):
    """"1. Braderie – 13 November · Facebook, Mastodon · 187 reactions · 2,068 views"."""

    def display(self, item: BestPost) -> str:
        number = self.items.index(item) + 1
        day = QLocale().toString(item.published_at.date(), "d MMMM")
        views = " · " + self.tr("{count} views").format(count=count_text(item.views)) if item.views is not None \
            else ""
        return self.tr("{number}. {title} – {day} · {channels} · {count} reactions").format(
            number=number, title=item.title, day=day, channels=", ".join(item.channels),
            count=count_text(item.reactions)) + views
