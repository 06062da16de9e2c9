"""A date typed by an officer is read whole, or not at all: never another date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.typed_date import read_typed_date

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(("typed", "meant"), [
    ("24-12", date(2026, 12, 24)), ("24-12-2026", date(2026, 12, 24)), ("24/12/26", date(2026, 12, 24)),
    ("24.12.2026", date(2026, 12, 24)), ("24 dec", date(2026, 12, 24)), ("24 december 2026", date(2026, 12, 24)),
    ("do 24 dec", date(2026, 12, 24)), ("24-dec-2026", date(2026, 12, 24)), ("2026-12-24", date(2026, 12, 24)),
    ("12-24", date(2026, 12, 24)),  # no 24th month: the only date it can be
    ("15-1", date(2027, 1, 15)),  # without a year: the first from today on
    ("30-11", TODAY), ("29-02", date(2028, 2, 29)), ("1 maart", date(2027, 3, 1)), ("mrt 3", date(2027, 3, 3)),
])
def test_dutch_ways_of_typing_a_date(typed: str, meant: date) -> None:
    assert read_typed_date(typed, TODAY) == meant


@pytest.mark.parametrize(("typed", "meant"), [
    ("12/24/2026", date(2026, 12, 24)), ("24/12", date(2026, 12, 24)), ("5/6", date(2027, 5, 6)),
    ("December 24, 2026", date(2026, 12, 24)), ("Dec 24", date(2026, 12, 24)),
])
def test_month_first_where_the_interface_writes_dates_so(typed: str, meant: date) -> None:
    assert read_typed_date(typed, TODAY, month_first=True) == meant


@pytest.mark.parametrize("typed", ["", "24", "2412", "31-02", "24-13-2026", "kerst", "24 dec dec", "24-12-2026x",
                                   "32-1", "0-1", "24 foo 2026", "24-12-123"])
def test_what_is_not_one_date_is_none(typed: str) -> None:
    assert read_typed_date(typed, TODAY) is None


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
       st.sampled_from(["{d}-{m}-{y}", "{d:02}-{m:02}-{y}", "{d}/{m}/{y}", "{d}.{m}.{y}", "{y}-{m:02}-{d:02}"]))
def test_a_whole_date_comes_back_as_itself(day: date, form: str) -> None:
    assert read_typed_date(form.format(d=day.day, m=day.month, y=day.year), TODAY) == day


@given(st.text(alphabet="0123456789-/. decmrtjanovkbfulgsp", max_size=14))
def test_a_reading_is_one_of_the_dates_the_text_can_name(typed: str) -> None:
    """Whatever is typed, a date read from it has its day among the numbers typed: never the day shown before."""
    read = read_typed_date(typed, TODAY)
    if read is not None:
        numbers = [int(part) for part in __import__("re").findall(r"\d+", typed)]
        assert read.day in numbers
        assert read >= TODAY or str(read.year) in typed or f"{read.year % 100:02}" in typed
        assert read <= TODAY + timedelta(days=366 * 9) or str(read.year) in typed
