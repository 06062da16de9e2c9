"""Posts in a network's own schedule that should no longer go out there are taken back: a deleted post, a channel
unticked in the composer, a removed channel (whose token stays until then). Where that fails, every run's report
names the post. And only the outbox's own waiting copy is ever removed: whatever else a variant's id names (a
handover file can bring any id) stays where it is, and the variant says why."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from models.channel import ChannelAccount, Network
from models.post import DeliveryState, Post, PostStatus, Variant
from services.channels import add_channel, remove_channel, removed_but_holding
from services.crisis import pause_post, still_held
from services.networks.facebook import FacebookClient
from services.networks.mastodon import MastodonClient
from services.outbox import run_outbox
from services.post_editing import delete_post, restore_post, save_post, variants_of
from services.store import Store
from tests.conftest import FakeClock, MemoryKeyring
from tests.services.local_api import LocalApi, Seen, local_api
from tests.services.mastodon_server import TOKEN, MastodonServer, serve, stop

NOON = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
PAGE = "104857600012345"
PUBLISHED_POST = f"{PAGE}_777"  # published on the page weeks ago


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOON)


@pytest.fixture
def mastodon(clock: FakeClock) -> Iterator[MastodonServer]:
    state = MastodonServer(clock=clock)
    httpd = serve(state)
    yield state
    stop(httpd, state)
    assert state.violations == []


def mastodon_account(store: Store, server: MastodonServer) -> ChannelAccount:
    return store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url=server.url, has_secret=True))


def schedule(store: Store, when: datetime, *channels: ChannelAccount, text: str = "Vanavond feest op het plein"
             ) -> Post:
    post = Post(title="Feest", body=text, status=PostStatus.SCHEDULED, scheduled_at=when)
    return save_post(store, post, [Variant(post_id=post.id, channel_id=c.id) for c in channels])


def stored_variants(store: Store, post: Post) -> list[Variant]:
    return store.find(Variant, "post_id = ?", [post.id], include_deleted=True)


def deletes(server: MastodonServer) -> list[str]:
    return [path for method, path, _headers, _body in server.requests if method == "DELETE"]


# ---- what should no longer go out is taken back -------------------------------------------------------------------

def test_a_post_deleted_after_it_was_handed_to_mastodon_is_taken_back_there(
        store: Store, clock: FakeClock, mastodon: MastodonServer) -> None:
    channel = mastodon_account(store, mastodon)
    post = schedule(store, NOON + timedelta(hours=3), channel)
    client = MastodonClient(mastodon.url, TOKEN)
    run_outbox(store, lambda c: client, clock.now)
    assert len(mastodon.scheduled) == 1
    delete_post(store, post.id)  # tonight's party is off
    report = run_outbox(store, lambda c: client, clock.advance(minutes=1))
    assert report.taken_back == 1 and mastodon.scheduled == {}
    [variant] = stored_variants(store, post)
    assert variant.deleted_at is not None and variant.state is DeliveryState.QUEUED and variant.remote_id == ""
    restore_post(store, post.id)  # undone: it is handed over again, once
    run_outbox(store, lambda c: client, clock.advance(minutes=1))
    assert [item["params"]["text"] for item in mastodon.scheduled.values()] == ["Vanavond feest op het plein"]


def test_a_channel_unticked_in_the_composer_is_taken_back_from_its_schedule(
        store: Store, clock: FakeClock, mastodon: MastodonServer) -> None:
    channel = mastodon_account(store, mastodon)
    whatsapp = store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
    post = schedule(store, NOON + timedelta(days=2), channel)
    client = MastodonClient(mastodon.url, TOKEN)
    run_outbox(store, lambda c: client, clock.now)
    assert len(mastodon.scheduled) == 1
    save_post(store, store.get(Post, post.id), [Variant(post_id=post.id, channel_id=whatsapp.id)])  # type: ignore[arg-type]
    report = run_outbox(store, lambda c: client, clock.advance(minutes=1))
    assert report.taken_back == 1 and mastodon.scheduled == {} and mastodon.statuses == []
    assert [v.state for v in variants_of(store, post.id)] == [DeliveryState.REMINDER]


def test_a_removed_channels_held_posts_are_taken_back_and_then_its_token_leaves_the_keychain(
        store: Store, clock: FakeClock, mastodon: MastodonServer, memory_keyring: MemoryKeyring) -> None:
    from services.networks.registry import client_for

    channel = add_channel(store, Network.MASTODON, "Mastodon", TOKEN, base_url=mastodon.url)
    posts = [schedule(store, NOON + timedelta(days=day), channel, text=f"Bericht {day}") for day in (1, 2)]
    run_outbox(store, client_for, clock.now)
    assert len(mastodon.scheduled) == 2
    assert remove_channel(store, channel) == 2
    assert list(memory_keyring.entries.values()) == [TOKEN]  # kept: only the token can take the posts back
    assert [(c.name, held) for c, held in removed_but_holding(store)] == [("Mastodon", 2)]
    assert store.find(ChannelAccount) == []
    report = run_outbox(store, client_for, clock.advance(minutes=1))
    assert report.taken_back == 2 and mastodon.scheduled == {} and mastodon.statuses == []
    assert memory_keyring.entries == {} and removed_but_holding(store) == []
    [removed] = store.find(ChannelAccount, include_deleted=True)
    assert removed.deleted_at is not None and not removed.has_secret
    assert {v.state for post in posts for v in stored_variants(store, post)} == {DeliveryState.QUEUED}
    run_outbox(store, client_for, clock.advance(days=3))
    assert mastodon.statuses == [] and mastodon.scheduled == {}  # nothing goes out on a removed channel


def test_a_deleted_post_the_network_cannot_give_back_is_named_in_every_report(
        store: Store, clock: FakeClock, mastodon: MastodonServer) -> None:
    channel = mastodon_account(store, mastodon)
    post = schedule(store, NOON + timedelta(hours=3), channel)
    run_outbox(store, lambda c: MastodonClient(mastodon.url, TOKEN), clock.now)
    delete_post(store, post.id)
    offline = MastodonClient("http://127.0.0.1:9", TOKEN)
    for _run in range(2):
        report = run_outbox(store, lambda c: offline, clock.advance(minutes=1))
        lines = [line for line in report.failures if "“Feest”" in line]
        assert len(lines) == 1  # on the municipality's clock (Amsterdam), not the laptop's:
        assert "still holds it in its own schedule and publishes it on 10 March 2026 at 16:00 " in lines[0]
    [variant] = stored_variants(store, post)
    assert variant.state is DeliveryState.SCHEDULED_REMOTE and len(mastodon.scheduled) == 1
    assert [p.id for p, _v in still_held(store)] == [post.id]  # pause-all lists it too
    report = run_outbox(store, lambda c: MastodonClient(mastodon.url, TOKEN), clock.advance(minutes=1))
    assert report.taken_back == 1 and report.failures == [] and mastodon.scheduled == {} and still_held(store) == []


# ---- only our own waiting copy is ever removed ---------------------------------------------------------------------

def facebook_page(api: LocalApi) -> dict[str, dict[str, Any]]:
    """A page as Graph shows it: posts made through the feed (scheduled ones unpublished until their time), each
    readable and deletable by its id; a published post is there from the start."""
    objects: dict[str, dict[str, Any]] = {PUBLISHED_POST: {
        "id": PUBLISHED_POST, "message": "Bedankt voor de nieuwjaarsreceptie!", "is_published": True}}

    numbers = itertools.count(1000)

    def create(seen: Seen) -> tuple[int, Any, dict[str, str]]:
        post_id = f"{PAGE}_{next(numbers)}"
        objects[post_id] = {"id": post_id, "message": seen.form["message"],
                            "is_published": seen.form.get("published") != "false"}
        if "scheduled_publish_time" in seen.form:
            objects[post_id]["scheduled_publish_time"] = int(seen.form["scheduled_publish_time"])
        return 200, {"id": post_id}, {}

    def read(seen: Seen) -> tuple[int, Any, dict[str, str]]:
        found = objects.get(seen.path.strip("/"))
        if found is None:
            return 400, {"error": {"message": "Object does not exist", "code": 100, "error_subcode": 33}}, {}
        fields = seen.query.get("fields", "id").split(",")
        return 200, {name: value for name, value in found.items() if name in fields}, {}

    def delete(seen: Seen) -> tuple[int, Any, dict[str, str]]:
        if objects.pop(seen.path.strip("/"), None) is None:
            return 400, {"error": {"message": "Object does not exist", "code": 100, "error_subcode": 33}}, {}
        return 200, {"success": True}, {}

    api.route("POST", f"/{PAGE}/feed")(create)
    api.route("GET", rf"/{PAGE}_\d+")(read)
    api.route("DELETE", rf"/{PAGE}_\d+")(delete)
    return objects


def facebook_account(store: Store) -> ChannelAccount:
    return store.save(ChannelAccount(network=Network.FACEBOOK, name="Facebook", external_id=PAGE, has_secret=True))


@pytest.mark.parametrize("why", ["paused", "deleted", "draft"])
@pytest.mark.parametrize("what", ["published post", "unpublished, another text"])
def test_a_variant_naming_something_else_on_the_page_never_deletes_it(store: Store, clock: FakeClock, why: str,
                                                                      what: str) -> None:
    """As a crafted handover file brings it: "held by Facebook" under the id of the page's own published post."""
    with local_api() as api:
        objects = facebook_page(api)
        if what != "published post":
            objects[PUBLISHED_POST].update(is_published=False, message="Een ander bericht")
        channel = facebook_account(store)
        post = schedule(store, NOON + timedelta(days=1), channel, text="Oud bericht")
        [variant] = variants_of(store, post.id)
        store.update_fields(variant, state=DeliveryState.SCHEDULED_REMOTE, remote_id=PUBLISHED_POST,
                            remote_fingerprint="x")
        if why == "paused":
            pause_post(store, store.get(Post, post.id), clock.now, "Storm")  # type: ignore[arg-type]
        elif why == "deleted":
            delete_post(store, post.id)
        else:
            store.update_fields(store.get(Post, post.id), status=PostStatus.DRAFT)  # type: ignore[type-var]
        report = run_outbox(store, lambda c: FacebookClient(PAGE, "page-token", base_url=api.url, clock=clock),
                            clock.advance(minutes=1))
        assert [seen.method for seen in api.seen if seen.method == "DELETE"] == []
        assert PUBLISHED_POST in objects
    [variant] = stored_variants(store, post)
    assert variant.state is DeliveryState.UNCONFIRMED and report.unconfirmed == 1
    assert "holds something else under the id Omroeper kept for this post" in variant.last_error
    assert any("removed nothing there" in line for line in report.failures)


def test_facebooks_own_scheduled_copy_is_taken_back_also_after_its_text_changed(store: Store,
                                                                                clock: FakeClock) -> None:
    with local_api() as api:
        objects = facebook_page(api)
        channel = facebook_account(store)
        post = schedule(store, NOON + timedelta(days=1), channel, text="Markt op zaterdag")

        def facebook(c: ChannelAccount) -> FacebookClient:
            return FacebookClient(PAGE, "page-token", base_url=api.url, clock=clock)

        assert run_outbox(store, facebook, clock.now).handed_over == 1
        [ours] = [key for key, item in objects.items() if item["is_published"] is False]
        post = store.get(Post, post.id)  # type: ignore[assignment]
        post.body = "Markt gaat niet door"
        save_post(store, post, variants_of(store, post.id))
        report = run_outbox(store, facebook, clock.advance(minutes=1))  # taken back, and the new text handed over
        assert (report.taken_back, report.handed_over) == (1, 1) and ours not in objects
        pause_post(store, store.get(Post, post.id), clock.now, "Storm")  # type: ignore[arg-type]
        report = run_outbox(store, facebook, clock.advance(minutes=1))
        assert report.taken_back == 1 and report.failures == []
        assert list(objects) == [PUBLISHED_POST]


def test_a_mastodon_variant_naming_another_scheduled_status_leaves_it_there(store: Store, clock: FakeClock,
                                                                            mastodon: MastodonServer) -> None:
    channel = mastodon_account(store, mastodon)
    client = MastodonClient(mastodon.url, TOKEN)
    other = schedule(store, NOON + timedelta(days=3), channel, text="Braderie volgende week")
    run_outbox(store, lambda c: client, clock.now)
    [other_id] = list(mastodon.scheduled)
    crafted = schedule(store, NOON + timedelta(days=1), channel, text="Oud bericht")
    store.update_fields(variants_of(store, crafted.id)[0], state=DeliveryState.SCHEDULED_REMOTE, remote_id=other_id,
                        remote_fingerprint="x")
    pause_post(store, store.get(Post, crafted.id), clock.now, "Storm")  # type: ignore[arg-type]
    report = run_outbox(store, lambda c: client, clock.advance(minutes=1))
    assert deletes(mastodon) == [] and list(mastodon.scheduled) == [other_id]
    assert [v.state for v in variants_of(store, crafted.id)] == [DeliveryState.UNCONFIRMED]
    assert [v.state for v in variants_of(store, other.id)] == [DeliveryState.SCHEDULED_REMOTE]
    assert report.unconfirmed == 1


def test_a_post_failed_on_another_channel_still_goes_out_from_mastodons_schedule(
        store: Store, clock: FakeClock, mastodon: MastodonServer) -> None:
    from services.networks.base import Failure, PublishError
    from tests.services.test_outbox import FakeNetwork

    channel = mastodon_account(store, mastodon)
    bluesky = store.save(ChannelAccount(network=Network.BLUESKY, name="Bluesky", has_secret=True))
    refusing = FakeNetwork()
    refusing.plan = [PublishError(Failure.REFUSED, "Text too long")]
    post = schedule(store, NOON + timedelta(hours=1), channel, bluesky)

    def clients(c: ChannelAccount) -> Any:
        return refusing if c.id == bluesky.id else MastodonClient(mastodon.url, TOKEN)

    run_outbox(store, clients, clock.now)
    run_outbox(store, clients, clock.advance(hours=1))  # Bluesky refuses it: the post is "failed"
    assert store.get(Post, post.id).status is PostStatus.FAILED  # type: ignore[union-attr]
    run_outbox(store, clients, clock.advance(minutes=1))
    assert deletes(mastodon) == [] and len(mastodon.scheduled) == 1  # Mastodon's copy was not taken back for it
    mastodon.publish_scheduled()
    run_outbox(store, clients, clock.advance(minutes=1))
    assert {v.channel_id: v.state for v in variants_of(store, post.id)} == {
        channel.id: DeliveryState.PUBLISHED, bluesky.id: DeliveryState.FAILED}
    assert len(mastodon.statuses) == 1


def test_a_post_handed_over_by_an_earlier_version_is_still_recognised_after_its_text_changed(
        store: Store, clock: FakeClock, mastodon: MastodonServer) -> None:
    """Before the text's digest was kept, only the fingerprint was: the server's text at its time must give it."""
    from services.outbox import fingerprint
    from services.post_editing import images_of

    channel = mastodon_account(store, mastodon)
    post = schedule(store, NOON + timedelta(days=1), channel, text="Markt op zaterdag")
    client = MastodonClient(mastodon.url, TOKEN)
    run_outbox(store, lambda c: client, clock.now)
    [variant] = variants_of(store, post.id)
    store.update_fields(variant, remote_fingerprint=fingerprint(post, variant, images_of(store, post.id)))
    post = store.get(Post, post.id)  # type: ignore[assignment]
    post.body = "Markt gaat niet door"
    save_post(store, post, variants_of(store, post.id))
    report = run_outbox(store, lambda c: client, clock.advance(minutes=1))
    assert (report.taken_back, report.handed_over, report.unconfirmed) == (1, 1, 0)
    assert [item["params"]["text"] for item in mastodon.scheduled.values()] == ["Markt gaat niet door"]


def test_a_deleted_post_whose_time_came_while_the_network_was_out_of_reach_is_left_to_the_officer(
        store: Store, clock: FakeClock, mastodon: MastodonServer) -> None:
    channel = mastodon_account(store, mastodon)
    post = schedule(store, NOON + timedelta(hours=1), channel)
    run_outbox(store, lambda c: MastodonClient(mastodon.url, TOKEN), clock.now)
    delete_post(store, post.id)
    offline = MastodonClient("http://127.0.0.1:9", TOKEN)
    report = run_outbox(store, lambda c: offline, clock.advance(hours=2))  # its time has come meanwhile
    assert any("“Feest”" in line and "still holds it" in line for line in report.failures)
    assert [v.state for v in stored_variants(store, post)] == [DeliveryState.SCHEDULED_REMOTE]
    report = run_outbox(store, lambda c: offline, clock.advance(days=1))
    [variant] = stored_variants(store, post)
    assert variant.state is DeliveryState.UNCONFIRMED and "probably went out there" in variant.last_error
    assert any("“Feest”" in line and "probably went out there" in line for line in report.failures)
    assert still_held(store) == []
