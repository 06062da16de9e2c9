from __future__ import annotations

from datetime import date, timedelta

from models.rhythm import gap_days

MONDAY = date(2026, 3, 2)


def days(*offsets: int) -> list[date]:
    return [MONDAY + timedelta(days=offset) for offset in offsets]


def test_a_week_that_meets_the_target_has_no_gaps() -> None:
    planned = {"facebook": days(0, 2, 4)}
    assert gap_days(planned, MONDAY, MONDAY + timedelta(days=6), per_week=3) == {}


def test_a_short_week_marks_its_empty_weekdays_for_that_channel() -> None:
    planned = {"facebook": days(0, 2, 4), "bluesky": days(1)}
    gaps = gap_days(planned, MONDAY, MONDAY + timedelta(days=6), per_week=3)
    assert gaps == {day: ["bluesky"] for day in days(0, 2, 3, 4)}


def test_weekends_are_gaps_only_when_the_municipality_posts_on_weekends() -> None:
    planned = {"facebook": days(0)}
    without = gap_days(planned, MONDAY, MONDAY + timedelta(days=6), per_week=3)
    with_weekends = gap_days(planned, MONDAY, MONDAY + timedelta(days=6), per_week=3, weekends=True)
    assert set(without) == set(days(1, 2, 3, 4))
    assert set(with_weekends) == set(days(1, 2, 3, 4, 5, 6))


def test_an_empty_week_is_all_gap_and_no_target_means_no_gaps() -> None:
    assert set(gap_days({"x": []}, MONDAY, MONDAY + timedelta(days=4), per_week=1)) == set(days(0, 1, 2, 3, 4))
    assert gap_days({"x": []}, MONDAY, MONDAY + timedelta(days=4), per_week=0) == {}
