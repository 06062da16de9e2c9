"""Public holidays of the Netherlands or Belgium for the calendar, from the `holidays` package.

The package takes about 30 ms to import, so each year's holidays are kept in the store's settings once worked
out: start-up reads them from there.
"""

from __future__ import annotations

from datetime import date

from models.settings import Country
from services.store import Store

_CACHE_VERSION = 1


def holiday_language(ui_language: str) -> str:
    """The holiday names' language: Dutch, or English."""
    return "nl" if ui_language == "nl" else "en_US"


SPAN_YEARS = 10  # worked out at once on either side of a year asked for: a calendar jumps between years


def holidays_in_year(store: Store, country: Country, region: str, year: int, ui_language: str) -> dict[date, str]:
    key = f"holidays.v{_CACHE_VERSION}.{country.value}.{region or '-'}.{holiday_language(ui_language)}"
    cached: dict[str, dict[str, str]] = store.get_setting(key) or {}
    if str(year) not in cached:
        import holidays

        years = range(year - SPAN_YEARS, year + SPAN_YEARS + 1)
        found = holidays.country_holidays(country.value, subdiv=region or None, years=years,
                                          language=holiday_language(ui_language))
        for each in years:
            cached[str(each)] = {}
        for day, name in sorted(found.items()):
            cached[str(day.year)][day.isoformat()] = name
        store.set_setting(key, cached)
    return {date.fromisoformat(day): name for day, name in cached[str(year)].items()}


def holidays_between(store: Store, country: Country, region: str, start: date, end: date,
                     ui_language: str) -> dict[date, str]:
    """Holidays in [start, end] (inclusive)."""
    found: dict[date, str] = {}
    for year in range(start.year, end.year + 1):
        found.update(holidays_in_year(store, country, region, year, ui_language))
    return {day: name for day, name in found.items() if start <= day <= end}


class HolidayBook:
    """The holidays of one country, region and language, each year read from the store once (a calendar asks
    for them at every month it shows)."""

    def __init__(self, store: Store, country: Country, region: str, ui_language: str) -> None:
        self.store, self.country, self.region, self.ui_language = store, country, region, ui_language
        self._years: dict[int, dict[date, str]] = {}

    def between(self, start: date, end: date) -> dict[date, str]:
        found: dict[date, str] = {}
        for year in range(start.year, end.year + 1):
            if year not in self._years:
                self._years[year] = holidays_in_year(self.store, self.country, self.region, year, self.ui_language)
            found.update(self._years[year])
        return {day: name for day, name in found.items() if start <= day <= end}


def regions_of(country: Country) -> tuple[str, ...]:
    """The subdivisions the holidays package knows for the country (for Preferences)."""
    import holidays

    return tuple(holidays.country_holidays(country.value).subdivisions)
