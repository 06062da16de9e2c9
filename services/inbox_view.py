"""What the Inbox tab reads beside services/inbox.py: an item's response clock, the names it shows (channels,
staff, the post a message answers), and the outbox's run with the inbox's sync after it, for the window's
background worker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from models.channel import ChannelAccount
from models.inbox import ClockStage, InboxItem, ItemState, ResponseTarget, clock_stage, counted_time
from models.post import Post
from models.staff import StaffMember
from services.store import Store


@dataclass(frozen=True)
class ItemClock:
    """An item's clock: its stage (None once it is answered or closed) and the counted time left (negative when
    late); for an answered item, how long the answer took."""

    stage: ClockStage | None
    left: timedelta
    took: timedelta | None = None


def item_clock(item: InboxItem, now: datetime, target: ResponseTarget) -> ItemClock:
    if item.state is ItemState.OPEN:
        left = timedelta(hours=target.hours) - counted_time(item.received_at, now, target)
        return ItemClock(clock_stage(item.received_at, now, target), left)
    took = item.answered_at - item.received_at if item.state is ItemState.ANSWERED and item.answered_at else None
    return ItemClock(None, timedelta(0), took)


def channel_names(store: Store) -> dict[str, str]:
    """Every channel's name by id, removed ones too (an old message keeps its channel's name)."""
    return {channel.id: channel.name for channel in store.find(ChannelAccount, include_deleted=True)}


def staff_names(store: Store) -> dict[str, str]:
    return {member.id: member.name for member in store.find(StaffMember, include_deleted=True)}


def post_title(store: Store, post_id: str | None) -> str | None:
    """The title of our post a message answers (its text's start where it has no title); None when it is gone."""
    if not post_id:
        return None
    post = store.get(Post, post_id)
    if post is None:
        return None
    return post.title or " ".join(post.body.split())[:80]


def run_and_sync_at(store_path: Path, now: datetime, sync: bool) -> tuple[object, object | None]:
    """One outbox run (services.outbox.run_outbox_at), then, when `sync` (every five minutes), the inbox's sync
    and the figures that are due (services.results: a network that cannot be asked keeps its figures with its
    reason) on the same worker: one writer at a time on the data file. Returns the outbox's and the inbox's
    reports (the second None without a sync)."""
    from services.inbox_sync import sync_inbox_at
    from services.outbox import run_outbox_at

    report = run_outbox_at(store_path, now)
    synced = sync_inbox_at(store_path, now) if sync else None
    if sync:  # the figures of posts that reached a day, a week or a month come back as they age
        from services.results import sync_results_at

        sync_results_at(store_path, now)
    if synced is not None:  # what came in may change how the inbox is best read
        store = Store.open(store_path, create=False)
        try:
            store.refresh_statistics()
        finally:
            store.close()
    return report, synced
