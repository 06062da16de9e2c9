"""Key dates: the municipality's own, one-off or repeating, and the shipped world days, switched off, edited or
hidden, and one record on every laptop."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from models.planning import KeyDate, KeyDateKind
from models.settings import Country, Municipality
from services.key_dates import key_dates_between
from services.preferences import save_municipality
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


def test_the_shipped_world_days_show_for_the_municipalitys_country(store: Store) -> None:
    nl = key_dates_between(store, date(2026, 9, 1), date(2026, 11, 30), country=Country.NL, language="nl")
    titles = {(day, key_date.title) for day, key_date in nl}
    assert (date(2026, 9, 26), "Burendag") in titles  # the fourth Saturday of September
    assert (date(2026, 9, 15), "Prinsjesdag") in titles  # the third Tuesday
    assert (date(2026, 11, 10), "Dag van de Mantelzorg") in titles
    loneliness = [day for day, key_date in nl if key_date.starter_key == "week-tegen-eenzaamheid"]
    assert loneliness == [date(2026, 9, 24) + timedelta(days=n) for n in range(7)]  # a week, shown on each day
    assert all(key_date.kind is KeyDateKind.TOPICAL for _day, key_date in nl)
    be = key_dates_between(store, date(2026, 6, 1), date(2026, 6, 30), country=Country.BE, language="en")
    assert [(day, key_date.title) for day, key_date in be] == [(date(2026, 6, 14), "Father's Day")]  # 2nd Sunday
    assert key_dates_between(store, date(2026, 6, 1), date(2026, 6, 30)) == []  # without a country: only her own


def test_a_world_day_is_switched_off_edited_or_the_whole_set_hidden(store: Store) -> None:
    from services.key_dates import all_key_dates, remove_key_date, save_key_date, set_awareness_shown

    def april(country: Country = Country.NL) -> list[tuple[int, str]]:
        return [(day.day, key_date.title)
                for day, key_date in key_dates_between(store, date(2026, 4, 1), date(2026, 4, 30), country=country)]

    assert april() == [(22, "Dag van de Aarde")]
    earth_day = next(k for k in all_key_dates(store, Country.NL, "nl") if k.starter_key == "dag-van-de-aarde")
    earth_day.title = "Dag van de Aarde: boomfeest"
    earth_day.on_date = date(2026, 4, 24)
    earth_day.rrule = ""
    save_key_date(store, earth_day)
    assert april() == [(24, "Dag van de Aarde: boomfeest")]  # as she changed it, once
    remove_key_date(store, earth_day)
    assert april() == []
    listed = [k for k in all_key_dates(store, Country.NL, "nl") if k.starter_key == "dag-van-de-aarde"]
    assert [(k.title, k.enabled) for k in listed] == [("Dag van de Aarde: boomfeest", False)]  # still listed
    assert april(Country.BE) == [(22, "Dag van de Aarde")]  # the Belgian set's own Earth Day
    set_awareness_shown(store, False)
    assert april(Country.BE) == []
    own = store.save(KeyDate(title="Kermis", kind=KeyDateKind.EVENT, on_date=date(2026, 4, 18)))
    assert april(Country.BE) == [(18, "Kermis")]
    assert own.id in {k.id for k in all_key_dates(store, Country.BE, "nl")}


def test_a_world_day_is_one_record_on_every_laptop_and_a_handover_does_not_double_it(tmp_path: Path) -> None:
    from services.handover import HandoverNote, export_handover, read_handover
    from services.key_dates import all_key_dates, remove_key_date, shipped_entries, shipped_id
    from services.merge import plan_merge
    from services.merge_apply import apply_merge
    from tests.conftest import FakeClock

    for source in ("awareness_nl", "awareness_be"):
        for entry in shipped_entries(source):
            assert entry["id"] == shipped_id(source, entry["key"]), entry["key"]  # the file's ids are derived
    clock = FakeClock(datetime(2026, 3, 1, 8, tzinfo=UTC))
    sanne = Store.open(tmp_path / "sanne" / "omroeper.sqlite", clock=clock)
    joris = Store.open(tmp_path / "joris" / "omroeper.sqlite", clock=clock)
    try:
        for store in (sanne, joris):
            save_municipality(store, Municipality("Oosterzande", Country.NL, "Europe/Amsterdam"))
        ids = {k.starter_key: k.id for k in all_key_dates(sanne, Country.NL, "nl")}
        assert ids == {k.starter_key: k.id for k in all_key_dates(joris, Country.NL, "nl")}
        burendag = next(k for k in all_key_dates(sanne, Country.NL, "nl") if k.starter_key == "burendag")
        remove_key_date(sanne, burendag)  # switched off on Sanne's laptop
        export_handover(sanne, tmp_path / "heen.omroeper", HandoverNote(), clock.advance(hours=1))
        handover = read_handover(tmp_path / "heen.omroeper")
        try:
            apply_merge(joris, handover, plan_merge(joris, handover), clock.advance(hours=1))
        finally:
            handover.discard()
        september = key_dates_between(joris, date(2026, 9, 1), date(2026, 9, 30), country=Country.NL)
        assert "Burendag" not in [key_date.title for _day, key_date in september]
        listed = all_key_dates(joris, Country.NL, "nl")
        assert len(listed) == len(ids) and [k.id for k in listed if k.starter_key == "burendag"] == [ids["burendag"]]
    finally:
        sanne.close()
        joris.close()


def test_a_daily_date_lasting_a_year_since_1970_shows_each_day_of_the_month_once(store: Store) -> None:
    """A handover file may bring such a date: the month still shows it once a day, from the date's own rule."""
    store.save(KeyDate(title="Eeuwig", kind=KeyDateKind.OTHER, on_date=date(1970, 1, 1), rrule="FREQ=DAILY",
                       days=366))
    found = [day for day, key_date in key_dates_between(store, date(2026, 12, 1), date(2026, 12, 31))
             if key_date.title == "Eeuwig"]
    assert found == [date(2026, 12, 1) + timedelta(days=n) for n in range(31)]
