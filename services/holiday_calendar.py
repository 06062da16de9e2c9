"""Public holidays of the Netherlands or Belgium for the calendar, the coverage check and the reply dates: the
country's from the `holidays` package, and in Belgium the day of the municipality's region or community.

What the package offers (version 0.109) and what is taken from it: its public holidays of NL and BE; for NL also
its "optional" category, Liberation Day (5 May) every year, which the public category holds only every fifth
year (a national holiday by law, a day off for many in government). Its subdivisions are not holiday regions:
for NL they are the three school-holiday regions and for BE the three communities, both used only for school
holidays; 11 July (the Flemish Community) is not in the package at all, and 27 September and 15 November only
among the French and German-speaking school holidays. So the regional days of Belgium are named here, each
checked against a public source (see REGION_DAYS), and the region chosen in Preferences picks them.

Worked out when asked and kept in memory for the process (each year once per country, region and language), never
in the settings: the package is the source, so an update of it (a new holiday, a corrected date) shows at the next
start. The package is imported when holidays are first asked for.
"""

from __future__ import annotations

from datetime import date

from models.planning import nth_weekday
from models.settings import Country
from services.errors import translate

FLANDERS, WALLONIA, BRUSSELS, GERMAN_COMMUNITY = "VLG", "WAL", "BRU", "DG"
REGIONS = {Country.NL: (), Country.BE: (FLANDERS, WALLONIA, BRUSSELS, GERMAN_COMMUNITY)}
# What earlier versions stored: a subdivision of the holidays package (they made no difference then).
_EARLIER_REGIONS = {"Flemish": FLANDERS, "French": WALLONIA, "German": GERMAN_COMMUNITY}

# The days of Belgium's regions and communities: (month, day) or (month, weekday, nth), and the name by language.
# Checked against: https://www.belganewsagency.eu/this-weekend-the-walloons-party-next-weekend-the-french-speakers
# (Brussels 8 May; Flanders 11 July; the Walloon Region the third Sunday of September and the French Community 27
# September; the German-speaking Community 15 November), and https://www.kalender-365.be/feestdagen/2027.html.
REGION_DAYS: dict[str, tuple[tuple[tuple[int, ...], dict[str, str]], ...]] = {
    FLANDERS: (((7, 11), {"nl": "Feest van de Vlaamse Gemeenschap", "en": "Day of the Flemish Community"}),),
    WALLONIA: (((9, 6, 3), {"nl": "Feest van het Waals Gewest", "en": "Day of the Walloon Region"}),
               ((9, 27), {"nl": "Feest van de Franse Gemeenschap", "en": "Day of the French Community"})),
    BRUSSELS: (((5, 8), {"nl": "Irisfeest (Brussels Hoofdstedelijk Gewest)",
                         "en": "Iris Day (Brussels-Capital Region)"}),),
    GERMAN_COMMUNITY: (((11, 15), {"nl": "Feest van de Duitstalige Gemeenschap",
                                   "en": "Day of the German-speaking Community"}),),
}


def holiday_language(ui_language: str) -> str:
    """The holiday names' language: Dutch, or English."""
    return "nl" if ui_language == "nl" else "en_US"


def region_code(country: Country, stored: str) -> str:
    """The region the setting names, as one of REGIONS[country], or "" for the whole country (also for a value
    this version does not know, and for one of another country)."""
    code = _EARLIER_REGIONS.get(stored, stored)
    return code if code in REGIONS[country] else ""


def region_name(code: str) -> str:
    """The region's name in the interface's language, as Preferences lists it."""
    return {
        FLANDERS: translate("HolidayCalendar", "Flanders"),
        WALLONIA: translate("HolidayCalendar", "Wallonia"),
        BRUSSELS: translate("HolidayCalendar", "Brussels"),
        GERMAN_COMMUNITY: translate("HolidayCalendar", "German-speaking Community"),
    }.get(code, translate("HolidayCalendar", "Whole country"))


def regions_of(country: Country) -> tuple[str, ...]:
    """The regions Preferences offers for the country (none for the Netherlands: its holidays are the same
    everywhere)."""
    return REGIONS[country]


_YEARS: dict[tuple[Country, str, int, str], dict[date, str]] = {}  # worked out once per process


def holidays_in_year(country: Country, region: str, year: int, ui_language: str) -> dict[date, str]:
    """The year's public holidays (and the region's own days), by day, named in the interface's language."""
    key = (country, region, year, ui_language)
    found = _YEARS.get(key)
    if found is None:
        found = _YEARS[key] = _work_out_year(country, region, year, ui_language)
    return found


def holidays_known(country: Country, region: str, years: range, ui_language: str) -> bool:
    """Whether these years are worked out already, so that asking for them takes no time."""
    return all((country, region, year, ui_language) in _YEARS for year in years)


def _work_out_year(country: Country, region: str, year: int, ui_language: str) -> dict[date, str]:
    # The `holidays` package loads the tables of every country it knows (about 0.1 s): imported on first use.
    import holidays

    language = holiday_language(ui_language)
    categories = ("public", "optional") if country is Country.NL else ("public",)
    found = dict(holidays.country_holidays(country.value, years=year, language=language, categories=categories))
    short = "nl" if language == "nl" else "en"
    for when, names in REGION_DAYS.get(region_code(country, region), ()):
        day = date(year, when[0], when[1]) if len(when) == 2 else nth_weekday(year, when[0], when[1], when[2])
        found[day] = f"{found[day]} / {names[short]}" if day in found else names[short]
    return dict(sorted(found.items()))


def holidays_between(country: Country, region: str, start: date, end: date, ui_language: str) -> dict[date, str]:
    """Holidays in [start, end] (inclusive)."""
    found: dict[date, str] = {}
    for year in range(start.year, end.year + 1):
        found.update(holidays_in_year(country, region, year, ui_language))
    return {day: name for day, name in found.items() if start <= day <= end}


class HolidayBook:
    """The holidays of one country, region and language, as a calendar asks for them at every page it shows.

    With `wait=False` a page asked for before its years are worked out gets none, and `pending` says so: the
    window's first page does not wait for the holiday tables (see `prepare`, run in the background, and
    CalendarTab.finish_startup, which shows the page again when they are there)."""

    def __init__(self, country: Country, region: str, ui_language: str, *, wait: bool = True) -> None:
        self.country, self.region, self.ui_language = country, region, ui_language
        self.wait = wait
        self.pending = False

    def between(self, start: date, end: date) -> dict[date, str]:
        years = range(start.year, end.year + 1)
        self.pending = not self.wait and not holidays_known(self.country, self.region, years, self.ui_language)
        if self.pending:
            return {}
        return holidays_between(self.country, self.region, start, end, self.ui_language)

    def prepare(self, years: range) -> None:
        """Works the years out (for a background thread); from then on `between` answers them, and waits for
        anything else."""
        for year in years:
            holidays_in_year(self.country, self.region, year, self.ui_language)
        self.wait = True
