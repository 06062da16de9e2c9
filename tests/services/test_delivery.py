from __future__ import annotations

from datetime import UTC, datetime, timedelta

from models.channel import ChannelAccount, Network
from models.post import DeliveryState, Post, PostStatus, Variant
from services.delivery import count_due_reminders, due_reminders, mark_published, send_anyway, skip, try_again
from services.outbox import run_outbox
from services.post_editing import save_post, variants_of
from services.store import Store
from tests.services.test_outbox import FakeNetwork

NOON = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def planned(store: Store, channel: ChannelAccount, when: datetime) -> Post:
    post = Post(title="Markt", body="Markt", status=PostStatus.SCHEDULED, scheduled_at=when)
    return save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)])


def test_an_overdue_post_goes_out_when_the_officer_says_so(store: Store) -> None:
    bluesky = store.save(ChannelAccount(network=Network.BLUESKY, name="Bluesky"))
    network = FakeNetwork()
    post = planned(store, bluesky, NOON - timedelta(hours=10))
    run_outbox(store, lambda channel: network, NOON)
    [variant] = variants_of(store, post.id)
    assert variant.state is DeliveryState.OVERDUE
    send_anyway(store, variant)
    run_outbox(store, lambda channel: network, NOON + timedelta(minutes=1))
    assert variants_of(store, post.id)[0].state is DeliveryState.PUBLISHED and len(network.received) == 1


def test_a_failed_post_is_tried_again_and_a_skipped_one_is_not(store: Store) -> None:
    bluesky = store.save(ChannelAccount(network=Network.BLUESKY, name="Bluesky"))
    network = FakeNetwork()
    first, second = planned(store, bluesky, NOON), planned(store, bluesky, NOON)
    for post in (first, second):
        store.update_fields(variants_of(store, post.id)[0], state=DeliveryState.FAILED, last_error="te lang")
    try_again(store, variants_of(store, first.id)[0])
    skip(store, variants_of(store, second.id)[0])
    run_outbox(store, lambda channel: network, NOON + timedelta(minutes=1))
    assert variants_of(store, first.id)[0].state is DeliveryState.PUBLISHED
    assert variants_of(store, second.id)[0].state is DeliveryState.FAILED and len(network.received) == 1


def test_reminders_come_due_and_are_marked_posted_by_hand(store: Store) -> None:
    whatsapp = store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
    due = planned(store, whatsapp, NOON - timedelta(minutes=5))
    later = planned(store, whatsapp, NOON + timedelta(hours=2))
    run_outbox(store, lambda channel: FakeNetwork(), NOON)
    assert [post.id for post, _variant, _channel in due_reminders(store, NOON)] == [due.id]
    mark_published(store, variants_of(store, due.id)[0], NOON)
    assert due_reminders(store, NOON) == [] and store.get(Post, due.id).status is PostStatus.PUBLISHED  # type: ignore[union-attr]
    assert [post.id for post, _v, _c in due_reminders(store, NOON + timedelta(hours=3))] == [later.id]


def test_reminders_leave_out_deleted_posts_and_channels_and_come_oldest_first(store: Store) -> None:
    whatsapp = store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
    flyers = store.save(ChannelAccount(network=Network.MANUAL, name="Flyers"))
    newer = planned(store, whatsapp, NOON - timedelta(minutes=5))
    older = planned(store, whatsapp, NOON - timedelta(hours=5))
    deleted_post = planned(store, whatsapp, NOON - timedelta(hours=1))
    on_deleted_channel = planned(store, flyers, NOON - timedelta(hours=1))
    run_outbox(store, lambda channel: FakeNetwork(), NOON)
    assert len(due_reminders(store, NOON)) == count_due_reminders(store, NOON) == 4
    store.mark_deleted(store.get(Post, deleted_post.id))  # type: ignore[arg-type]
    store.mark_deleted(flyers)
    assert [post.id for post, _v, _c in due_reminders(store, NOON)] == [older.id, newer.id]
    assert count_due_reminders(store, NOON) == 2 and count_due_reminders(store, NOON - timedelta(hours=6)) == 0
    assert on_deleted_channel.id not in [post.id for post, _v, _c in due_reminders(store, NOON)]
