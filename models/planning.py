"""Key dates in the calendar and absences of staff, and the calendar arithmetic of key dates (which weekday of
its month a day is; the days of a yearly date), kept here rather than with the repeat rules so that the first
screen can place the world days without loading those."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from models.common import Record


class KeyDateKind(StrEnum):
    EVENT = "event"
    COUNCIL = "council"
    WASTE = "waste"
    MARKET = "market"
    TOPICAL = "topical"  # world days and other "top topicals" to hook into
    OTHER = "other"


@dataclass(kw_only=True, eq=False, repr=False)
class KeyDate(Record):
    """A date of the municipality's own, or one of a set the app ships (world and awareness days).

    `rrule` (RFC 5545 text) makes it recurring from `on_date`; each occurrence lasts `days` days (a week: 7).
    A shipped one names its set (`source`, e.g. "awareness_nl") and its key in it (`starter_key`); its id is
    derived from both, so it is the same record on every laptop. One switched off (`enabled` false) stays in
    the list of key dates but not in the calendar.
    """

    title: str
    kind: KeyDateKind = KeyDateKind.OTHER
    on_date: date
    rrule: str = ""
    notes: str = ""
    days: int = 1
    source: str = ""
    starter_key: str = ""
    enabled: bool = True

    @property
    def shipped(self) -> bool:
        return bool(self.source)


@dataclass(kw_only=True, eq=False, repr=False)
class Absence(Record):
    """A staff member away from `starts_on` to `ends_on` (both inclusive), with a stand-in."""

    staff_id: str
    starts_on: date
    ends_on: date
    standin_id: str | None = None
    note: str = ""


def week_of_month(day: date) -> int:
    """Which of its weekday the day is in its month, as a rule keeps it: 1 to 4, or -1 for a fifth (the last:
    not every month has a fifth)."""
    nth = (day.day - 1) // 7 + 1
    return nth if nth <= 4 else -1


def is_last_of_month(day: date) -> bool:
    """Whether no later day of its month falls on the same weekday ("the last Friday")."""
    return day.day + 7 > calendar.monthrange(day.year, day.month)[1]


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The `nth` (1 to 4, or -1 for the last) `weekday` (0 = Monday) of the month."""
    if nth == -1:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def yearly_days(first: date, start: date, end: date, *, interval: int = 1, month: int | None = None,
                weekday: int = 0, nth: int | None = None, until: date | None = None,
                count: int | None = None) -> list[date]:
    """The days in [start, end] of a date that comes back every `interval` years from `first`: on the first's day
    and month (a day the month lacks, 29 February, falls on its last day), or on the `nth` `weekday` of `month`.
    As RFC 5545 counts: from the first occurrence on or after `first`, until `until` or `count` occurrences."""
    found: list[date] = []
    made = 0
    for year in range(first.year, end.year + 1, interval):
        if nth is not None and month is not None:
            day = nth_weekday(year, month, weekday, nth)
        else:
            day = date(year, first.month, min(first.day, calendar.monthrange(year, first.month)[1]))
        if day < first:
            continue
        if (until is not None and day > until) or (count is not None and made >= count):
            break
        made += 1
        if start <= day <= end:
            found.append(day)
    return found
