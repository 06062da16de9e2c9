"""Results from the real Bluesky network (../shared/peers/bluesky-network: a PDS with the AppView that counts):
a post the municipality published, liked and reposted by a resident's account, comes back with its counts; more
than 25 posts are read 25 at a time; followers come from the profile."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from models.channel import Network
from models.post import DeliveryState, Post, PostStatus, Variant
from models.results import FigureAge, FollowerCount, PostFigures
from services.channels import add_channel
from services.networks.base import PublishRequest
from services.networks.bluesky import BlueskyClient
from services.results import sync_results
from services.store import Store
from tests.conftest import FakeClock

PEER = Path(__file__).resolve().parents[3] / "shared" / "peers" / "bluesky-network" / "run"


@pytest.fixture(scope="module")
def network() -> Iterator[dict[str, Any]]:
    """The Bluesky network on loopback (installed into ~/.cache/omroeper-peers on first use; needs node, npm and
    PostgreSQL's server programs)."""
    if shutil.which("node") is None or shutil.which("npm") is None or not PEER.exists():
        pytest.skip("node and npm are needed to run the Bluesky network")
    process = subprocess.Popen(["bash", str(PEER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, env={**os.environ})
    assert process.stdout is not None
    first_line: list[str] = []
    reader = threading.Thread(target=lambda: first_line.append(process.stdout.readline()),  # type: ignore[union-attr]
                              daemon=True)
    reader.start()
    reader.join(timeout=900)
    if not first_line or not first_line[0].strip():
        process.kill()
        pytest.fail("the Bluesky network did not start")
    yield json.loads(first_line[0])
    assert process.stdin is not None
    process.stdin.close()
    process.wait(timeout=60)


def session(network: dict[str, Any], account: int) -> dict[str, Any]:
    person = network["accounts"][account]
    answer = requests.post(f"{network['pds_url']}/xrpc/com.atproto.server.createSession", timeout=10,
                           json={"identifier": person["handle"], "password": person["app_password"]})
    answer.raise_for_status()
    return dict(answer.json())


def act_on(network: dict[str, Any], resident: dict[str, Any], kind: str, uri: str) -> None:
    """The resident likes or reposts the post (a record in their own repository pointing at it)."""
    cid = requests.get(f"{network['pds_url']}/xrpc/com.atproto.repo.getRecord", timeout=10, params={
        "repo": uri.split("/")[2], "collection": "app.bsky.feed.post", "rkey": uri.rsplit("/", 1)[1]}).json()["cid"]
    answer = requests.post(f"{network['pds_url']}/xrpc/com.atproto.repo.createRecord", timeout=10,
                           headers={"Authorization": f"Bearer {resident['accessJwt']}"},
                           json={"repo": resident["did"], "collection": f"app.bsky.feed.{kind}",
                                 "record": {"$type": f"app.bsky.feed.{kind}", "subject": {"uri": uri, "cid": cid},
                                            "createdAt": "2026-03-02T10:00:00.000Z"}})
    answer.raise_for_status()


def flush(network: dict[str, Any]) -> None:
    requests.post(f"{network['control_url']}/flush", timeout=30).raise_for_status()


def test_likes_and_reposts_of_a_bluesky_post_come_back_25_posts_a_call(network: dict[str, Any], store: Store,
                                                                       clock: FakeClock) -> None:
    municipality = network["accounts"][0]
    channel = add_channel(store, Network.BLUESKY, "Bluesky", municipality["app_password"],
                          base_url=network["pds_url"].replace("localhost", "127.0.0.1"),
                          handle=municipality["handle"])
    client = BlueskyClient(channel.base_url, channel.handle, municipality["app_password"])
    variants = []
    for number in range(27):  # more than one getPosts call holds
        sent = client.publish(PublishRequest(text=f"Bericht {number} van de gemeente", language="nl",
                                             idempotency_key=client.new_key()))
        post = store.save(Post(title=f"Bericht {number}", status=PostStatus.PUBLISHED, scheduled_at=clock()))
        variants.append(store.save(Variant(post_id=post.id, channel_id=channel.id, state=DeliveryState.PUBLISHED,
                                           remote_id=sent.remote_id, published_at=clock())))
    flush(network)  # the posts indexed before anyone likes them, as on the real network (see test_inbox_bluesky)
    resident = session(network, 1)
    act_on(network, resident, "like", variants[0].remote_id)
    act_on(network, resident, "repost", variants[0].remote_id)
    act_on(network, resident, "like", variants[26].remote_id)  # in the second call of 25
    requests.post(f"{network['pds_url']}/xrpc/com.atproto.repo.createRecord", timeout=10,
                  headers={"Authorization": f"Bearer {resident['accessJwt']}"},
                  json={"repo": resident["did"], "collection": "app.bsky.graph.follow",
                        "record": {"$type": "app.bsky.graph.follow", "subject": municipality["did"],
                                   "createdAt": "2026-03-02T10:00:00.000Z"}}).raise_for_status()
    flush(network)
    clock.advance(days=1, minutes=1)

    report = sync_results(store, clock())

    assert not report.problems and report.taken == 27
    figures = {item.variant_id: item for item in store.find(PostFigures)}
    first, last = figures[variants[0].id], figures[variants[26].id]
    assert (first.age, first.likes, first.shares, first.replies, first.quotes) == (FigureAge.DAY, 1, 1, 0, 0)
    assert (last.likes, last.shares) == (1, 0)
    assert first.views is None and first.reach is None  # Bluesky counts no views
    assert figures[variants[5].id].likes == 0
    assert [count.followers for count in store.find(FollowerCount)] == [1]


def test_a_refused_app_password_keeps_the_figures_with_its_reason(network: dict[str, Any], store: Store,
                                                                  clock: FakeClock) -> None:
    municipality = network["accounts"][0]
    channel = add_channel(store, Network.BLUESKY, "Bluesky", "aaaa-bbbb-cccc-dddd",
                          base_url=network["pds_url"].replace("localhost", "127.0.0.1"),
                          handle=municipality["handle"])
    post = store.save(Post(title="Braderie", status=PostStatus.PUBLISHED, scheduled_at=clock()))
    variant = store.save(Variant(post_id=post.id, channel_id=channel.id, state=DeliveryState.PUBLISHED,
                                 remote_id=f"at://{municipality['did']}/app.bsky.feed.post/3abc",
                                 published_at=clock() - timedelta(days=8)))
    store.save(PostFigures(variant_id=variant.id, age=FigureAge.DAY, taken_at=clock() - timedelta(days=7), likes=3))
    report = sync_results(store, clock())
    assert "app password" in report.problems["Bluesky"]
    good = [item for item in store.find(PostFigures) if not item.problem]
    assert [(item.age, item.likes) for item in good] == [(FigureAge.DAY, 3)]
