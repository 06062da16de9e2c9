"""The inbox's list as the tab reads it: grouped by conversation, the liveliest conversation first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from models.channel import ChannelAccount, Network
from models.inbox import InboxItem, ItemKind
from services.inbox import InboxQuery, list_items
from services.store import Store

NOON = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def said(store: Store, channel: ChannelAccount, text: str, hours_ago: float, conversation: str = "") -> InboxItem:
    return store.save(InboxItem(channel_id=channel.id, network="mastodon", kind=ItemKind.REPLY, remote_id=text,
                                text=text, conversation_key=conversation,
                                received_at=NOON - timedelta(hours=hours_ago)))


def test_a_conversation_s_messages_stay_together_and_a_new_one_brings_it_to_the_top(store: Store) -> None:
    channel = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    said(store, channel, "markt 1", 30, "markt")
    said(store, channel, "los", 20)
    said(store, channel, "kermis 1", 10, "kermis")
    said(store, channel, "markt 2", 5, "markt")
    assert [item.text for item in list_items(store, InboxQuery(state=None))] == [
        "markt 2", "markt 1", "kermis 1", "los"]
    said(store, channel, "kermis 2", 1, "kermis")  # the kermis conversation comes alive again
    assert [item.text for item in list_items(store, InboxQuery(state=None))] == [
        "kermis 2", "kermis 1", "markt 2", "markt 1", "los"]
