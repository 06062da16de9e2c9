"""Due reminders as a list: time, channel, first words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from models.channel import ChannelAccount
from models.post import Post, Variant

_Index = QModelIndex | QPersistentModelIndex


class ReminderListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reminders: list[tuple[Post, Variant, ChannelAccount]] = []

    def set_reminders(self, reminders: list[tuple[Post, Variant, ChannelAccount]]) -> None:
        self.beginResetModel()
        self.reminders = reminders
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.reminders)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        post, variant, channel = self.reminders[index.row()]
        when = QLocale().toString(post.scheduled_at.astimezone(), QLocale.FormatType.ShortFormat) \
            if post.scheduled_at else ""
        words = " ".join(variant.text(post).split())[:80]
        return f"{when}  ✍ {channel.name}: {post.title or words}"
