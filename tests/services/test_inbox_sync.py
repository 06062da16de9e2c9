"""Storing what a fetch brought: a message no record may hold is left out at once, said in the log, instead of
being stored and then left out of every handover file (where the stand-in would never see it)."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from models.channel import ChannelAccount, Network
from services.inbox import InboxQuery, list_items
from services.inbox_sync import SyncReport, store_fetched
from services.networks.base import Fetched, Incoming
from services.store import Store
from tests.conftest import FakeClock


def test_a_message_no_record_may_hold_is_left_out_and_logged(store: Store, clock: FakeClock,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    channel = store.save(ChannelAccount(network=Network.FACEBOOK, name="Facebook", external_id="1"))
    when = clock() - timedelta(hours=1)
    odd = Incoming(remote_id="1_2", kind="message", created_at=when, text="Hallo", source="Hallo",
                   author_name="Jan", conversation_key="t_" + "9" * 40_000)  # a thread id no network gives
    fine = Incoming(remote_id="1_3", kind="reply", created_at=when, text="Dank u", source="Dank u", author_name="Els")
    report = SyncReport()
    with caplog.at_level(logging.WARNING, logger="services.inbox_sync"):
        store_fetched(store, channel, Fetched(items=[odd, fine]), clock(), report)
    assert report.new == 1
    assert [item.text for item in list_items(store, InboxQuery())] == ["Dank u"]
    assert "left out: conversation_key: too_long" in caplog.text


def test_an_outsized_message_fetched_again_unchanged_is_no_edit(store: Store, clock: FakeClock) -> None:
    """It is kept cut; looked at again, the network's uncut text is the same message, not an edit by its author
    (which the detail would have said at every run)."""
    channel = store.save(ChannelAccount(network=Network.FACEBOOK, name="Facebook", external_id="1"))
    when = clock() - timedelta(hours=1)
    text = "lang " * 250_000
    long = Incoming(remote_id="1_4", kind="reply", created_at=when, text=text, source=text, author_name="Piet",
                    author_ref="7")
    report = SyncReport()
    store_fetched(store, channel, Fetched(items=[long]), clock(), report)
    again = SyncReport()
    store_fetched(store, channel, Fetched(edited=[long]), clock(), again)
    assert again.edited == 0 and list_items(store, InboxQuery())[0].edited_at is None
    changed = Incoming(remote_id="1_4", kind="reply", created_at=when, text="kort", source="kort",
                       author_name="Piet", author_ref="7", edited_at=clock())
    store_fetched(store, channel, Fetched(edited=[changed]), clock(), again)
    assert again.edited == 1
