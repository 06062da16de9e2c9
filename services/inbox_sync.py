"""Fetching the inbox: every account's new replies, mentions and private messages, stored once however often they
are fetched, with edits and deletions by their authors followed.

`sync_inbox(store, client_for, now)` goes over every Mastodon, Bluesky and Facebook channel. Per account it starts
where the last fetch stopped (a cursor kept per account in `inbox_sync`, this laptop's own: never in a handover
file), reads every page up to now, and stores what is new in one transaction; a new account fetches the last
HISTORY_DAYS days and the report says so (and, when that first fetch stopped at the network's page cap, how far
back it got: the older ones are not fetched later; so too for a later fetch of a network that lists the newest
first, Bluesky). Then it asks again for the open items of the last
LOOK_AGAIN_DAYS (at most LOOK_AGAIN_MAX a sync) to follow edits and deletions: a deleted message keeps its text here
(`deleted_there_at`); an edit by the same author (`author_ref`: a status fetched again under another account is
no edit of the resident's) marks the item `edited_at` and keeps the first text received, the evidence of what the
resident wrote (the edited text is not kept: see it on the network). One account's trouble (no token, the network
asking to slow down, offline) stops that account with a line in the report; the others go on. A network that asks
to slow down is left alone until the time it names (the channel's `held_until`, shared with the outbox).

A client that can fetch has `fetch_inbox(cursor, since) -> Fetched` and `look_again(remote_ids) -> Fetched`
(services/networks/base.py); LinkedIn has none (its comments need an API approval municipalities rarely get).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from models.channel import ChannelAccount, Network
from models.common import from_utc_text, to_utc_text
from models.inbox import ImageRef, InboxItem, ItemKind, ItemState, Visibility, images_json, item_id_for
from models.validation import LINE_MAX, TEXT_MAX, record_problems
from services.errors import KnownError, translate
from services.i18n import short_moment_text
from services.networks.base import Failure, Fetched, Incoming, PublishError, sane_retry_at
from services.networks.http import RunBudget, spending
from services.preferences import load_municipality
from services.records import to_row
from services.store import Store

log = logging.getLogger(__name__)

HISTORY_DAYS = 14  # what a new account fetches of the past
LOOK_AGAIN_DAYS = 7  # open items this young are asked for again, for edits and deletions
LOOK_AGAIN_MAX = 40  # at most this many a sync per account (the networks' rate limits)
# How long one account's fetch may go on starting requests. A normal fetch takes seconds; a server that answers
# slowly page after page (each request has its own deadline) held the worker, and with it the outbox, for as long as
# its pages lasted. Past this nothing more is asked: what the pages read held is stored and the cursor moves past it
# (Mastodon reads forward from the cursor; a fetch that reads newest first, Bluesky's or a first one, says how far
# back it got, as at the page cap). With nothing read yet, the cursor stays and the next fetch starts where it did.
ACCOUNT_SECONDS = 120
IMAGES_MAX = 20  # a message's images kept (the networks allow four at most); each description cut at ALT_MAX
ALT_MAX = 10_000
# The networks whose messages come in: Mastodon (notifications), Bluesky (listNotifications), the Facebook Page
# (comments on its posts, Messenger). LinkedIn's comments need an API approval municipalities rarely get.
INBOX_NETWORKS = (Network.MASTODON, Network.BLUESKY, Network.FACEBOOK)

ClientFor = Callable[[ChannelAccount], Any]


@dataclass
class SyncReport:
    new: int = 0
    edited: int = 0
    deleted: int = 0
    accounts: int = 0
    history: list[str] = field(default_factory=list)  # "channel: the last 14 days": accounts fetched the first time
    cut_short: list[tuple[str, datetime]] = field(default_factory=list)  # a first fetch stopped at its cap: how far
    cut_since_last: list[tuple[str, datetime]] = field(default_factory=list)  # a later one (Bluesky reads newest first)
    failures: list[str] = field(default_factory=list)  # "channel: why"
    time_zone: str | None = None  # the municipality's: times in the lines are on its clock

    @property
    def failed(self) -> bool:
        return bool(self.failures)

    def lines(self) -> list[str]:
        out = [translate("Inbox", "New: {new}, edited: {edited}, deleted by their authors: {deleted}.").format(
            new=self.new, edited=self.edited, deleted=self.deleted)]
        out += [translate("Inbox", "{channel}: first fetch, the last {days} days.").format(channel=name,
                                                                                          days=HISTORY_DAYS)
                for name in self.history]
        out += [translate("Inbox", "{channel}: too many messages in the last {days} days; fetched back to {time}. "
                                   "Older ones are not fetched: see them on the network.").format(
            channel=name, days=HISTORY_DAYS, time=short_moment_text(moment, self.time_zone))
            for name, moment in self.cut_short]
        out += [translate("Inbox", "{channel}: too many messages since the last fetch; fetched back to {time}. Older "
                                   "ones are not fetched: see them on the network.").format(
            channel=name, time=short_moment_text(moment, self.time_zone))
            for name, moment in self.cut_since_last]
        return out


def sync_inbox(store: Store, client_for: ClientFor, now: datetime) -> SyncReport:
    """Fetches every inbox account once; see the module docstring."""
    report = SyncReport(time_zone=load_municipality(store).time_zone)
    marks = ", ".join("?" for _ in INBOX_NETWORKS)
    for channel in store.find(ChannelAccount, f"network IN ({marks})", [n.value for n in INBOX_NETWORKS],
                              order_by="name"):
        if channel.held_until is not None and channel.held_until > now:
            report.failures.append(translate("Inbox", "{channel} asked to slow down until {time}.").format(
                channel=channel.name, time=short_moment_text(channel.held_until, report.time_zone)))
            continue
        report.accounts += 1
        try:
            with spending(RunBudget(ACCOUNT_SECONDS)):
                sync_channel(store, channel, client_for(channel), now, report)
        except PublishError as error:
            if error.failure is Failure.OUT_OF_TIME:
                error = PublishError(Failure.OUT_OF_TIME, out_of_time_message())
            if error.failure is Failure.THROTTLED:
                store.update_fields(channel, held_until=sane_retry_at(error.retry_at, now))
            _note_error(store, channel, error.message)
            report.failures.append(f"{channel.name}: {error.message}")
        except KnownError as error:
            _note_error(store, channel, error.message)
            report.failures.append(f"{channel.name}: {error.message}")
        except Exception as error:  # noqa: BLE001 - a bug met on one account must not keep the others from syncing
            log.exception("inbox: unexpected error while fetching %s", channel.name)
            message = translate("Inbox", "Omroeper met an unexpected error while fetching ({reason}); the other "
                                         "accounts were fetched.").format(reason=type(error).__name__)
            _note_error(store, channel, message)
            report.failures.append(f"{channel.name}: {message}")
    return report


def sync_channel(store: Store, channel: ChannelAccount, client: Any, now: datetime, report: SyncReport) -> None:
    """One account: what is new since its cursor, then edits and deletions of its young open items."""
    row = store.query("SELECT cursor, synced_at FROM inbox_sync WHERE channel_id = ?", [channel.id])
    cursor = str(row[0]["cursor"]) if row else ""
    first = not row or row[0]["synced_at"] is None
    since = now - timedelta(days=HISTORY_DAYS)
    fetched: Fetched = client.fetch_inbox(cursor, since)
    store_fetched(store, channel, fetched, now, report)
    young = [item.remote_id for item in store.find(
        InboxItem, "channel_id = ? AND state = ? AND deleted_there_at IS NULL AND received_at >= ?",
        [channel.id, ItemState.OPEN.value, to_utc_text(now - timedelta(days=LOOK_AGAIN_DAYS))],
        order_by="received_at DESC")][:LOOK_AGAIN_MAX]
    if young and not fetched.out_of_time:  # out of time: nothing more is asked, the cursor below is kept
        try:
            store_fetched(store, channel, client.look_again(young), now, report)
        except PublishError as error:
            if error.failure is not Failure.OUT_OF_TIME:
                raise
            fetched.out_of_time = True  # the new messages are stored and the cursor kept; edits wait a fetch
    with store.transaction():
        store.conn.execute(
            "INSERT INTO inbox_sync (channel_id, cursor, synced_at, history_from, last_error) VALUES (?, ?, ?, ?, '') "
            "ON CONFLICT(channel_id) DO UPDATE SET cursor = excluded.cursor, synced_at = excluded.synced_at, "
            "last_error = ''", [channel.id, fetched.cursor or cursor, to_utc_text(now), to_utc_text(since)])
    if first:
        report.history.append(channel.name)
        if fetched.reached_back_to is not None:
            report.cut_short.append((channel.name, fetched.reached_back_to))
    elif fetched.reached_back_to is not None:
        report.cut_since_last.append((channel.name, fetched.reached_back_to))
    if fetched.out_of_time:
        report.failures.append(f"{channel.name}: {out_of_time_message()}")


def out_of_time_message() -> str:
    """What a fetch that ran out of time says. What its pages held is kept, whether or not it got that far; where
    the next fetch goes on from, and how far back a newest-first fetch got, the report says beside it."""
    return translate("Inbox", "the fetch took longer than {seconds} seconds and stopped; what it read is "
                              "kept.").format(seconds=ACCOUNT_SECONDS)


def store_fetched(store: Store, channel: ChannelAccount, fetched: Fetched, now: datetime,
                  report: SyncReport) -> None:
    """Stores what a fetch brought, in one transaction: new messages once (by their id on the channel), edits
    as the latest text, deletions as a mark. Nothing is ever removed."""
    stamp = to_utc_text(store.stamp())
    known_posts = _our_posts(store, channel, [remote_id for m in fetched.items for remote_id in
                                              (m.answers_remote_id, m.thread_root[0] if m.thread_root else "")
                                              if remote_id])
    with store.transaction():
        existing = _existing(store, channel, [m.remote_id for m in [*fetched.items, *fetched.edited]])
        keys = _conversation_keys(store, channel, fetched.items)
        for message in fetched.items:
            if message.remote_id in existing:
                continue  # stored once, however often it is fetched
            item = _item_of(channel, message, now, keys, known_posts)
            item.created_at = item.updated_at = from_utc_text(stamp)
            row = to_row(item)
            problems = record_problems("inbox_items", row)
            if problems:  # what no record may hold (an id no network gives): it could never travel in a handover
                log.warning("inbox: a message on %s is left out: %s", channel.id, ", ".join(
                    f"{problem.column}: {problem.fault}" for problem in problems))
                continue
            names = list(row)
            store.conn.execute(f"INSERT INTO inbox_items ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
                               "ON CONFLICT(channel_id, remote_id) DO NOTHING", [row[n] for n in names])
            existing[message.remote_id] = (item.id, item.source, item.author_ref)
            report.new += 1
        for message in fetched.edited:
            known = existing.get(message.remote_id)
            if known is None or known[1] == _cut(message.source, TEXT_MAX) or (
                    known[2] and _cut(message.author_ref, LINE_MAX) != known[2]):
                continue  # unchanged (as kept: an outsized text is kept cut), or no longer its author's
            # The first text received stays (the evidence of what the resident wrote); the item says it was
            # edited there, and when.
            when = to_utc_text(min(message.edited_at or now, now))
            report.edited += store.conn.execute(
                "UPDATE inbox_items SET edited_at = ?, updated_at = ? WHERE id = ? AND (edited_at IS NULL OR "
                "edited_at < ?)", [when, stamp, known[0], when]).rowcount
        for remote_id in fetched.gone:
            changed = store.conn.execute(
                "UPDATE inbox_items SET deleted_there_at = ?, updated_at = ? WHERE channel_id = ? AND remote_id = ? "
                "AND deleted_there_at IS NULL", [to_utc_text(now), stamp, channel.id, remote_id]).rowcount
            report.deleted += changed


def _item_of(channel: ChannelAccount, message: Incoming, now: datetime, keys: dict[str, str],
             known_posts: dict[str, str]) -> InboxItem:
    kind = ItemKind(message.kind) if message.kind in ItemKind.__members__.values() else ItemKind.MENTION
    visibility = Visibility(message.visibility) if message.visibility in Visibility.__members__.values() \
        else Visibility.PUBLIC
    root = {"uri": message.thread_root[0], "cid": message.thread_root[1]} if message.thread_root else None
    images = [ImageRef(url, _cut(alt, ALT_MAX)) for url, alt in message.images[:IMAGES_MAX]]
    return InboxItem(
        id=item_id_for(channel.id, message.remote_id), channel_id=channel.id, network=channel.network.value,
        kind=kind, remote_id=message.remote_id, remote_cid=message.remote_cid, url=message.url,
        conversation_key=message.conversation_key or keys.get(message.remote_id, message.remote_id),
        thread_root=root, answers_remote_id=message.answers_remote_id,
        answers_post_id=known_posts.get(message.answers_remote_id)  # our post, or the top of its thread
        or (known_posts.get(message.thread_root[0]) if message.thread_root else None),
        author_name=_cut(message.author_name, LINE_MAX), author_handle=_cut(message.author_handle, LINE_MAX),
        author_ref=_cut(message.author_ref, LINE_MAX), text=_cut(message.text, TEXT_MAX),
        source=_cut(message.source, TEXT_MAX),
        images=images_json(images), visibility=visibility,
        received_at=min(message.created_at, now), fetched_at=now, edited_at=None if message.edited_at is None
        else min(message.edited_at, now))


def _cut(text: str, limit: int) -> str:
    """A text from the network as a record may hold it: longer (only a careless or hostile server sends that), it is
    cut with an ellipsis, so that the message is kept, shown and handed over like any other."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _existing(store: Store, channel: ChannelAccount, remote_ids: list[str]) -> dict[str, tuple[str, str, str]]:
    """Per network id already stored: the item's id, its text as received and its author's network id."""
    found: dict[str, tuple[str, str, str]] = {}
    for start in range(0, len(remote_ids), 500):
        batch = remote_ids[start:start + 500]
        for item_id, remote_id, source, author_ref in store.query_tuples(
                f"SELECT id, remote_id, source, author_ref FROM inbox_items WHERE channel_id = ? AND remote_id IN "
                f"({', '.join('?' * len(batch))})", [channel.id, *batch]):
            found[remote_id] = (item_id, source, author_ref)
    return found


def _conversation_keys(store: Store, channel: ChannelAccount, messages: list[Incoming]) -> dict[str, str]:
    """Each message's conversation: that of the message it answers where that one is known (here or in this
    fetch), else the id of the message it answers (our post, usually), else its own."""
    parents = {m.answers_remote_id for m in messages if m.answers_remote_id}
    known = {remote_id: key for remote_id, key in store.query_tuples(
        f"SELECT remote_id, conversation_key FROM inbox_items WHERE channel_id = ? AND remote_id IN "
        f"({', '.join('?' * len(parents))})", [channel.id, *parents])} if parents else {}
    by_id = {m.remote_id: m for m in messages}
    keys: dict[str, str] = {}

    def key_of(message: Incoming) -> str:
        """Up the chain of answers in this fetch, however long (a thread of hundreds of replies is one
        conversation), to a message whose conversation is known, or to the top; a chain that comes back on itself
        ends where it does."""
        chain: list[Incoming] = []
        on_chain: set[str] = set()
        current = message
        while True:
            if current.remote_id in keys:
                key = keys[current.remote_id]
                break
            chain.append(current)
            on_chain.add(current.remote_id)
            parent = current.answers_remote_id
            if not parent:
                key = current.remote_id
            elif parent in known:
                key = known[parent]
            elif parent in by_id and parent not in on_chain:
                current = by_id[parent]
                continue
            else:
                key = parent
            break
        for seen in chain:
            keys[seen.remote_id] = key
        return key

    for message in messages:
        key_of(message)
    return keys


def _our_posts(store: Store, channel: ChannelAccount, remote_ids: list[str]) -> dict[str, str]:
    """Our post of each of these network ids (a variant published on this channel under it)."""
    wanted = sorted(set(remote_ids))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        batch = wanted[start:start + 500]
        for remote_id, post_id in store.query_tuples(
                f"SELECT remote_id, post_id FROM variants WHERE channel_id = ? AND remote_id IN "
                f"({', '.join('?' * len(batch))})", [channel.id, *batch]):
            found[remote_id] = post_id
    return found


def _note_error(store: Store, channel: ChannelAccount, message: str) -> None:
    with store.transaction():
        store.conn.execute(
            "INSERT INTO inbox_sync (channel_id, cursor, last_error) VALUES (?, '', ?) "
            "ON CONFLICT(channel_id) DO UPDATE SET last_error = excluded.last_error", [channel.id, message])


def sync_inbox_at(store_path: Any, now: datetime) -> SyncReport:
    """One sync on its own connection to the data file, with the real network clients: for a background thread."""
    from services.networks.registry import client_for

    store = Store.open(store_path, create=False)
    try:
        return sync_inbox(store, client_for, now)
    finally:
        store.close()
