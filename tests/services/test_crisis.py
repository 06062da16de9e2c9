"""The crisis switch against the local Mastodon server of the publishing tests: scheduled statuses are deleted
there on pause and created again on resume; what passed its time meanwhile waits for the officer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from models.channel import ChannelAccount, Network
from models.post import DeliveryState, Post, PostStatus, Variant
from services.crisis import pause_all, paused_posts, resume_all, resume_post, still_held
from services.delivery import due_reminders
from services.networks.mastodon import MastodonClient
from services.outbox import run_outbox
from services.post_editing import save_post, variants_of
from services.store import Store
from tests.conftest import FakeClock
from tests.services.mastodon_server import TOKEN, MastodonServer

# The local server checks a scheduled time against its own clock, as Mastodon does: the test starts now.
NOON = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOON)


def schedule(store: Store, when: datetime, *channels: ChannelAccount, text: str = "Zaterdag markt") -> Post:
    post = Post(title=text, body=text, status=PostStatus.SCHEDULED, scheduled_at=when)
    return save_post(store, post, [Variant(post_id=post.id, channel_id=c.id) for c in channels])


def states(store: Store, post: Post) -> list[DeliveryState]:
    return [variant.state for variant in variants_of(store, post.id)]


def test_pause_takes_posts_back_from_the_network_and_resume_hands_them_over_again(
        store: Store, clock: FakeClock, server: MastodonServer) -> None:
    mastodon = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url=server.url,
                                         has_secret=True))
    manual = store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
    network = MastodonClient(server.url, TOKEN)
    ahead = schedule(store, NOON + timedelta(days=2), mastodon, text="Braderie zaterdag")
    soon = schedule(store, NOON + timedelta(hours=1), mastodon, manual, text="Wegafsluiting vanmiddag")
    published = schedule(store, NOON - timedelta(minutes=1), mastodon, text="Al verstuurd")
    run_outbox(store, lambda channel: network, clock.now)
    assert len(server.scheduled) == 2 and len(server.statuses) == 1
    assert states(store, ahead) == [DeliveryState.SCHEDULED_REMOTE]

    report = pause_all(store, clock.advance(minutes=5), "Brand in het centrum")
    assert (report.posts, report.at_networks) == (2, 2)
    run_outbox(store, lambda channel: network, clock.advance(minutes=1))
    assert server.scheduled == {}  # deleted at the network
    for post in (ahead, soon):
        stored = store.get(Post, post.id)
        assert stored is not None and stored.paused_at is not None and stored.pause_reason == "Brand in het centrum"
        assert stored.body == post.body  # kept here with all its content
        assert set(states(store, post)) == {DeliveryState.PAUSED}
    assert states(store, published) == [DeliveryState.PUBLISHED]
    assert due_reminders(store, NOON + timedelta(hours=2)) == []

    clock.advance(hours=3)  # "soon" passed its time during the pause
    resumed = resume_all(store, clock.now)
    assert resumed.posts == 2 and [post.id for post in resumed.passed] == [soon.id]
    assert paused_posts(store) == []
    assert set(states(store, soon)) == {DeliveryState.OVERDUE}
    run_outbox(store, lambda channel: network, clock.advance(minutes=1))
    assert [s["params"]["status"] for s in server.scheduled.values()] == ["Braderie zaterdag"]  # created again
    assert states(store, ahead) == [DeliveryState.SCHEDULED_REMOTE]
    assert len(server.statuses) == 1  # nothing was sent by itself
    assert set(states(store, soon)) == {DeliveryState.OVERDUE}


def test_a_network_that_cannot_be_reached_keeps_its_copy_and_says_so(store: Store, clock: FakeClock,
                                                                     server: MastodonServer) -> None:
    mastodon = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url=server.url,
                                         has_secret=True))
    post = schedule(store, NOON + timedelta(days=2), mastodon)
    run_outbox(store, lambda channel: MastodonClient(server.url, TOKEN), clock.now)
    pause_all(store, clock.now, "Storm")
    dead = MastodonClient("http://127.0.0.1:9", TOKEN, sleep=lambda seconds: None)
    report = run_outbox(store, lambda channel: dead, clock.advance(minutes=1))
    assert report.failures and report.failures[0].startswith("Mastodon: ")
    assert states(store, post) == [DeliveryState.SCHEDULED_REMOTE] and len(server.scheduled) == 1
    [held] = variants_of(store, post.id)
    assert held.last_error.startswith("Still in Mastodon's own schedule")  # the composer says so, not "safe"
    assert [p.id for p, _variant in still_held(store)] == [post.id]
    run_outbox(store, lambda channel: MastodonClient(server.url, TOKEN), clock.advance(minutes=1))
    assert states(store, post) == [DeliveryState.PAUSED] and server.scheduled == {}
    assert variants_of(store, post.id)[0].last_error == "" and still_held(store) == []


def test_an_account_without_its_token_keeps_its_copy_and_each_post_says_so(store: Store, clock: FakeClock,
                                                                           server: MastodonServer) -> None:
    """As on the demo's Facebook page: the token is not on this laptop, so nothing can be taken back."""
    from services.secrets import secret_of

    mastodon = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url=server.url,
                                         has_secret=True))
    post = schedule(store, NOON + timedelta(days=2), mastodon)
    run_outbox(store, lambda channel: MastodonClient(server.url, TOKEN), clock.now)
    pause_all(store, clock.now, "Storm")
    store.update_fields(mastodon, has_secret=False)
    report = run_outbox(store, lambda channel: MastodonClient(server.url, secret_of(channel)),
                        clock.advance(minutes=1))
    assert report.failures == ["Mastodon: No access token is stored for Mastodon. Enter it under Channels."]
    [held] = variants_of(store, post.id)
    assert held.state is DeliveryState.SCHEDULED_REMOTE and "No access token is stored" in held.last_error
    assert len(server.scheduled) == 1


def test_one_post_can_be_resumed_alone(store: Store, clock: FakeClock) -> None:
    manual = store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
    first = schedule(store, NOON + timedelta(days=1), manual)
    second = schedule(store, NOON + timedelta(days=2), manual)
    run_outbox(store, lambda channel: pytest.fail("no network for manual channels"), clock.now)
    pause_all(store, clock.now, "")
    resume_post(store, store.get(Post, first.id), clock.now)  # type: ignore[arg-type]
    assert [post.id for post in paused_posts(store)] == [second.id]
    run_outbox(store, lambda channel: pytest.fail("no network"), clock.advance(minutes=1))
    assert states(store, first) == [DeliveryState.REMINDER] and states(store, second) == [DeliveryState.PAUSED]


def test_an_open_composers_autosave_does_not_undo_a_pause(store: Store, clock: FakeClock) -> None:
    manual = store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
    post = schedule(store, NOON + timedelta(days=1), manual)
    in_composer = store.get(Post, post.id)  # the composer's copy, read before the pause
    assert in_composer is not None
    pause_all(store, clock.now, "Storm")
    in_composer.body = "Typed after the pause"
    save_post(store, in_composer, variants_of(store, post.id))
    stored = store.get(Post, post.id)
    assert stored is not None and stored.body == "Typed after the pause"
    assert stored.paused_at is not None and stored.pause_reason == "Storm"
