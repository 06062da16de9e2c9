"""The posting rhythm is the municipality's: posts a week in all, on working days (or every day), holidays off."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from models.rhythm import Shortfall, gap_days, week_target

MONDAY = date(2026, 3, 2)
SUNDAY = MONDAY + timedelta(days=6)


def days(*offsets: int) -> list[date]:
    return [MONDAY + timedelta(days=offset) for offset in offsets]


def test_a_week_that_meets_the_target_has_no_gaps_whatever_the_channels() -> None:
    # Three posts in the week, each a day (one of them on three channels, which is still one post): target met.
    assert gap_days(days(0, 2, 4), MONDAY, SUNDAY, per_week=3) == {}


def test_a_short_week_marks_its_empty_working_days_once_with_the_weeks_count() -> None:
    gaps = gap_days(days(1), MONDAY, SUNDAY, per_week=3)
    assert gaps == {day: Shortfall(1, 3) for day in days(0, 2, 3, 4)}


def test_two_posts_on_one_day_count_twice() -> None:
    assert gap_days(days(1, 1, 3), MONDAY, SUNDAY, per_week=3) == {}


def test_weekends_are_gaps_only_when_the_municipality_posts_on_weekends() -> None:
    without = gap_days(days(0), MONDAY, SUNDAY, per_week=3)
    with_weekends = gap_days(days(0), MONDAY, SUNDAY, per_week=3, weekends=True)
    assert set(without) == set(days(1, 2, 3, 4))
    assert set(with_weekends) == set(days(1, 2, 3, 4, 5, 6))
    # A Saturday post counts for the week even when weekends are no posting days.
    assert gap_days(days(0, 2, 5), MONDAY, SUNDAY, per_week=3) == {}


def test_a_public_holiday_is_no_gap_and_lowers_the_target_in_proportion() -> None:
    christmas_week = date(2026, 12, 21)  # Friday 25 December is Christmas Day
    closed = {date(2026, 12, 25), date(2026, 12, 26)}
    assert week_target(christmas_week, 5, weekends=False, closed=closed) == 4
    assert week_target(christmas_week, 3, weekends=False, closed=closed) == 3
    gaps = gap_days([], christmas_week, christmas_week + timedelta(days=6), per_week=5, closed=closed)
    assert sorted(gaps) == [christmas_week + timedelta(days=n) for n in range(4)]
    assert set(gaps.values()) == {Shortfall(0, 4)}


def test_an_empty_week_is_all_gap_and_no_target_means_no_gaps() -> None:
    assert set(gap_days([], MONDAY, MONDAY + timedelta(days=4), per_week=1)) == set(days(0, 1, 2, 3, 4))
    assert gap_days([], MONDAY, MONDAY + timedelta(days=4), per_week=0) == {}


@given(st.lists(st.integers(0, 13), max_size=20), st.integers(1, 10), st.booleans(),
       st.sets(st.integers(0, 13), max_size=4))
def test_a_gap_is_an_open_empty_day_of_a_week_below_its_target(offsets: list[int], per_week: int, weekends: bool,
                                                                holidays: set[int]) -> None:
    planned = days(*offsets)
    closed = set(days(*holidays))
    gaps = gap_days(planned, MONDAY, MONDAY + timedelta(days=13), per_week=per_week, weekends=weekends,
                    closed=closed)
    for day, shortfall in gaps.items():
        assert day not in planned and day not in closed and (weekends or day.weekday() < 5)
        assert shortfall.planned < shortfall.target <= per_week
    for week in (0, 7):
        in_week = [d for d in planned if 0 <= (d - MONDAY).days - week < 7]
        if len(in_week) >= per_week:
            assert not any(0 <= (d - MONDAY).days - week < 7 for d in gaps)
