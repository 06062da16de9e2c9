"""What the networks say about the account and the posts they hold, checked before it is believed: a token of
another account sends and takes back nothing (its "not found" is no proof of "gone"); a busy account is read back
far enough to find a post its schedule published, and beyond that bound the post is "unconfirmed", never "deleted
there"; a post a network keeps in its schedule past its time says so, and after a day is left to the officer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from models.channel import ChannelAccount, Network
from models.post import DeliveryState, Post, PostStatus, Variant
from services.channels import add_channel, check_connection, update_channel
from services.crisis import pause_all, still_held
from services.errors import KnownError
from services.networks import mastodon as mastodon_module
from services.networks.facebook import FacebookClient
from services.networks.mastodon import MastodonClient
from services.outbox import run_outbox
from services.post_editing import save_post, variants_of
from services.store import Store
from tests.conftest import FakeClock
from tests.services.local_api import PAGE, Seen, local_api
from tests.services.mastodon_server import OTHER_TOKEN, TOKEN, MastodonServer, serve, stop

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def mastodon(clock: FakeClock) -> Iterator[MastodonServer]:
    state = MastodonServer(clock=clock)
    httpd = serve(state)
    yield state
    stop(httpd, state)
    assert state.violations == []


def channel_of(store: Store, server: MastodonServer) -> ChannelAccount:
    return add_channel(store, Network.MASTODON, "Mastodon", TOKEN, base_url=server.url)


def schedule(store: Store, when: datetime, channel: ChannelAccount, text: str) -> Post:
    post = Post(title=text[:20], body=text, status=PostStatus.SCHEDULED, scheduled_at=when)
    return save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)])


def with_token(server: MastodonServer, token: str, clock: FakeClock):  # type: ignore[no-untyped-def]
    return lambda channel: MastodonClient(server.url, token, sleep=lambda seconds: None, clock=clock)


def held_texts(server: MastodonServer) -> dict[str, tuple[str, str]]:
    """What the server's schedules hold: id -> (whose account, text)."""
    return {sid: (server.owners.get(sid, "1"), item["params"]["text"]) for sid, item in server.scheduled.items()}


# ---- whose token it is --------------------------------------------------------------------------------------------

def test_a_token_of_another_account_sends_and_takes_back_nothing(store: Store, clock: FakeClock,
                                                                 mastodon: MastodonServer) -> None:
    channel = channel_of(store, mastodon)
    concert = schedule(store, T0 + timedelta(days=19), channel, "Kerstconcert op 20 december om 20:00")
    first = run_outbox(store, with_token(mastodon, TOKEN, clock), clock.now)
    assert first.handed_over == 1
    learned = store.get(ChannelAccount, channel.id)
    assert learned is not None and (learned.account_id, learned.account_name) == ("1", "@oosterzande")

    # The stand-in enters the token he made under his own account on the same server, and edits the post.
    changed = store.get(Post, concert.id)
    assert changed is not None
    changed.body = "Kerstconcert op 20 december om 19:30 (nieuw uur)"
    save_post(store, changed, variants_of(store, concert.id))
    report = run_outbox(store, with_token(mastodon, OTHER_TOKEN, clock), clock.advance(days=2))
    assert report.taken_back == 0 and report.handed_over == 0
    assert any("belongs to @joris" in line and "not to @oosterzande" in line for line in report.failures)
    assert held_texts(mastodon) == {next(iter(mastodon.scheduled)): ("1", "Kerstconcert op 20 december om 20:00")}
    assert mastodon.statuses == []  # nothing went out in his name either
    [variant] = variants_of(store, concert.id)
    assert variant.state is DeliveryState.SCHEDULED_REMOTE and "belongs to @joris" in variant.last_error
    stored = store.get(ChannelAccount, channel.id)
    assert stored is not None and stored.account_id == "1" and "belongs to @joris" in stored.last_error

    # The crisis switch with that token: nothing is reported taken back, and pause-all's list names the post.
    pause_all(store, clock.now, "Storm")
    paused = run_outbox(store, with_token(mastodon, OTHER_TOKEN, clock), clock.advance(minutes=1))
    assert paused.taken_back == 0 and paused.failures
    assert [post.id for post, _variant in still_held(store)] == [concert.id] and len(mastodon.scheduled) == 1

    # With the municipality's own token it is taken back.
    back = run_outbox(store, with_token(mastodon, TOKEN, clock), clock.advance(minutes=1))
    assert back.taken_back == 1 and mastodon.scheduled == {} and still_held(store) == []


def test_test_connection_learns_the_account_and_refuses_another_ones_token(store: Store, clock: FakeClock,
                                                                           mastodon: MastodonServer) -> None:
    channel = channel_of(store, mastodon)
    info = check_connection(store, channel, clock.now)
    assert info.account is not None and info.account.id == "1"
    stored = store.get(ChannelAccount, channel.id)
    assert stored is not None and (stored.account_id, stored.account_name) == ("1", "@oosterzande")

    stored = update_channel(store, stored, name="Mastodon", base_url=mastodon.url, secret=OTHER_TOKEN)
    with pytest.raises(KnownError) as refused:
        check_connection(store, stored, clock.now)
    assert "belongs to @joris (2), not to @oosterzande" in refused.value.message
    kept = store.get(ChannelAccount, channel.id)
    assert kept is not None and kept.account_id == "1" and "belongs to @joris" in kept.last_error

    # Another server is another account: learned anew.
    moved = update_channel(store, kept, name="Mastodon", base_url="https://social.example", secret=TOKEN)
    assert (moved.account_id, moved.account_name) == ("", "")


def test_a_facebook_user_token_instead_of_the_page_token_is_stopped_before_anything(store: Store,
                                                                                    clock: FakeClock) -> None:
    with local_api() as api:
        api.route("GET", "/me")(lambda seen: (200, {"id": "10001", "name": "Sanne de Vries"}, {}))
        channel = add_channel(store, Network.FACEBOOK, "Facebook", "EAAGusertoken0123", external_id=PAGE)
        post = schedule(store, T0 - timedelta(minutes=1), channel, "Kerstmarkt zaterdag")
        report = run_outbox(store, lambda c: FacebookClient(PAGE, "EAAGusertoken0123", base_url=api.url,
                                                            clock=clock), clock.now)
        assert [seen.path for seen in api.seen] == ["/me"]  # nothing was posted
    assert report.published == 0 and any("belongs to Sanne de Vries (10001)" in line and "user token" in line
                                          for line in report.failures)
    assert [v.state for v in variants_of(store, post.id)] == [DeliveryState.QUEUED]


# ---- a busy account is read back far enough ------------------------------------------------------------------------

def test_a_post_published_from_the_schedule_is_found_behind_many_later_statuses(store: Store, clock: FakeClock,
                                                                                mastodon: MastodonServer) -> None:
    channel = channel_of(store, mastodon)
    posts = [schedule(store, T0 + timedelta(days=1, hours=11 * i), channel, f"Bericht nummer {i} tijdens de vakantie")
             for i in range(45)]
    assert run_outbox(store, with_token(mastodon, TOKEN, clock), clock.now).handed_over == 45
    clock.advance(days=23)
    mastodon.publish_scheduled()
    for number in range(41):  # the officer answered residents from the server's web page meanwhile
        mastodon.add_status(f"@inwoner{number} Dank voor uw melding.", clock.now - timedelta(hours=2))
    report = run_outbox(store, with_token(mastodon, TOKEN, clock), clock.now)
    assert report.published == 45 and report.failures == [] and report.unconfirmed == 0
    assert all(variants_of(store, post.id)[0].state is DeliveryState.PUBLISHED for post in posts)
    pages = [r for r in mastodon.requests if r[1].endswith("/statuses") and r[0] == "GET"]
    assert len(pages) <= 5  # the pages read are kept for the run: not read again per post


def test_beyond_the_bound_a_post_is_unconfirmed_never_deleted_there(store: Store, clock: FakeClock,
                                                                    mastodon: MastodonServer,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mastodon_module, "MAX_PAGES", 2)
    channel = channel_of(store, mastodon)
    post = schedule(store, T0 + timedelta(days=1), channel, "Kerstmarkt zaterdag op het plein")
    run_outbox(store, with_token(mastodon, TOKEN, clock), clock.now)
    clock.advance(days=1)
    mastodon.publish_scheduled()
    for number in range(100):
        mastodon.add_status(f"Antwoord {number}", clock.advance(minutes=10))
    report = run_outbox(store, with_token(mastodon, TOKEN, clock), clock.now)
    [variant] = variants_of(store, post.id)
    assert variant.state is DeliveryState.UNCONFIRMED and "newest 80 posts" in variant.last_error
    assert report.unconfirmed == 1 and store.get(Post, post.id).status is not PostStatus.FAILED  # type: ignore[union-attr]


def test_a_post_deleted_there_from_a_quiet_account_still_fails_with_the_reason(store: Store, clock: FakeClock,
                                                                               mastodon: MastodonServer) -> None:
    channel = channel_of(store, mastodon)
    post = schedule(store, T0 + timedelta(days=1), channel, "Kerstmarkt zaterdag op het plein")
    run_outbox(store, with_token(mastodon, TOKEN, clock), clock.now)
    mastodon.scheduled.clear()  # deleted on the server's web page
    clock.advance(days=1, hours=2)
    run_outbox(store, with_token(mastodon, TOKEN, clock), clock.now)
    [variant] = variants_of(store, post.id)
    assert variant.state is DeliveryState.FAILED and "no longer holds this post" in variant.last_error


# ---- a post a network keeps past its time ---------------------------------------------------------------------------

def test_a_post_mastodon_keeps_past_its_time_says_so_and_is_left_to_the_officer_after_a_day(
        store: Store, clock: FakeClock, mastodon: MastodonServer) -> None:
    channel = channel_of(store, mastodon)
    post = schedule(store, T0 + timedelta(days=1), channel, "Kerstmarkt zaterdag op het plein")
    run_outbox(store, with_token(mastodon, TOKEN, clock), clock.now)
    clock.now = T0 + timedelta(days=1, minutes=30)  # the server's scheduler does not run
    run_outbox(store, with_token(mastodon, TOKEN, clock), clock.now)
    [variant] = variants_of(store, post.id)
    assert variant.state is DeliveryState.SCHEDULED_REMOTE and variant.last_error == ""  # not late yet

    clock.now = T0 + timedelta(days=1, hours=3, minutes=5)
    report = run_outbox(store, with_token(mastodon, TOKEN, clock), clock.now)
    [variant] = variants_of(store, post.id)
    assert variant.state is DeliveryState.SCHEDULED_REMOTE and report.failures == []
    assert variant.last_error.startswith("Mastodon still holds this post, 3 hours after its time")

    clock.now = T0 + timedelta(days=2, hours=2)
    report = run_outbox(store, with_token(mastodon, TOKEN, clock), clock.now)
    [variant] = variants_of(store, post.id)
    assert variant.state is DeliveryState.UNCONFIRMED and "26 hour" in variant.last_error
    assert "remove it there first" in variant.last_error and report.unconfirmed == 1
    assert len(mastodon.scheduled) == 1 and mastodon.statuses == []  # nothing removed, nothing sent


def test_a_post_facebook_keeps_unpublished_past_its_time_says_so(store: Store, clock: FakeClock) -> None:
    with local_api() as api:
        api.route("POST", f"/{PAGE}/feed")(lambda seen: (200, {"id": f"{PAGE}_1"}, {}))

        def unpublished(seen: Seen) -> tuple[int, object, dict[str, str]]:
            return 200, {"id": f"{PAGE}_1", "is_published": False, "message": "Kerstmarkt zaterdag"}, {}

        api.route("GET", rf"/{PAGE}_1")(unpublished)
        channel = add_channel(store, Network.FACEBOOK, "Facebook", "EAAGpagetoken0123", external_id=PAGE)
        post = schedule(store, T0 + timedelta(days=1), channel, "Kerstmarkt zaterdag")

        def run() -> None:
            run_outbox(store, lambda c: FacebookClient(PAGE, "EAAGpagetoken0123", base_url=api.url, clock=clock),
                       clock.now)

        run()
        clock.now = T0 + timedelta(days=1, hours=2)
        run()
        [variant] = variants_of(store, post.id)
        assert variant.state is DeliveryState.SCHEDULED_REMOTE
        assert variant.last_error.startswith("Facebook still holds this post, 2 hour")
        clock.now = T0 + timedelta(days=3)
        run()
    [variant] = variants_of(store, post.id)
    assert variant.state is DeliveryState.UNCONFIRMED and "48 hour" in variant.last_error
