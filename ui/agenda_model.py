"""Posts as rows of a table (date, time, status, channels, text) for the list view and search results."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from models.channel import ChannelAccount
from models.post import PostSummary
from ui.plain_text import tooltip
from ui.post_style import STATE_SIGNS, state_name, status_colour, status_name

_Index = QModelIndex | QPersistentModelIndex


class AgendaModel(QAbstractTableModel):
    DATE, TIME, STATUS, CHANNELS, TEXT = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.posts: list[PostSummary] = []
        self.channels: dict[str, ChannelAccount] = {}
        self.zone = ZoneInfo("Europe/Amsterdam")
        self._local: list[datetime | None] = []

    def set_posts(self, posts: list[PostSummary], channels: dict[str, ChannelAccount], time_zone: str) -> None:
        self.beginResetModel()
        self.posts, self.channels, self.zone = posts, channels, ZoneInfo(time_zone)
        # Worked out once per list, not at every cell the view asks for.
        self._local = [post.scheduled_at.astimezone(self.zone) if post.scheduled_text else None for post in posts]
        self.endResetModel()

    def post_at(self, row: int) -> PostSummary:
        return self.posts[row]

    def row_of(self, post_id: str) -> int | None:
        return next((row for row, post in enumerate(self.posts) if post.id == post_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.posts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Date"), self.tr("Time"), self.tr("Status"), self.tr("Channels"), self.tr("Post")][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        post = self.posts[index.row()]
        column = index.column()
        local = self._local[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return QLocale().toString(local.date(), "ddd d MMM yyyy") if local else self.tr("no date")
            if column == self.TIME:
                return local.strftime("%H:%M") if local else ""
            if column == self.STATUS:
                return status_name(post.status)
            if column == self.CHANNELS:
                # "WhatsApp ✍, Instagram ✍": each channel with its sign, apart from the next one.
                return ", ".join(f"{self.channels[c.channel_id].name} {STATE_SIGNS.get(c.state, '')}".rstrip()
                                 for c in post.channels if c.channel_id in self.channels)
            return post.label if not post.title else f"{post.title} – {post.excerpt}"
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return status_colour(post.status)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CHANNELS:
            return tooltip("\n".join(f"{self.channels[c.channel_id].name}: {state_name(c.state)}"
                                     for c in post.channels if c.channel_id in self.channels))
        if role == Qt.ItemDataRole.UserRole:
            return post.id
        return None
