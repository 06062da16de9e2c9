"""The posting rhythm: which days in a planning fall short of the target number of posts a week per channel.

Rule: a week (Monday to Sunday) in which a channel has fewer planned posts than the target is short for that
channel, and every day of that week without a post on that channel is a gap for it. Weekends count only when the
municipality posts on weekends (a Preferences choice); otherwise weekend days are never gaps.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def gap_days(
    planned: Mapping[str, Iterable[date]],
    start: date,
    end: date,
    *,
    per_week: int,
    weekends: bool = False,
) -> dict[date, list[str]]:
    """For each day in [start, end] that is a gap, the channels (keys of `planned`) it is a gap for.

    `planned` gives, per channel, the days of its planned posts; it must cover the whole weeks around start and
    end, or the edge weeks look emptier than they are.
    """
    if per_week <= 0:
        return {}
    gaps: dict[date, list[str]] = {}
    for channel, days in planned.items():
        posting_days = set(days)
        per_week_count: dict[date, int] = {}
        for day in posting_days:
            if weekends or day.weekday() < 5:
                per_week_count[week_start(day)] = per_week_count.get(week_start(day), 0) + 1
        day = start
        while day <= end:
            counts = weekends or day.weekday() < 5
            if counts and day not in posting_days and per_week_count.get(week_start(day), 0) < per_week:
                gaps.setdefault(day, []).append(channel)
            day += timedelta(days=1)
    return gaps
