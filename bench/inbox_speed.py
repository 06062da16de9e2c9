"""Times the inbox on a given store: filtering and searching 20,000 items (the store's posts beside them), and a
sync that stores 1,000 new mentions from a local Mastodon server. Run by bench/run.py in its own process; prints
one JSON line (inbox_filter_ms_p95, inbox_search_ms_p95, inbox_sync_1000_s)."""

from __future__ import annotations

import json
import random
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from models.channel import ChannelAccount, Network  # noqa: E402
from models.common import to_utc_text  # noqa: E402
from models.inbox import ItemState  # noqa: E402
from services.inbox import InboxQuery, list_items  # noqa: E402
from services.inbox_sync import sync_inbox  # noqa: E402
from services.store import Store  # noqa: E402

WORDS = ("wanneer markt afval container lantaarnpaal kapot dank vraag raad fiets parkeren vergunning school "
         "kermis subsidie straat gat weg bus sporthal").split()
PAGE = 200  # rows a tab asks for at a time


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def fill(store: Store, count: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    channels = [store.save(ChannelAccount(network=network, name=f"Inbox {network.value}"))
                for network in (Network.MASTODON, Network.BLUESKY, Network.FACEBOOK)]
    stamp = to_utc_text(now)
    rows = []
    for number in range(count):
        channel = rng.choice(channels)
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 60)))
        rows.append((str(uuid.uuid4()), stamp, stamp, channel.id, channel.network.value, rng.choice(
            ("reply", "mention", "message")), f"r{number}", text, text, f"bewoner{number % 3000}@example.org",
            to_utc_text(now - timedelta(minutes=rng.randrange(0, 365 * 24 * 60))),
            rng.choice(("open", "answered", "answered", "done"))))
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO inbox_items (id, created_at, updated_at, channel_id, network, kind, remote_id, text, source, "
            "author_handle, received_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return [channel.id for channel in channels]


def sync_seconds(folder: Path) -> float:
    """Storing 1,000 new mentions from a local Mastodon server into a fresh store (the server runs in this
    process: its work is in the figure too, so the figure is an upper bound of the local work)."""
    from services.networks.mastodon import MastodonClient
    from tests.services.mastodon_server import TOKEN, MastodonServer, serve, stop

    server = MastodonServer()
    httpd = serve(server)
    try:
        for number in range(1000):
            server.add_message(f"@oosterzande vraag {number} over de {WORDS[number % len(WORDS)]}")
        store = Store.open(folder / "sync.sqlite")
        store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url=server.url))
        began = time.perf_counter()
        report = sync_inbox(store, lambda channel: MastodonClient(server.url, TOKEN), datetime.now(UTC))
        took = time.perf_counter() - began
        assert report.new == 1000, report.failures
        store.close()
        return took
    finally:
        stop(httpd, server)


def main() -> int:
    store_path, tries = Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 40
    store = Store.open(store_path)
    channel_ids = fill(store, 20_000)
    store.refresh_statistics()  # as the window's background run does after a sync stored new items
    rng = random.Random(3)
    filters, searches = [], []
    for _ in range(tries):
        query = InboxQuery(state=rng.choice((ItemState.OPEN, ItemState.ANSWERED, None)),
                           channel_ids=tuple(rng.sample(channel_ids, rng.randint(1, 3))), limit=PAGE)
        began = time.perf_counter()
        list_items(store, query)
        filters.append((time.perf_counter() - began) * 1000)
        word = rng.choice(WORDS)
        typed = word[:rng.randint(3, len(word))]
        began = time.perf_counter()
        list_items(store, InboxQuery(state=None, text=f"{rng.choice(WORDS)} {typed}", limit=PAGE))
        searches.append((time.perf_counter() - began) * 1000)
    store.close()
    print(json.dumps({"inbox_filter_ms_p95": round(percentile(filters, 0.95), 2),
                      "inbox_search_ms_p95": round(percentile(searches, 0.95), 2),
                      "inbox_sync_1000_s": round(sync_seconds(store_path.parent), 3)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
