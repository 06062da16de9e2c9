"""Absences: who is away from when to when, and who stands in. One person's absences never overlap."""

from __future__ import annotations

from datetime import date

from models.planning import Absence
from models.staff import StaffMember
from services.errors import KnownError, translate
from services.store import Store


def save_absence(store: Store, absence: Absence) -> Absence:
    """Checks and saves; raises KnownError (nothing saved) for a reversed period, a stand-in who is the absent
    person, or an overlap with another absence of the same person."""
    if absence.ends_on < absence.starts_on:
        raise KnownError(translate("Absences", "The last day of an absence cannot be before its first day."))
    if absence.standin_id and absence.standin_id == absence.staff_id:
        raise KnownError(translate("Absences", "Someone cannot stand in for themselves: choose a colleague."))
    for other in store.find(Absence, "staff_id = ? AND id != ? AND starts_on <= ? AND ends_on >= ?",
                            [absence.staff_id, absence.id, absence.ends_on.isoformat(),
                             absence.starts_on.isoformat()]):
        raise KnownError(translate("Absences", "This overlaps another absence of the same person ({start} to "
                                               "{end}). Change that one instead.").format(
            start=other.starts_on.isoformat(), end=other.ends_on.isoformat()))
    return store.save(absence)


def absences(store: Store) -> list[Absence]:
    return store.find(Absence, order_by="starts_on")


def standing_in(store: Store, today: date) -> tuple[StaffMember, Absence] | None:
    """On this laptop's user's behalf: (the absent colleague, the absence) when the user stands in today."""
    from services.staff import self_user

    me = self_user(store)
    if me is None:
        return None
    for absence in store.find(Absence, "standin_id = ? AND starts_on <= ? AND ends_on >= ?",
                              [me.id, today.isoformat(), today.isoformat()]):
        member = store.get(StaffMember, absence.staff_id)
        if member is not None:
            return member, absence
    return None
