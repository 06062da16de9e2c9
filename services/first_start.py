"""The first start: whether to lead a new officer through the few things that make Omroeper work (the municipality,
who "this is me" is, a first channel), and what each of those steps saves.

The guide is offered once per data folder: on a store with nothing set up, until it is finished or skipped. A laptop
that received a handover file has the municipality already (the file brings it to a new laptop): it is not offered
there, and the stand-in chooses "me" in Staff and signatures. Help > Getting started opens it again at any time.
"""

from __future__ import annotations

from models.settings import DEFAULT_TIME_ZONES, Country, Municipality
from models.staff import StaffMember
from services.errors import KnownError, translate
from services.preferences import load_municipality, save_municipality
from services.staff import save_staff, self_user, signatures_of
from services.store import Store

DONE = "first_start.done"  # the guide was finished or skipped on this data folder (never travels in a handover)


def is_first_start(store: Store) -> bool:
    """True when the guide was never finished or skipped here and nothing is set up yet: no municipality, nobody as
    "me", no channel and no post (a data folder that was in use before the guide existed is not new)."""
    if store.get_setting(DONE) or load_municipality(store).name:
        return False
    for table, where in (("channels", "deleted_at IS NULL"), ("posts", "deleted_at IS NULL"),
                         ("staff", "is_self = 1 AND deleted_at IS NULL")):
        if store.query_tuples(f"SELECT 1 FROM {table} WHERE {where} LIMIT 1"):
            return False
    return True


def mark_done(store: Store) -> None:
    store.set_setting(DONE, True)


def save_municipality_step(store: Store, name: str, country: Country) -> Municipality:
    """The municipality's name and country. The time zone and the holiday region follow the country: a new country
    brings its own time zone and the whole country's holidays; the same country keeps what Preferences set."""
    current = load_municipality(store)
    if country is current.country:
        municipality = current._replace(name=name.strip())
    else:
        municipality = Municipality(name=name.strip(), country=country, time_zone=DEFAULT_TIME_ZONES[country],
                                    region="")
    save_municipality(store, municipality)
    return municipality


def me_and_signatures(store: Store) -> tuple[StaffMember | None, dict[str, str]]:
    """Who "this is me" is on this laptop, with their signature per language."""
    me = self_user(store)
    return me, signatures_of(store, me.id) if me is not None else {}


def save_me(store: Store, name: str, role: str, signatures: dict[str, str]) -> StaffMember:
    """"This is me": the staff member this laptop belongs to (changed when there is one, else added) with their role
    and signature per language (an emptied signature is removed). Replies are signed with it."""
    if not name.strip():
        raise KnownError(translate("FirstStart", "Fill in your name, or skip this step."))
    me = self_user(store) or StaffMember(name=name, is_self=True)
    me.name, me.role, me.active, me.is_self = name.strip(), role.strip(), True, True
    save_staff(store, [me], {me.id: signatures})
    return me
