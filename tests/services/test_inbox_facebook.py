"""The inbox against a local Facebook Page (tests/services/graph_page.py, Graph's documented shapes): comments on
the page's posts over several pages and answers to comments among them, stored once; edits and deletions
followed; Messenger inside its 24-hour window and refused after it; answers threaded and sent exactly once;
throttling and a missing permission stopping one account while the others are fetched."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from models.channel import ChannelAccount, Network
from models.inbox import InboxAnswer, ItemKind, ItemState, Visibility
from models.post import DeliveryState, Post, PostStatus, Variant
from services.errors import KnownError
from services.inbox import (
    InboxQuery,
    find_item,
    list_items,
    messenger_window_closes,
    private_possible,
    queue_answer,
    take_private,
)
from services.inbox_sync import sync_inbox
from services.networks.facebook import FacebookClient
from services.outbox import run_outbox
from services.store import Store
from tests.conftest import FakeClock
from tests.services.graph_page import GraphPage
from tests.services.local_api import PAGE, LocalApi, local_api


@pytest.fixture
def api() -> Iterator[LocalApi]:
    with local_api() as served:
        yield served


@pytest.fixture
def page(api: LocalApi, clock: FakeClock) -> GraphPage:
    return GraphPage(api, clock)


@pytest.fixture
def channel(store: Store) -> ChannelAccount:
    return store.save(ChannelAccount(network=Network.FACEBOOK, name="Facebook", external_id=PAGE, has_secret=True))


def clients(api: LocalApi, clock: FakeClock, page_size: int = 3):  # type: ignore[no-untyped-def]
    return lambda channel: FacebookClient(channel.external_id, "page-token", base_url=api.url, clock=clock,
                                          page_size=page_size)


def test_comments_and_answers_to_comments_come_in_over_pages_once(store: Store, clock: FakeClock, api: LocalApi,
                                                                  page: GraphPage, channel: ChannelAccount) -> None:
    page.add_post("Oude post", when=clock() - timedelta(days=20))
    old = page.posts[0]["id"]
    page.comment(old, "Op een oude post", when=clock() - timedelta(days=19))
    ours = page.add_post("Zaterdag markt")
    post = store.save(Post(title="Markt", body="Zaterdag markt", status=PostStatus.PUBLISHED))
    store.save(Variant(post_id=post.id, channel_id=channel.id, state=DeliveryState.PUBLISHED, remote_id=ours))
    firsts = []
    for number in range(7):
        clock.advance(minutes=1)
        firsts.append(page.comment(ours, f"Vraag {number}", photo="https://scontent.example/foto.jpg"
                                   if number == 0 else ""))
    clock.advance(minutes=1)
    answer_to_comment = page.comment(firsts[0], "Ik vraag me dat ook af", who=("7002", "Sanne Bakker"))
    report = sync_inbox(store, clients(api, clock), clock())
    assert report.failures == [] and report.new == 8 and report.history == ["Facebook"]
    items = {item.text: item for item in list_items(store, InboxQuery(limit=100))}
    assert set(items) == {*(f"Vraag {n}" for n in range(7)), "Ik vraag me dat ook af"}  # not the old post's
    first = items["Vraag 0"]
    assert (first.kind, first.author_name, first.author_ref, first.answers_post_id) == (
        ItemKind.REPLY, "Jan de Vries", "7001", post.id)
    assert first.image_refs()[0].url == "https://scontent.example/foto.jpg"
    deeper = items["Ik vraag me dat ook af"]
    assert deeper.answers_remote_id == firsts[0] and deeper.conversation_key == first.conversation_key == ours
    assert deeper.remote_id == answer_to_comment
    asked = [seen for seen in api.seen if seen.path == f"/{ours}/comments"]
    assert len(asked) >= 3 and "after" in asked[-1].query  # eight comments at three a page
    assert asked[0].query["filter"] == "stream" and asked[0].query["order"] == "reverse_chronological"

    assert sync_inbox(store, clients(api, clock), clock()).new == 0
    clock.advance(minutes=30)
    page.comment(ours, "Nog een vraag")
    again = sync_inbox(store, clients(api, clock), clock())
    assert again.new == 1 and again.history == []
    assert len(list_items(store, InboxQuery(limit=100))) == 9


def test_an_edited_or_deleted_comment_is_followed_and_kept(store: Store, clock: FakeClock, api: LocalApi,
                                                          page: GraphPage, channel: ChannelAccount) -> None:
    ours = page.add_post("Afval")
    kept = page.comment(ours, "De bak is niet geleegd")
    gone = page.comment(ours, "Mijn nummer is 0612345678")
    sync_inbox(store, clients(api, clock), clock())
    clock.advance(minutes=10)
    page.comments[kept]["message"] = "De groene bak is niet geleegd"
    page.deleted.add(gone)
    report = sync_inbox(store, clients(api, clock), clock())
    assert (report.edited, report.deleted) == (1, 1)
    items = {item.remote_id: item for item in list_items(store, InboxQuery(state=None))}
    assert items[kept].text == "De bak is niet geleegd" and items[kept].edited_at == clock()
    assert items[gone].text == "Mijn nummer is 0612345678" and items[gone].deleted_there_at == clock()


def test_an_answer_to_a_comment_goes_under_it_once_even_when_the_answer_was_lost(
        store: Store, clock: FakeClock, api: LocalApi, page: GraphPage, channel: ChannelAccount) -> None:
    ours = page.add_post("Kerstmarkt")
    comment = page.comment(ours, "Is er een ijsbaan?")
    sync_inbox(store, clients(api, clock), clock())
    item = list_items(store)[0]
    queue_answer(store, item, "Ja, vanaf 12 december.", clock())
    api.faults[f"POST /{comment}/comments"] = ["stored-500"]
    run_outbox(store, clients(api, clock), clock())
    assert store.find(InboxAnswer)[0].state is DeliveryState.SENDING
    assert [c["message"] for c in page.answers_by_page(comment)] == ["Ja, vanaf 12 december."]
    clock.advance(minutes=2)
    run_outbox(store, clients(api, clock), clock())
    run_outbox(store, clients(api, clock), clock() + timedelta(minutes=5))
    assert store.find(InboxAnswer)[0].state is DeliveryState.PUBLISHED
    assert len(page.answers_by_page(comment)) == 1  # found, never sent again
    assert find_item(store, item.id).state is ItemState.ANSWERED
    with pytest.raises(KnownError, match="Messenger"):
        take_private(store, find_item(store, item.id), "We bellen u", clock())


def test_messenger_is_answered_inside_its_window_and_refused_after_it(store: Store, clock: FakeClock,
                                                                      api: LocalApi, page: GraphPage,
                                                                      channel: ChannelAccount) -> None:
    page.message("Mijn paspoort is kwijt, wat nu?")
    page.message("Ik heb een vraag over de WOZ", psid="8002", name="Kees")
    sync_inbox(store, clients(api, clock), clock())
    items = {item.author_ref: item for item in list_items(store)}
    piet = items["8001"]
    assert (piet.kind, piet.visibility, piet.author_name) == (ItemKind.MESSAGE, Visibility.DIRECT, "Piet Jansen")
    assert messenger_window_closes(store, piet) == clock() + timedelta(hours=24)
    assert private_possible(store, piet, clock()) == ""
    queue_answer(store, piet, "Kom langs met een pasfoto; mail ons op burgerzaken@oosterzande.nl", clock())
    run_outbox(store, clients(api, clock), clock())
    sent = page.messages_by_page("8001")
    assert [m["message"] for m in sent] == ["Kom langs met een pasfoto; mail ons op burgerzaken@oosterzande.nl"]
    assert api.seen[-1].json["messaging_type"] == "RESPONSE" and api.seen[-1].json["recipient"] == {"id": "8001"}
    assert find_item(store, piet.id).state is ItemState.ANSWERED

    kees = items["8002"]
    queue_answer(store, kees, "We zoeken het uit.", clock())  # queued in time, sent too late (laptop off)
    clock.advance(hours=25)
    run_outbox(store, clients(api, clock), clock())
    late = store.find(InboxAnswer, "item_id = ?", [kees.id])[0]
    assert late.state is DeliveryState.FAILED and "24 hours" in late.last_error
    with pytest.raises(KnownError, match="24 hours"):
        queue_answer(store, kees, "Nog een poging", clock())


def test_throttling_or_a_missing_permission_stops_one_account_and_the_others_are_fetched(
        store: Store, clock: FakeClock, api: LocalApi, page: GraphPage, channel: ChannelAccount) -> None:
    second = store.save(ChannelAccount(network=Network.FACEBOOK, name="Zwembad", external_id=PAGE,
                                       has_secret=True))
    page.comment(page.add_post("Open dag"), "Hoe laat?")
    page.throttle_next = 1  # the first account's first request
    report = sync_inbox(store, clients(api, clock), clock())
    assert len(report.failures) == 1 and report.failures[0].startswith("Facebook:")
    assert "slow down" in report.failures[0]
    assert report.new == 1 and list_items(store)[0].channel_id == second.id
    held = store.get(ChannelAccount, channel.id)
    assert held is not None and held.held_until == clock() + timedelta(minutes=12)
    page.granted = False
    clock.advance(minutes=13)
    refused = sync_inbox(store, clients(api, clock), clock())
    assert refused.failed and "pages_read_user_content" in refused.failures[0]


def test_a_messenger_answer_that_never_left_is_not_proven_by_the_one_before_it(  # type: ignore[no-untyped-def]
        store: Store, clock: FakeClock, api: LocalApi, page: GraphPage, channel: ChannelAccount) -> None:
    """Two messages, one answer's words for both; the second answer never reached Facebook. Messenger has no safe
    resend, so the next run looks for it: the first answer, minutes before and in the same words, was taken for
    it, and the second message counted as answered."""
    page.message("Mijn paspoort is kwijt")
    clock.advance(minutes=1)
    page.message("En mijn rijbewijs ook")
    sync_inbox(store, clients(api, clock), clock())
    items = sorted(list_items(store), key=lambda item: item.received_at)
    for item in items:
        queue_answer(store, item, "Dank u, we nemen vandaag nog contact met u op.", clock())
    api.faults[f"POST /{PAGE}/messages"] = ["", "html-500"]
    run_outbox(store, clients(api, clock), clock())
    clock.advance(minutes=2)
    run_outbox(store, clients(api, clock), clock())
    states = [found.state for item in items if (found := find_item(store, item.id)) is not None]
    assert states[0] is ItemState.ANSWERED and states[1] is not ItemState.ANSWERED
    answers = {answer.item_id: answer for answer in store.find(InboxAnswer)}
    assert answers[items[1].id].state is not DeliveryState.PUBLISHED and answers[items[1].id].remote_id == ""


def test_ids_and_images_from_a_hostile_graph_are_kept_only_where_they_prove_something(
        store: Store, clock: FakeClock, api: LocalApi, page: GraphPage, channel: ChannelAccount) -> None:
    """A server quoting the token as an id or an image address would put it into the data file and every handover
    file; true or a dictionary is no one's id, and a message without a sender cannot be answered."""
    ours = page.add_post("Zaterdag markt")
    post = store.save(Post(title="Markt", body="Zaterdag markt", status=PostStatus.PUBLISHED))
    store.save(Variant(post_id=post.id, channel_id=channel.id, state=DeliveryState.PUBLISHED, remote_id=ours))
    encoded = "".join(f"%{ord(char):02x}" for char in "page-token")  # percent-encoded, in lower case
    quoted = page.comment(ours, "Vraag", photo=f"https://scontent.example/{encoded}.jpg")
    page.comments[quoted]["from"]["id"] = "page-token"
    page.comments[quoted]["from"]["name"] = "Jan page-token"
    odd = page.comment(ours, "Nog een vraag")
    page.comments[odd]["from"]["id"] = True
    page.comments[odd]["parent"] = {"id": {"nested": 1}}
    entry = page.comments.pop(page.comment(ours, "Een vraag onder het token"))
    page.comments["page-token"] = {**entry, "id": "page-token"}
    page.message("Hallo")
    page.conversations["t_8001"]["messages"][0]["from"]["id"] = encoded
    page.message("Mijn vraag over page-token", psid="8002")
    report = sync_inbox(store, clients(api, clock), clock())
    assert report.failures == []
    items = {item.text: item for item in list_items(store, InboxQuery(limit=100, state=None))}
    assert set(items) == {"Vraag", "Nog een vraag", "Mijn vraag over •••"}
    assert (items["Vraag"].author_ref, items["Vraag"].image_refs(), items["Vraag"].author_name) == (
        "", [], "Jan •••")
    assert (items["Nog een vraag"].author_ref, items["Nog een vraag"].answers_remote_id) == ("", ours)
    kept = "\n".join(store.conn.iterdump())
    assert "page-token" not in kept and encoded not in kept


def test_a_comment_whose_time_cannot_be_read_is_kept_as_fetched(store: Store, clock: FakeClock, api: LocalApi,
                                                                page: GraphPage, channel: ChannelAccount) -> None:
    """A comment with a year 1 or no time was left out without a word."""
    ours = page.add_post("Zaterdag markt")
    for text, written in (("Jaar een", "0001-01-01T00:00:00+0000"), ("Geen tijd", "gisteren")):
        clock.advance(minutes=1)
        comment_id = page.comment(ours, text)
        page.comments[comment_id]["_written_time"] = written
    report = sync_inbox(store, clients(api, clock), clock())
    assert report.failures == [] and report.new == 2
    kept = {item.text: item.received_at for item in list_items(store, InboxQuery(limit=10))}
    assert kept == {"Jaar een": clock(), "Geen tijd": clock()}
