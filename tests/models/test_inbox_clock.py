"""The response clock with fixed instants: the whole day, office hours only, weekends and holidays left out."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from models.inbox import ClockStage, ResponseTarget, clock_stage, counted_time, due_at

FRIDAY_4PM = datetime(2026, 3, 6, 15, 0, tzinfo=UTC)  # 16:00 in Amsterdam


def test_without_office_hours_every_hour_counts() -> None:
    target = ResponseTarget(hours=8)
    assert due_at(FRIDAY_4PM, target) == FRIDAY_4PM + timedelta(hours=8)
    assert counted_time(FRIDAY_4PM, FRIDAY_4PM + timedelta(hours=3), target) == timedelta(hours=3)


def test_office_hours_and_weekends_push_the_deadline_to_monday() -> None:
    target = ResponseTarget(hours=8, office_hours=(time(9), time(17)), skip_weekends=True)
    # Friday 16:00-17:00 counts one hour; Saturday and Sunday none; Monday 09:00 + 7 hours = 16:00 local.
    assert due_at(FRIDAY_4PM, target) == datetime(2026, 3, 9, 15, 0, tzinfo=UTC)
    monday_morning = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)  # 10:00 local
    assert counted_time(FRIDAY_4PM, monday_morning, target) == timedelta(hours=2)
    assert clock_stage(FRIDAY_4PM, monday_morning, target) is ClockStage.CALM
    assert clock_stage(FRIDAY_4PM, monday_morning + timedelta(hours=3), target) is ClockStage.SOON
    assert clock_stage(FRIDAY_4PM, datetime(2026, 3, 9, 15, 0, tzinfo=UTC), target) is ClockStage.LATE


def test_a_public_holiday_does_not_count() -> None:
    target = ResponseTarget(hours=8, office_hours=(time(9), time(17)), skip_weekends=True,
                            holidays=frozenset({date(2026, 3, 9)}))
    assert due_at(FRIDAY_4PM, target) == datetime(2026, 3, 10, 15, 0, tzinfo=UTC)


def test_the_night_the_clocks_change_counts_its_real_hours() -> None:
    saturday = datetime(2026, 3, 28, 23, 0, tzinfo=UTC)  # 00:00 local on the night of 29 March (02:00 -> 03:00)
    assert counted_time(saturday, saturday + timedelta(hours=24), ResponseTarget(hours=8)) == timedelta(hours=24)
