"""Public holidays by country and region, in the interface's language, and where the region counts."""

from __future__ import annotations

from datetime import date

from models.settings import Country, Municipality
from services.holiday_calendar import holidays_between
from services.preferences import save_municipality
from services.store import Store


def test_dutch_holidays_with_dutch_names_and_belgian_ones(store: Store) -> None:
    nl = holidays_between(Country.NL, "", date(2026, 4, 1), date(2026, 4, 30), "nl")
    assert nl[date(2026, 4, 27)] == "Koningsdag"
    assert date(2026, 4, 6) in nl  # Easter Monday
    be = holidays_between(Country.BE, "", date(2026, 7, 1), date(2026, 7, 31), "en")
    assert be == {date(2026, 7, 21): "National Day"}




def test_the_belgian_region_chooses_its_community_days() -> None:
    july = (date(2026, 7, 1), date(2026, 7, 31))
    assert date(2026, 7, 11) not in holidays_between(Country.BE, "", *july, "nl")
    assert holidays_between(Country.BE, "VLG", *july, "nl")[date(2026, 7, 11)] == "Feest van de Vlaamse Gemeenschap"
    autumn = (date(2026, 9, 1), date(2026, 11, 30))
    wallonia = holidays_between(Country.BE, "WAL", *autumn, "en")
    assert wallonia[date(2026, 9, 20)] == "Day of the Walloon Region"  # the third Sunday of September
    assert wallonia[date(2026, 9, 27)] == "Day of the French Community"
    assert holidays_between(Country.BE, "DG", *autumn, "en")[date(2026, 11, 15)] == (
        "Day of the German-speaking Community")
    assert date(2026, 5, 8) in holidays_between(Country.BE, "BRU", date(2026, 5, 1), date(2026, 5, 31), "nl")
    # What an earlier version stored (the package's subdivision) still counts; another country's region does not.
    assert date(2026, 7, 11) in holidays_between(Country.BE, "Flemish", *july, "nl")
    assert holidays_between(Country.NL, "VLG", *july, "nl") == {}


def test_the_region_counts_in_the_calendar_the_coverage_and_the_reply_date(store: Store) -> None:
    from services.calendar_page import Rhythm, load_page, save_rhythm
    from services.preferences import load_municipality
    from services.reply_templates import expected_answer_date

    save_municipality(store, Municipality("Kasterlee", Country.BE, "Europe/Brussels", "VLG"))
    save_rhythm(store, Rhythm(per_week=5))
    page = load_page(store, date(2026, 7, 1), date(2026, 7, 31), municipality=load_municipality(store),
                     today=date(2026, 7, 1), ui_language="nl")
    assert page.holidays[date(2026, 7, 11)] == "Feest van de Vlaamse Gemeenschap"
    # 10 July 2028 is a Monday: two working days from Friday 7 July 2028 skip 11 July (Tuesday) -> Wednesday 12th.
    assert expected_answer_date(store, date(2028, 7, 7), 2) == date(2028, 7, 12)
    save_municipality(store, Municipality("Kasterlee", Country.BE, "Europe/Brussels", ""))
    assert expected_answer_date(store, date(2028, 7, 7), 2) == date(2028, 7, 11)
    save_municipality(store, Municipality("Kasterlee", Country.BE, "Europe/Brussels", "VLG"))
    july_2028 = load_page(store, date(2028, 7, 10), date(2028, 7, 16), municipality=load_municipality(store),
                          today=date(2028, 7, 1), ui_language="nl")
    assert date(2028, 7, 11) not in july_2028.gaps and date(2028, 7, 10) in july_2028.gaps
