"""Which laptop sends. A handover file carries the sending along: the laptop that writes one sends nothing from
that moment (its outbox sends, hands over, takes back and confirms nothing), and the laptop that imports one is the
one that sends. So a post never goes out from both laptops: not while both hold the calendar during the absence, and
not after it, before the stand-in's work is imported.

Kept in the store's settings (`outbox.handed_to`: to whom, and since when); never taken from a handover file. The
officer can take the sending back by hand (the window's bar), warned that posts the other laptop already sent or
handed to a network would then go out a second time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from models.common import to_utc_text
from models.planning import Absence
from models.staff import StaffMember
from models.validation import one_line, parse_app_instant
from services.errors import translate
from services.staff import self_user
from services.store import Store

SETTING = "outbox.handed_to"
RECENT = timedelta(days=30)  # a stand-in who hands back up to a month after the absence still hands it to them


@dataclass(frozen=True)
class HandedTo:
    """Sending is with another laptop: the person it went to ("" when the calendar does not say), and since when
    (None for a setting this app did not write)."""

    name: str
    since: datetime | None


def handed_to(store: Store) -> HandedTo | None:
    """Whom the sending was handed to with the last handover file written here; None while this laptop sends. A
    value this app did not write counts as handed over (to nobody named): sending nothing is the safe side, and the
    window's bar says so and offers to take it back."""
    value: Any = store.get_setting(SETTING)
    if value is None:
        return None
    if not isinstance(value, dict):
        return HandedTo("", None)
    name = value.get("name")
    return HandedTo(one_line(name, 60) if isinstance(name, str) else "", parse_app_instant(value.get("since")))


def hand_over_sending(store: Store, name: str, now: datetime) -> None:
    """From now on this laptop sends nothing: a handover file to `name` is being written."""
    store.set_setting(SETTING, {"name": name[:200], "since": to_utc_text(now)})


def take_sending_back(store: Store) -> None:
    """This laptop sends again: a handover file was imported, or the officer took the sending back by hand."""
    if store.get_setting(SETTING) is not None:
        store.set_setting(SETTING, None)


def restore_sending(store: Store, previous: object) -> None:
    """Puts back what `outbox.handed_to` held before a handover file that could not be written."""
    store.set_setting(SETTING, previous)


def recipient(store: Store, today: date, absence: Absence | None = None) -> str:
    """Who a handover file written today goes to: the other person of `absence` (the one chosen in the Vacation
    tab), else the colleague this laptop's user stands in for today, else the stand-in of their own absence (today's
    or the next), else the colleague they stood in for lately; "" when the calendar names nobody."""
    me = self_user(store)
    if me is None:
        return ""

    def name_of(staff_id: str | None) -> str:
        member = store.get(StaffMember, staff_id) if staff_id else None
        return member.name if member is not None else ""

    if absence is not None:
        if absence.staff_id == me.id and absence.standin_id:
            return name_of(absence.standin_id)
        if absence.standin_id == me.id:
            return name_of(absence.staff_id)
    day = today.isoformat()
    for found in store.find(Absence, "standin_id = ? AND starts_on <= ? AND ends_on >= ?", [me.id, day, day],
                            order_by="starts_on"):
        if name := name_of(found.staff_id):
            return name
    for found in store.find(Absence, "staff_id = ? AND ends_on >= ? AND standin_id IS NOT NULL", [me.id, day],
                            order_by="starts_on"):
        if name := name_of(found.standin_id):
            return name
    since = (today - RECENT).isoformat()
    for found in store.find(Absence, "standin_id = ? AND ends_on >= ? AND starts_on <= ?", [me.id, since, day],
                            order_by="ends_on DESC"):
        if name := name_of(found.staff_id):
            return name
    return ""


def announcement(name: str) -> str:
    """What writing a handover file does to the sending, said before the file is written."""
    if name:
        return translate("Sending", "From now on this laptop sends nothing; {name}'s laptop sends once the file is "
                                    "imported.").format(name=name)
    return translate("Sending", "From now on this laptop sends nothing; the laptop that imports the file sends.")


def stopped_message(handed: HandedTo, since: str) -> str:
    """Why this laptop sends nothing (the command line's words; `since` is the day as the interface writes it)."""
    if handed.name and since:
        return translate("Sending", "Sending is with {name} since {since}: this laptop sends nothing until you "
                                    "import the file {name} hands back.").format(name=handed.name, since=since)
    if handed.name:
        return translate("Sending", "Sending is with {name}: this laptop sends nothing until you import the file "
                                    "{name} hands back.").format(name=handed.name)
    return translate("Sending", "Sending is with the laptop that imported the handover file written here: this "
                                "laptop sends nothing until you import the file that comes back.")
