"""A starter reply template is the same template on every laptop: handing over and back never doubles the starter
library, also between stores made before starter ids came from their key."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from models.common import new_id
from models.reply import ReplyTemplate
from models.settings import Country, Municipality
from models.staff import StaffMember
from services.handover import HandoverNote, export_handover, read_handover
from services.merge import plan_merge
from services.merge_apply import apply_merge
from services.preferences import save_municipality
from services.reply_templates import ensure_starters, record_use, save_template, starter_id, starter_templates
from services.store import Store
from tests.conftest import FakeClock

START = datetime(2026, 7, 1, 8, 0, tzinfo=UTC)


def import_file(store: Store, path: Path, now: datetime) -> list[str]:
    handover = read_handover(path)
    try:
        plan = plan_merge(store, handover)
        apply_merge(store, handover, plan, now)
        return plan.lines()
    finally:
        handover.discard()


def starters_by_key(store: Store) -> Counter[str]:
    """How often each starter key is among the templates the Replies tab lists."""
    return Counter(template.starter_key for template in store.find(ReplyTemplate) if template.starter_key)


def two_laptops(tmp_path: Path) -> tuple[Store, FakeClock, Store, FakeClock]:
    """The officer's laptop and the stand-in's, each opened once (which loads the starter library), at different
    times."""
    officer_clock, standin_clock = FakeClock(START), FakeClock(START + timedelta(days=3))
    officer = Store.open(tmp_path / "officer" / "omroeper.sqlite", clock=officer_clock)
    standin = Store.open(tmp_path / "standin" / "omroeper.sqlite", clock=standin_clock)
    save_municipality(officer, Municipality(name="Oosterzande", country=Country.NL))
    officer.save(StaffMember(name="Sanne", is_self=True))
    ensure_starters(officer)
    ensure_starters(standin)
    return officer, officer_clock, standin, standin_clock


def hand_over_and_back(tmp_path: Path, officer: Store, officer_clock: FakeClock, standin: Store,
                       standin_clock: FakeClock) -> tuple[list[str], list[str]]:
    there = tmp_path / "naar-joris.omroeper"
    export_handover(officer, there, HandoverNote(), officer_clock.advance(hours=1))
    arrived = import_file(standin, there, standin_clock.advance(hours=1))
    back = tmp_path / "terug.omroeper"
    export_handover(standin, back, HandoverNote(), standin_clock.advance(days=1))
    returned = import_file(officer, back, officer_clock.advance(days=5))
    return arrived, returned


def test_two_new_laptops_keep_each_starter_template_once_after_a_handover_and_a_hand_back(tmp_path: Path) -> None:
    officer, officer_clock, standin, standin_clock = two_laptops(tmp_path)
    keys = {entry["key"] for entry in starter_templates()}
    assert len(keys) == 38
    # One starter is the same record on both laptops: its id comes from its key.
    assert {t.id for t in officer.find(ReplyTemplate)} == {t.id for t in standin.find(ReplyTemplate)} == {
        starter_id(key) for key in keys}

    arrived, returned = hand_over_and_back(tmp_path, officer, officer_clock, standin, standin_clock)

    for laptop in (officer, standin):
        assert len(laptop.find(ReplyTemplate)) == 38
        assert starters_by_key(laptop) == Counter(keys)
    assert not any("reply templates" in line for line in arrived + returned)  # nothing to tell: the same library


def laptop_from_before_starter_ids(store: Store) -> None:
    """Gives each starter template a random id, as stores made before starter ids came from their key have."""
    for template in store.find(ReplyTemplate):
        store.conn.execute("UPDATE reply_templates SET id = ? WHERE id = ?", (new_id(), template.id))


def test_stores_made_before_starter_ids_are_matched_by_starter_key(tmp_path: Path) -> None:
    """Each laptop gave its starters its own random ids: the file's and this laptop's record of one starter key are
    one template. The later edit wins, a deletion is a mark that carries over, and the reply log keeps its
    templates."""
    officer, officer_clock, standin, standin_clock = two_laptops(tmp_path)
    laptop_from_before_starter_ids(officer)
    laptop_from_before_starter_ids(standin)
    officer_ids = {t.starter_key: t.id for t in officer.find(ReplyTemplate)}
    assert not set(officer_ids.values()) & {t.id for t in standin.find(ReplyTemplate)}

    # The officer answers with one starter (the reply log points at the officer's record), changes another, and
    # deletes a third.
    by_key = {t.starter_key: t for t in officer.find(ReplyTemplate)}
    used, changed, dropped = (by_key["nl-vraag-antwoord"], by_key[sorted(by_key)[1]], by_key[sorted(by_key)[2]])
    officer_clock.advance(hours=1)
    entry = record_use(officer, used, None, "Facebook", officer_clock() - timedelta(hours=2), officer_clock())
    changed.body = "Dank voor je vraag, {name}. We zoeken het uit en laten het je weten voor {date}."
    save_template(officer, changed)
    officer.mark_deleted(dropped)

    there = tmp_path / "naar-joris.omroeper"
    export_handover(officer, there, HandoverNote(), officer_clock.advance(hours=1))
    import_file(standin, there, standin_clock.advance(hours=1))
    assert starters_by_key(standin) == Counter(key for key in officer_ids if key != dropped.starter_key)
    assert [t.body for t in standin.find(ReplyTemplate) if t.starter_key == changed.starter_key] == [changed.body]

    # The stand-in changes the used one later than the officer did; the officer gets it back with that edit, on the
    # record the reply log points at.
    standin_clock.advance(days=2)
    theirs = next(t for t in standin.find(ReplyTemplate) if t.starter_key == used.starter_key)
    theirs.title = "Vraag beantwoord (met link)"
    save_template(standin, theirs)
    back = tmp_path / "terug.omroeper"
    export_handover(standin, back, HandoverNote(), standin_clock.advance(hours=1))
    import_file(officer, back, officer_clock.advance(days=5))

    assert starters_by_key(officer) == Counter(key for key in officer_ids if key != dropped.starter_key)
    assert len(officer.find(ReplyTemplate)) == 37
    assert {t.starter_key: t.id for t in officer.find(ReplyTemplate, include_deleted=True)} == officer_ids
    logged = officer.get(ReplyTemplate, str(officer.query_tuples(
        "SELECT template_id FROM reply_log WHERE id = ?", [entry.id])[0][0]))
    assert logged is not None and logged.title == "Vraag beantwoord (met link)"


def test_a_file_that_holds_a_starter_twice_brings_it_once(tmp_path: Path) -> None:
    """A store that already received a doubled library (before this matching) hands over one template per
    starter key: the latest edit of them."""
    officer, officer_clock, standin, standin_clock = two_laptops(tmp_path)
    laptop_from_before_starter_ids(standin)
    for template in officer.find(ReplyTemplate):  # the officer's laptop holds each starter twice
        copy = officer.save(ReplyTemplate(title=template.title, category=template.category,
                                          language=template.language, body=template.body,
                                          starter_key=template.starter_key))
        assert copy.id != template.id
    assert len(officer.find(ReplyTemplate)) == 76

    there = tmp_path / "naar-joris.omroeper"
    export_handover(officer, there, HandoverNote(), officer_clock.advance(hours=1))
    import_file(standin, there, standin_clock.advance(hours=1))
    assert starters_by_key(standin) == Counter({entry["key"]: 1 for entry in starter_templates()})
