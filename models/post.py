"""Posts and their per-channel variants. (Their series, images and publishing attempts have modules of their
own.)"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

from models.common import Record, from_utc_text


class PostStatus(StrEnum):
    """Where a post is in the officer's work. Published and failed are set by publishing."""

    IDEA = "idea"
    DRAFT = "draft"
    READY = "ready"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    FAILED = "failed"


# What the officer may choose in the composer; the others are the outbox's to set.
EDITABLE_STATUSES = (PostStatus.IDEA, PostStatus.DRAFT, PostStatus.READY, PostStatus.SCHEDULED)


class DeliveryState(StrEnum):
    """Where one variant is on its way to its network."""

    NOT_QUEUED = "not_queued"  # the post is not scheduled yet
    QUEUED = "queued"  # waits in the outbox for its time (needs this laptop on)
    SCHEDULED_REMOTE = "scheduled_remote"  # held by the network itself (safe with the laptop closed)
    SENDING = "sending"  # marked before the request goes out; never blindly sent again
    PUBLISHED = "published"
    FAILED = "failed"
    UNCONFIRMED = "unconfirmed"  # sent, outcome unknown: the officer decides
    PAUSED = "paused"  # stopped by the crisis switch
    REMINDER = "reminder"  # manual channel: the officer posts by hand
    OVERDUE = "overdue"  # fell due while offline longer ago than the grace period: the officer decides


_DELIVERY_STATES = {state.value: state for state in DeliveryState}

# States in which a variant still waits to go out through this laptop.
OUTBOX_STATES = (DeliveryState.QUEUED, DeliveryState.SENDING, DeliveryState.UNCONFIRMED)


@dataclass(kw_only=True, eq=False, repr=False)
class Post(Record):
    """One message to the residents: a master text, a time, and variants per channel."""

    title: str = ""
    body: str = ""
    language: str = "nl"
    status: PostStatus = PostStatus.IDEA
    campaign: str = ""
    tags: list[str] = field(default_factory=list)
    scheduled_at: datetime | None = None  # the instant it should go out (UTC); None for undated ideas
    time_zone: str = "Europe/Amsterdam"  # the municipality's zone the time was chosen in
    series_id: str | None = None
    series_detached: bool = False  # edited on its own: whole-series edits pass it by
    notes: str = ""
    paused_at: datetime | None = None
    pause_reason: str = ""


class ChannelState(NamedTuple):
    """One variant as the calendar shows it."""

    channel_id: str
    state: DeliveryState


class PostSummary(NamedTuple):
    """A post as the calendar and the list show it, read in one query. (A named tuple: a month view makes
    hundreds of these at a time, and a tuple is made several times faster than a frozen dataclass. Channel states
    and tags stay text until asked for: most posts of a busy month are never painted.)"""

    id: str
    title: str
    excerpt: str
    status: PostStatus
    scheduled_text: str | None  # the stored UTC instant; `scheduled_at` reads it when asked
    campaign: str
    tags_json: str = "[]"
    variant_states: str = ""  # "channel-id state,channel-id state"
    series_id: str | None = None
    paused: bool = False
    local_day: str = ""  # "YYYY-MM-DD" in the municipality's zone, when the query worked it out
    local_time: str = ""  # "HH:MM" likewise

    @property
    def scheduled_at(self) -> datetime | None:
        return from_utc_text(self.scheduled_text) if self.scheduled_text else None

    @property
    def label(self) -> str:
        """The title, or else the first words of the text."""
        return self.title or self.excerpt

    @property
    def channels(self) -> tuple[ChannelState, ...]:
        """Each channel with its state. A pair this app did not write (an unknown state, no state at all) is left
        out: the calendar's reading reports it (services/calendar_queries.py), the post is shown without it."""
        if not self.variant_states:
            return ()
        found = []
        for item in self.variant_states.split(","):
            channel, _space, state = item.rpartition(" ")
            known = _DELIVERY_STATES.get(state)
            if channel and known is not None:
                found.append(ChannelState(channel, known))
        return tuple(found)

    @property
    def tags(self) -> tuple[str, ...]:
        """The tags; none when the stored list does not read as a list of texts (reported where it is read)."""
        if not self.tags_json or self.tags_json == "[]":
            return ()
        try:
            tags = json.loads(self.tags_json)
        except ValueError:
            return ()
        return tuple(tag for tag in tags if isinstance(tag, str)) if isinstance(tags, list) else ()


@dataclass(kw_only=True, eq=False, repr=False)
class Variant(Record):
    """The text of a post for one channel. `body` None means: follows the master text."""

    post_id: str
    channel_id: str
    body: str | None = None
    state: DeliveryState = DeliveryState.NOT_QUEUED
    remote_id: str = ""
    remote_url: str = ""
    idempotency_key: str = ""
    last_error: str = ""
    published_at: datetime | None = None
    next_try_at: datetime | None = None  # after a temporary failure or throttling
    attempt_count: int = 0
    remote_fingerprint: str = ""  # what was handed to the network, to notice a change afterwards
    sending_since: datetime | None = None  # set with SENDING, before the request goes out
    send_late: bool = False  # the officer said: send it although it is later than the grace period

    def text(self, post: Post) -> str:
        """The text that goes out on this channel."""
        return post.body if self.body is None else self.body
