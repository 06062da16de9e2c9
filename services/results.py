"""Results: fetching how published posts landed (`sync_results`), figures typed in for channels posted by hand,
and the figures of a month for the Results tab and the monthly report (`month_figures`).

A network that cannot be asked leaves every figure as it was: the look that failed is kept with its reason (one
row per channel text and age, replaced by the figures once they come), and the Results tab names it.
"""

from __future__ import annotations

import logging
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from models.channel import NETWORK_NAMES, ChannelAccount
from models.common import from_utc_text, to_utc_text
from models.results import FOLLOWERS_EVERY, LAST_LOOK, FigureAge, FollowerCount, PostFigures, due_age, latest_figures
from services.errors import KnownError, translate
from services.networks.base import PublishError
from services.results_networks import READ_BACK, Counts, followers, not_there_reason, post_counts
from services.store import Store

log = logging.getLogger(__name__)
T = TypeVar("T")

SURVEY_HOURS = 19  # the average Flemish municipality answered on Twitter in 19 hours (the seeds' survey)
BEST_POSTS = 5

ClientFor = Callable[[ChannelAccount], Any]


def _default_client(channel: ChannelAccount) -> Any:
    from services.networks.registry import client_for

    return client_for(channel)


# ---- fetching -------------------------------------------------------------------------------------------------

@dataclass
class SyncReport:
    """What a fetch did: figures taken, posts it could not read, and per channel why a network could not be
    asked (in the officer's words)."""

    taken: int = 0
    followers: int = 0
    missing: int = 0
    problems: dict[str, str] = field(default_factory=dict)  # channel name -> reason

    def lines(self) -> list[str]:
        out = [translate("Results", "Figures taken: {count}.").format(count=self.taken)]
        if self.followers:
            out.append(translate("Results", "Follower counts taken: {count}.").format(count=self.followers))
        if self.missing:
            out.append(translate("Results", "Posts the network no longer shows: {count}.").format(
                count=self.missing))
        out += [translate("Results", "{channel}: {reason} Its figures stay as they were.").format(
            channel=name, reason=reason) for name, reason in self.problems.items()]
        return out


def _published_texts(store: Store, since: datetime) -> list[tuple[str, str, str, datetime]]:
    """(variant id, channel id, remote id, published at) of every channel text a network published since."""
    rows = store.query_tuples(
        "SELECT v.id, v.channel_id, v.remote_id, v.published_at FROM variants v INDEXED BY variants_published "
        "JOIN posts p ON p.id = v.post_id WHERE v.deleted_at IS NULL AND p.deleted_at IS NULL "
        "AND v.state = 'published' AND v.remote_id != '' AND v.published_at >= ?", [to_utc_text(since)])
    found = []
    for variant_id, channel_id, remote_id, published in rows:
        try:
            found.append((variant_id, channel_id, remote_id, from_utc_text(published)))
        except (TypeError, ValueError):
            continue  # a time this app did not write: the calendar's reading reports the post
    return found


def _taken_ages(store: Store) -> dict[str, dict[FigureAge, PostFigures]]:
    """Per channel text, its figures (or its failed look) at each age."""
    found: dict[str, dict[FigureAge, PostFigures]] = {}
    for item in store.find(PostFigures):
        found.setdefault(item.variant_id, {})[item.age] = item
    return found


def sync_results(store: Store, now: datetime, *, client_for: ClientFor = _default_client) -> SyncReport:
    """Fetches the figures that are due (models/results.py says when) and the followers of each account read
    back, at most once a day. Each network is asked through its client; one that cannot be asked keeps its
    figures and gets its reason."""
    report = SyncReport()
    channels = {channel.id: channel for channel in store.find(ChannelAccount)}
    taken = _taken_ages(store)
    due: dict[str, list[tuple[str, str, FigureAge]]] = {}
    for variant_id, channel_id, remote_id, published_at in _published_texts(store, now - LAST_LOOK):
        channel = channels.get(channel_id)
        if channel is None or channel.network not in READ_BACK:
            continue
        done = {age for age, item in taken.get(variant_id, {}).items() if not item.problem}
        age = due_age(published_at, now, done)
        if age is not None:
            due.setdefault(channel_id, []).append((variant_id, remote_id, age))
    for channel in channels.values():
        if channel.network not in READ_BACK or not channel.has_secret:
            continue
        texts = due.get(channel.id, [])
        wants_followers = _followers_due(store, channel.id, now)
        if not texts and not wants_followers:
            continue
        name = NETWORK_NAMES.get(channel.network, channel.name)
        try:
            client = client_for(channel)
            counts = _asked(channel, partial(post_counts, channel.network, client,
                                             [remote for _v, remote, _a in texts])) if texts else {}
            for variant_id, remote_id, age in texts:
                found = counts.get(remote_id)
                if isinstance(found, Counts):
                    _keep(store, taken, variant_id, age, now, found, "")
                    report.taken += 1
                else:
                    _keep(store, taken, variant_id, age, now, Counts(), not_there_reason(name))
                    report.missing += 1
            if wants_followers:
                count = _asked(channel, partial(followers, channel.network, client))
                if count is not None:
                    store.save(FollowerCount(channel_id=channel.id, taken_at=now, followers=count))
                    report.followers += 1
        except (PublishError, KnownError) as error:
            reason = error.message
            report.problems[channel.name] = reason
            for variant_id, _remote, age in texts:
                if not (age in taken.get(variant_id, {}) and not taken[variant_id][age].problem):
                    _keep(store, taken, variant_id, age, now, Counts(), reason)
    return report


def _asked(channel: ChannelAccount, ask: Callable[[], T]) -> T:
    """A network's answer read by `ask`. What a network can say is a PublishError; an answer no reading expected
    (a server that lies in a way not foreseen) fails this channel's look with a message, and is logged as the bug
    it may be, instead of failing the whole run (the outbox's and the inbox's with it) at every turn."""
    try:
        return ask()
    except (PublishError, KnownError):
        raise
    except Exception as error:
        log.exception("results: unexpected answer while fetching %s", channel.name)
        raise KnownError(translate("Results", "Omroeper met an unexpected error while fetching the figures "
                                              "({reason}); the other channels were fetched.").format(
            reason=type(error).__name__)) from error


def _keep(store: Store, taken: dict[str, dict[FigureAge, PostFigures]], variant_id: str, age: FigureAge,
          now: datetime, counts: Counts, problem: str) -> None:
    """Stores the figures (or the failed look) of a channel text at an age: one record per age, so a look that
    failed is replaced by the figures when they come, never the other way round."""
    record = taken.get(variant_id, {}).get(age)
    if record is not None and problem and not record.problem:
        return  # figures were taken at this age: a later failure takes nothing away
    if record is None:
        record = PostFigures(variant_id=variant_id, age=age, taken_at=now)
    record.taken_at = now
    record.likes, record.shares, record.replies = counts.likes, counts.shares, counts.replies
    record.quotes, record.views, record.reach = counts.quotes, counts.views, counts.reach
    record.problem = problem
    store.save(record)
    taken.setdefault(variant_id, {})[age] = record


def _followers_due(store: Store, channel_id: str, now: datetime) -> bool:
    rows = store.query_tuples("SELECT max(taken_at) FROM follower_counts WHERE channel_id = ? AND deleted_at IS NULL",
                              [channel_id])
    last = rows[0][0] if rows else None
    try:
        return last is None or now - from_utc_text(last) >= FOLLOWERS_EVERY
    except (TypeError, ValueError):
        return True


# ---- figures typed in -------------------------------------------------------------------------------------------

def enter_figures(store: Store, variant_id: str, now: datetime, *, likes: int, shares: int, replies: int,
                  views: int | None = None) -> PostFigures:
    """Figures the officer read off a network posted to by hand (Instagram, WhatsApp, …): the latest count of
    that channel text from now on."""
    if min(likes, shares, replies, views or 0) < 0:
        raise KnownError(translate("Results", "Figures are counts: 0 or more."))
    return store.save(PostFigures(variant_id=variant_id, age=FigureAge.BY_HAND, taken_at=now, likes=likes,
                                  shares=shares, replies=replies, views=views))


# ---- reading back ---------------------------------------------------------------------------------------------

def latest_of_post(store: Store, post_id: str) -> dict[str, PostFigures]:
    """The latest figures of each channel text of a post, by channel id (the composer and calendar show them)."""
    rows = store.query_tuples("SELECT id, channel_id FROM variants WHERE post_id = ? AND deleted_at IS NULL",
                              [post_id])
    channel_of = {variant_id: channel_id for variant_id, channel_id in rows}
    if not channel_of:
        return {}
    marks = ",".join("?" * len(channel_of))
    snapshots = store.find(PostFigures, f"variant_id IN ({marks})", list(channel_of))
    found = {}
    for variant_id, channel_id in channel_of.items():
        latest = latest_figures([item for item in snapshots if item.variant_id == variant_id])
        if latest is not None:
            found[channel_id] = latest
    return found


def figures_line(figures: PostFigures) -> str:
    """"12 likes · 3 shares · 2 replies · 480 views": what the network said, without what it does not measure."""
    parts = [translate("Results", "{count} likes").format(count=figures.likes) if figures.likes is not None else "",
             translate("Results", "{count} shares").format(count=figures.shares)
             if figures.shares is not None else "",
             translate("Results", "{count} replies").format(count=figures.replies)
             if figures.replies is not None else "",
             translate("Results", "{count} quotes").format(count=figures.quotes) if figures.quotes else "",
             translate("Results", "{count} views").format(count=figures.views) if figures.views is not None else "",
             translate("Results", "reach {count}").format(count=figures.reach) if figures.reach is not None else ""]
    return " · ".join(part for part in parts if part)


def channel_problems(store: Store) -> dict[str, str]:
    """Per channel id, why its network could not be asked the last time, where that look came after its last
    figures."""
    rows = store.query_tuples(
        "SELECT v.channel_id, f.taken_at, f.problem FROM post_figures f JOIN variants v ON v.id = f.variant_id "
        "WHERE f.deleted_at IS NULL ORDER BY f.taken_at")
    last_good: dict[str, str] = {}
    last_bad: dict[str, tuple[str, str]] = {}
    for channel_id, taken_at, problem in rows:
        if problem:
            last_bad[channel_id] = (taken_at, problem)
        else:
            last_good[channel_id] = taken_at
    return {channel_id: problem for channel_id, (taken_at, problem) in last_bad.items()
            if taken_at >= last_good.get(channel_id, "")}


# ---- the month --------------------------------------------------------------------------------------------------

@dataclass
class ChannelMonth:
    """One channel's month: posts published, what residents did with them, and its followers."""

    channel: ChannelAccount
    posts: int = 0
    likes: int = 0
    shares: int = 0
    replies: int = 0
    quotes: int = 0
    views: int | None = None  # None: the network does not count them (or none came back)
    reach: int | None = None
    followers: int | None = None  # at the end of the month (the latest count up to then)
    followers_before: int | None = None  # at its start
    problem: str = ""

    @property
    def reactions(self) -> int:
        return self.likes + self.shares + self.replies + self.quotes

    @property
    def name(self) -> str:
        return self.channel.name


@dataclass
class BestPost:
    post_id: str
    title: str
    published_at: datetime
    channels: list[str]
    reactions: int
    views: int | None


@dataclass
class RhythmWeek:
    """A week of the month (Monday), with the posts published in it and its target."""

    monday: date
    published: int
    target: int

    @property
    def kept(self) -> bool:
        return self.published >= self.target


@dataclass
class InboxFigures:
    """Messages that came in and how fast they were answered, against the municipality's target and the
    survey's 19 hours. `available` False: there is no inbox yet to count from."""

    available: bool = False
    messages: int | None = None
    answered: int | None = None
    median_response: timedelta | None = None
    target_hours: int | None = None
    survey_hours: int = SURVEY_HOURS


@dataclass
class MonthFigures:
    first: date
    time_zone: str
    channels: list[ChannelMonth]
    best: list[BestPost]
    weeks: list[RhythmWeek]
    per_week_target: int
    inbox: InboxFigures
    posts: int  # posts published in the month (a post on three channels is one post)

    @property
    def reactions(self) -> int:
        return sum(channel.reactions for channel in self.channels)

    @property
    def weeks_kept(self) -> int:
        return sum(week.kept for week in self.weeks)


def month_bounds(first: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    after = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return datetime.combine(first, time(), zone), datetime.combine(after, time(), zone)


def inbox_figures(store: Store, first: date) -> InboxFigures:
    """The inbox's messages of the month (received in it, on the municipality's clock) and how fast those were
    answered: the median time from a message to its answer, as the resident waited it (the clock's hours, not
    office hours, as the survey's 19 hours were counted), beside the municipality's own target (Preferences)."""
    import statistics

    from models.inbox import InboxItem
    from services.inbox import load_target
    from services.preferences import load_municipality

    start, end = month_bounds(first, ZoneInfo(load_municipality(store).time_zone))
    items = store.find(InboxItem, "received_at >= ? AND received_at < ?", [to_utc_text(start), to_utc_text(end)],
                       include_deleted=True)
    waits = [(item.answered_at - item.received_at).total_seconds() for item in items
             if item.answered_at is not None and item.answered_at >= item.received_at]
    return InboxFigures(available=True, messages=len(items), answered=len(waits),
                        median_response=timedelta(seconds=statistics.median(waits)) if waits else None,
                        target_hours=round(load_target(store).hours))


def month_figures(store: Store, first: date) -> MonthFigures:
    """Everything the Results tab and the monthly report show of the month that starts on `first` (local days
    of the municipality's zone)."""
    from services.calendar_page import load_rhythm
    from services.preferences import load_municipality

    municipality = load_municipality(store)
    zone = ZoneInfo(municipality.time_zone)
    start, end = month_bounds(first, zone)
    channels = {channel.id: channel for channel in store.find(ChannelAccount, include_deleted=True)}
    rows = store.query_tuples(
        "SELECT v.id, v.channel_id, p.id, p.title, p.excerpt, v.published_at FROM variants v "
        "INDEXED BY variants_published "
        "JOIN posts p ON p.id = v.post_id WHERE v.deleted_at IS NULL AND p.deleted_at IS NULL "
        "AND v.state = 'published' AND v.published_at >= ? AND v.published_at < ?",
        [to_utc_text(start), to_utc_text(end)])
    latest = _latest_in_month(store, start, end)
    per_channel: dict[str, ChannelMonth] = {}
    posts: dict[str, BestPost] = {}
    for variant_id, channel_id, post_id, title, excerpt, published in rows:
        channel = channels.get(channel_id)
        if channel is None:
            continue
        month = per_channel.setdefault(channel_id, ChannelMonth(channel))
        month.posts += 1
        try:
            when = from_utc_text(published)
        except (TypeError, ValueError):
            continue
        best = posts.setdefault(post_id, BestPost(post_id, title or excerpt, when, [], 0, None))
        best.published_at = min(best.published_at, when)
        best.channels.append(channel.name)
        figures = latest.get(variant_id)
        if figures is None:
            continue
        month.likes += figures[0] or 0
        month.shares += figures[1] or 0
        month.replies += figures[2] or 0
        month.quotes += figures[3] or 0
        if figures[4] is not None:
            month.views = (month.views or 0) + figures[4]
            best.views = (best.views or 0) + figures[4]
        if figures[5] is not None:
            month.reach = (month.reach or 0) + figures[5]
        best.reactions += sum(value or 0 for value in figures[:4])
    for channel_id, count, before in _followers(store, start, end):
        if channel_id in channels and not channels[channel_id].is_deleted:
            month = per_channel.setdefault(channel_id, ChannelMonth(channels[channel_id]))
            month.followers, month.followers_before = count, before
    for channel_id, problem in channel_problems(store).items():
        if channel_id in per_channel:
            per_channel[channel_id].problem = problem
    rhythm = load_rhythm(store)
    weeks = _weeks(store, first, start, end, zone, rhythm.per_week, rhythm.weekends, municipality)
    ranked = sorted(posts.values(), key=lambda item: (-item.reactions, -(item.views or 0), item.published_at))
    return MonthFigures(first=first, time_zone=municipality.time_zone,
                        channels=sorted(per_channel.values(), key=lambda item: (-item.posts, item.name.lower())),
                        best=[item for item in ranked if item.reactions or item.views][:BEST_POSTS], weeks=weeks,
                        per_week_target=rhythm.per_week, inbox=inbox_figures(store, first), posts=len(posts))


def _latest_in_month(store: Store, start: datetime, end: datetime) -> dict[str, tuple[Any, ...]]:
    """The latest figures (likes, shares, replies, quotes, views, reach) of each channel text published in the
    month, in one read."""
    rows = store.query_tuples(
        "SELECT f.variant_id, f.likes, f.shares, f.replies, f.quotes, f.views, f.reach, f.taken_at "
        "FROM variants v INDEXED BY variants_published JOIN post_figures f ON f.variant_id = v.id "
        "WHERE f.deleted_at IS NULL AND f.problem = '' AND v.deleted_at IS NULL "
        "AND v.state = 'published' AND v.published_at >= ? AND v.published_at < ? ORDER BY f.taken_at",
        [to_utc_text(start), to_utc_text(end)])
    return {row[0]: tuple(value if isinstance(value, int) else None for value in row[1:7]) for row in rows}


def _followers(store: Store, start: datetime, end: datetime) -> list[tuple[str, int, int | None]]:
    """Per channel: its latest follower count before the month's end, and its latest before the month began."""
    rows = store.query_tuples(
        "SELECT channel_id, taken_at, followers FROM follower_counts WHERE deleted_at IS NULL AND taken_at < ? "
        "ORDER BY taken_at", [to_utc_text(end)])
    at_end: dict[str, int] = {}
    before: dict[str, int] = {}
    start_text = to_utc_text(start)
    for channel_id, taken_at, count in rows:
        if not isinstance(count, int):
            continue
        at_end[channel_id] = count
        if taken_at < start_text:
            before[channel_id] = count
    return [(channel_id, count, before.get(channel_id)) for channel_id, count in at_end.items()]


def _weeks(store: Store, first: date, start: datetime, end: datetime, zone: ZoneInfo, per_week: int,
           weekends: bool, municipality: Any) -> list[RhythmWeek]:
    """The weeks of the month (those whose Thursday falls in it, as ISO counts weeks: each week belongs to one
    month), each with its posts published and the rhythm's target for it (a public holiday lowers the target in
    proportion, as in the calendar: models/rhythm.py)."""
    from models.rhythm import week_start, week_target
    from services.holiday_calendar import HolidayBook

    last = (end - timedelta(seconds=1)).astimezone(zone).date()
    monday = week_start(first)
    if (monday + timedelta(days=3)).month != first.month:
        monday += timedelta(days=7)
    book = HolidayBook(municipality.country, municipality.region, "en")
    closed = book.between(monday, last + timedelta(days=7))
    rows = store.query_tuples(
        "SELECT p.id, min(v.published_at) FROM variants v INDEXED BY variants_published "
        "JOIN posts p ON p.id = v.post_id "
        "WHERE p.deleted_at IS NULL AND v.deleted_at IS NULL AND v.state = 'published' AND v.published_at >= ? "
        "AND v.published_at < ? GROUP BY p.id",
        [to_utc_text(monday_instant(monday, zone)),
         to_utc_text(monday_instant(week_start(last) + timedelta(days=7), zone))])
    counts: dict[date, int] = {}
    for _post_id, published in rows:
        try:
            day = from_utc_text(published).astimezone(zone).date()
        except (TypeError, ValueError):
            continue
        counts[week_start(day)] = counts.get(week_start(day), 0) + 1
    weeks = []
    while (monday + timedelta(days=3)) <= last:
        weeks.append(RhythmWeek(monday, counts.get(monday, 0),
                                week_target(monday, per_week, weekends=weekends, closed=closed)))
        monday += timedelta(days=7)
    return weeks


def monday_instant(monday: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(monday, time(), zone)


def median_hours(waits: list[timedelta]) -> float | None:
    """The median of response times in hours (for the inbox figures, once they exist)."""
    return statistics.median(wait.total_seconds() / 3600 for wait in waits) if waits else None


def sync_results_at(store_path: Any, now: datetime) -> SyncReport:
    """sync_results on its own connection to the data file, for a background thread."""
    store = Store.open(store_path, create=False)
    try:
        return sync_results(store, now)
    finally:
        store.close()
