"""Who answers today and how they sign, and the staff lists the windows show."""

from __future__ import annotations

from datetime import date

from models.planning import Absence
from models.staff import Signature, StaffMember
from services.staff import active_staff, choose_answerer, current_answerer, signature_of, staff_by_name
from services.store import Store


def _people(store: Store) -> tuple[StaffMember, StaffMember]:
    sanne = store.save(StaffMember(name="Sanne", is_self=True))
    joris = store.save(StaffMember(name="Joris"))
    store.save(Signature(staff_id=sanne.id, language="nl", text="Groet, Sanne, team communicatie"))
    store.save(Signature(staff_id=sanne.id, language="en", text="Kind regards, Sanne"))
    store.save(Signature(staff_id=joris.id, language="nl", text="Groet, Joris"))
    return sanne, joris


def test_the_stand_in_signs_on_the_days_of_an_absence(store: Store) -> None:
    sanne, joris = _people(store)
    store.save(Absence(staff_id=sanne.id, standin_id=joris.id, starts_on=date(2026, 7, 6), ends_on=date(2026, 7, 17)))
    assert current_answerer(store, date(2026, 7, 3)) == sanne
    assert signature_of(store, current_answerer(store, date(2026, 7, 3)), "nl") == "Groet, Sanne, team communicatie"
    for day in (date(2026, 7, 6), date(2026, 7, 17)):
        assert current_answerer(store, day) == joris
    assert signature_of(store, joris, "nl") == "Groet, Joris"
    assert signature_of(store, joris, "en") == "Groet, Joris"  # no English signature: the Dutch one
    assert current_answerer(store, date(2026, 7, 18)) == sanne


def test_switching_by_hand_holds_for_that_day_only(store: Store) -> None:
    sanne, joris = _people(store)
    choose_answerer(store, joris, date(2026, 3, 2))
    assert current_answerer(store, date(2026, 3, 2)) == joris
    assert current_answerer(store, date(2026, 3, 3)) == sanne


def test_the_staff_list_holds_everyone_by_name_and_only_who_still_works_here_can_answer(store: Store) -> None:
    sanne, joris = _people(store)
    left = store.save(StaffMember(name="Anouk", active=False))
    assert staff_by_name(store) == [left, joris, sanne]
    assert active_staff(store) == [joris, sanne]
