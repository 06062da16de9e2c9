"""Which laptop sends. A handover file carries the sending along: the laptop that writes one sends nothing from
that moment (its outbox sends, hands over and confirms nothing), and the laptop that imports one is the one that
sends. So a post never goes out from both laptops: not while both hold the calendar during the absence, and not
after it, before the stand-in's work is imported.

Kept in the store's settings (`outbox.handed_to`: to whom, and since when); never taken from a handover file. Each
laptop has an identity of its own (`laptop.id`, a random id made on first need, never in a handover file), and a
handover file's manifest names the laptop that wrote it and whether that laptop had the sending then. Importing a
file takes the sending only from a file written by another laptop, newer than this laptop's last exchange, written
while its laptop had the sending (`file_sending`); any other import (the same file twice, an older one, this
laptop's own) merges the data and leaves the sending where it is, and the preview says which. A laptop that no
longer has the sending writes no handover file (services/handover.py refuses it, naming who has it): a second file
would send from a third laptop beside the one that has it. The officer can take the sending back by hand (the
window's bar), warned that posts the other laptop already sent or handed to a network would then go out a second
time.

One thing runs on a laptop without the sending: the crisis switch's take-back. Pause all on such a laptop marks its
posts paused, and its outbox then cancels, at the networks, the copies of paused posts whose time is still ahead
that its own records say a network holds (what it handed over itself before the handover, or learnt from the file
it imported; services/network_schedule.py `_take_back_paused`), each only once the network shows it is the post's
own waiting copy. It never sends, hands over, confirms or takes back anything else, so it cannot post twice; the
worst it does is remove a copy the laptop with the sending still counts on, which that laptop then finds gone at
the post's time and shows as failed, never as sent. And it is what a crisis needs: the news breaks while the
officer, on holiday, has handed the sending to a stand-in who cannot be reached, or in the gap between the
stand-in's hand-back and its import, when each laptop points at the other; whoever presses Pause all stops what
their own laptop put in the networks' schedules, without waiting for a file to travel. What the other laptop sends
or handed over since, only that laptop can stop: both the window and `pause-all` say so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Any

from models.common import new_id, to_utc_text
from models.planning import Absence
from models.staff import StaffMember
from models.validation import is_id, one_line, parse_app_instant
from services.errors import translate
from services.staff import self_user
from services.store import Store

SETTING = "outbox.handed_to"
LAPTOP = "laptop.id"  # this laptop's own identity: named in the manifest of every handover file it writes
CAME_FROM = "outbox.came_from"  # whose file brought the sending here last, and whether it was lent: see below
# The time of the last handover file written or imported here: a file no newer than that brings no sending.
LAST_EXCHANGE = "handover.last_exchange"
OWN_SETTINGS = (SETTING, LAPTOP, CAME_FROM)  # this laptop's alone: never written into a handover file
RECENT = timedelta(days=30)  # a stand-in who hands back up to a month after the absence still hands it to them


@dataclass(frozen=True)
class HandedTo:
    """Sending is with another laptop: the person it went to ("" when the calendar does not say), since when
    (None for a setting this app did not write), and whether it went back to the person whose file brought it
    here (a stand-in's hand-back: no file is expected to come back)."""

    name: str
    since: datetime | None
    back: bool = False


def laptop_id(store: Store) -> str:
    """This laptop's identity, made on first need. A copy of the data folder on another laptop shares it: that
    laptop then counts files written here as its own, which only keeps the sending where it is."""
    value = store.get_setting(LAPTOP)
    if is_id(value):
        return str(value)
    made = new_id()
    store.set_setting(LAPTOP, made)
    return made


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
    return HandedTo(one_line(name, 60) if isinstance(name, str) else "", parse_app_instant(value.get("since")),
                    value.get("back") is True)


def hand_over_sending(store: Store, name: str, now: datetime) -> None:
    """From now on this laptop sends nothing: a handover file to `name` is being written. It goes back when it
    goes to the one who lent it (a stand-in's hand-back)."""
    came = store.get_setting(CAME_FROM)
    back = bool(name) and isinstance(came, dict) and came.get("name") == name and came.get("lent") is True
    store.set_setting(SETTING, {"name": name[:200], "since": to_utc_text(now), "back": back})


def take_sending_back(store: Store) -> None:
    """This laptop sends again: a handover file that brings the sending was imported, or the officer took the
    sending back by hand."""
    if store.get_setting(SETTING) is not None:
        store.set_setting(SETTING, None)


def take_sending_from_file(store: Store, name: str, laptop: str) -> None:
    """A handover file written by `name` on `laptop` brought the sending: this laptop sends. It was lent, unless
    this laptop was waiting for that very file (it had handed the sending over to `name`, not back): a stand-in's
    laptop holds it on loan, and the hand-back returns it (`HandedTo.back`); the officer's takes it home."""
    handed = handed_to(store)
    lent = handed is None or handed.back or handed.name != name
    take_sending_back(store)
    store.set_setting(CAME_FROM, {"name": name[:200], "laptop": laptop, "lent": lent})


def restore_sending(store: Store, previous: object) -> None:
    """Puts back what `outbox.handed_to` held before a handover file that could not be written."""
    store.set_setting(SETTING, previous)


class FileSending(Enum):
    """What importing a handover file does to the sending."""

    BRINGS = "brings"  # written by another laptop that had the sending, after this laptop's last exchange
    OWN = "own"  # written by this laptop
    OLDER = "older"  # not newer than this laptop's last exchange: an earlier file, or one imported before
    NOT_HELD = "not_held"  # its laptop did not have the sending when it wrote it


def file_sending(store: Store, manifest: dict[str, Any]) -> FileSending:
    """Whether a handover file (its checked manifest) brings the sending to this laptop. A file written before
    laptops had an identity (format 1 and 2) does not name its laptop, and its laptop always handed the sending
    over with it: it brings the sending when it is newer than the last exchange (this laptop's own latest file
    is not)."""
    if manifest.get("laptop_id") and manifest.get("laptop_id") == store.get_setting(LAPTOP):
        return FileSending.OWN
    last = store.get_setting(LAST_EXCHANGE)
    if isinstance(last, str) and str(manifest["exported_at"]) <= last:
        return FileSending.OLDER
    if manifest.get("carries_sending", True) is not True:
        return FileSending.NOT_HELD
    return FileSending.BRINGS


def file_sending_line(store: Store, found: FileSending) -> str:
    """What the preview (and the command line) says about the sending before a file is imported."""
    if found is FileSending.BRINGS:
        return translate("Sending", "This file brings the sending: from the import on, this laptop sends.")
    if found is FileSending.OWN:
        why = translate("Sending", "This file does not bring the sending: it is this laptop's own.")
    elif found is FileSending.OLDER:
        last = parse_app_instant(store.get_setting(LAST_EXCHANGE))
        why = translate("Sending", "This file does not bring the sending: it is older than the last handover file "
                                   "written or imported here ({when} UTC), or was imported before.").format(
            when=last.strftime("%Y-%m-%d %H:%M") if last else "?")
    else:
        why = translate("Sending", "This file does not bring the sending: the laptop that wrote it did not have the "
                                   "sending then.")
    handed = handed_to(store)
    if handed is None:
        return why + " " + translate("Sending", "This laptop goes on sending.")
    if handed.name:
        return why + " " + translate("Sending", "The sending stays with {name}.").format(name=handed.name)
    return why + " " + translate("Sending", "The sending stays with the other laptop.")


def already_handed(handed: HandedTo) -> str:
    """Why no handover file is written while the sending is with another laptop, and what to do."""
    since = handed.since.astimezone().strftime("%d-%m-%Y") if handed.since else "?"
    if handed.name:
        return translate(
            "Sending", "The sending is with {name} since {since}: a handover file written now would not bring it, "
                       "and two laptops would send. Nothing was written. Import the file {name} hands back first. "
                       "If {name} never imported the file written here, take the sending back (the bar at the top "
                       "of the window), then hand over again.").format(name=handed.name, since=since)
    return translate(
        "Sending", "The sending is with the laptop that imported the handover file written here on {since}: a "
                   "handover file written now would not bring it, and two laptops would send. Nothing was written. "
                   "Import the file that laptop hands back first. If no laptop imported the file written here, take "
                   "the sending back (the bar at the top of the window), then hand over again.").format(since=since)


def recipient(store: Store, today: date, absence: Absence | None = None) -> str:
    """Who a handover file written today goes to: the other person of `absence` (the one chosen in the Vacation
    tab), else the colleague this laptop's user stands in for today, else the stand-in of their own absence (today's
    or the next), else the colleague they stood in for lately, else the one whose file brought the sending here
    (a hand-back goes to the absent colleague), else the colleague whose next absence they stand in for; "" when
    neither the calendar nor an import names anybody."""
    me = self_user(store)
    came = store.get_setting(CAME_FROM)
    came_name = one_line(came.get("name"), 200) if isinstance(came, dict) and isinstance(came.get("name"), str) \
        else ""
    if me is None:
        return came_name

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
    if came_name and came_name != me.name:
        return came_name
    for found in store.find(Absence, "standin_id = ? AND starts_on > ?", [me.id, day], order_by="starts_on"):
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
    if handed.back and handed.name:
        return translate("Sending", "Sending went back to {name} with the handover file written here on {since}: "
                                    "this laptop sends nothing, unless a handover file from {name} brings the "
                                    "sending here again.").format(name=handed.name, since=since or "?")
    if handed.name and since:
        return translate("Sending", "Sending is with {name} since {since}: this laptop sends nothing until you "
                                    "import the file {name} hands back.").format(name=handed.name, since=since)
    if handed.name:
        return translate("Sending", "Sending is with {name}: this laptop sends nothing until you import the file "
                                    "{name} hands back.").format(name=handed.name)
    return translate("Sending", "Sending is with the laptop that imported the handover file written here: this "
                                "laptop sends nothing until you import the file that comes back.")
