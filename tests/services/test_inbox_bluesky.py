"""The inbox against the real Bluesky network (../shared/peers/bluesky-network: PDS, AppView and indexer on
loopback). alice.test is the municipality, bob.test the resident: bob's replies, mentions and quotes come in over
several pages and once however often they are fetched, his deleted reply is followed, and the answer is threaded
under his post with a mention of him, sent exactly once even with the process killed at each step.

The client reaches the PDS through a small forwarding server on 127.0.0.1 that counts the requests and can hold
one (to kill the process there); everything else is the network's own answer."""

from __future__ import annotations

import http.client
import json
import os
import shutil
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests

from models.channel import ChannelAccount, Network
from models.inbox import InboxAnswer, ItemKind, ItemState
from models.post import DeliveryState, Post, PostStatus, Variant
from services.errors import KnownError
from services.inbox import InboxQuery, answer_text, find_item, list_items, queue_answer, take_private
from services.inbox_sync import sync_inbox
from services.networks.bluesky import BlueskyClient
from services.outbox import run_outbox
from services.store import Store
from tests.services.faults import Holds

PEER = Path(__file__).resolve().parents[3] / "shared" / "peers" / "bluesky-network" / "run"
POST = "app.bsky.feed.post"


@pytest.fixture(scope="session")
def network() -> Iterator[dict[str, Any]]:
    """The Bluesky network on loopback, once for the session (installed on first use; needs node and npm)."""
    if shutil.which("node") is None or shutil.which("npm") is None or not PEER.exists():
        pytest.skip("node and npm are needed to run the Bluesky network")
    process = subprocess.Popen(["bash", str(PEER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, env={**os.environ})
    assert process.stdout is not None
    first_line: list[str] = []
    reader = threading.Thread(target=lambda: first_line.append(process.stdout.readline()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout=900)
    if not first_line or not first_line[0].strip():
        process.kill()
        pytest.fail(f"the Bluesky network did not start (exit {process.poll()})")
    yield json.loads(first_line[0])
    assert process.stdin is not None
    process.stdin.close()
    process.wait(timeout=60)


class Forwarder:
    """Passes every request on to the PDS and its answer back, counting them; `hold` names a request
    ("POST com.atproto.repo.createRecord") to hold: "before" without passing it on, "after" once the PDS answered
    it, without answering. Then `holds.reached` is set and the connection waits for `holds.release`."""

    def __init__(self, target: str) -> None:
        self.target = urlsplit(target)
        self.seen: list[str] = []
        self.hold: tuple[str, str] | None = None
        self.holds = Holds()
        forwarder = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0) or 0))
                name = f"{self.command} {urlsplit(self.path).path.removeprefix('/xrpc/')}"
                forwarder.seen.append(name + ("?" + urlsplit(self.path).query if urlsplit(self.path).query else ""))
                hold = forwarder.hold if forwarder.hold and forwarder.hold[0] == name else None
                if hold and hold[1] == "before":
                    forwarder.hold = None
                    forwarder.holds.hold(self)
                    return
                connection = http.client.HTTPConnection("127.0.0.1", forwarder.target.port, timeout=30)
                headers = {key: value for key, value in self.headers.items() if key.lower() != "host"}
                connection.request(self.command, self.path, body=body or None, headers=headers)
                answer = connection.getresponse()
                data = answer.read()
                if hold:
                    forwarder.hold = None
                    forwarder.holds.hold(self)
                    return
                self.send_response(answer.status)
                for key, value in answer.getheaders():
                    if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _handle  # noqa: N815

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def close(self) -> None:
        self.holds.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def pds(network: dict[str, Any]) -> Iterator[Forwarder]:
    forwarder = Forwarder(network["pds_url"])
    yield forwarder
    forwarder.close()


class Person:
    """One of the network's accounts, writing as a Bluesky app does (facets with byte offsets)."""

    def __init__(self, network: dict[str, Any], number: int) -> None:
        self.network = network
        self.account = network["accounts"][number]
        self.handle, self.did = self.account["handle"], self.account["did"]
        session = requests.post(f"{network['pds_url']}/xrpc/com.atproto.server.createSession", timeout=30,
                                json={"identifier": self.handle, "password": self.account["password"]})
        session.raise_for_status()
        self.headers = {"Authorization": f"Bearer {session.json()['accessJwt']}"}

    def call(self, method: str, nsid: str, **options: Any) -> dict[str, Any]:
        answer = requests.request(method, f"{self.network['pds_url']}/xrpc/{nsid}", headers=self.headers, timeout=30,
                                  **options)
        answer.raise_for_status()
        return dict(answer.json())

    def post(self, text: str, *, reply_to: dict[str, str] | None = None, root: dict[str, str] | None = None,
             quote: dict[str, str] | None = None, mention: Person | None = None,
             created_at: datetime | str | None = None) -> dict[str, str]:
        """`created_at` as an instant, or as the very text the resident's app wrote."""
        time.sleep(0.003)  # each post its own millisecond: the AppView pages by that time
        moment = created_at or datetime.now(UTC)
        record: dict[str, Any] = {"$type": POST, "text": text, "createdAt": moment if isinstance(moment, str) else
                                  moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"}
        if reply_to:
            record["reply"] = {"root": root or reply_to, "parent": reply_to}
        if quote:
            record["embed"] = {"$type": "app.bsky.embed.record", "record": quote}
        if mention:
            start = text.encode().index(f"@{mention.handle}".encode())
            record["facets"] = [{"index": {"byteStart": start, "byteEnd": start + len(mention.handle) + 1},
                                 "features": [{"$type": "app.bsky.richtext.facet#mention", "did": mention.did}]}]
        made = self.call("POST", "com.atproto.repo.createRecord",
                         json={"repo": self.did, "collection": POST, "record": record})
        return {"uri": made["uri"], "cid": made["cid"]}

    def like(self, post: dict[str, str]) -> None:
        self.call("POST", "com.atproto.repo.createRecord", json={"repo": self.did, "collection": "app.bsky.feed.like",
                                                                  "record": {"$type": "app.bsky.feed.like",
                                                                             "subject": post,
                                                                             "createdAt": datetime.now(UTC).strftime(
                                                                                 "%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"}})

    def delete(self, uri: str) -> None:
        self.call("POST", "com.atproto.repo.deleteRecord",
                  json={"repo": self.did, "collection": POST, "rkey": uri.rsplit("/", 1)[1]})

    def name_myself(self, name: str) -> None:
        self.call("POST", "com.atproto.repo.putRecord", json={
            "repo": self.did, "collection": "app.bsky.actor.profile", "rkey": "self",
            "record": {"$type": "app.bsky.actor.profile", "displayName": name}})

    def replies_to(self, uri: str) -> list[dict[str, Any]]:
        """This person's posts answering the post `uri`, as the PDS holds them."""
        found, cursor = [], ""
        while True:
            page = self.call("GET", "com.atproto.repo.listRecords", params={
                "repo": self.did, "collection": POST, "limit": "100", **({"cursor": cursor} if cursor else {})})
            found += [record for record in page["records"]
                      if (record["value"].get("reply") or {}).get("parent", {}).get("uri") == uri]
            cursor = page.get("cursor") or ""
            if not cursor or not page["records"]:
                return found


def flush(network: dict[str, Any]) -> None:
    """Waits until the AppView has indexed everything written so far."""
    requests.post(f"{network['control_url']}/flush", timeout=60).raise_for_status()


def indexed(network: dict[str, Any], made: dict[str, str]) -> dict[str, str]:
    """The municipality's post, indexed by the AppView before anyone answers it, as on the real network. The AppView
    indexes each account's records on its own, so a reply written a few milliseconds after its post can be indexed
    first, and then the post's author is never notified of it (the AppView, indexing the post late, notifies the
    rest of the thread, not that post's author): the reply never comes in, whatever the app does. That was the
    rare miss of a first fetch that these tests once blamed on a loaded machine."""
    flush(network)
    return made


def opening(network: dict[str, Any], title: str) -> tuple[Person, Person, str, dict[str, str]]:
    """alice (the municipality) and bob (a resident), the tag that marks this test's posts, and alice's post
    "`title` tag", indexed before anyone answers it."""
    alice, bob = Person(network, 0), Person(network, 1)
    tag = uuid.uuid4().hex[:8]
    return alice, bob, tag, indexed(network, alice.post(f"{title} {tag}"))


def notified(person: Person, uri: str) -> None:
    """Waits (at most 20 s) until the person's notifications list the post, so that what the app fetches next is
    known to be there; fails when the AppView never lists it (then the app is not to blame)."""
    deadline = time.monotonic() + 20
    while True:
        notes = person.call("GET", "app.bsky.notification.listNotifications", params={"limit": "50"})
        if any(note.get("uri") == uri for note in notes["notifications"]):
            return
        assert time.monotonic() < deadline, f"the AppView never notified {person.handle} of {uri}"
        time.sleep(0.05)


def alice_channel(store: Store, pds: Forwarder, network: dict[str, Any]) -> ChannelAccount:
    return store.save(ChannelAccount(network=Network.BLUESKY, name="Bluesky", base_url=pds.url,
                                     handle=network["accounts"][0]["handle"], has_secret=True))


def clients(pds: Forwarder, network: dict[str, Any], page_size: int = 2):  # type: ignore[no-untyped-def]
    alice = network["accounts"][0]
    return lambda channel: BlueskyClient(pds.url, alice["handle"], alice["app_password"], page_size=page_size)


def mine(store: Store, tag: str) -> list[Any]:
    return [item for item in list_items(store, InboxQuery(state=None, limit=10_000)) if tag in item.text]


@pytest.mark.peer
@pytest.mark.slow
def test_replies_mentions_and_quotes_come_in_over_pages_once_with_who_and_the_post_they_answer(
        tmp_path: Path, network: dict[str, Any], pds: Forwarder) -> None:
    alice, bob = Person(network, 0), Person(network, 1)
    bob.name_myself("Bob de Bakker")
    tag = uuid.uuid4().hex[:8]
    ours = indexed(network, alice.post(f"Zaterdag markt op het plein {tag}"))
    store = Store.open(tmp_path / "omroeper.sqlite")
    try:
        channel = alice_channel(store, pds, network)
        post = store.save(Post(title="Markt", body="Zaterdag markt", status=PostStatus.PUBLISHED))
        store.save(Variant(post_id=post.id, channel_id=channel.id, state=DeliveryState.PUBLISHED,
                           remote_id=ours["uri"]))
        first = bob.post(f"Hoe laat begint de markt? {tag}", reply_to=ours)
        bob.post(f"En tot hoe laat? {tag}", reply_to=first, root=ours)
        bob.post(f"Hoi @{alice.handle} is het stadhuis open? {tag}", mention=alice)
        bob.post(f"Kijk, markt! {tag}", quote=ours)
        flush(network)

        report = sync_inbox(store, clients(pds, network), datetime.now(UTC))
        assert report.failures == [] and report.history == ["Bluesky"]
        pages = [seen for seen in pds.seen if seen.startswith("GET app.bsky.notification.listNotifications")]
        assert len(pages) >= 3 and any("cursor=" in seen for seen in pages)  # four notifications at two a page
        items = {item.text.split("?")[0].split(",")[0].split("!")[0]: item for item in mine(store, tag)}
        assert set(items) == {"Hoe laat begint de markt", "En tot hoe laat",
                              f"Hoi @{alice.handle} is het stadhuis open", "Kijk"}
        asked = items["Hoe laat begint de markt"]
        assert (asked.kind, asked.author_handle, asked.author_name, asked.author_ref) == (
            ItemKind.REPLY, bob.handle, "Bob de Bakker", bob.did)
        assert asked.answers_post_id == post.id and asked.remote_cid and asked.url.startswith("https://bsky.app/")
        deeper = items["En tot hoe laat"]
        assert deeper.kind is ItemKind.REPLY and deeper.answers_remote_id == first["uri"]
        assert deeper.answers_post_id == post.id and deeper.conversation_key == asked.conversation_key == ours["uri"]
        assert items[f"Hoi @{alice.handle} is het stadhuis open"].kind is ItemKind.MENTION
        quoted = items["Kijk"]
        assert quoted.kind is ItemKind.MENTION and quoted.answers_post_id == post.id

        assert sync_inbox(store, clients(pds, network), datetime.now(UTC)).new == 0  # nothing twice
        later = bob.post(f"Nog een vraag {tag}", reply_to=ours)
        flush(network)
        again = sync_inbox(store, clients(pds, network), datetime.now(UTC))
        assert again.new == 1 and again.history == [] and len(mine(store, tag)) == 5
        assert any(item.remote_id == later["uri"] for item in mine(store, tag))

        thread = BlueskyClient(pds.url, alice.handle, network["accounts"][0]["app_password"]).thread(
            deeper.remote_id)
        assert [message.text for message in thread][:2] == [f"Zaterdag markt op het plein {tag}",
                                                             f"Hoe laat begint de markt? {tag}"]
    finally:
        store.close()


@pytest.mark.peer
@pytest.mark.slow
def test_a_reply_whose_app_wrote_an_impossible_time_comes_in_at_the_servers_time_and_stops_nothing(
        tmp_path: Path, network: dict[str, Any], pds: Forwarder) -> None:
    """A post's createdAt is whatever the resident's app wrote, and the PDS takes a year 1 at +14:00: such a
    post could not be turned into UTC, and the conversation it stood in failed to open (as would a whole fetch
    that met it). A time outside 1970-2200 is not believed: the AppView's own time of the post stands in, and
    where that is no better (it is never later than the claim), the moment it was fetched. (The AppView lists
    notifications by the time a post claims, so one claiming the year 1 sorts beyond what a fetch reads; one
    claiming 2300 comes in at once.)"""
    alice, bob, tag, ours = opening(network, "Gft-container op maandag")
    store = Store.open(tmp_path / "omroeper.sqlite")
    try:
        alice_channel(store, pds, network)
        before = datetime.now(UTC) - timedelta(minutes=1)
        asked = bob.post(f"Welke maandag? {tag}", reply_to=ours)
        bob.post(f"Heel vroeg {tag}", reply_to=asked, root=ours, created_at="0001-01-01T00:00:00+14:00")
        bob.post(f"Heel laat {tag}", reply_to=ours, created_at="2300-01-01T00:00:00Z")
        bob.post(f"Net te vroeg {tag}", reply_to=asked, root=ours, created_at="1969-12-31T23:59:59Z")
        flush(network)
        report = sync_inbox(store, clients(pds, network), datetime.now(UTC))
        assert report.failures == []
        items = {item.text: item for item in mine(store, tag)}
        assert {f"Welke maandag? {tag}", f"Heel laat {tag}"} <= set(items)
        assert all(before <= item.received_at <= datetime.now(UTC) for item in items.values())
        thread = BlueskyClient(pds.url, alice.handle, network["accounts"][0]["app_password"]).thread(asked["uri"])
        assert {message.text for message in thread} == {f"Gft-container op maandag {tag}", f"Heel vroeg {tag}",
                                                         f"Net te vroeg {tag}"}  # above the reply, and under it
        assert all(before <= message.created_at <= datetime.now(UTC) for message in thread
                   if message.text != f"Gft-container op maandag {tag}")
    finally:
        store.close()


@pytest.mark.peer
@pytest.mark.slow
def test_a_reply_under_more_likes_than_the_appview_reads_at_once_still_comes_in(
        tmp_path: Path, network: dict[str, Any], pds: Forwarder) -> None:
    """The AppView narrows to replies, mentions and quotes after reading the notifications, ten reads at most per
    call: under a post liked many times since the question came, a page comes back empty with a cursor to go on
    (the fetch stopped there and the question was never seen)."""
    alice, bob, tag, ours = opening(network, "Nieuwjaarsreceptie")
    bob.post(f"Mag ik mijn buurman meenemen? {tag}", reply_to=ours)
    for number in range(24):  # at two a read, ten reads are twenty notifications: all likes
        bob.like(alice.post(f"Foto {number} van de receptie {tag}"))
    flush(network)
    store = Store.open(tmp_path / "omroeper.sqlite")
    try:
        alice_channel(store, pds, network)
        report = sync_inbox(store, clients(pds, network, page_size=2), datetime.now(UTC))
        assert report.failures == []
        assert [item.text for item in mine(store, tag)] == [f"Mag ik mijn buurman meenemen? {tag}"]
    finally:
        store.close()


@pytest.mark.peer
@pytest.mark.slow
def test_a_fetch_stopped_at_the_page_cap_says_how_far_back_it_got(
        tmp_path: Path, network: dict[str, Any], pds: Forwarder, monkeypatch: pytest.MonkeyPatch) -> None:
    """The AppView lists the newest first: a fetch that stops at its page cap leaves older ones that a later fetch
    never reaches. It said nothing (and the cap counts empty pages too now); the report says how far back it got."""
    import services.networks.bluesky as bluesky_client

    alice, bob, tag, ours = opening(network, "Sneeuwruimen")
    store = Store.open(tmp_path / "omroeper.sqlite")
    try:
        alice_channel(store, pds, network)
        sync_inbox(store, clients(pds, network), datetime.now(UTC))  # the first fetch: from here on, later ones
        for number in range(6):
            bob.post(f"Vraag {number} over de stoep {tag}", reply_to=ours)
        flush(network)
        monkeypatch.setattr(bluesky_client, "MAX_NOTIFICATION_PAGES", 2)
        report = sync_inbox(store, clients(pds, network, page_size=2), datetime.now(UTC))
        fetched = sorted(item.text for item in mine(store, tag))
        assert 0 < len(fetched) < 6 and f"Vraag 5 over de stoep {tag}" in fetched
        assert report.lines()[-1].startswith("Bluesky: too many messages since the last fetch; fetched back to ")
        assert report.lines()[-1].endswith("Older ones are not fetched: see them on the network.")
    finally:
        store.close()


@pytest.mark.peer
@pytest.mark.slow
def test_a_fetch_whose_time_runs_out_keeps_what_it_read_and_says_how_far_back(
        tmp_path: Path, network: dict[str, Any], pds: Forwarder, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each request seems to take 50 seconds: the fetch stops after its time (services/inbox_sync.py), keeps the
    newest replies it read, and says so and how far back it got (Bluesky lists the newest first)."""
    import services.inbox_sync as inbox_sync
    from services.networks.http import RunBudget

    alice, bob, tag, ours = opening(network, "Ijsbaan op het plein")
    store = Store.open(tmp_path / "omroeper.sqlite")
    try:
        alice_channel(store, pds, network)
        sync_inbox(store, clients(pds, network), datetime.now(UTC))
        for number in range(6):
            bob.post(f"Vraag {number} over de ijsbaan {tag}", reply_to=ours)
        flush(network)
        seconds = iter(range(0, 100_000, 50))
        monkeypatch.setattr(inbox_sync, "RunBudget", lambda limit: RunBudget(limit, clock=lambda: next(seconds)))
        report = sync_inbox(store, clients(pds, network, page_size=2), datetime.now(UTC))
        fetched = [item.text for item in mine(store, tag)]
        assert 0 < len(fetched) < 6 and f"Vraag 5 over de ijsbaan {tag}" in fetched
        assert report.failures == ["Bluesky: the fetch took longer than 120 seconds and stopped; what it read is "
                                   "kept."]
        assert any(line.startswith("Bluesky: too many messages since the last fetch; fetched back to ")
                   for line in report.lines())
    finally:
        store.close()


@pytest.mark.peer
@pytest.mark.slow
def test_a_new_account_fetches_fourteen_days_and_a_deleted_reply_is_followed(
        tmp_path: Path, network: dict[str, Any], pds: Forwarder) -> None:
    alice, bob, tag, ours = opening(network, "Afvalkalender")
    bob.post(f"Van lang geleden {tag}", reply_to=ours, created_at=datetime.now(UTC) - timedelta(days=20))
    kept = bob.post(f"Wanneer komt de groene bak? {tag}", reply_to=ours)
    gone = bob.post(f"Bel me op 0612345678 {tag}", reply_to=ours)
    flush(network)
    store = Store.open(tmp_path / "omroeper.sqlite")
    try:
        alice_channel(store, pds, network)
        report = sync_inbox(store, clients(pds, network, page_size=50), datetime.now(UTC))
        assert report.lines()[-1] == "Bluesky: first fetch, the last 14 days."
        assert sorted(item.text for item in mine(store, tag)) == [f"Bel me op 0612345678 {tag}",
                                                                  f"Wanneer komt de groene bak? {tag}"]
        bob.delete(gone["uri"])
        flush(network)
        after = sync_inbox(store, clients(pds, network, page_size=50), datetime.now(UTC))
        assert after.deleted == 1 and after.new == 0
        items = {item.remote_id: item for item in mine(store, tag)}
        assert items[gone["uri"]].deleted_there_at is not None
        assert items[gone["uri"]].text == f"Bel me op 0612345678 {tag}"  # kept as it was
        assert items[kept["uri"]].deleted_there_at is None
        with pytest.raises(KnownError, match="deleted"):
            queue_answer(store, items[gone["uri"]], f"@{bob.handle} Dank u", datetime.now(UTC))
    finally:
        store.close()


@pytest.mark.peer
@pytest.mark.slow
def test_the_answer_is_threaded_under_the_residents_post_with_a_mention_of_him_and_sent_once(
        tmp_path: Path, network: dict[str, Any], pds: Forwarder) -> None:
    alice, bob, tag, ours = opening(network, "Wegwerkzaamheden Dorpsstraat")
    first = bob.post(f"Hoe lang nog? {tag}", reply_to=ours)
    deeper = bob.post(f"Ook in het weekend? 🚧 {tag}", reply_to=first, root=ours)
    mention = bob.post(f"@{alice.handle} de lantaarn is stuk {tag}", mention=alice)
    flush(network)
    store = Store.open(tmp_path / "omroeper.sqlite")
    try:
        alice_channel(store, pds, network)
        sync_inbox(store, clients(pds, network), datetime.now(UTC))
        items = {item.remote_id: item for item in mine(store, tag)}
        asked = items[deeper["uri"]]
        text, _missing = answer_text(store, asked, "Dag {name}, ook zaterdag. Zie https://oosterzande.nl/werk")
        assert text.startswith(f"@{bob.handle} Dag ")
        queue_answer(store, asked, text, datetime.now(UTC))
        with pytest.raises(KnownError, match="Bluesky"):
            take_private(store, items[mention["uri"]], f"@{bob.handle} we bellen u", datetime.now(UTC))
        queue_answer(store, items[mention["uri"]], f"@{bob.handle} Dank u, we maken hem.", datetime.now(UTC))

        run_outbox(store, clients(pds, network), datetime.now(UTC))
        run_outbox(store, clients(pds, network), datetime.now(UTC) + timedelta(minutes=1))  # nothing again
        assert find_item(store, asked.id).state is ItemState.ANSWERED
        [answer] = alice.replies_to(deeper["uri"])
        record = answer["value"]
        assert record["reply"] == {"root": ours, "parent": deeper}
        assert record["text"] == text
        [mentioned] = [f for f in record["facets"] if f["features"][0]["$type"].endswith("#mention")]
        assert text.encode()[mentioned["index"]["byteStart"]:mentioned["index"]["byteEnd"]] == \
            f"@{bob.handle}".encode()
        assert mentioned["features"][0]["did"] == bob.did
        [to_mention] = alice.replies_to(mention["uri"])
        assert to_mention["value"]["reply"] == {"root": mention, "parent": mention}  # the mention starts a thread

        flush(network)
        thread = alice.call("GET", "app.bsky.feed.getPostThread", params={"uri": answer["uri"]})["thread"]
        assert thread["parent"]["post"]["uri"] == deeper["uri"]
        assert thread["parent"]["parent"]["parent"]["post"]["uri"] == ours["uri"]
        assert [a.state for a in store.find(InboxAnswer)] == [DeliveryState.PUBLISHED] * 2
    finally:
        store.close()


# ---- the command line, killed at each step ----------------------------------------------------------------------

@pytest.mark.peer
@pytest.mark.slow
@pytest.mark.parametrize("step", ["before", "after"])
def test_killed_while_the_answer_is_on_its_way_it_still_goes_out_once(tmp_path: Path, network: dict[str, Any],
                                                                       pds: Forwarder, step: str) -> None:
    """With the record not yet at the PDS; made by the PDS but its answer not yet back."""
    from tests.test_publish_commands import publish_killed_when_held, run_main

    alice, bob, tag, ours = opening(network, "Kerstmarkt")
    asked = bob.post(f"Is er ook een ijsbaan? {tag}", reply_to=ours)
    flush(network)
    notified(alice, asked["uri"])
    added = run_main(tmp_path, "channels", "add", "bluesky", "--name", "Bluesky", "--base-url", pds.url, "--handle",
                     alice.handle, stdin=network["accounts"][0]["app_password"] + "\n")
    assert added.returncode == 0, added.stderr
    synced = run_main(tmp_path, "inbox", "sync")
    assert synced.returncode == 0, synced.stderr
    listed = json.loads(run_main(tmp_path, "inbox", "list", "--json").stdout)
    matching = [found for found in listed if found["text"] == f"Is er ook een ijsbaan? {tag}"]
    assert len(matching) == 1, (synced.stdout, listed)  # what the sync said and brought, should it miss
    item = matching[0]
    assert (item["network"], item["kind"], item["author"]) == ("bluesky", "reply", bob.handle)
    replied = run_main(tmp_path, "inbox", "reply", item["id"], "--text", f"@{bob.handle} Ja, vanaf 12 december.")
    assert replied.returncode == 0, replied.stderr

    pds.hold = ("POST com.atproto.repo.createRecord", step)
    publish_killed_when_held(tmp_path, pds.holds.reached)
    pds.holds.release.set()
    assert len(alice.replies_to(asked["uri"])) == (1 if step == "after" else 0)
    again = run_main(tmp_path, "publish-due")
    assert again.returncode == 0, again.stderr
    [answer] = alice.replies_to(asked["uri"])
    assert answer["value"]["reply"] == {"root": ours, "parent": asked}
    assert run_main(tmp_path, "publish-due").returncode == 0
    assert len(alice.replies_to(asked["uri"])) == 1
    answered = json.loads(run_main(tmp_path, "inbox", "list", "--json", "--state", "answered").stdout)
    assert [found["id"] for found in answered] == [item["id"]]
