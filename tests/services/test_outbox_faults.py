"""The real outbox, with a fake clock, against local servers that fail the way real ones do: a post stored and then
a 500, answers that are not the documented ones, trickled answers, redirects, rate limits with reset times that make
no sense, lists that lag behind. Every test checks what is stored and what the server holds: exactly one post, or
none where none was sent."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from models.channel import ChannelAccount, Network
from models.media import PostMedia
from models.post import DeliveryState, Post, PostStatus, Variant
from models.publish_attempt import PublishAttempt
from services.errors import KnownError
from services.media_library import add_image, media_path
from services.networks.base import Account, Published, PublishRequest
from services.networks.bluesky import BlueskyClient
from services.networks.facebook import FacebookClient
from services.networks.linkedin import LinkedInClient
from services.networks.mastodon import MastodonClient
from services.outbox import LOOK_FOR, run_outbox
from services.post_editing import save_post, variants_of
from services.store import Store
from tests.conftest import FakeClock
from tests.services import bluesky_server
from tests.services.bluesky_server import APP_PASSWORD, HANDLE, BlueskyServer
from tests.services.local_api import LocalApi, Seen, local_api
from tests.services.mastodon_server import TOKEN, MastodonServer, serve, stop
from tests.services.test_outbox import FakeNetwork

NOON = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
PAGE = "104857600012345"
DEADLINE = 1.0  # seconds: a trickling server is cut off after this (the real default is 30)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOON)


@pytest.fixture
def mastodon_server(clock: FakeClock) -> Iterator[MastodonServer]:
    state = MastodonServer(clock=clock)
    httpd = serve(state)
    yield state
    stop(httpd, state)
    assert state.violations == []


@pytest.fixture
def bluesky() -> Iterator[BlueskyServer]:
    state = BlueskyServer()
    httpd = bluesky_server.serve(state)
    yield state
    bluesky_server.stop(httpd, state)


def account(store: Store, network: Network, name: str, url: str = "https://net.example", **extra: Any
            ) -> ChannelAccount:
    return store.save(ChannelAccount(network=network, name=name, base_url=url, has_secret=True, **extra))


def schedule(store: Store, when: datetime, *channels: ChannelAccount, text: str = "Zaterdag markt op het plein",
             images: list[PostMedia] | None = None) -> Post:
    post = Post(title=text, body=text, status=PostStatus.SCHEDULED, scheduled_at=when)
    for image in images or []:
        image.post_id = post.id
    return save_post(store, post, [Variant(post_id=post.id, channel_id=c.id) for c in channels], images)


def state(store: Store, post: Post) -> list[DeliveryState]:
    return [variant.state for variant in variants_of(store, post.id)]


def outcomes(store: Store, post: Post) -> list[str]:
    [variant] = variants_of(store, post.id)
    return [a.outcome for a in store.find(PublishAttempt, "variant_id = ?", [variant.id], order_by="started_at")]


def mastodon_client(server: MastodonServer, clock: FakeClock) -> MastodonClient:
    return MastodonClient(server.url, TOKEN, deadline=DEADLINE, sleep=lambda seconds: None, clock=clock)


def status_posts(server: MastodonServer) -> int:
    return sum(1 for method, path, _h, _b in server.requests if (method, path) == ("POST", "/api/v1/statuses"))


# ---- Mastodon: the Idempotency-Key within its window, the account's own statuses beyond it ----------------------

@pytest.mark.parametrize("fault", ["stored-500", "non-json", "wrong-shape", "drop", "trickle"])
def test_mastodon_a_stored_post_with_a_bad_answer_is_settled_at_the_next_run_once(
        store: Store, clock: FakeClock, mastodon_server: MastodonServer, fault: str) -> None:
    channel = account(store, Network.MASTODON, "Mastodon", mastodon_server.url)
    post = schedule(store, NOON, channel)
    mastodon_server.faults["POST /api/v1/statuses"] = [fault]
    first = run_outbox(store, lambda c: mastodon_client(mastodon_server, clock), clock.now)
    assert state(store, post) == [DeliveryState.SENDING] and first.published == 0
    assert len(first.failures) == 1 and "not known whether it arrived" in first.failures[0]
    assert len(mastodon_server.statuses) == 1
    second = run_outbox(store, lambda c: mastodon_client(mastodon_server, clock), clock.advance(minutes=2))
    assert second.published == 1 and state(store, post) == [DeliveryState.PUBLISHED]
    assert variants_of(store, post.id)[0].remote_id == mastodon_server.statuses[0]["id"]
    assert len(mastodon_server.statuses) == 1 and outcomes(store, post) == ["unknown", "published"]


@pytest.mark.parametrize("fault", ["long-id", "surrogate-id"])
def test_mastodon_an_id_no_record_can_keep_proves_nothing_and_counts_as_nothing(
        store: Store, clock: FakeClock, mastodon_server: MastodonServer, fault: str) -> None:
    channel = account(store, Network.MASTODON, "Mastodon", mastodon_server.url)
    post = schedule(store, NOON, channel)
    mastodon_server.faults["POST /api/v1/statuses"] = [fault, fault]
    first = run_outbox(store, lambda c: mastodon_client(mastodon_server, clock), clock.now)
    assert first.published == 0 and state(store, post) == [DeliveryState.SENDING]
    assert len(first.failures) == 1 and "not known whether" in first.failures[0]
    run_outbox(store, lambda c: mastodon_client(mastodon_server, clock), clock.advance(minutes=2))
    assert len(mastodon_server.statuses) == 1  # never sent twice
    variant = variants_of(store, post.id)[0]
    assert len(variant.remote_id) < 100 and variant.remote_id.isascii()


@pytest.mark.parametrize("arrived", [True, False])
def test_mastodon_beyond_the_key_window_looks_and_never_sends_with_a_fresh_key(
        store: Store, clock: FakeClock, mastodon_server: MastodonServer, arrived: bool) -> None:
    channel = account(store, Network.MASTODON, "Mastodon", mastodon_server.url)
    post = schedule(store, NOON, channel)
    mastodon_server.faults["POST /api/v1/statuses"] = ["stored-500" if arrived else "html-500"]
    run_outbox(store, lambda c: mastodon_client(mastodon_server, clock), clock.now)
    assert state(store, post) == [DeliveryState.SENDING]
    clock.advance(minutes=55)  # the laptop was closed: the server has forgotten the key
    run_outbox(store, lambda c: mastodon_client(mastodon_server, clock), clock.now)
    if arrived:
        assert state(store, post) == [DeliveryState.PUBLISHED]
        assert variants_of(store, post.id)[0].remote_url == mastodon_server.statuses[0]["url"]
    else:  # not on the account, and long enough after the attempt for any list to have caught up: you decide
        assert state(store, post) == [DeliveryState.UNCONFIRMED]
        assert "Check there" in variants_of(store, post.id)[0].last_error
    assert status_posts(mastodon_server) == 1 and len(mastodon_server.statuses) == (1 if arrived else 0)


def test_mastodon_a_post_that_never_left_is_not_proven_by_its_twin_in_the_same_words(
        store: Store, clock: FakeClock, mastodon_server: MastodonServer) -> None:
    """A post and its duplicate, due at the same time: the first goes out, the second's request never reaches the
    server. Looked for an hour later, the first's status answered to the text, and the second counted as published
    too. One status proves one post."""
    channel = account(store, Network.MASTODON, "Mastodon", mastodon_server.url)
    first, second = schedule(store, NOON, channel), schedule(store, NOON, channel)
    mastodon_server.faults["POST /api/v1/statuses"] = ["", "html-500"]
    run_outbox(store, lambda c: mastodon_client(mastodon_server, clock), clock.now)
    clock.advance(minutes=55)
    run_outbox(store, lambda c: mastodon_client(mastodon_server, clock), clock.now)
    sent = [post for post in (first, second) if state(store, post) == [DeliveryState.PUBLISHED]]
    assert len(sent) == 1 and len(mastodon_server.statuses) == 1
    assert variants_of(store, sent[0].id)[0].remote_id == mastodon_server.statuses[0]["id"]
    other = second if sent[0] is first else first
    assert state(store, other) == [DeliveryState.UNCONFIRMED]


def test_mastodon_a_request_not_answered_at_all_is_resent_with_its_key(store: Store, clock: FakeClock,
                                                                       mastodon_server: MastodonServer) -> None:
    channel = account(store, Network.MASTODON, "Mastodon", mastodon_server.url)
    post = schedule(store, NOON, channel)
    mastodon_server.faults["POST /api/v1/statuses"] = ["hold-before"]
    run_outbox(store, lambda c: mastodon_client(mastodon_server, clock), clock.now)
    assert state(store, post) == [DeliveryState.SENDING] and mastodon_server.statuses == []
    run_outbox(store, lambda c: mastodon_client(mastodon_server, clock), clock.advance(minutes=2))
    assert state(store, post) == [DeliveryState.PUBLISHED] and len(mastodon_server.statuses) == 1


# ---- Bluesky: the record key, looked up first -------------------------------------------------------------------

def bluesky_client(server: BlueskyServer, clock: FakeClock) -> BlueskyClient:
    return BlueskyClient(server.url, HANDLE, APP_PASSWORD, deadline=DEADLINE, clock=clock)


@pytest.mark.parametrize("fault", ["stored-500", "non-json", "trickle", "html-500", "hold-before"])
def test_bluesky_a_lost_answer_is_settled_by_the_record_key(store: Store, clock: FakeClock, bluesky: BlueskyServer,
                                                            fault: str) -> None:
    channel = account(store, Network.BLUESKY, "Bluesky", bluesky.url, handle=HANDLE)
    post = schedule(store, NOON, channel)
    bluesky.faults["POST com.atproto.repo.createRecord"] = [fault]
    run_outbox(store, lambda c: bluesky_client(bluesky, clock), clock.now)
    assert state(store, post) == [DeliveryState.SENDING]
    assert len(bluesky.records) == (0 if fault in ("html-500", "hold-before") else 1)
    run_outbox(store, lambda c: bluesky_client(bluesky, clock), clock.advance(minutes=2))
    assert state(store, post) == [DeliveryState.PUBLISHED] and bluesky.posts() == ["Zaterdag markt op het plein"]
    [variant] = variants_of(store, post.id)
    assert variant.remote_id.endswith("/" + variant.idempotency_key) and variant.idempotency_key in bluesky.records


def test_bluesky_a_post_paused_meanwhile_is_never_sent_by_the_settling(store: Store, clock: FakeClock,
                                                                       bluesky: BlueskyServer) -> None:
    from services.crisis import pause_all

    channel = account(store, Network.BLUESKY, "Bluesky", bluesky.url, handle=HANDLE)
    post = schedule(store, NOON, channel)
    bluesky.faults["POST com.atproto.repo.createRecord"] = ["html-500"]  # it did not arrive
    run_outbox(store, lambda c: bluesky_client(bluesky, clock), clock.now)
    pause_all(store, clock.advance(minutes=1), "Brand in het centrum")
    run_outbox(store, lambda c: bluesky_client(bluesky, clock), clock.advance(minutes=1))
    assert state(store, post) == [DeliveryState.PAUSED] and bluesky.records == {}


def test_bluesky_a_lost_post_later_than_its_grace_period_waits_for_the_officer(store: Store, clock: FakeClock,
                                                                                bluesky: BlueskyServer) -> None:
    channel = account(store, Network.BLUESKY, "Bluesky", bluesky.url, handle=HANDLE)
    post = schedule(store, NOON, channel)
    bluesky.faults["POST com.atproto.repo.createRecord"] = ["hold-before"]
    run_outbox(store, lambda c: bluesky_client(bluesky, clock), clock.now)
    report = run_outbox(store, lambda c: bluesky_client(bluesky, clock), clock.advance(hours=7))  # laptop was off
    assert report.overdue == 1 and state(store, post) == [DeliveryState.OVERDUE] and bluesky.records == {}
    assert "did not reach Bluesky" in variants_of(store, post.id)[0].last_error


# ---- Facebook and LinkedIn: no key; the page's list decides, and a lagging list proves nothing --------------------

def page_api(api: LocalApi, lagging: bool) -> list[dict[str, Any]]:
    posts: list[dict[str, Any]] = []

    def create(seen: Seen) -> tuple[int, Any, dict[str, str]]:
        posts.append({"id": f"{PAGE}_{len(posts) + 1}", "message": seen.form["message"],
                      "permalink_url": f"https://fb.example/{len(posts) + 1}"})
        return 200, {"id": posts[-1]["id"]}, {}

    api.route("POST", f"/{PAGE}/feed")(create)
    api.route("GET", f"/{PAGE}/feed")(lambda seen: (200, {"data": [] if lagging else posts}, {}))
    return posts


@pytest.mark.parametrize("lagging", [False, True])
def test_facebook_a_lost_answer_is_found_on_the_page_or_left_to_the_officer(store: Store, clock: FakeClock,
                                                                             lagging: bool) -> None:
    with local_api() as api:
        posts = page_api(api, lagging)
        api.faults[f"POST /{PAGE}/feed"] = ["stored-500"]
        channel = account(store, Network.FACEBOOK, "Facebook", external_id=PAGE)
        post = schedule(store, NOON, channel)

        def facebook(c: ChannelAccount) -> FacebookClient:
            return FacebookClient(PAGE, "page-token", base_url=api.url, deadline=DEADLINE, clock=clock)

        run_outbox(store, facebook, clock.now)
        assert state(store, post) == [DeliveryState.SENDING]
        run_outbox(store, facebook, clock.advance(minutes=1))
        if not lagging:
            assert state(store, post) == [DeliveryState.PUBLISHED]
            assert variants_of(store, post.id)[0].remote_url == "https://fb.example/1"
        else:
            assert state(store, post) == [DeliveryState.SENDING]
            report = run_outbox(store, facebook, clock.advance(minutes=LOOK_FOR.total_seconds() / 60))
            assert report.unconfirmed == 1 and state(store, post) == [DeliveryState.UNCONFIRMED]
            assert "can lag" in variants_of(store, post.id)[0].last_error
        assert len(posts) == 1  # never sent a second time


def test_linkedin_a_lost_answer_on_a_lagging_list_is_unconfirmed_not_resent(store: Store, clock: FakeClock) -> None:
    with local_api() as api:
        made: list[str] = []
        api.route("POST", "/posts")(lambda seen: (made.append(seen.json["commentary"]) or  # type: ignore[func-returns-value]
                                                  (201, {}, {"x-restli-id": "urn:li:share:1"})))
        api.route("GET", "/posts")(lambda seen: (200, {"elements": []}, {}))
        api.faults["POST /posts"] = ["trickle"]
        channel = account(store, Network.LINKEDIN, "LinkedIn", external_id="2414183")
        post = schedule(store, NOON, channel)

        def linkedin(c: ChannelAccount) -> LinkedInClient:
            return LinkedInClient("2414183", "li-token", base_url=api.url, deadline=DEADLINE, clock=clock)

        run_outbox(store, linkedin, clock.now)
        run_outbox(store, linkedin, clock.advance(minutes=1))
        assert state(store, post) == [DeliveryState.SENDING]
        run_outbox(store, linkedin, clock.advance(minutes=15))
        assert state(store, post) == [DeliveryState.UNCONFIRMED] and len(made) == 1


# ---- rate limits, redirects ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("fault", ["429-none", "429-garbage", "429-past", "429-far"])
def test_after_a_rate_limit_that_account_sends_nothing_more_and_waits_a_sane_while(
        store: Store, clock: FakeClock, mastodon_server: MastodonServer, fault: str) -> None:
    channel = account(store, Network.MASTODON, "Mastodon", mastodon_server.url)
    other = account(store, Network.BLUESKY, "Bluesky")
    elsewhere = FakeNetwork()
    first = schedule(store, NOON - timedelta(minutes=2), channel, other, text="Eerste")
    second = schedule(store, NOON - timedelta(minutes=1), channel, text="Tweede")
    mastodon_server.faults["POST /api/v1/statuses"] = [fault]

    def clients(c: ChannelAccount) -> Any:
        return elsewhere if c.id == other.id else mastodon_client(mastodon_server, clock)

    run_outbox(store, clients, clock.now)
    assert status_posts(mastodon_server) == 1  # the second post was not even tried
    assert [r.text for r in elsewhere.received] == ["Eerste"]  # the other account went on
    assert store.get(ChannelAccount, channel.id).held_until == NOON + timedelta(minutes=10)  # type: ignore[union-attr]
    run_outbox(store, clients, clock.advance(minutes=5))
    assert status_posts(mastodon_server) == 1
    run_outbox(store, clients, clock.advance(minutes=6))
    assert [s["content"] for s in mastodon_server.statuses] == ["<p>Eerste</p>", "<p>Tweede</p>"]
    assert state(store, second) == [DeliveryState.PUBLISHED] and set(state(store, first)) == {DeliveryState.PUBLISHED}


def test_a_post_held_back_by_a_rate_limit_past_its_grace_period_is_overdue_with_the_reason(
        store: Store, clock: FakeClock, mastodon_server: MastodonServer) -> None:
    channel = account(store, Network.MASTODON, "Mastodon", mastodon_server.url)
    post = schedule(store, NOON, channel)
    mastodon_server.faults["POST /api/v1/statuses"] = ["429-garbage"]
    grace = timedelta(minutes=5)
    run_outbox(store, lambda c: mastodon_client(mastodon_server, clock), clock.now, grace)
    report = run_outbox(store, lambda c: mastodon_client(mastodon_server, clock), clock.advance(minutes=6), grace)
    assert report.overdue == 1 and state(store, post) == [DeliveryState.OVERDUE]
    assert "slow down" in variants_of(store, post.id)[0].last_error and mastodon_server.statuses == []


def test_a_redirect_stops_the_account_says_where_and_the_token_stays_here(store: Store, clock: FakeClock,
                                                                          mastodon_server: MastodonServer) -> None:
    with local_api() as elsewhere:
        mastodon_server.redirect_to = elsewhere.url
        channel = account(store, Network.MASTODON, "Mastodon", mastodon_server.url)
        other = account(store, Network.BLUESKY, "Bluesky")
        network = FakeNetwork()
        post = schedule(store, NOON, channel, other)
        mastodon_server.faults["POST /api/v1/statuses"] = ["redirect"]
        report = run_outbox(store, lambda c: network if c.id == other.id else mastodon_client(mastodon_server, clock),
                            clock.now)
        assert elsewhere.seen == []
    assert report.failures == [f"Mastodon: The server at 127.0.0.1 answers that it moved to {elsewhere.url}"
                               "/api/v1/statuses. Omroeper did not follow it, so the token was not sent there. Check "
                               "the address under Channels."]
    assert {v.channel_id: v.state for v in variants_of(store, post.id)} == {
        channel.id: DeliveryState.QUEUED, other.id: DeliveryState.PUBLISHED}
    assert "moved to" in store.get(ChannelAccount, channel.id).last_error  # type: ignore[union-attr]
    assert mastodon_server.statuses == []


# ---- one problem stays with its variant or its account --------------------------------------------------------------

def test_one_variants_or_accounts_problem_never_stops_the_others(store: Store, clock: FakeClock, tmp_path: Any,
                                                                 mastodon_server: MastodonServer) -> None:
    from PIL import Image as Picture

    mastodon = account(store, Network.MASTODON, "Mastodon", mastodon_server.url)
    no_token = account(store, Network.BLUESKY, "Bluesky")
    locked = account(store, Network.FACEBOOK, "Facebook", external_id=PAGE)
    buggy = account(store, Network.LINKEDIN, "LinkedIn", external_id="1")
    picture = tmp_path / "plein.png"
    Picture.new("RGB", (30, 20), "green").save(picture)
    image = add_image(store, picture)
    with_image = schedule(store, NOON - timedelta(minutes=3), mastodon, text="Met foto",
                          images=[PostMedia(post_id="", media_id=image.id, alt_text="Het plein")])
    media_path(store, image).unlink()  # the file is gone from the data folder
    plain = schedule(store, NOON - timedelta(minutes=2), mastodon, text="Zonder foto")
    left_sending = schedule(store, NOON - timedelta(minutes=10), no_token, text="Bleef hangen")
    store.update_fields(variants_of(store, left_sending.id)[0], state=DeliveryState.SENDING,
                        sending_since=NOON - timedelta(minutes=10), idempotency_key="3kd2k3k2k3k2k")
    waiting = schedule(store, NOON - timedelta(minutes=1), no_token, locked, buggy, text="Voor iedereen")

    class Buggy(FakeNetwork):
        def account(self) -> Account:
            return Account(id="1", name="Gemeente Oosterzande")  # the organization the channel posts for

        def publish(self, request: PublishRequest) -> Published:
            raise ZeroDivisionError("a bug in a client")

    def clients(channel: ChannelAccount) -> Any:
        if channel.id == no_token.id:
            raise KnownError("No access token is stored for Bluesky. Enter it under Channels.")
        if channel.id == locked.id:
            raise RuntimeError("org.freedesktop.Secret.Error.IsLocked")
        if channel.id == buggy.id:
            return Buggy()
        return mastodon_client(mastodon_server, clock)

    report = run_outbox(store, clients, clock.now)
    assert [s["content"] for s in mastodon_server.statuses] == ["<p>Zonder foto</p>"]
    assert state(store, plain) == [DeliveryState.PUBLISHED]
    [failed] = variants_of(store, with_image.id)
    assert failed.state is DeliveryState.FAILED and "missing or cannot be read" in failed.last_error
    assert state(store, left_sending) == [DeliveryState.SENDING]  # nothing known, nothing lost
    assert {v.channel_id: v.state for v in variants_of(store, waiting.id)} == {
        no_token.id: DeliveryState.QUEUED, locked.id: DeliveryState.QUEUED, buggy.id: DeliveryState.UNCONFIRMED}
    lines = "\n".join(report.failures)
    assert lines.count("Bluesky: No access token") == 1 and "Facebook: Omroeper could not get Facebook ready" in lines
    assert "is the keychain locked?" in lines and "LinkedIn: Omroeper met an unexpected error" in lines


# ---- Mastodon's schedule: 25 a day, 300 in all, the nearest first ------------------------------------------------

def test_mastodon_takes_25_a_day_the_nearest_first_and_a_nearer_post_makes_room(
        store: Store, clock: FakeClock, mastodon_server: MastodonServer) -> None:
    channel = account(store, Network.MASTODON, "Mastodon", mastodon_server.url)
    day = datetime(2026, 3, 12, 8, 0, tzinfo=UTC)
    posts = [schedule(store, day + timedelta(minutes=number), channel, text=f"Bericht {number}")
             for number in range(26)]
    report = run_outbox(store, lambda c: mastodon_client(mastodon_server, clock), clock.now)
    assert report.handed_over == 25 and len(mastodon_server.scheduled) == 25
    assert state(store, posts[25]) == [DeliveryState.QUEUED]  # waits here: needs the laptop
    nearer = schedule(store, day - timedelta(hours=1), channel, text="Eerder op de dag")
    report = run_outbox(store, lambda c: mastodon_client(mastodon_server, clock), clock.advance(minutes=1))
    assert (report.handed_over, report.taken_back) == (1, 1) and len(mastodon_server.scheduled) == 25
    assert state(store, nearer) == [DeliveryState.SCHEDULED_REMOTE]
    assert state(store, posts[24]) == [DeliveryState.QUEUED] and state(store, posts[25]) == [DeliveryState.QUEUED]
    assert not any("exceeded the limit" in line for line in report.failures)


def test_mastodon_holds_at_most_300_and_the_rest_waits_here(store: Store, clock: FakeClock) -> None:
    channel = account(store, Network.MASTODON, "Mastodon")
    network = FakeNetwork()
    start = NOON + timedelta(days=1)
    posts = [schedule(store, start + timedelta(days=number // 20, minutes=number), channel, text=f"Nr {number}")
             for number in range(301)]
    report = run_outbox(store, lambda c: network, clock.now)
    assert report.handed_over == 300 and len(network.scheduled) == 300
    assert state(store, posts[-1]) == [DeliveryState.QUEUED]
    network.publish_scheduled()  # the nearest ones went out at their time ...
    clock.advance(days=1, hours=1)
    report = run_outbox(store, lambda c: network, clock.now)
    assert report.published == 20 and report.handed_over == 1  # ... which made room for the last one
    assert state(store, posts[-1]) == [DeliveryState.SCHEDULED_REMOTE]


# ---- a post in a network's schedule is published when the network says so ----------------------------------------

def test_a_handed_over_post_is_published_when_the_server_confirms_it_not_at_its_time(
        store: Store, clock: FakeClock, mastodon_server: MastodonServer) -> None:
    channel = account(store, Network.MASTODON, "Mastodon", mastodon_server.url)
    post = schedule(store, NOON + timedelta(hours=1), channel)
    deleted = schedule(store, NOON + timedelta(hours=1), channel, text="Wordt daar verwijderd")
    run_outbox(store, lambda c: mastodon_client(mastodon_server, clock), clock.now)
    assert state(store, post) == [DeliveryState.SCHEDULED_REMOTE]
    removed_id = variants_of(store, deleted.id)[0].remote_id
    del mastodon_server.scheduled[removed_id]  # deleted on the server's web page
    run_outbox(store, lambda c: mastodon_client(mastodon_server, clock), clock.advance(hours=1, minutes=1))
    assert state(store, post) == [DeliveryState.SCHEDULED_REMOTE]  # its time passed; the server has not run it yet
    assert store.get(Post, post.id).status is PostStatus.SCHEDULED  # type: ignore[union-attr]
    [gone] = variants_of(store, deleted.id)
    assert gone.state is DeliveryState.FAILED and "no longer holds this post" in gone.last_error
    mastodon_server.publish_scheduled()
    report = run_outbox(store, lambda c: mastodon_client(mastodon_server, clock), clock.advance(minutes=5))
    assert report.published == 1 and state(store, post) == [DeliveryState.PUBLISHED]
    [variant] = variants_of(store, post.id)
    assert variant.remote_url == mastodon_server.statuses[0]["url"] and len(mastodon_server.statuses) == 1
    assert store.get(Post, post.id).status is PostStatus.PUBLISHED  # type: ignore[union-attr]
