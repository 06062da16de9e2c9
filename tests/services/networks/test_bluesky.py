"""Bluesky: record keys, facets, and the client against the reference PDS (../shared/peers/bluesky-pds)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtGui import QColor, QImage

from services.networks.base import Failure, Image, PublishError, PublishRequest
from services.networks.bluesky import BlueskyClient, facets_of, new_tid

PEER = Path(__file__).resolve().parents[4] / "shared" / "peers" / "bluesky-pds" / "run"


def test_a_tid_is_13_sortable_characters_growing_with_time() -> None:
    earlier, later = new_tid(1_700_000_000_000_000, 5), new_tid(1_700_000_000_000_001, 5)
    assert len(earlier) == 13 and set(earlier) <= set("234567abcdefghijklmnopqrstuvwxyz")
    assert earlier < later and earlier[0] in "234567abcdefghij"


def test_facets_use_utf8_byte_offsets_after_emoji_and_accents() -> None:
    text = "Café 🎉 zie https://oosterzande.nl/markt met @bob.test #Kerstmarkt."
    data = text.encode()
    facets = facets_of(text, lambda handle: "did:plc:bob" if handle == "bob.test" else None)
    spans = [(data[f["index"]["byteStart"]:f["index"]["byteEnd"]].decode(), f["features"][0]) for f in facets]
    assert spans == [
        ("https://oosterzande.nl/markt", {"$type": "app.bsky.richtext.facet#link", "uri": "https://oosterzande.nl/markt"}),
        ("@bob.test", {"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:bob"}),
        ("#Kerstmarkt", {"$type": "app.bsky.richtext.facet#tag", "tag": "Kerstmarkt"}),
    ]
    assert facets_of("@onbekend.test en #123", lambda handle: None) == []


# ---- against the real server software -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def pds() -> Iterator[dict[str, Any]]:
    """The reference Bluesky PDS on loopback (installed on first use: a few minutes, needs node and npm)."""
    if shutil.which("node") is None or shutil.which("npm") is None or not PEER.exists():
        pytest.skip("node and npm are needed to run the reference Bluesky PDS")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(["bash", str(PEER), str(port)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, env={**os.environ})
    assert process.stdout is not None
    first_line: list[str] = []
    reader = threading.Thread(target=lambda: first_line.append(process.stdout.readline()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout=900)
    if not first_line or not first_line[0].strip():
        process.kill()
        pytest.fail("the Bluesky PDS did not start")
    info = json.loads(first_line[0])
    yield info
    assert process.stdin is not None
    process.stdin.close()
    process.terminate()
    process.wait(timeout=20)


def client_for(pds: dict[str, Any], account: int = 0) -> BlueskyClient:
    person = pds["accounts"][account]
    return BlueskyClient(pds["pds_url"], person["handle"], person["app_password"])


def record_of(pds: dict[str, Any], rkey: str, account: int = 0) -> dict[str, Any]:
    person = pds["accounts"][account]
    answer = requests.get(f"{pds['pds_url']}/xrpc/com.atproto.repo.getRecord", timeout=10,
                          params={"repo": person["did"], "collection": "app.bsky.feed.post", "rkey": rkey})
    answer.raise_for_status()
    return dict(answer.json()["value"])


def post_count(pds: dict[str, Any], account: int = 0) -> int:
    person = pds["accounts"][account]
    answer = requests.get(f"{pds['pds_url']}/xrpc/com.atproto.repo.listRecords", timeout=10,
                          params={"repo": person["did"], "collection": "app.bsky.feed.post", "limit": 100})
    return len(answer.json()["records"])


@pytest.mark.peer
def test_login_with_an_app_password(pds: dict[str, Any]) -> None:
    assert client_for(pds).who_am_i().name == f"@{pds['accounts'][0]['handle']}"
    wrong = BlueskyClient(pds["pds_url"], pds["accounts"][0]["handle"], "aaaa-bbbb-cccc-dddd")
    with pytest.raises(PublishError) as caught:
        wrong.who_am_i()
    assert caught.value.failure is Failure.TOKEN


@pytest.mark.peer
def test_a_post_with_link_mention_hashtag_and_emoji_is_accepted_with_its_facets(pds: dict[str, Any]) -> None:
    bob = pds["accounts"][1]
    text = f"Kerstmarkt 🎄 op het plein: https://oosterzande.nl/kerst met @{bob['handle']} #Oosterzande"
    client = client_for(pds)
    key = client.new_key()
    published = client.publish(PublishRequest(text=text, language="nl", idempotency_key=key))
    assert published.url.endswith(f"/post/{key}")
    record = record_of(pds, key)
    assert record["text"] == text and record["langs"] == ["nl"]
    data = text.encode()
    found = {f["features"][0]["$type"].rsplit("#", 1)[1]: data[f["index"]["byteStart"]:f["index"]["byteEnd"]].decode()
             for f in record["facets"]}
    assert found == {"link": "https://oosterzande.nl/kerst", "mention": f"@{bob['handle']}", "tag": "#Oosterzande"}
    mention = next(f for f in record["facets"] if f["features"][0]["$type"].endswith("#mention"))
    assert mention["features"][0]["did"] == bob["did"]


@pytest.mark.peer
def test_an_image_goes_with_its_alt_text(pds: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "plein.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3b82c4"))
    image.save(str(path))
    client = client_for(pds)
    key = client.new_key()
    client.publish(PublishRequest(text="Het nieuwe plein", language="nl", idempotency_key=key,
                                  images=(Image.read(path, "image/png", "Het plein met de nieuwe bomen", 40, 30),)))
    embed = record_of(pds, key)["embed"]
    assert embed["$type"] == "app.bsky.embed.images"
    assert embed["images"][0]["alt"] == "Het plein met de nieuwe bomen"
    assert embed["images"][0]["aspectRatio"] == {"width": 40, "height": 30}  # shown uncropped while loading


@pytest.mark.peer
def test_301_graphemes_are_refused_and_300_are_not(pds: dict[str, Any]) -> None:
    client = client_for(pds)
    with pytest.raises(PublishError) as caught:
        client.publish(PublishRequest(text="é" * 301, language="nl", idempotency_key=client.new_key()))
    assert caught.value.failure is Failure.REFUSED
    client.publish(PublishRequest(text="👍🏽" * 300, language="nl", idempotency_key=client.new_key()))


@pytest.mark.peer
def test_a_retry_at_the_same_record_key_does_not_post_twice(pds: dict[str, Any]) -> None:
    client = client_for(pds)
    before = post_count(pds)
    request = PublishRequest(text="Eén keer, ook bij een tweede poging", language="nl",
                             idempotency_key=client.new_key())
    first = client.publish(request)
    again = client_for(pds).publish(request)  # a new process after a crash: a fresh session, the same key
    assert first == again and post_count(pds) == before + 1


@pytest.mark.peer
def test_the_outbox_settles_a_post_whose_answer_was_lost_by_its_record_key(pds: dict[str, Any], tmp_path: Path) -> None:
    """The process dies after the PDS made the record, before the answer was stored; the next run finds it."""
    from datetime import UTC, datetime, timedelta

    from models.channel import ChannelAccount, Network
    from models.post import DeliveryState, Post, PostStatus, Variant
    from services.networks.base import Published
    from services.outbox import run_outbox
    from services.post_editing import save_post, variants_of
    from services.store import Store

    class Crash(BaseException):
        pass

    class DiesAfterSending:
        def __init__(self) -> None:
            self.real = client_for(pds)

        def __getattr__(self, name: str) -> Any:
            return getattr(self.real, name)

        def publish(self, request: PublishRequest) -> Published:
            self.real.publish(request)
            raise Crash()

    store = Store.open(tmp_path / "omroeper.sqlite")
    try:
        person = pds["accounts"][0]
        channel = store.save(ChannelAccount(network=Network.BLUESKY, name="Bluesky", base_url=pds["pds_url"],
                                            handle=person["handle"], has_secret=True))
        now = datetime.now(UTC)
        post = Post(title="Raad", body="De raad vergadert vanavond om 20.00 uur", status=PostStatus.SCHEDULED,
                    scheduled_at=now - timedelta(minutes=1))
        save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)])
        before = post_count(pds)
        with pytest.raises(Crash):
            run_outbox(store, lambda c: DiesAfterSending(), now)  # type: ignore[arg-type, return-value]
        assert variants_of(store, post.id)[0].state is DeliveryState.SENDING and post_count(pds) == before + 1
        report = run_outbox(store, lambda c: client_for(pds), now + timedelta(minutes=1))
        [variant] = variants_of(store, post.id)
        assert report.published == 1 and variant.state is DeliveryState.PUBLISHED
        assert record_of(pds, variant.idempotency_key)["text"] == "De raad vergadert vanavond om 20.00 uur"
        assert post_count(pds) == before + 1
    finally:
        store.close()


def test_a_post_whose_cid_or_author_the_answer_could_not_carry_is_not_one_to_answer_under() -> None:
    """A lone surrogate in a server's JSON is now kept as U+FFFD (so that the rest of a page comes in); a cid
    holding one is no cid a reply could point at, and an author id holding one is nobody's."""
    from tests.services.local_api import local_api

    def view(number: int, cid: str, did: str) -> dict[str, Any]:
        return {"uri": f"at://did:plc:jan/app.bsky.feed.post/3k{number}", "cid": cid,
                "author": {"did": did, "handle": "jan.bsky.social", "displayName": "Jan"},
                "record": {"text": f"vraag {number}", "createdAt": "2026-03-02T09:00:00Z"},
                "indexedAt": "2026-03-02T09:00:00Z"}

    with local_api() as api:
        @api.route("POST", "/xrpc/com.atproto.server.createSession")
        def session(_seen: Any) -> Any:
            return 200, {"accessJwt": "a.b.c", "refreshJwt": "d.e.f", "did": "did:plc:gemeente"}, {}

        @api.route("GET", "/xrpc/app.bsky.feed.getPostThread")
        def thread(_seen: Any) -> Any:
            return 200, {"thread": {"post": view(0, "bafyroot", "did:plc:jan"), "replies": [
                {"post": view(1, "bafy\ud800", "did:plc:jan")},
                {"post": view(2, "bafygoed", "did:plc:x\ud800")}, {"post": view(3, "bafydrie", "did:plc:jan")},
                {"post": {**view(4, "bafyvier", "did:plc:jan"), "record": {"text": "zie a.b.c"},
                          "author": {"did": "did:plc:jan", "handle": "jan.bsky.social", "displayName": "Jan a.b.c"}}},
            ]}}, {}

        client = BlueskyClient(api.url, "gemeente.bsky.social", "app-wachtwoord")
        found = {message.text: message for message in client.thread("at://did:plc:jan/app.bsky.feed.post/3k0")}
    assert sorted(found) == ["vraag 2", "vraag 3", "zie •••"] and found["vraag 2"].remote_cid == "bafygoed"
    assert found["vraag 2"].author_ref == "" and found["vraag 3"].author_ref == "did:plc:jan"
    # The session's token, quoted back in a text or a name, is kept out of the data file as the other networks do.
    assert found["zie •••"].author_name == "Jan •••"
