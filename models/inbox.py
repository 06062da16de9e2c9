"""The inbox: what residents wrote to the municipality (replies, mentions, private messages), the answers that go
out to them, and the response clock that says how long an item has waited against the municipality's target.

An item's record id follows from its channel and the network's own id for the message (`item_id_for`), so the
officer's laptop and the stand-in's make the same record for the same message, and the handover merges them as
one. Nothing that came in or went out is ever hard-deleted: a message its author deleted on the network keeps its
text here and gets `deleted_there_at`; an edit by its author sets `edited_at` and keeps the first text received.

The text is kept as the network gave it (`source`: Mastodon's HTML, Bluesky's and Facebook's plain text) and as
plain text (`text`) for search and the command line; neither is cleaned of anything but markup. A screen shows it
through ui/plain_text.py.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from models.common import Record
from models.post import DeliveryState

# The namespace of item ids: uuid5 of "https://omroeper.invalid/inbox/item". Fixed: the same message gets the
# same id on every laptop.
_ITEM_IDS = uuid.UUID("8e1c4a52-7f0b-5c6e-9d3a-2b4f6a8c0e17")


class ItemKind(StrEnum):
    REPLY = "reply"  # an answer to one of the municipality's posts (or to an answer of ours)
    MENTION = "mention"  # names the municipality's account in a post of its own
    MESSAGE = "message"  # a private message (Mastodon direct visibility, Messenger)


class ItemState(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    DONE = "done"  # closed without an answer (a thank-you needs none)


class Visibility(StrEnum):
    """Who can see a message on its network; an answer keeps its item's visibility."""

    PUBLIC = "public"
    UNLISTED = "unlisted"
    PRIVATE = "private"  # Mastodon: followers only
    DIRECT = "direct"  # a private message


# The answer's own way out: a subset of a post's delivery states, with the same meaning.
ANSWER_STATES = (DeliveryState.QUEUED, DeliveryState.SENDING, DeliveryState.PUBLISHED, DeliveryState.FAILED,
                 DeliveryState.UNCONFIRMED)


def item_id_for(channel_id: str, remote_id: str) -> str:
    """The record id of the message the network calls `remote_id` on this channel: the same on every laptop."""
    return str(uuid.uuid5(_ITEM_IDS, f"{channel_id}/{remote_id}"))


class ImageRef(NamedTuple):
    url: str
    alt: str


@dataclass(kw_only=True, eq=False, repr=False)
class InboxItem(Record):
    """One message from a resident, as fetched from the network."""

    channel_id: str
    network: str  # "mastodon", "bluesky", "facebook"
    kind: ItemKind
    remote_id: str  # the network's id (a status id, an at:// uri, a comment or message id)
    remote_cid: str = ""  # Bluesky: the record's content id (an answer's reply.parent needs it)
    url: str = ""  # where the officer sees it on the network (shown, never opened by itself)
    conversation_key: str = ""  # items of one conversation share it (the thread's root, a Messenger thread)
    thread_root: dict[str, Any] | None = None  # Bluesky: {"uri", "cid"} of the thread's top (reply.root)
    answers_remote_id: str = ""  # the network's id of the message this one answers
    answers_post_id: str | None = None  # our post it answers, when it answers one of ours
    author_name: str = ""
    author_handle: str = ""  # "jan@example.org", "bob.test", a Facebook name
    author_ref: str = ""  # the network's id of the author (account id, DID, page-scoped id)
    text: str = ""  # plain text, as given apart from markup
    source: str = ""  # the text exactly as the network gave it (HTML on Mastodon): the evidence
    images: str = "[]"  # JSON list of {"url", "alt"}
    visibility: Visibility = Visibility.PUBLIC
    received_at: datetime  # when it was written (never later than when it was fetched)
    fetched_at: datetime | None = None
    state: ItemState = ItemState.OPEN
    owner_id: str | None = None  # the staff member who answers it (during an absence: the stand-in)
    answered_by: str | None = None
    answered_at: datetime | None = None
    answer_id: str | None = None  # our answer that closed it (an inbox_answers record)
    edited_at: datetime | None = None  # its author edited it on the network (the text is the first received)
    deleted_there_at: datetime | None = None  # its author deleted it on the network (kept here as it was)

    def image_refs(self) -> list[ImageRef]:
        """The images as (url, alt); anything unreadable in the stored list is left out."""
        try:
            found = json.loads(self.images)
        except ValueError:
            return []
        if not isinstance(found, list):
            return []
        return [ImageRef(str(item.get("url") or ""), str(item.get("alt") or "")) for item in found
                if isinstance(item, dict) and isinstance(item.get("url"), str)]

    @property
    def is_private(self) -> bool:
        return self.visibility is Visibility.DIRECT or self.kind is ItemKind.MESSAGE


@dataclass(kw_only=True, eq=False, repr=False)
class InboxAnswer(Record):
    """An answer on its way to a resident through the outbox: sent exactly once, threaded under the item (or, taken
    to a private message, as a private message to its author)."""

    item_id: str
    channel_id: str
    body: str
    visibility: Visibility = Visibility.PUBLIC
    private: bool = False  # "take it to a private message": sent privately whatever the item's visibility
    staff_id: str | None = None
    template_id: str | None = None
    state: DeliveryState = DeliveryState.QUEUED
    remote_id: str = ""
    remote_url: str = ""
    idempotency_key: str = ""
    last_error: str = ""
    sending_since: datetime | None = None
    attempt_count: int = 0
    next_try_at: datetime | None = None
    published_at: datetime | None = None


def images_json(images: list[ImageRef]) -> str:
    return json.dumps([{"url": image.url, "alt": image.alt} for image in images], ensure_ascii=False)


# ---- the response clock ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ResponseTarget:
    """How fast the municipality means to answer (Preferences): `hours` of counted time; with `office_hours`
    (start, end on the municipality's clock) only that part of a day counts, with `skip_weekends` Saturday and
    Sunday not, and no day of `holidays`."""

    hours: float = 8.0
    office_hours: tuple[time, time] | None = None
    skip_weekends: bool = False
    holidays: frozenset[date] = frozenset()
    time_zone: str = "Europe/Amsterdam"


class ClockStage(StrEnum):
    CALM = "calm"  # less than half the target used
    SOON = "soon"  # more than half used
    LATE = "late"  # past the target


def _counts(day: date, target: ResponseTarget) -> bool:
    return not (target.skip_weekends and day.weekday() >= 5) and day not in target.holidays


def _window(day: date, target: ResponseTarget, zone: ZoneInfo) -> tuple[datetime, datetime] | None:
    """The stretch of a day that counts, as aware instants; None when none of it does."""
    if not _counts(day, target):
        return None
    start, end = target.office_hours or (time(0), time(0))
    opens = datetime.combine(day, start, zone)
    closes = datetime.combine(day + timedelta(days=1), time(0), zone) if end == time(0) and start >= end \
        else datetime.combine(day, end, zone)
    # In UTC: subtracting two times of one zone counts wall-clock hours, wrong on the nights the clocks change.
    return (opens.astimezone(UTC), closes.astimezone(UTC)) if closes > opens else None


def counted_time(start: datetime, end: datetime, target: ResponseTarget) -> timedelta:
    """The time between two instants that counts against the target (office hours, working days)."""
    if end <= start:
        return timedelta(0)
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    zone = ZoneInfo(target.time_zone)
    day, last = start.astimezone(zone).date(), end.astimezone(zone).date()
    total = timedelta(0)
    while day <= last:
        window = _window(day, target, zone)
        if window is not None:
            low, high = max(window[0], start), min(window[1], end)
            if high > low:
                total += high - low
        day += timedelta(days=1)
    return total


def due_at(start: datetime, target: ResponseTarget) -> datetime:
    """The instant the target is used up for an item received at `start`."""
    zone = ZoneInfo(target.time_zone)
    left = timedelta(hours=target.hours)
    start = start.astimezone(UTC)
    day = start.astimezone(zone).date()
    for _ in range(3700):  # ten years of days without one that counts is no target
        window = _window(day, target, zone)
        if window is not None:
            low = max(window[0], start)
            if window[1] > low:
                if window[1] - low >= left:
                    return low + left
                left -= window[1] - low
        day += timedelta(days=1)
    return start + timedelta(hours=target.hours)


def clock_stage(received_at: datetime, now: datetime, target: ResponseTarget) -> ClockStage:
    """How far an open item is on its clock: calm, soon (over half the target used) or late."""
    used = counted_time(received_at, now, target)
    full = timedelta(hours=target.hours)
    if used >= full:
        return ClockStage.LATE
    return ClockStage.SOON if used * 2 >= full else ClockStage.CALM
