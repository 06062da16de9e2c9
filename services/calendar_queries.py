"""What the calendar and the list ask of the store: the posts of a range, and search. One query each, so that a
month switch stays within a frame also with ten years of posts."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from models.common import to_utc_text
from models.post import DeliveryState, PostStatus, PostSummary
from models.validation import one_line
from services.store import Store

SEARCH_LIMIT = 200


class CalendarFilter(NamedTuple):
    """Empty fields mean: no filter."""

    channel_ids: frozenset[str] = frozenset()
    statuses: frozenset[PostStatus] = frozenset()
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
            conditions.append("EXISTS (SELECT 1 FROM post_tags t WHERE t.post_id = p.id AND t.tag = ?)")
            params.append(self.tag)
        if self.channel_ids:
            conditions.append(
                "EXISTS (SELECT 1 FROM variants f WHERE f.post_id = p.id AND f.deleted_at IS NULL "
                f"AND f.channel_id IN ({','.join('?' * len(self.channel_ids))}))"
            )
            params.extend(sorted(self.channel_ids))
        return " AND ".join(conditions), params


_SUMMARY_COLUMNS = (
    "p.id, p.title, p.excerpt, p.status, p.scheduled_at, p.campaign, "
    "p.tags, p.series_id, p.paused_at, p.variant_states"
)


_STATUSES = {status.value: status for status in PostStatus}
_STATES = frozenset(state.value for state in DeliveryState)


def _summary(row: tuple[Any, ...]) -> PostSummary:
    """One row of _SUMMARY_COLUMNS (and perhaps the local day and time), read with plain lookups: hundreds of
    these make one month switch, so no datetime is parsed here. Raises UnreadableRecord for a row this app did not
    write (see `_summaries`)."""
    post_id, title, excerpt, status, scheduled_at, campaign, tags, series_id, paused_at, variant_states = row[:10]
    local_day, local_time = (row[10].split("|") if len(row) > 10 else ("", ""))
    return PostSummary(post_id, title, excerpt.replace("\n", " "), _STATUSES[status], scheduled_at, campaign,
                       tags or "[]", variant_states or "", series_id, paused_at is not None, local_day, local_time)


def _summaries(store: Store, rows: list[tuple[Any, ...]]) -> list[PostSummary]:
    """The rows as summaries. A row the calendar cannot show (a status or a time this app does not write, text
    that is no text) is left out and noted in the store's `unreadable`; a channel state it does not know is noted
    and left out of the post's channels (PostSummary.channels skips it), the post itself is shown. Tags that do
    not read show as none (PostSummary.tags). The checks cost a few microseconds a row: a month switch stays
    within its frame."""
    found = []
    states_read: dict[str, bool] = {}  # a month's posts share a few channel-state combinations: each read once
    for row in rows:
        post_id, title, excerpt, status, scheduled_at, campaign, tags, series_id, _paused, variant_states = row[:10]
        if not (status in _STATUSES and type(post_id) is str and type(title) is str and type(excerpt) is str
                and type(campaign) is str and type(variant_states) is str
                and (tags is None or type(tags) is str) and (series_id is None or type(series_id) is str)
                and (scheduled_at is None or _readable_instant(scheduled_at))
                and (len(row) == 10 or (type(row[10]) is str and row[10].count("|") == 1))):
            store.unreadable.note("posts", post_id, _row_problem(row))
            continue
        found.append(_summary(row))
        known = states_read.get(variant_states)
        if known is None:
            known = states_read[variant_states] = _states_known(variant_states)
        if not known:
            for pair in variant_states.split(","):
                channel, _space, state = pair.rpartition(" ")
                if state not in _STATES or not channel:
                    store.unreadable.note("variants", f"{post_id} {channel}", f"state: {one_line(state, 40)}")
    return found


def _states_known(variant_states: str) -> bool:
    """Every "channel state" pair names a channel and a state this app writes; a post on no channel yet (an idea,
    a draft) has none, and that is no fault."""
    return not variant_states or all(pair.rpartition(" ")[2] in _STATES and pair.rpartition(" ")[0]
                                     for pair in variant_states.split(","))


def _readable_instant(text: Any) -> bool:
    """An instant that `from_utc_text` reads (PostSummary.scheduled_at), within 1970-2200; checked the cheap way
    (it runs for every post of a month switch)."""
    if type(text) is not str or not "1970" <= text < "2200":
        return False
    try:
        _from_iso(text[:-1] if text[-1:] == "Z" else text)
    except ValueError:
        return False
    return True


_from_iso = datetime.fromisoformat


def _row_problem(row: tuple[Any, ...]) -> str:
    """Why the calendar cannot show a summary row, for the log."""
    status, scheduled_at = row[3], row[4]
    if status not in _STATUSES:
        return f"status: {one_line(status, 40)}"
    if scheduled_at is not None and not _readable_instant(scheduled_at):
        return "scheduled_at: not an instant in 1970-2200"
    if len(row) > 10 and type(row[10]) is not str:
        return "scheduled_at: not an instant SQLite reads"
    return "a text column holds no text"


def local_clock_sql(start: datetime, end: datetime, zone: ZoneInfo) -> tuple[str, list[Any]]:
    """An SQL expression giving "YYYY-MM-DD|HH:MM" of p.scheduled_at in the zone, for instants in [start, end):
    the zone's UTC offset with each clock change in the range written into a CASE."""
    changes: list[tuple[datetime, int]] = []
    moment = start.astimezone(UTC)
    offset = _offset_minutes(moment, zone)
    first_offset = offset
    while moment < end:
        following = moment + timedelta(days=1)
        if _offset_minutes(following, zone) != offset:
            low, high = moment, following  # find the change to the minute
            while high - low > timedelta(minutes=1):
                middle = low + (high - low) / 2
                low, high = (middle, high) if _offset_minutes(middle, zone) == offset else (low, middle)
            offset = _offset_minutes(high, zone)
            changes.append((high, offset))
        moment = following
    params: list[Any] = []
    expression = f"'{first_offset:+d} minutes'"
    for instant, minutes in changes:
        expression = f"CASE WHEN p.scheduled_at >= ? THEN '{minutes:+d} minutes' ELSE {expression} END"
        params.insert(0, to_utc_text(instant))
    return f"strftime('%Y-%m-%d|%H:%M', p.scheduled_at, {expression})", params


def _offset_minutes(moment: datetime, zone: ZoneInfo) -> int:
    offset = moment.astimezone(zone).utcoffset()
    return int(offset.total_seconds() // 60) if offset else 0


def posts_between(store: Store, start: datetime, end: datetime,
                  only: CalendarFilter = CalendarFilter(), zone: ZoneInfo | None = None) -> list[PostSummary]:  # noqa: B008
    """The posts planned in [start, end), in time order, with their channels' states; with `zone`, each with its
    local day and time worked out by SQLite."""
    where, params = only.sql()
    clock, clock_params = local_clock_sql(start, end, zone) if zone else ("", [])
    sql = (
        f"SELECT {_SUMMARY_COLUMNS}{', ' + clock if zone else ''} FROM posts p "
        "WHERE p.deleted_at IS NULL AND p.scheduled_at >= ? AND p.scheduled_at < ?"
        + (f" AND {where}" if where else "")
        + " ORDER BY p.scheduled_at"  # the index's own order: no sort step
    )
    rows = store.query_tuples(sql, [*clock_params, to_utc_text(start), to_utc_text(end), *params])
    return _summaries(store, rows)


def undated_posts(store: Store, only: CalendarFilter = CalendarFilter()) -> list[PostSummary]:  # noqa: B008
    """Ideas and drafts without a date yet, newest first."""
    where, params = only.sql()
    sql = (f"SELECT {_SUMMARY_COLUMNS} FROM posts p WHERE p.deleted_at IS NULL AND p.scheduled_at IS NULL"
           + (f" AND {where}" if where else "") + " ORDER BY p.updated_at DESC")
    return _summaries(store, store.query_tuples(sql, params))


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


SEARCH_CHUNK = 400


def search_posts(store: Store, text: str, only: CalendarFilter = CalendarFilter(),  # noqa: B008
                 limit: int = SEARCH_LIMIT) -> list[PostSummary]:
    """Posts whose title, text, tags or campaign hold every word typed: the `limit` most recently added
    matches, shown newest date first.

    Why "most recently added" and not "all, sorted by date": a common word can match tens of thousands of posts,
    and sorting them all costs a tenth of a second per keystroke. FTS5 hands out matches newest-added first
    without sorting, so the search walks them in chunks and stops once it has enough that pass the filters.
    """
    query = fts_query(text)
    if not query:
        return []
    where, params = only.sql()
    sql = (
        f"SELECT {_SUMMARY_COLUMNS}, p.rowid FROM posts p WHERE p.rowid IN "
        "(SELECT rowid FROM posts_fts WHERE posts_fts MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?) "
        "AND p.deleted_at IS NULL" + (f" AND {where}" if where else "") + " ORDER BY p.rowid DESC"
    )
    found: list[PostSummary] = []
    below = 2**63 - 1
    while len(found) < limit:
        rows = store.query_tuples(sql, [query, below, SEARCH_CHUNK, *params])
        found.extend(_summaries(store, [row[:-1] for row in rows]))
        lowest = store.query_tuples(
            "SELECT min(rowid), count(*) FROM (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ? AND rowid < ? "
            "ORDER BY rowid DESC LIMIT ?)", [query, below, SEARCH_CHUNK])[0]
        if lowest[1] < SEARCH_CHUNK:
            break
        below = lowest[0]
    found = found[:limit]
    found.sort(key=lambda post: post.scheduled_text or "", reverse=True)  # UTC text: text order is time order
    return found


def campaigns_and_tags(store: Store) -> tuple[list[str], list[str]]:
    """The campaigns and tags in use, for the filters."""
    campaigns = [row[0] for row in store.query_tuples(
        "SELECT DISTINCT campaign FROM posts WHERE deleted_at IS NULL AND campaign != '' ORDER BY campaign")
        if type(row[0]) is str]  # a post whose campaign is no text is reported where the post is read
    # One step through the tag index per tag in use (each the least tag after the one before), rather than a
    # read of every post's tags: a handful of tags over tens of thousands of posts.
    tags = [row[0] for row in store.query_tuples(
        "WITH RECURSIVE used(tag) AS (SELECT min(tag) FROM post_tags UNION ALL "
        "SELECT (SELECT min(tag) FROM post_tags WHERE tag > used.tag) FROM used WHERE used.tag IS NOT NULL) "
        "SELECT tag FROM used WHERE tag IS NOT NULL") if type(row[0]) is str]
    return campaigns, tags


# The posts that count for the posting rhythm: planned ones (not ideas, not failed).
PLANNED_STATUSES = frozenset({PostStatus.DRAFT, PostStatus.READY, PostStatus.SCHEDULED, PostStatus.PUBLISHED})


def planned_post_days(store: Store, start: datetime, end: datetime, zone: ZoneInfo) -> list[date]:
    """The local day of every planned post with a channel in [start, end): the rhythm's input. SQLite works out the
    days, so this is one indexed range read and no datetime is parsed here."""
    clock, clock_params = local_clock_sql(start, end, zone)
    statuses = sorted(status.value for status in PLANNED_STATUSES)
    rows = store.query_tuples(
        f"SELECT substr({clock}, 1, 10) FROM posts p "
        "WHERE p.deleted_at IS NULL AND p.scheduled_at >= ? AND p.scheduled_at < ? "
        f"AND p.status IN ({','.join('?' * len(statuses))}) AND p.variant_states != ''",
        [*clock_params, to_utc_text(start), to_utc_text(end), *statuses],
    )
    days: dict[str, date] = {}
    planned: list[date] = []
    for (local_day,) in rows:
        day = days.get(local_day)
        if day is None:
            try:
                day = days[local_day] = date.fromisoformat(local_day)
            except (TypeError, ValueError):
                continue  # a time SQLite cannot read: the calendar's own reading reports the post
        planned.append(day)
    return planned
