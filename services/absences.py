"""Absences: who is away from when to when, and who stands in. One person's absences never overlap."""

from __future__ import annotations

from datetime import date
from typing import Any

from models.planning import Absence
from services.errors import KnownError, translate
from services.i18n import date_text
from services.store import Store

RECEIVED_NOTE = "handover.received_note"  # the handover note that came with the last imported file


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
            start=_day(other.starts_on), end=_day(other.ends_on)))
    return store.save(absence)


def _day(day: date) -> str:
    return date_text(day)


def absences(store: Store) -> list[Absence]:
    return store.find(Absence, order_by="starts_on")


def standing_in(store: Store, today: date) -> tuple[str, date] | None:
    """When this laptop's user stands in today: the absent colleague's name and the absence's last day (one query;
    the window's title asks it)."""
    rows = store.query_tuples(
        "SELECT s.name, a.ends_on, a.id FROM absences a JOIN staff s ON s.id = a.staff_id "
        "JOIN staff me ON me.id = a.standin_id "
        "WHERE a.deleted_at IS NULL AND s.deleted_at IS NULL AND a.starts_on <= ? AND a.ends_on >= ? "
        "AND me.is_self = 1 AND me.active = 1 AND me.deleted_at IS NULL "
        "ORDER BY a.starts_on LIMIT 1", [today.isoformat(), today.isoformat()])
    if not rows:
        return None
    try:
        return str(rows[0][0]), date.fromisoformat(rows[0][1])
    except (TypeError, ValueError):  # a row this app did not write: the title goes without it, the officer is told
        store.unreadable.note("absences", rows[0][2], "ends_on: not a date")
        return None


def received_note(store: Store) -> dict[str, Any]:
    """The handover note that came with the last imported file (what the colleague wanted known, and "from"); empty
    when none came, or when the setting is not one this app wrote."""
    note = store.get_setting(RECEIVED_NOTE)
    return note if isinstance(note, dict) else {}
