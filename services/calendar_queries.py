"""What the calendar and the list ask of the store: the posts of a range, and search. One query each, so that a
month switch stays within a frame also with ten years of posts."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from models.common import from_utc_text, to_utc_text
from models.post import ChannelState, DeliveryState, PostStatus, PostSummary
from services.store import Store

EXCERPT_CHARS = 120
SEARCH_LIMIT = 200


@dataclass(frozen=True)
class CalendarFilter:
    """Empty fields mean: no filter."""

    channel_ids: frozenset[str] = field(default_factory=frozenset)
    statuses: frozenset[PostStatus] = field(default_factory=frozenset)
    campaign: str = ""
    tag: str = ""

    def sql(self) -> tuple[str, list[Any]]:
        """Conditions on `p` (posts) and their parameters."""
        conditions: list[str] = []
        params: list[Any] = []
        if self.statuses:
            conditions.append(f"p.status IN ({','.join('?' * len(self.statuses))})")
            params.extend(sorted(status.value for status in self.statuses))
        if self.campaign:
            conditions.append("p.campaign = ?")
            params.append(self.campaign)
        if self.tag:
            conditions.append("EXISTS (SELECT 1 FROM json_each(p.tags) WHERE json_each.value = ?)")
            params.append(self.tag)
        if self.channel_ids:
            conditions.append(
                "EXISTS (SELECT 1 FROM variants f WHERE f.post_id = p.id AND f.deleted_at IS NULL "
                f"AND f.channel_id IN ({','.join('?' * len(self.channel_ids))}))"
            )
            params.extend(sorted(self.channel_ids))
        return " AND ".join(conditions), params


_SUMMARY_COLUMNS = (
    f"p.id, p.title, substr(p.body, 1, {EXCERPT_CHARS}) AS excerpt, p.status, p.scheduled_at, p.campaign, "
    "p.tags, p.series_id, p.paused_at, "
    "(SELECT group_concat(v.channel_id || ' ' || v.state, ',') FROM variants v "
    " WHERE v.post_id = p.id AND v.deleted_at IS NULL) AS variant_states"
)


def _summary(row: Any) -> PostSummary:
    channels: tuple[ChannelState, ...] = ()
    if row["variant_states"]:
        pairs = (item.split(" ", 1) for item in row["variant_states"].split(","))
        channels = tuple(ChannelState(channel, DeliveryState(state)) for channel, state in pairs)
    excerpt = " ".join(row["excerpt"].split())
    return PostSummary(
        id=row["id"],
        title=row["title"],
        excerpt=excerpt,
        status=PostStatus(row["status"]),
        scheduled_at=from_utc_text(row["scheduled_at"]) if row["scheduled_at"] else None,
        campaign=row["campaign"],
        tags=tuple(json.loads(row["tags"] or "[]")),
        channels=channels,
        series_id=row["series_id"],
        paused=row["paused_at"] is not None,
    )


def posts_between(store: Store, start: datetime, end: datetime,
                  only: CalendarFilter = CalendarFilter()) -> list[PostSummary]:  # noqa: B008
    """The posts planned in [start, end), in time order, with their channels' states."""
    where, params = only.sql()
    sql = (
        f"SELECT {_SUMMARY_COLUMNS} FROM posts p "
        "WHERE p.deleted_at IS NULL AND p.scheduled_at >= ? AND p.scheduled_at < ?"
        + (f" AND {where}" if where else "")
        + " ORDER BY p.scheduled_at, p.created_at"
    )
    return [_summary(row) for row in store.query(sql, [to_utc_text(start), to_utc_text(end), *params])]


def undated_posts(store: Store, only: CalendarFilter = CalendarFilter()) -> list[PostSummary]:  # noqa: B008
    """Ideas and drafts without a date yet, newest first."""
    where, params = only.sql()
    sql = (f"SELECT {_SUMMARY_COLUMNS} FROM posts p WHERE p.deleted_at IS NULL AND p.scheduled_at IS NULL"
           + (f" AND {where}" if where else "") + " ORDER BY p.updated_at DESC")
    return [_summary(row) for row in store.query(sql, params)]


_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """The words typed so far as an FTS5 query: every word must match, the last one as a prefix
    (so results come as you type). Quotes keep FTS5 syntax characters from mattering."""
    words = _TOKEN.findall(text)
    if not words:
        return ""
    quoted = [f'"{word}"' for word in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search_posts(store: Store, text: str, only: CalendarFilter = CalendarFilter(),  # noqa: B008
                 limit: int = SEARCH_LIMIT) -> list[PostSummary]:
    """Posts whose title, text, tags or campaign hold every word typed; newest first."""
    query = fts_query(text)
    if not query:
        return []
    where, params = only.sql()
    sql = (
        f"SELECT {_SUMMARY_COLUMNS} FROM posts_fts JOIN posts p ON p.rowid = posts_fts.rowid "
        "WHERE posts_fts MATCH ? AND p.deleted_at IS NULL"
        + (f" AND {where}" if where else "")
        + " ORDER BY p.scheduled_at IS NULL, p.scheduled_at DESC LIMIT ?"
    )
    return [_summary(row) for row in store.query(sql, [query, *params, limit])]


def campaigns_and_tags(store: Store) -> tuple[list[str], list[str]]:
    """The campaigns and tags in use, for the filters."""
    campaigns = [row[0] for row in store.query(
        "SELECT DISTINCT campaign FROM posts WHERE deleted_at IS NULL AND campaign != '' ORDER BY campaign")]
    tags = [row[0] for row in store.query(
        "SELECT DISTINCT json_each.value FROM posts, json_each(posts.tags) "
        "WHERE posts.deleted_at IS NULL ORDER BY 1")]
    return campaigns, tags


def planned_days_by_channel(store: Store, start: datetime, end: datetime) -> dict[str, list[datetime]]:
    """Per channel, the instants of its planned posts (not ideas, not failed) in [start, end): the rhythm's input."""
    rows = store.query(
        "SELECT v.channel_id, p.scheduled_at FROM posts p JOIN variants v ON v.post_id = p.id "
        "WHERE p.deleted_at IS NULL AND v.deleted_at IS NULL AND p.scheduled_at >= ? AND p.scheduled_at < ? "
        "AND p.status IN ('draft', 'ready', 'scheduled', 'published')",
        [to_utc_text(start), to_utc_text(end)],
    )
    planned: dict[str, list[datetime]] = {}
    for row in rows:
        planned.setdefault(row["channel_id"], []).append(from_utc_text(row["scheduled_at"]))
    return planned
