"""The posting rhythm: which days of a planning fall short of the municipality's target of posts a week.

The target is the municipality's, in all: a post that goes out on three channels is one post, and a week with
three posts on Facebook alone meets a target of three (Preferences: posts a week, and whether weekends count).

Rule: a week (Monday to Sunday) is short when it holds fewer planned posts than its target; every posting day of a
short week without a post is a gap. Posting days are Monday to Friday, or every day when the municipality posts on
weekends too. A public holiday is no posting day: it is never a gap, and a week with one has a target in proportion
to its posting days, rounded up (five a week is four in the week of Easter Monday; three stays three). Every
planned post counts for its week, also one on a Saturday or a holiday.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date, timedelta
from typing import NamedTuple


class Shortfall(NamedTuple):
    """A gap day's week: how many posts it holds, and how many its target asks."""

    planned: int
    target: int


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def is_posting_day(day: date, *, weekends: bool, closed: Collection[date] = ()) -> bool:
    return (weekends or day.weekday() < 5) and day not in closed


def week_target(monday: date, per_week: int, *, weekends: bool, closed: Collection[date] = ()) -> int:
    """The target of the week starting on `monday`: `per_week`, in proportion to its posting days left open by
    the holidays, rounded up."""
    posting_days = 7 if weekends else 5
    open_days = sum(is_posting_day(monday + timedelta(days=n), weekends=weekends, closed=closed)
                    for n in range(posting_days))
    return -(-per_week * open_days // posting_days)  # ceiling division


def gap_days(
    planned: Iterable[date],
    start: date,
    end: date,
    *,
    per_week: int,
    weekends: bool = False,
    closed: Collection[date] = (),
) -> dict[date, Shortfall]:
    """Each day in [start, end] that is a gap, with its week's count and target.

    `planned` holds a day for every planned post (a day twice for two posts); it must cover the whole weeks around
    start and end, or the edge weeks look emptier than they are. `closed`: the public holidays of those weeks.
    """
    if per_week <= 0:
        return {}
    counts: dict[date, int] = {}
    posting: set[date] = set()
    for day in planned:
        counts[week_start(day)] = counts.get(week_start(day), 0) + 1
        posting.add(day)
    gaps: dict[date, Shortfall] = {}
    targets: dict[date, int] = {}
    day = start
    while day <= end:
        monday = week_start(day)
        target = targets.get(monday)
        if target is None:
            target = targets[monday] = week_target(monday, per_week, weekends=weekends, closed=closed)
        count = counts.get(monday, 0)
        if count < target and day not in posting and is_posting_day(day, weekends=weekends, closed=closed):
            gaps[day] = Shortfall(count, target)
        day += timedelta(days=1)
    return gaps
