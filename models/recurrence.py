"""Recurring posts and key dates: rules in local wall-clock time, so a weekly 09:00 post stays at 09:00 across
the clock changes.

Decisions: a day a month lacks (the 31st, 29 February) falls on that month's last day, as an officer expects of
"monthly on the 31st"; a time that does not exist on the night the clocks go forward (02:30) moves forward by the
hour; a time that exists twice when they go back takes the first.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from dateutil import rrule

from models.planning import yearly_days

_DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class Frequency(StrEnum):
    DAILY = "DAILY"
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"
    YEARLY = "YEARLY"


@dataclass(frozen=True)
class Recurrence:
    """Every `interval` days/weeks/months/years; weekly on `weekdays` (0 = Monday); monthly on the
    `week_of_month`-th (1-4, or -1 for the last) of `weekdays[0]`, as "the second Thursday"; yearly likewise in
    `month` (1-12), as "the fourth Saturday of September"; ending on `until` (inclusive) or after `count`
    occurrences, or never."""

    frequency: Frequency
    interval: int = 1
    weekdays: tuple[int, ...] = field(default_factory=tuple)
    until: date | None = None
    count: int | None = None
    week_of_month: int | None = None
    month: int | None = None

    def __post_init__(self) -> None:
        if self.interval < 1:
            raise ValueError("interval must be at least 1")
        if self.count is not None and self.count < 1:
            raise ValueError("count must be at least 1")
        if any(not 0 <= day <= 6 for day in self.weekdays):
            raise ValueError("weekdays are 0 (Monday) to 6 (Sunday)")
        if self.week_of_month is not None and (
                self.week_of_month not in (1, 2, 3, 4, -1) or len(self.weekdays) != 1
                or self.frequency not in (Frequency.MONTHLY, Frequency.YEARLY)
                or (self.frequency is Frequency.YEARLY) != (self.month is not None)):
            raise ValueError("a week of the month goes with a monthly rule on one weekday, or a yearly one in a month")
        if self.month is not None and (not 1 <= self.month <= 12 or self.week_of_month is None):
            raise ValueError("a month goes with a yearly rule on the nth weekday of that month")

    def to_text(self) -> str:
        """RFC 5545 RRULE text (without DTSTART), as stored."""
        parts = [f"FREQ={self.frequency.value}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.month is not None:
            parts.append(f"BYMONTH={self.month}")
        if self.week_of_month is not None:
            parts.append(f"BYDAY={self.week_of_month:+d}{_DAY_CODES[self.weekdays[0]]}")
        elif self.weekdays:
            parts.append("BYDAY=" + ",".join(_DAY_CODES[day] for day in sorted(self.weekdays)))
        if self.until:
            parts.append(f"UNTIL={self.until:%Y%m%d}")
        if self.count:
            parts.append(f"COUNT={self.count}")
        return ";".join(parts)

    @classmethod
    def from_text(cls, text: str) -> Recurrence:
        values = dict(part.split("=", 1) for part in text.strip().split(";") if "=" in part)
        codes = [code for code in values.get("BYDAY", "").split(",") if code]
        weekdays = tuple(_DAY_CODES.index(code[-2:]) for code in codes)
        ordinals = [int(code[:-2]) for code in codes if code[:-2]]
        until = values.get("UNTIL")
        return cls(
            frequency=Frequency(values["FREQ"]),
            interval=int(values.get("INTERVAL", 1)),
            weekdays=weekdays,
            until=datetime.strptime(until[:8], "%Y%m%d").date() if until else None,
            count=int(values["COUNT"]) if "COUNT" in values else None,
            week_of_month=ordinals[0] if ordinals else None,
            month=int(values["BYMONTH"]) if "BYMONTH" in values else None,
        )


def _rule(recurrence: Recurrence, first: datetime) -> rrule.rrule:
    """The dateutil rule over naive local wall-clock times."""
    options: dict[str, object] = {"dtstart": first, "interval": recurrence.interval}
    if recurrence.until:
        options["until"] = datetime.combine(recurrence.until, time.max)
    if recurrence.count:
        options["count"] = recurrence.count
    if recurrence.frequency is Frequency.WEEKLY:
        options["byweekday"] = recurrence.weekdays or (first.weekday(),)
    elif recurrence.week_of_month is not None:  # monthly, or yearly in its month
        options["byweekday"] = (rrule.weekday(recurrence.weekdays[0], recurrence.week_of_month),)
        if recurrence.month is not None:
            options["bymonth"] = recurrence.month
    elif recurrence.frequency is Frequency.MONTHLY and first.day > 28:
        options.update(bymonthday=(first.day, -1), bysetpos=1)
    elif recurrence.frequency is Frequency.YEARLY and first.day > 28:
        options.update(bymonth=first.month, bymonthday=(first.day, -1), bysetpos=1)
    frequency = {Frequency.DAILY: rrule.DAILY, Frequency.WEEKLY: rrule.WEEKLY, Frequency.MONTHLY: rrule.MONTHLY,
                 Frequency.YEARLY: rrule.YEARLY}[recurrence.frequency]
    return rrule.rrule(frequency, **options)  # type: ignore[arg-type]


def _closer_start(recurrence: Recurrence, first: datetime, since: datetime) -> tuple[Recurrence, datetime] | None:
    """The same rule started whole periods later, still before `since`, with its count reduced by the
    occurrences skipped: a daily or weekly rule that began in 1970 (a file can say so) is not walked day by day
    up to today on every redraw. Monthly and yearly rules are walked as they are: a few hundred steps at most.
    None: its count ran out before `since`."""
    if recurrence.frequency is Frequency.DAILY:
        period = timedelta(days=recurrence.interval)
        skip = (since - first) // period - 1
        if skip < 1:
            return recurrence, first
        if recurrence.count is not None and recurrence.count <= skip:
            return None
        count = None if recurrence.count is None else recurrence.count - skip
        return replace(recurrence, count=count), first + skip * period
    if recurrence.frequency is Frequency.WEEKLY:
        weekdays = tuple(sorted(set(recurrence.weekdays or (first.weekday(),))))
        period = timedelta(weeks=recurrence.interval)
        week_start = first - timedelta(days=first.weekday())  # the rule's periods start on Mondays
        skip = (since - week_start) // period - 1
        if skip < 1:
            return recurrence, first
        skipped = sum(day >= first.weekday() for day in weekdays) + (skip - 1) * len(weekdays)
        if recurrence.count is not None and recurrence.count <= skipped:
            return None
        count = None if recurrence.count is None else recurrence.count - skipped
        return replace(recurrence, weekdays=weekdays, count=count), week_start + skip * period
    return recurrence, first


def localize(wall: datetime, zone: ZoneInfo) -> datetime:
    """A wall-clock time in the zone as a real instant: times in the spring gap move forward, times that
    occur twice in autumn take the first."""
    aware = wall.replace(tzinfo=zone, fold=0)
    return aware.astimezone(UTC).astimezone(zone)


def occurrences(
    recurrence: Recurrence,
    first: datetime,
    time_zone: str,
    *,
    until: datetime,
    since: datetime | None = None,
) -> list[datetime]:
    """The instants of the rule from its first (wall-clock) time, in [since, until], timezone-aware.

    `first` is naive local wall-clock time in `time_zone`; `since` and `until` are aware instants.
    """
    zone = ZoneInfo(time_zone)
    end_wall = until.astimezone(zone).replace(tzinfo=None) + timedelta(hours=2)  # margin for the offset
    first = first.replace(tzinfo=None)
    if since is not None:
        closer = _closer_start(recurrence, first, since.astimezone(zone).replace(tzinfo=None))
        if closer is None:
            return []
        recurrence, first = closer
    found = []
    for wall in _rule(recurrence, first):
        if wall > end_wall:
            break
        moment = localize(wall, zone)
        if moment > until:
            break
        if since is None or moment >= since:
            found.append(moment)
    return found


def dates_between(recurrence: Recurrence, first: date, start: date, end: date) -> list[date]:
    """The days of a whole-day rule (a key date) from `first` on, in [start, end].

    A yearly rule, the kind of nearly every world day, is worked out directly (models.planning.yearly_days); the
    others through dateutil, at noon UTC so that every occurrence stays on its own day. Both give the same days
    (a test compares them)."""
    if recurrence.frequency is Frequency.YEARLY and (recurrence.week_of_month is not None or not recurrence.weekdays):
        return yearly_days(first, start, end, interval=recurrence.interval, month=recurrence.month,
                           weekday=recurrence.weekdays[0] if recurrence.weekdays else 0,
                           nth=recurrence.week_of_month, until=recurrence.until, count=recurrence.count)
    noon = time(12, 0)
    return [moment.date() for moment in occurrences(
        recurrence, datetime.combine(first, noon), "UTC", since=datetime.combine(start, time(), UTC),
        until=datetime.combine(end, time.max, UTC))]
