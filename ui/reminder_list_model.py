"""Due reminders as a list: time (on the municipality's clock, as the interface writes it), channel, first
words."""

from __future__ import annotations

from models.channel import ChannelAccount
from models.post import Post, Variant
from services.i18n import short_moment_text
from ui.item_list_model import ItemListModel

Reminder = tuple[Post, Variant, ChannelAccount]


class ReminderListModel(ItemListModel[Reminder]):
    time_zone = "Europe/Amsterdam"  # the municipality's: the dialog sets it

    def display(self, item: Reminder) -> str:
        post, variant, channel = item
        when = short_moment_text(post.scheduled_at, self.time_zone) if post.scheduled_at else ""
        words = " ".join(variant.text(post).split())[:80]
        return f"{when}  ✍ {channel.name}: {post.title or words}"
