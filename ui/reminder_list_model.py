"""Due reminders as a list: time, channel, first words."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from models.channel import ChannelAccount
from models.post import Post, Variant
from ui.item_list_model import ItemListModel

Reminder = tuple[Post, Variant, ChannelAccount]


class ReminderListModel(ItemListModel[Reminder]):
    def display(self, item: Reminder) -> str:
        post, variant, channel = item
        when = QLocale().toString(post.scheduled_at.astimezone(), QLocale.FormatType.ShortFormat) \
            if post.scheduled_at else ""
        words = " ".join(variant.text(post).split())[:80]
        return f"{when}  ✍ {channel.name}: {post.title or words}"
