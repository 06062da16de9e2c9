from __future__ import annotations

from datetime import date

from models.planning import KeyDate, KeyDateKind
from models.settings import Country
from services.holiday_calendar import holidays_between
from services.key_dates import key_dates_between
from services.store import Store


def test_one_off_and_recurring_key_dates_in_a_month(store: Store) -> None:
    store.save(KeyDate(title="Weekmarkt", kind=KeyDateKind.MARKET, on_date=date(2026, 1, 3), rrule="FREQ=WEEKLY"))
    store.save(KeyDate(title="Raad", kind=KeyDateKind.COUNCIL, on_date=date(2026, 1, 8),
                       rrule="FREQ=MONTHLY;BYDAY=+2TH"))
    store.save(KeyDate(title="Kermis", kind=KeyDateKind.EVENT, on_date=date(2026, 3, 20)))
    store.save(KeyDate(title="Later", kind=KeyDateKind.EVENT, on_date=date(2026, 4, 20)))
    found = key_dates_between(store, date(2026, 3, 1), date(2026, 3, 31))
    assert [(day.day, key_date.title) for day, key_date in found] == [
        (7, "Weekmarkt"), (12, "Raad"), (14, "Weekmarkt"), (20, "Kermis"), (21, "Weekmarkt"), (28, "Weekmarkt")]


def test_dutch_holidays_with_dutch_names_and_belgian_ones(store: Store) -> None:
    nl = holidays_between(Country.NL, "", date(2026, 4, 1), date(2026, 4, 30), "nl")
    assert nl[date(2026, 4, 27)] == "Koningsdag"
    assert date(2026, 4, 6) in nl  # Easter Monday
    be = holidays_between(Country.BE, "", date(2026, 7, 1), date(2026, 7, 31), "en")
    assert be == {date(2026, 7, 21): "National Day"}


