"""Everything one calendar view shows for a range of days, gathered in one call: posts by local day, key dates,
public holidays and the gaps in the rhythm. The views only draw it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from models.channel import ChannelAccount
from models.planning import Absence, KeyDate
from models.post import PostSummary
from models.rhythm import Shortfall, gap_days, week_start
from models.settings import Municipality
from models.staff import StaffMember
from models.validation import setting_problem
from services.calendar_queries import PLANNED_STATUSES, CalendarFilter, planned_post_days, posts_between
from services.errors import translate
from services.holiday_calendar import HolidayBook
from services.key_dates import key_dates_between
from services.store import Store

RHYTHM_PER_WEEK = "rhythm.per_week"
RHYTHM_WEEKENDS = "rhythm.weekends"
DEFAULT_PER_WEEK = 3


class Rhythm(NamedTuple):
    """The municipality's target: posts a week in all (not per channel), and whether weekends count."""

    per_week: int = DEFAULT_PER_WEEK
    weekends: bool = False


def load_rhythm(store: Store) -> Rhythm:
    """The stored rhythm; a value that is no number of posts (a damaged or foreign setting) counts as the default,
    and is noted for the officer."""
    per_week = store.get_setting(RHYTHM_PER_WEEK, DEFAULT_PER_WEEK)
    weekends = store.get_setting(RHYTHM_WEEKENDS, False)
    if setting_problem(RHYTHM_PER_WEEK, per_week):
        store.unreadable.note("settings", RHYTHM_PER_WEEK, "value: not a number of posts a week")
        per_week = DEFAULT_PER_WEEK
    return Rhythm(per_week, weekends is True)


def save_rhythm(store: Store, rhythm: Rhythm) -> None:
    with store.transaction():
        store.set_setting(RHYTHM_PER_WEEK, rhythm.per_week)
        store.set_setting(RHYTHM_WEEKENDS, rhythm.weekends)


@dataclass
class CalendarPage:
    """The days start..end (inclusive) in the municipality's time zone."""

    start: date
    end: date
    today: date
    time_zone: str
    posts: dict[date, list[PostSummary]] = field(default_factory=dict)
    key_dates: dict[date, list[KeyDate]] = field(default_factory=dict)
    holidays: dict[date, str] = field(default_factory=dict)
    gaps: dict[date, Shortfall] = field(default_factory=dict)  # a day short of the rhythm: its week's count
    absences: dict[date, list[str]] = field(default_factory=dict)  # "Sanne away (Joris stands in)"
    channels: dict[str, ChannelAccount] = field(default_factory=dict)

    def local_time(self, post: PostSummary) -> datetime | None:
        return post.scheduled_at.astimezone(ZoneInfo(self.time_zone)) if post.scheduled_at else None

    def clock_text(self, post: PostSummary) -> str:
        """"09:00": the post's local time, as the query gave it (or worked out)."""
        if post.local_time:
            return post.local_time
        local = self.local_time(post)
        return f"{local.hour:02d}:{local.minute:02d}" if local else ""


def load_page(
    store: Store,
    start: date,
    end: date,
    *,
    municipality: Municipality,
    today: date,
    ui_language: str,
    only: CalendarFilter = CalendarFilter(),  # noqa: B008
    rhythm: Rhythm | None = None,
    channels: dict[str, ChannelAccount] | None = None,
    holidays: HolidayBook | None = None,
) -> CalendarPage:
    """The page for [start, end]. A view that shows page after page passes what does not change between them
    (rhythm, channels, a HolidayBook) so that it is read once."""
    zone = ZoneInfo(municipality.time_zone)
    page = CalendarPage(start=start, end=end, today=today, time_zone=municipality.time_zone)
    page.channels = channels if channels is not None else {c.id: c for c in store.find(ChannelAccount)}
    first = datetime.combine(start, time(), zone)
    after_last = datetime.combine(end + timedelta(days=1), time(), zone)
    days: dict[str, date] = {}
    for post in posts_between(store, first, after_last, only, zone):
        day = days.get(post.local_day)
        if day is None:
            day = days[post.local_day] = date.fromisoformat(post.local_day)
        page.posts.setdefault(day, []).append(post)
    for day, key_date in key_dates_between(store, start, end, country=municipality.country, language=ui_language):
        page.key_dates.setdefault(day, []).append(key_date)
    book = holidays or HolidayBook(municipality.country, municipality.region, ui_language)
    page.holidays = book.between(start, end)
    page.gaps = _gaps(store, page, zone, rhythm or load_rhythm(store), only, book)
    if book.pending:  # without the holidays a holiday would look like a gap: none until they are there
        page.gaps = {}
    page.absences = _absences(store, start, end)
    return page


def _absences(store: Store, start: date, end: date) -> dict[date, list[str]]:
    """Who is away on each day, and who stands in: the calendar draws it as a band."""
    found = store.find(Absence, "starts_on <= ? AND ends_on >= ?", [end.isoformat(), start.isoformat()])
    if not found:
        return {}
    names = {member.id: (member.name.split() or ["?"])[0] for member in store.find(StaffMember, include_deleted=True)}
    days: dict[date, list[str]] = {}
    for absence in found:
        who = names.get(absence.staff_id, "?")
        text = (translate("CalendarPage", "{name} away ({standin} stands in)").format(
            name=who, standin=names.get(absence.standin_id, "?")) if absence.standin_id else
            translate("CalendarPage", "{name} away").format(name=who))
        day = max(start, absence.starts_on)
        while day <= min(end, absence.ends_on):
            days.setdefault(day, []).append(text)
            day += timedelta(days=1)
    return days


def _gaps(store: Store, page: CalendarPage, zone: ZoneInfo, rhythm: Rhythm, only: CalendarFilter,
          holidays: HolidayBook) -> dict[date, Shortfall]:
    """Gaps from today on (the past cannot be planned any more). The rhythm is the municipality's: a filter
    changes what the page shows, not whether a week is short."""
    start = max(page.start, page.today)
    if start > page.end or rhythm.per_week <= 0:
        return {}
    padded_start = week_start(start)
    padded_end = week_start(page.end) + timedelta(days=7)
    planned = _planned(store, page, zone, only, padded_start, padded_end)
    closed = holidays.between(padded_start, padded_end - timedelta(days=1))
    return gap_days(planned, start, page.end, per_week=rhythm.per_week, weekends=rhythm.weekends, closed=closed)


def _planned(store: Store, page: CalendarPage, zone: ZoneInfo, only: CalendarFilter, first: date,
             after_last: date) -> list[date]:
    """The day of every planned post in [first, after_last), whole weeks around the page's days.

    Without a filter the page's own days come from the posts the page has just read, and only the days of the edge
    weeks outside the page are read. With any filter the page holds fewer posts than the rhythm counts, and the
    whole range is read."""
    def read(start: date, end: date) -> list[date]:
        return planned_post_days(store, datetime.combine(start, time(), zone), datetime.combine(end, time(), zone),
                                 zone)

    if only != CalendarFilter():
        return read(first, after_last)
    planned: list[date] = []
    for day, posts in page.posts.items():
        if first <= day < after_last:
            planned.extend(day for post in posts if post.status in PLANNED_STATUSES and post.variant_states)
    for start, end in ((first, min(page.start, after_last)), (max(page.end + timedelta(days=1), first), after_last)):
        if start < end:
            planned.extend(read(start, end))
    return planned
