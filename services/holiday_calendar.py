"""Public holidays of the Netherlands or Belgium for the calendar, from the `holidays` package.

Worked out when asked and kept in memory for the process (each year once per country, region and language): the
package is the source, so an update of it (a new holiday, a corrected date) shows at the next start. The package is
imported when holidays are first asked for, not at start-up (it takes tens of milliseconds to load).
"""

from __future__ import annotations

import functools
from datetime import date

from models.settings import Country


def holiday_language(ui_language: str) -> str:
    """The holiday names' language: Dutch, or English."""
    return "nl" if ui_language == "nl" else "en_US"


@functools.cache
def holidays_in_year(country: Country, region: str, year: int, ui_language: str) -> dict[date, str]:
    import holidays

    found = holidays.country_holidays(country.value, subdiv=region or None, years=year,
                                      language=holiday_language(ui_language))
    return dict(sorted(found.items()))


def holidays_between(country: Country, region: str, start: date, end: date, ui_language: str) -> dict[date, str]:
    """Holidays in [start, end] (inclusive)."""
    found: dict[date, str] = {}
    for year in range(start.year, end.year + 1):
        found.update(holidays_in_year(country, region, year, ui_language))
    return {day: name for day, name in found.items() if start <= day <= end}


class HolidayBook:
    """The holidays of one country, region and language, as a calendar asks for them at every page it shows."""

    def __init__(self, country: Country, region: str, ui_language: str) -> None:
        self.country, self.region, self.ui_language = country, region, ui_language

    def between(self, start: date, end: date) -> dict[date, str]:
        return holidays_between(self.country, self.region, start, end, self.ui_language)


def regions_of(country: Country) -> tuple[str, ...]:
    """The subdivisions the holidays package knows for the country (for Preferences)."""
    import holidays

    return tuple(holidays.country_holidays(country.value).subdivisions)
