"""Recurrence in local time: across the clock changes, on 29 February and at month ends."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.recurrence import Frequency, Recurrence, dates_between, occurrences

AMS = "Europe/Amsterdam"
BRU = "Europe/Brussels"


def local_times(moments: list[datetime]) -> list[str]:
    return [m.strftime("%Y-%m-%d %H:%M %Z") for m in moments]


def test_weekly_at_nine_stays_at_nine_across_the_march_clock_change() -> None:
    rule = Recurrence(Frequency.WEEKLY)
    found = occurrences(rule, datetime(2026, 3, 16, 9, 0), AMS, until=datetime(2026, 4, 10, tzinfo=UTC))
    assert local_times(found) == ["2026-03-16 09:00 CET", "2026-03-23 09:00 CET",
                                  "2026-03-30 09:00 CEST", "2026-04-06 09:00 CEST"]
    assert [m.astimezone(UTC).hour for m in found] == [8, 8, 7, 7]


def test_weekly_at_nine_stays_at_nine_across_the_october_clock_change() -> None:
    found = occurrences(Recurrence(Frequency.WEEKLY), datetime(2026, 10, 19, 9, 0), BRU,
                        until=datetime(2026, 11, 3, tzinfo=UTC))
    assert local_times(found) == ["2026-10-19 09:00 CEST", "2026-10-26 09:00 CET", "2026-11-02 09:00 CET"]


def test_a_time_in_the_spring_gap_moves_forward_and_a_doubled_time_takes_the_first() -> None:
    daily = Recurrence(Frequency.DAILY, count=3)
    spring = occurrences(daily, datetime(2026, 3, 28, 2, 30), AMS, until=datetime(2026, 4, 1, tzinfo=UTC))
    assert local_times(spring) == ["2026-03-28 02:30 CET", "2026-03-29 03:30 CEST", "2026-03-30 02:30 CEST"]
    autumn = occurrences(daily, datetime(2026, 10, 24, 2, 30), AMS, until=datetime(2026, 10, 30, tzinfo=UTC))
    assert local_times(autumn)[1] == "2026-10-25 02:30 CEST"  # the first of the two 02:30s


def test_monthly_on_the_31st_falls_on_the_last_day_of_shorter_months() -> None:
    found = occurrences(Recurrence(Frequency.MONTHLY), datetime(2026, 1, 31, 10, 0), AMS,
                        until=datetime(2026, 5, 31, 23, tzinfo=UTC))
    assert [m.date() for m in found] == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31),
                                         date(2026, 4, 30), date(2026, 5, 31)]


def test_monthly_on_the_30th_in_a_leap_february() -> None:
    found = occurrences(Recurrence(Frequency.MONTHLY, count=3), datetime(2028, 1, 30, 10), AMS,
                        until=datetime(2029, 1, 1, tzinfo=UTC))
    assert [m.date() for m in found] == [date(2028, 1, 30), date(2028, 2, 29), date(2028, 3, 30)]


def test_yearly_on_29_february_falls_on_28_february_in_other_years() -> None:
    found = occurrences(Recurrence(Frequency.YEARLY, count=5), datetime(2028, 2, 29, 12), AMS,
                        until=datetime(2040, 1, 1, tzinfo=UTC))
    assert [m.date() for m in found] == [date(2028, 2, 29), date(2029, 2, 28), date(2030, 2, 28),
                                         date(2031, 2, 28), date(2032, 2, 29)]


def test_weekly_on_chosen_weekdays_every_second_week_until_a_date() -> None:
    rule = Recurrence(Frequency.WEEKLY, interval=2, weekdays=(1, 3), until=date(2026, 2, 1))
    found = occurrences(rule, datetime(2026, 1, 6, 7, 0), AMS, until=datetime(2027, 1, 1, tzinfo=UTC))
    assert [m.date() for m in found] == [date(2026, 1, 6), date(2026, 1, 8), date(2026, 1, 20), date(2026, 1, 22)]


def test_since_skips_earlier_occurrences() -> None:
    found = occurrences(Recurrence(Frequency.DAILY), datetime(2026, 5, 1, 9), AMS,
                        since=datetime(2026, 5, 3, tzinfo=UTC), until=datetime(2026, 5, 5, tzinfo=UTC))
    assert [m.day for m in found] == [3, 4]


def test_monthly_on_the_second_thursday_and_the_last_friday() -> None:
    second_thursday = Recurrence(Frequency.MONTHLY, weekdays=(3,), week_of_month=2, count=3)
    found = occurrences(second_thursday, datetime(2026, 1, 8, 19, 30), AMS, until=datetime(2027, 1, 1, tzinfo=UTC))
    assert [m.date() for m in found] == [date(2026, 1, 8), date(2026, 2, 12), date(2026, 3, 12)]
    last_friday = Recurrence(Frequency.MONTHLY, weekdays=(4,), week_of_month=-1, count=2)
    found = occurrences(last_friday, datetime(2026, 1, 30, 16), AMS, until=datetime(2027, 1, 1, tzinfo=UTC))
    assert [m.date() for m in found] == [date(2026, 1, 30), date(2026, 2, 27)]
    assert Recurrence.from_text("FREQ=MONTHLY;BYDAY=+2TH") == Recurrence(Frequency.MONTHLY, weekdays=(3,),
                                                                         week_of_month=2)


@pytest.mark.parametrize("rule", [
    Recurrence(Frequency.MONTHLY, weekdays=(0,), week_of_month=-1),
    Recurrence(Frequency.DAILY),
    Recurrence(Frequency.WEEKLY, interval=2, weekdays=(0, 4), count=10),
    Recurrence(Frequency.MONTHLY, until=date(2027, 6, 30)),
    Recurrence(Frequency.YEARLY, interval=1),
])
def test_rule_text_round_trips(rule: Recurrence) -> None:
    assert Recurrence.from_text(rule.to_text()) == rule


def test_nonsense_is_refused() -> None:
    with pytest.raises(ValueError):
        Recurrence(Frequency.DAILY, interval=0)
    with pytest.raises(ValueError):
        Recurrence(Frequency.WEEKLY, weekdays=(7,))


def test_a_yearly_rule_on_the_nth_weekday_of_a_month() -> None:
    burendag = Recurrence.from_text("FREQ=YEARLY;BYMONTH=9;BYDAY=+4SA")
    assert burendag == Recurrence(Frequency.YEARLY, weekdays=(5,), week_of_month=4, month=9)
    assert burendag.to_text() == "FREQ=YEARLY;BYMONTH=9;BYDAY=+4SA"
    assert dates_between(burendag, date(2020, 9, 26), date(2024, 1, 1), date(2026, 12, 31)) == [
        date(2024, 9, 28), date(2025, 9, 27), date(2026, 9, 26)]
    with pytest.raises(ValueError):
        Recurrence(Frequency.MONTHLY, weekdays=(5,), week_of_month=4, month=9)  # a month goes with yearly only


@given(
    frequency=st.sampled_from([Frequency.YEARLY, Frequency.YEARLY, Frequency.MONTHLY, Frequency.WEEKLY]),
    interval=st.integers(1, 3), nth=st.sampled_from([None, 1, 2, 3, 4, -1]), weekday=st.integers(0, 6),
    month=st.integers(1, 12), ending=st.sampled_from(["never", "until", "count"]),
    first=st.dates(date(2020, 1, 1), date(2026, 12, 31)), start=st.dates(date(2020, 1, 1), date(2030, 12, 31)),
    length=st.integers(0, 900))
def test_the_days_of_a_key_date_are_those_dateutil_gives(frequency: Frequency, interval: int, nth: int | None,
                                                         weekday: int, month: int, ending: str, first: date,
                                                         start: date, length: int) -> None:
    """The direct reckoning of yearly rules (what world days use) agrees with dateutil's, day for day."""
    nth_rule = nth is not None and frequency is not Frequency.WEEKLY
    rule = Recurrence(frequency, interval, weekdays=(weekday,) if nth_rule else (),
                      until=date(2029, 6, 30) if ending == "until" else None, count=4 if ending == "count" else None,
                      week_of_month=nth if nth_rule else None,
                      month=month if nth_rule and frequency is Frequency.YEARLY else None)
    end = start + timedelta(days=length)
    expected = [moment.date() for moment in occurrences(
        rule, datetime.combine(first, datetime.min.time()).replace(hour=12), "UTC",
        since=datetime.combine(start, datetime.min.time(), UTC), until=datetime.combine(end, datetime.max.time(), UTC))]
    assert dates_between(rule, first, start, end) == expected


@given(frequency=st.sampled_from([Frequency.DAILY, Frequency.WEEKLY]), interval=st.integers(1, 5),
       weekdays=st.sets(st.integers(0, 6), max_size=7), count=st.one_of(st.none(), st.integers(1, 400)),
       first=st.datetimes(datetime(2020, 1, 1), datetime(2026, 12, 31)),
       since_days=st.integers(-20, 900), span=st.integers(0, 60))
def test_a_window_far_from_the_start_gives_the_same_occurrences_as_walking_from_the_start(
        frequency: Frequency, interval: int, weekdays: set[int], count: int | None, first: datetime,
        since_days: int, span: int) -> None:
    """Rules are started closer to the window asked for (a daily rule from 1970 is not walked day by day): the
    occurrences in the window, and where a count ends them, stay exactly those of the whole walk."""
    rule = Recurrence(frequency, interval=interval, count=count,
                      weekdays=tuple(sorted(weekdays)) if frequency is Frequency.WEEKLY else ())
    since = (first + timedelta(days=since_days)).replace(tzinfo=UTC)
    until = since + timedelta(days=span)
    walked = [moment for moment in occurrences(rule, first, AMS, until=until) if moment >= since]
    assert occurrences(rule, first, AMS, since=since, until=until) == walked


def test_a_daily_key_date_from_1970_gives_this_months_days() -> None:
    days = dates_between(Recurrence(Frequency.DAILY), date(1970, 1, 1), date(2026, 12, 1), date(2026, 12, 31))
    assert days == [date(2026, 12, 1) + timedelta(days=n) for n in range(31)]
    counted = dates_between(Recurrence(Frequency.DAILY, count=20_790), date(1970, 1, 1), date(2026, 12, 1),
                            date(2026, 12, 31))
    assert counted == [date(2026, 12, 1) + timedelta(days=n) for n in range((date(1970, 1, 1) + timedelta(
        days=20_789) - date(2026, 12, 1)).days + 1)]
