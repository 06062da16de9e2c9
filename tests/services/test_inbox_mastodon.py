"""The inbox against a local Mastodon server: mentions over several pages, nothing twice, edits and deletions
followed, a new account's bounded history, the rate limit, and answers threaded under the resident's status and
sent exactly once. Every request is checked against ../shared/specs/mastodon-openapi.json by the server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from models.channel import ChannelAccount, Network
from models.common import to_utc_text
from models.inbox import InboxAnswer, ItemKind, ItemState, Visibility
from models.post import DeliveryState, Post, PostStatus, Variant
from models.reply import ReplyLogEntry
from services.channels import update_channel
from services.errors import KnownError
from services.i18n import short_moment_text
from services.inbox import (
    InboxQuery,
    answer_text,
    find_item,
    list_items,
    mark_done,
    queue_answer,
    take_private,
    with_mention,
)
from services.inbox_sync import sync_inbox
from services.networks.base import Failure, PublishError
from services.networks.mastodon import MastodonClient
from services.outbox import run_outbox
from services.preferences import load_municipality
from services.store import Store
from tests.conftest import FakeClock
from tests.services.mastodon_server import TOKEN, MastodonServer, serve, stop


@pytest.fixture
def mastodon(clock: FakeClock) -> Iterator[MastodonServer]:
    state = MastodonServer(processing_polls=0, clock=clock)
    httpd = serve(state)
    yield state
    stop(httpd, state)
    assert state.violations == []


@pytest.fixture
def channel(store: Store, mastodon: MastodonServer) -> ChannelAccount:
    return store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url=mastodon.url,
                                     has_secret=True))


def clients(mastodon: MastodonServer, clock: FakeClock):  # type: ignore[no-untyped-def]
    return lambda channel: MastodonClient(mastodon.url, TOKEN, clock=clock)


def test_mentions_over_several_pages_are_stored_once_with_who_what_and_where(
        store: Store, clock: FakeClock, mastodon: MastodonServer, channel: ChannelAccount) -> None:
    ours = mastodon.add_status("Zaterdag markt", clock())
    post = Post(title="Markt", body="Zaterdag markt", status=PostStatus.PUBLISHED)
    store.save(post)
    store.save(Variant(post_id=post.id, channel_id=channel.id, state=DeliveryState.PUBLISHED, remote_id=ours["id"]))
    for number in range(170):
        clock.advance(minutes=1)
        mastodon.add_message(f"@oosterzande vraag {number}", in_reply_to=ours["id"] if number % 2 else None)
    report = sync_inbox(store, clients(mastodon, clock), clock())
    assert report.failures == [] and report.new == 170 and report.history == ["Mastodon"]
    items = list_items(store, InboxQuery(limit=1000))
    assert len(items) == 170 and len({item.remote_id for item in items}) == 170
    newest = items[0]
    assert newest.text == "@oosterzande vraag 169" and newest.author_handle == "jan@127.0.0.1"
    assert newest.author_name == "Jan de Vries" and newest.kind is ItemKind.REPLY
    assert newest.answers_post_id == post.id and newest.url.startswith(mastodon.url)
    # The replies to our post are one conversation and stay together; the mentions between them are their own.
    assert items[1].text == "@oosterzande vraag 167" and items[1].conversation_key == newest.conversation_key
    assert any(item.kind is ItemKind.MENTION for item in items)
    pages = [r for r in mastodon.requests if r[1] == "/api/v1/notifications"]
    assert len(pages) >= 3  # 170 mentions at 80 a page

    # Fetched again, and with three new ones: only those three are new; the pages start at the cursor.
    for number in range(3):
        clock.advance(minutes=1)
        mastodon.add_message(f"nieuw {number}")
    again = sync_inbox(store, clients(mastodon, clock), clock())
    assert again.new == 3 and again.history == []
    assert len(list_items(store, InboxQuery(limit=1000))) == 173
    assert sync_inbox(store, clients(mastodon, clock), clock()).new == 0


def test_a_new_account_fetches_fourteen_days_and_says_so(store: Store, clock: FakeClock, mastodon: MastodonServer,
                                                         channel: ChannelAccount) -> None:
    mastodon.add_message("al lang geleden", when=clock() - timedelta(days=20))
    mastodon.add_message("vorige week", when=clock() - timedelta(days=7))
    report = sync_inbox(store, clients(mastodon, clock), clock())
    assert [item.text for item in list_items(store)] == ["vorige week"]
    assert report.lines()[-1] == "Mastodon: first fetch, the last 14 days."


def test_a_deleted_or_edited_message_is_followed_and_never_lost(store: Store, clock: FakeClock,
                                                                mastodon: MastodonServer,
                                                                channel: ChannelAccount) -> None:
    kept = mastodon.add_message("<b>De lantaarnpaal</b> is kapot")
    gone = mastodon.add_message("Bel me op 0612345678")
    sync_inbox(store, clients(mastodon, clock), clock())
    clock.advance(minutes=10)
    mastodon.deleted.add(gone["id"])
    kept["content"] = "<p>De lantaarnpaal bij de kerk is kapot</p>"
    kept["edited_at"] = "2026-03-02T09:05:00.000Z"
    report = sync_inbox(store, clients(mastodon, clock), clock())
    assert (report.deleted, report.edited) == (1, 1)
    items = {item.remote_id: item for item in list_items(store, InboxQuery(state=None))}
    assert items[gone["id"]].text == "Bel me op 0612345678"  # kept as evidence
    assert items[gone["id"]].deleted_there_at == clock()
    assert items[kept["id"]].text == "<b>De lantaarnpaal</b> is kapot"  # the first text received stays
    assert items[kept["id"]].edited_at is not None
    assert sync_inbox(store, clients(mastodon, clock), clock()).edited == 0  # the same edit counts once


def test_a_status_fetched_again_under_another_account_is_no_edit(
        store: Store, clock: FakeClock, mastodon: MastodonServer, channel: ChannelAccount) -> None:
    status = mastodon.add_message("Mijn vraag over de markt", acct="jan@example.org", account_id="3")
    sync_inbox(store, clients(mastodon, clock), clock())
    clock.advance(minutes=10)
    status["account"] = {"id": "66", "username": "nep", "acct": "nep@example.org", "display_name": "Nep"}
    status["content"] = "<p>Iets heel anders</p>"
    status["edited_at"] = "2026-03-02T09:05:00.000Z"
    report = sync_inbox(store, clients(mastodon, clock), clock())
    item = list_items(store)[0]
    assert report.edited == 0 and item.edited_at is None
    assert (item.text, item.author_handle) == ("Mijn vraag over de markt", "jan@example.org")


def test_hostile_text_is_kept_as_given_and_found_by_search(store: Store, clock: FakeClock, mastodon: MastodonServer,
                                                           channel: ChannelAccount) -> None:
    hostile = "<script>alert(1)</script>\u202eevil\u0000 " + "x" * 100_000 + " Kermis"
    mastodon.add_message(hostile, acct="mallory@evil.example")
    sync_inbox(store, clients(mastodon, clock), clock())
    item = list_items(store)[0]
    assert "\u202eevil" in item.text and "<script>" in item.text  # the text as written: escaped HTML stays text
    assert [found.id for found in list_items(store, InboxQuery(text="kerm"))] == [item.id]
    assert list_items(store, InboxQuery(text='" OR 1')) == []


def test_ids_and_images_from_a_hostile_server_are_kept_only_where_they_prove_something(
        store: Store, clock: FakeClock, mastodon: MastodonServer, channel: ChannelAccount) -> None:
    """A server quoting the token as an id or an image address would put it into the data file and every handover
    file; an image address that is no web address is no image to keep."""
    encoded = "".join(f"%{ord(char):02x}" for char in TOKEN)  # percent-encoded, in lower case
    quoted = mastodon.add_message("@oosterzande vraag", account_id=TOKEN.upper(), display_name=f"Jan {TOKEN}")
    quoted["in_reply_to_id"] = encoded
    quoted["url"] = f"https://evil.example/?t={encoded}"
    quoted["media_attachments"] = [
        {"id": "1", "type": "image", "url": f"https://files.example/{encoded}.png", "description": "token"},
        {"id": "2", "type": "image", "url": "file:///etc/passwd", "description": "file"},
        {"id": "3", "type": "image", "url": "https://files.example/markt.png", "description": f"de markt {TOKEN}"}]
    odd = mastodon.add_message(f"@oosterzande nog een vraag {TOKEN}")
    odd["account"]["id"] = True
    mastodon.add_message("@oosterzande onder het token")["id"] = TOKEN
    report = sync_inbox(store, clients(mastodon, clock), clock())
    assert report.failures == []
    items = {item.text: item for item in list_items(store, InboxQuery(limit=100, state=None))}
    assert set(items) == {"@oosterzande vraag", "@oosterzande nog een vraag •••"}
    first = items["@oosterzande vraag"]
    assert (first.author_ref, first.answers_remote_id, first.url, first.author_name) == ("", "", "", "Jan •••")
    assert [(image.url, image.alt) for image in first.image_refs()] == [
        ("https://files.example/markt.png", "de markt •••")]
    assert items["@oosterzande nog een vraag •••"].author_ref == ""
    kept = "\n".join(store.conn.iterdump()).casefold()
    assert TOKEN.casefold() not in kept and encoded not in kept


def test_a_rate_limit_nearly_used_stops_the_account_until_the_reset(store: Store, clock: FakeClock,
                                                                    mastodon: MastodonServer,
                                                                    channel: ChannelAccount) -> None:
    mastodon.add_message("hallo")
    mastodon.rate_remaining = 2
    report = sync_inbox(store, clients(mastodon, clock), clock())
    assert report.failed and "nearly used up" in report.failures[0]
    held = store.get(ChannelAccount, channel.id)
    assert held is not None and held.held_until is not None and held.held_until > clock()
    asked = len(mastodon.requests)
    assert sync_inbox(store, clients(mastodon, clock), clock()).failed and len(mastodon.requests) == asked
    clock.advance(minutes=5)
    mastodon.rate_remaining = None
    assert sync_inbox(store, clients(mastodon, clock), clock()).new == 1


def test_an_answer_goes_through_the_outbox_threaded_with_the_mention_and_the_visibility(
        store: Store, clock: FakeClock, mastodon: MastodonServer, channel: ChannelAccount) -> None:
    question = mastodon.add_message("Wanneer is de markt?", acct="jan@example.org")
    secret = mastodon.add_message("Mijn adres is geheim", acct="piet@example.org", visibility="direct")
    sync_inbox(store, clients(mastodon, clock), clock())
    item = next(i for i in list_items(store) if i.remote_id == question["id"])
    text, missing = answer_text(store, item, "Dag {name}, zaterdag van 9 tot 13 uur.")
    assert text == "@jan@example.org Dag Jan de Vries, zaterdag van 9 tot 13 uur." and missing == []
    queue_answer(store, item, text, clock())
    private = next(i for i in list_items(store) if i.remote_id == secret["id"])
    assert private.kind is ItemKind.MESSAGE and private.visibility is Visibility.DIRECT
    queue_answer(store, private, answer_text(store, private, "We bellen u.")[0], clock())

    run_outbox(store, clients(mastodon, clock), clock())
    sent = {s["in_reply_to_id"]: s for s in mastodon.statuses if s["account"]["id"] == "1"}
    assert sent[question["id"]]["visibility"] == "public"
    assert sent[question["id"]]["text_source"].startswith("@jan@example.org ")
    assert sent[secret["id"]]["visibility"] == "direct"
    answered = find_item(store, item.id)
    assert answered.state is ItemState.ANSWERED and answered.answered_at == clock()
    assert len(store.find(ReplyLogEntry)) == 2
    run_outbox(store, clients(mastodon, clock), clock())
    assert len([s for s in mastodon.statuses if s["account"]["id"] == "1"]) == 2  # once


def test_personal_data_never_goes_out_in_public_and_private_is_one_step(
        store: Store, clock: FakeClock, mastodon: MastodonServer, channel: ChannelAccount) -> None:
    mastodon.add_message("Mijn container is niet geleegd")
    sync_inbox(store, clients(mastodon, clock), clock())
    item = list_items(store)[0]
    with pytest.raises(KnownError, match="personal data"):
        queue_answer(store, item, "@jan Bel ons op 0612345678", clock())
    assert store.find(InboxAnswer) == []
    take_private(store, item, "@jan Bel ons op 0612345678", clock())
    run_outbox(store, clients(mastodon, clock), clock())
    assert [s["visibility"] for s in mastodon.statuses if s["account"]["id"] == "1"] == ["direct"]


def test_an_answer_whose_reply_was_lost_is_settled_with_its_key_never_twice(
        store: Store, clock: FakeClock, mastodon: MastodonServer, channel: ChannelAccount) -> None:
    mastodon.add_message("Vraag")
    sync_inbox(store, clients(mastodon, clock), clock())
    item = list_items(store)[0]
    queue_answer(store, item, "@jan@127.0.0.1 Antwoord", clock())
    mastodon.faults["POST /api/v1/statuses"] = ["stored-500"]
    run_outbox(store, clients(mastodon, clock), clock())
    assert store.find(InboxAnswer)[0].state is DeliveryState.SENDING
    clock.advance(minutes=2)
    run_outbox(store, clients(mastodon, clock), clock())
    answer = store.find(InboxAnswer)[0]
    assert answer.state is DeliveryState.PUBLISHED
    assert len([s for s in mastodon.statuses if s["account"]["id"] == "1"]) == 1
    assert find_item(store, item.id).state is ItemState.ANSWERED


def test_offline_the_answer_waits_and_a_done_item_needs_none(store: Store, clock: FakeClock,
                                                             mastodon: MastodonServer,
                                                             channel: ChannelAccount) -> None:
    mastodon.add_message("Dank je wel!")
    mastodon.add_message("Vraag")
    sync_inbox(store, clients(mastodon, clock), clock())
    thanks, question = sorted(list_items(store), key=lambda i: i.text)
    mark_done(store, thanks)
    assert [i.id for i in list_items(store)] == [question.id]
    queue_answer(store, question, "@jan@127.0.0.1 Antwoord", clock())

    def offline(channel: ChannelAccount) -> MastodonClient:
        return MastodonClient("http://127.0.0.1:9", TOKEN, clock=clock)
    run_outbox(store, offline, clock())
    assert store.find(InboxAnswer)[0].state is DeliveryState.QUEUED
    assert find_item(store, question.id).state is ItemState.OPEN
    clock.advance(minutes=5)
    run_outbox(store, clients(mastodon, clock), clock())
    assert store.find(InboxAnswer)[0].state is DeliveryState.PUBLISHED


def test_the_thread_comes_from_the_context(store: Store, clock: FakeClock, mastodon: MastodonServer,
                                           channel: ChannelAccount) -> None:
    first = mastodon.add_message("Eerste")
    second = mastodon.add_message("Tweede", in_reply_to=first["id"])
    client = MastodonClient(mastodon.url, TOKEN, clock=clock)
    client.account()
    assert [m.text for m in client.thread(second["id"])] == ["Eerste"]
    sync_inbox(store, clients(mastodon, clock), clock())
    keys = {i.conversation_key for i in list_items(store)}
    assert keys == {first["id"]}


def test_a_token_refused_fails_the_sync_with_the_reason(store: Store, clock: FakeClock, mastodon: MastodonServer,
                                                        channel: ChannelAccount) -> None:
    report = sync_inbox(store, lambda c: MastodonClient(mastodon.url, "wrong", clock=clock), clock())
    assert report.failed and "refused the access token" in report.failures[0]
    with pytest.raises(PublishError) as raised:
        MastodonClient(mastodon.url, "wrong", clock=clock).fetch_inbox("", clock())
    assert raised.value.failure is Failure.TOKEN


def test_every_answer_starts_with_the_mention_whatever_wrote_it(
        store: Store, clock: FakeClock, mastodon: MastodonServer, channel: ChannelAccount) -> None:
    secret = mastodon.add_message("Mijn container", acct="piet@example.org", visibility="direct")
    public = mastodon.add_message("Vraag over de weg", acct="kees@example.org")
    sync_inbox(store, clients(mastodon, clock), clock())
    items = {i.remote_id: i for i in list_items(store)}
    queue_answer(store, items[secret["id"]], "We bellen u morgen.", clock())  # typed, no template
    take_private(store, items[public["id"]], "Mag ik uw adres?", clock())
    run_outbox(store, clients(mastodon, clock), clock())
    sent = {s["in_reply_to_id"]: s for s in mastodon.statuses if s["account"]["id"] == "1"}
    assert sent[secret["id"]]["text_source"] == "@piet@example.org We bellen u morgen."
    assert sent[public["id"]]["text_source"] == "@kees@example.org Mag ik uw adres?"
    assert sent[public["id"]]["visibility"] == "direct"


def test_a_second_answer_while_one_waits_is_refused(store: Store, clock: FakeClock, mastodon: MastodonServer,
                                                    channel: ChannelAccount) -> None:
    mastodon.add_message("Vraag")
    sync_inbox(store, clients(mastodon, clock), clock())
    item = list_items(store)[0]
    queue_answer(store, item, "Eerste antwoord", clock())
    with pytest.raises(KnownError, match="already waits"):
        queue_answer(store, item, "Tweede antwoord", clock())
    run_outbox(store, clients(mastodon, clock), clock())
    with pytest.raises(KnownError, match="answered already"):
        queue_answer(store, item, "Derde antwoord", clock())
    assert [s["text_source"] for s in mastodon.statuses if s["account"]["id"] == "1"] == [
        "@jan@127.0.0.1 Eerste antwoord"]


def test_the_outbox_checks_what_it_sends_whatever_put_it_there(
        store: Store, clock: FakeClock, mastodon: MastodonServer, channel: ChannelAccount) -> None:
    mastodon.add_message("Vraag", acct="kees@example.org")
    mastodon.add_message("Nog een vraag", acct="jan@example.org")
    sync_inbox(store, clients(mastodon, clock), clock())
    items = {i.author_handle: i for i in list_items(store)}
    kees, jan = items["kees@example.org"], items["jan@example.org"]
    # As a handover file could put them there: never through queue_answer.
    leaking = store.save(InboxAnswer(item_id=kees.id, channel_id=channel.id, visibility=Visibility.PUBLIC,
                                     body="@kees@example.org Bel Piet op 0612345678, BSN 111222333"))
    too_long = store.save(InboxAnswer(item_id=jan.id, channel_id=channel.id, body="x" * 20_000))
    clock.advance(seconds=1)
    first = store.save(InboxAnswer(item_id=jan.id, channel_id=channel.id, body="Zaterdag."))
    run_outbox(store, clients(mastodon, clock), clock())
    assert [s["text_source"] for s in mastodon.statuses if s["account"]["id"] == "1"] == [
        "@jan@example.org Zaterdag."]
    refused = store.get(InboxAnswer, leaking.id)
    assert refused is not None and refused.state is DeliveryState.FAILED and "personal data" in refused.last_error
    long_one = store.get(InboxAnswer, too_long.id)
    assert long_one is not None and long_one.state is DeliveryState.FAILED and "too long" in long_one.last_error
    assert find_item(store, jan.id).answer_id == first.id
    second = store.save(InboxAnswer(item_id=jan.id, channel_id=channel.id, body="Nog eens."))
    run_outbox(store, clients(mastodon, clock), clock())
    again = store.get(InboxAnswer, second.id)
    assert again is not None and again.state is DeliveryState.FAILED and "answered already" in again.last_error
    assert len([s for s in mastodon.statuses if s["account"]["id"] == "1"]) == 1


def test_a_link_back_to_a_page_already_read_ends_the_fetch(store: Store, clock: FakeClock,
                                                          mastodon: MastodonServer, channel: ChannelAccount) -> None:
    for number in range(100):
        clock.advance(minutes=1)
        mastodon.add_message(f"vraag {number}")
    mastodon.links_back = True
    first = sync_inbox(store, clients(mastodon, clock), clock())
    assert first.failures == [] and first.new == 80
    asked = [r for r in mastodon.requests if r[1] == "/api/v1/notifications"]
    assert len(asked) <= 3
    mastodon.add_message("nieuw")
    again = sync_inbox(store, clients(mastodon, clock), clock())
    assert again.new == 1
    assert len([r for r in mastodon.requests if r[1] == "/api/v1/notifications"]) <= len(asked) + 3


def test_an_id_mastodon_never_makes_is_not_kept_as_the_position(
        store: Store, clock: FakeClock, mastodon: MastodonServer, channel: ChannelAccount) -> None:
    mastodon.add_message("gewoon")
    mastodon.add_message("vreemd", note_id="9" * 64)
    sync_inbox(store, clients(mastodon, clock), clock())
    assert store.query("SELECT cursor FROM inbox_sync")[0][0] == "1001"
    mastodon.add_message("daarna")
    assert sync_inbox(store, clients(mastodon, clock), clock()).new == 1


def test_a_first_fetch_stopped_at_its_cap_says_how_far_back_it_got(
        store: Store, clock: FakeClock, mastodon: MastodonServer, channel: ChannelAccount,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import services.networks.mastodon as mastodon_client

    monkeypatch.setattr(mastodon_client, "MAX_NOTIFICATION_PAGES", 2)
    start = clock() - timedelta(days=10)
    for number in range(200):
        mastodon.add_message(f"vraag {number}", when=start + timedelta(hours=number))
    report = sync_inbox(store, clients(mastodon, clock), clock())
    assert report.new == 160
    oldest = min(item.received_at for item in list_items(store, InboxQuery(limit=1000)))
    zone = load_municipality(store).time_zone  # the time is told on the municipality's clock, in its words
    assert zone == "Europe/Amsterdam"
    assert report.lines()[-1] == (f"Mastodon: too many messages in the last 14 days; fetched back to "
                                  f"{short_moment_text(oldest, zone)}. Older ones are not fetched: see them on the "
                                  "network.")
    assert short_moment_text(oldest, zone).endswith(f"{oldest.astimezone(ZoneInfo(zone)):%H:%M}")


def test_a_channel_that_asked_to_slow_down_is_told_on_the_municipality_s_clock(
        store: Store, clock: FakeClock, mastodon: MastodonServer, channel: ChannelAccount) -> None:
    held = clock() + timedelta(minutes=50)
    store.update_fields(channel, held_until=held)
    report = sync_inbox(store, clients(mastodon, clock), clock())
    zone = load_municipality(store).time_zone
    assert report.failures == [f"Mastodon asked to slow down until {short_moment_text(held, zone)}."]
    assert f"{held.astimezone(ZoneInfo(zone)):%H:%M}" in report.failures[0] and "UTC" not in report.failures[0]
    assert not [r for r in mastodon.requests if r[1] == "/api/v1/notifications"]  # nothing asked meanwhile


def test_an_answer_that_never_left_is_not_proven_by_an_earlier_one_in_the_same_words(  # type: ignore[no-untyped-def]
        store: Store, mastodon: MastodonServer, channel: ChannelAccount, clock: FakeClock) -> None:
    """Two messages of one resident, both answered with one template's words. The second answer's request never
    reached Mastodon (a proxy's error page), and the next run comes after the key's window: the look-up by text
    found the first answer's status, and the second message was marked answered while nobody had answered it."""
    mastodon.add_message("Mijn container is niet geleegd", acct="jan@example.org")
    clock.advance(minutes=1)
    mastodon.add_message("En de gft-bak ook niet", acct="jan@example.org")
    sync_inbox(store, clients(mastodon, clock), clock())
    items = sorted(list_items(store), key=lambda item: item.received_at)
    for item in items:
        text, _problems = answer_text(store, item, "Dag {name}, we kijken ernaar en laten het u deze week weten.")
        queue_answer(store, item, text, clock())
    mastodon.faults["POST /api/v1/statuses"] = ["", "html-500"]  # the first goes out, the second never arrives
    run_outbox(store, clients(mastodon, clock), clock())
    clock.advance(minutes=60)  # the laptop was closed for an hour
    run_outbox(store, clients(mastodon, clock), clock())
    first, second = (find_item(store, item.id) for item in items)
    assert first is not None and first.state is ItemState.ANSWERED
    assert second is not None and second.state is not ItemState.ANSWERED
    answers = {answer.item_id: answer for answer in store.find(InboxAnswer)}
    assert answers[items[1].id].state is DeliveryState.UNCONFIRMED  # "check there, mark it sent or send again"
    assert answers[items[1].id].remote_id != answers[items[0].id].remote_id


def test_an_outsized_message_is_kept_cut_and_still_travels_in_the_handover(
        store: Store, clock: FakeClock, mastodon: MastodonServer, channel: ChannelAccount, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A careless or hostile server's outsized name or text was stored as it came and then left out of the
    handover file (no record may hold it), so the stand-in never saw that resident's message. Such texts are now
    cut as they come in."""
    import sqlite3
    import zipfile

    from models.validation import LINE_MAX, TEXT_MAX
    from services.handover import DATA, HandoverNote, export_handover
    from services.inbox_sync import ALT_MAX, IMAGES_MAX

    first = mastodon.add_message("@oosterzande Hallo", display_name="J" * 40_000, account_id="7" * 40_000)
    first["media_attachments"] = [{"type": "image", "url": f"https://social.example/media/{n}.png",
                                   "description": "beschrijving " * 1_000} for n in range(30)]
    clock.advance(minutes=1)
    mastodon.add_message("@oosterzande " + "lang " * 220_000)  # 1.1 million characters
    report = sync_inbox(store, clients(mastodon, clock), clock())
    assert report.failures == [] and report.new == 2
    items = sorted(list_items(store, InboxQuery()), key=lambda item: item.received_at)
    assert [len(item.author_name) for item in items] == [LINE_MAX, len("Jan de Vries")]
    assert items[0].author_name.endswith("J…") and len(items[0].author_ref) == LINE_MAX
    assert len(items[1].text) == TEXT_MAX and items[1].text.endswith("…")
    images = items[0].image_refs()
    assert len(images) == IMAGES_MAX and {len(image.alt) for image in images} == {ALT_MAX}

    target = tmp_path / "naar-joris.omroeper"
    export_handover(store, target, HandoverNote(), clock())
    data = tmp_path / "data.sqlite"
    with zipfile.ZipFile(target) as archive:
        data.write_bytes(archive.read(DATA))
    conn = sqlite3.connect(data)
    try:
        assert conn.execute("SELECT count(*) FROM inbox_items").fetchone()[0] == 2
    finally:
        conn.close()
    assert not store.unreadable.found


def test_a_server_that_stays_slow_still_brings_everything_page_by_page(
        store: Store, clock: FakeClock, mastodon: MastodonServer, channel: ChannelAccount,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A server that answers page after page slowly held the worker (and with it the outbox) as long as its pages
    lasted. Here each request seems to take 50 seconds: after ACCOUNT_SECONDS the fetch asks nothing more and says
    so, and what its pages held is kept: the first fetch says how far back it got, and later fetches go on from
    there, a page at a time, so a server that stays slow still brings every message, once."""
    import services.inbox_sync as inbox_sync
    from services.networks.http import RunBudget

    seconds = iter(range(0, 100_000, 50))
    monkeypatch.setattr(inbox_sync, "RunBudget", lambda limit: RunBudget(limit, clock=lambda: next(seconds)))
    stopped = "Mastodon: the fetch took longer than 120 seconds and stopped; what it read is kept."
    start = clock() - timedelta(days=5)
    for number in range(120):  # three pages of forty; two are read in the time
        mastodon.add_message(f"vraag {number}", when=start + timedelta(minutes=number))
    first = sync_inbox(store, clients(mastodon, clock), clock())
    assert first.new == 80 and first.failures == [stopped]
    assert first.lines()[-1].startswith("Mastodon: too many messages in the last 14 days; fetched back to ")
    for number in range(200):  # five pages more
        mastodon.add_message(f"later {number}", when=clock() + timedelta(minutes=number))
    brought = [sync_inbox(store, clients(mastodon, clock), clock()) for _ in range(4)]
    assert [report.new for report in brought] == [80, 80, 40, 0]
    assert brought[0].failures == brought[1].failures == [stopped]
    later = sorted(item.text for item in list_items(store, InboxQuery(limit=1000)) if item.text.startswith("later"))
    assert later == sorted(f"later {number}" for number in range(200))


def test_one_broken_character_keeps_only_itself_out_not_the_page(
        store: Store, clock: FakeClock, mastodon: MastodonServer, channel: ChannelAccount) -> None:
    """A lone surrogate (JSON's \\ud800) in one resident's text or name refused the whole page, at every fetch: the
    messages around it never came in. Now that character alone becomes U+FFFD."""
    mastodon.add_message("ervoor")
    assert sync_inbox(store, clients(mastodon, clock), clock()).new == 1
    clock.advance(minutes=5)
    mastodon.add_message("a\ud800b", display_name="Jan\udc00")
    mastodon.add_message("erna")
    report = sync_inbox(store, clients(mastodon, clock), clock())
    assert report.failures == [] and report.new == 2
    texts = {item.text: item for item in list_items(store, InboxQuery(limit=10))}
    assert set(texts) == {"ervoor", "a\ufffdb", "erna"}
    assert texts["a\ufffdb"].author_name == "Jan\ufffd"


def test_a_message_whose_time_cannot_be_read_is_kept_with_the_time_it_came(
        store: Store, clock: FakeClock, mastodon: MastodonServer, channel: ChannelAccount) -> None:
    """A year 1, a year 9999, no zone or no date at all left the resident's message out without a word."""
    noted = mastodon.add_message("jaar een")
    noted["created_at"] = "0001-01-01T00:00:00Z"  # the notification keeps its own, readable time
    mastodon.notifications[-1]["created_at"] = to_utc_text(clock() - timedelta(minutes=3))
    for text, written in (("zonder zone", "2026-03-02T08:00:00"), ("geen tijd", "gisteren")):
        status = mastodon.add_message(text)
        status["created_at"] = mastodon.notifications[-1]["created_at"] = written
    report = sync_inbox(store, clients(mastodon, clock), clock())
    assert report.failures == [] and report.new == 3
    kept = {item.text: item.received_at for item in list_items(store, InboxQuery(limit=10))}
    assert kept == {"jaar een": clock() - timedelta(minutes=3), "zonder zone": clock(), "geen tijd": clock()}


def test_moving_the_account_to_another_server_reads_its_inbox_from_the_start(
        store: Store, clock: FakeClock, mastodon: MastodonServer, channel: ChannelAccount) -> None:
    """The cursor of the old server (a big one numbers its notifications far past a small one's) was kept: the new
    server's messages never came in, and nothing said so."""
    mastodon.add_message("op de oude server", note_id="48000001")
    assert sync_inbox(store, clients(mastodon, clock), clock()).new == 1
    small = MastodonServer(processing_polls=0, clock=clock)
    small.add_status("al op de nieuwe", clock())  # (real servers' status ids never meet; these count from 101 each)
    httpd = serve(small)
    try:
        moved = update_channel(store, channel, name="Mastodon", base_url=small.url)
        for number in range(3):
            clock.advance(minutes=1)
            small.add_message(f"op de nieuwe {number}")
        report = sync_inbox(store, lambda _channel: MastodonClient(small.url, TOKEN, clock=clock), clock())
        assert report.failures == [] and report.new == 3 and report.history == ["Mastodon"]
        assert moved.account_id == ""
        assert {item.text for item in list_items(store, InboxQuery(limit=10))} == {
            "op de oude server", "op de nieuwe 0", "op de nieuwe 1", "op de nieuwe 2"}
    finally:
        stop(httpd, small)
    assert small.violations == []


def test_a_name_or_handle_of_the_residents_choosing_puts_no_mention_link_or_placeholder_into_the_answer(
        store: Store, clock: FakeClock, mastodon: MastodonServer, channel: ChannelAccount) -> None:
    mastodon.add_message("vraag", display_name="Jan\n@slachtoffer@evil.example https://scam.example {signature}")
    mastodon.add_message("nog een", acct="piet https://scam.example", display_name="#gratis www.scam.example")
    sync_inbox(store, clients(mastodon, clock), clock())
    items = {item.text: item for item in list_items(store, InboxQuery(limit=10))}
    text, missing = answer_text(store, items["vraag"], "Beste {name}, dank. {signature}", {"signature": "Gemeente"})
    assert text == "@jan@127.0.0.1 Beste Jan signature, dank. Gemeente" and missing == []
    # Nothing of a name is left, and the handle is no handle: {name} waits to be filled in, and no mention is made.
    text, missing = answer_text(store, items["nog een"], "Beste {name}, dank.")
    assert text == "Beste {name}, dank." and missing == ["name"]
    assert with_mention(store, items["nog een"], "Dank u.") == "Dank u."


def test_a_notification_id_from_the_far_future_does_not_become_where_the_inbox_stops(
        store: Store, clock: FakeClock, mastodon: MastodonServer, channel: ChannelAccount) -> None:
    """Kept as the position, one absurd id ('99999999999999999999', or a snowflake of the year 6000) kept every
    later message out, at every fetch, without a word."""
    mastodon.add_message("ervoor")
    mastodon.add_message("vreemd", note_id="99999999999999999999")
    mastodon.add_message("ook vreemd", note_id=str(9_000_000_000_000_000_000))
    assert sync_inbox(store, clients(mastodon, clock), clock()).new == 3
    for number in range(2):
        clock.advance(minutes=1)
        mastodon.add_message(f"later {number}")
    assert sync_inbox(store, clients(mastodon, clock), clock()).new == 2
    assert len(list_items(store, InboxQuery(limit=10))) == 5


def test_a_thread_of_hundreds_of_replies_is_one_conversation(
        store: Store, clock: FakeClock, mastodon: MastodonServer, channel: ChannelAccount) -> None:
    """The chain was followed 50 answers up at most: a long thread came apart into several conversations."""
    parent = mastodon.add_message("begin")
    for number in range(299):
        clock.advance(seconds=10)
        parent = mastodon.add_message(f"antwoord {number}", in_reply_to=parent["id"])
    assert sync_inbox(store, clients(mastodon, clock), clock()).new == 300
    items = list_items(store, InboxQuery(limit=1000))
    assert len(items) == 300 and len({item.conversation_key for item in items}) == 1
