"""Who answers today, and how they sign: the app's own user, or on a day an absence names a stand-in, the stand-in;
the officer can switch by hand for the day."""

from __future__ import annotations

from datetime import date

from models.planning import Absence
from models.staff import Signature, StaffMember
from services.store import Store

ANSWERER_SETTING = "replies.answerer_today"


def staff_by_name(store: Store) -> list[StaffMember]:
    """Everyone on the staff list (those who left too), by name: the list the officer edits."""
    return store.find(StaffMember, order_by="name")


def active_staff(store: Store) -> list[StaffMember]:
    """The staff who still work here, by name: who can answer or stand in."""
    return store.find(StaffMember, "active = 1", order_by="name")


def self_user(store: Store) -> StaffMember | None:
    users = store.find(StaffMember, "is_self = 1 AND active = 1")
    return users[0] if users else None


def current_answerer(store: Store, today: date) -> StaffMember | None:
    chosen = store.get_setting(ANSWERER_SETTING)
    if isinstance(chosen, dict) and chosen.get("date") == today.isoformat():
        member = store.get(StaffMember, str(chosen.get("staff_id", "")))
        if member is not None:
            return member
    me = self_user(store)
    if me is None:
        return None
    for absence in store.find(Absence, "staff_id = ? AND starts_on <= ? AND ends_on >= ?",
                              [me.id, today.isoformat(), today.isoformat()]):
        if absence.standin_id:
            stand_in = store.get(StaffMember, absence.standin_id)
            if stand_in is not None:
                return stand_in
    return me


def choose_answerer(store: Store, member: StaffMember, today: date) -> None:
    """Someone else answers today (switched by hand in the Replies tab)."""
    store.set_setting(ANSWERER_SETTING, {"staff_id": member.id, "date": today.isoformat()})


def signature_of(store: Store, member: StaffMember | None, language: str) -> str:
    """The member's signature in the language, else in Dutch, else their name."""
    if member is None:
        return ""
    signatures = {s.language: s.text for s in store.find(Signature, "staff_id = ?", [member.id])}
    return signatures.get(language) or signatures.get("nl") or member.name


def signatures_of(store: Store, member_id: str) -> dict[str, str]:
    return {s.language: s.text for s in store.find(Signature, "staff_id = ?", [member_id])}


def save_staff(store: Store, members: list[StaffMember], signatures: dict[str, dict[str, str]]) -> None:
    """Saves the staff list as edited in one go: names, roles, who is the app's user (one at most) and the
    signature per language (an emptied signature is removed)."""
    selves = [member for member in members if member.is_self]
    for member in selves[1:]:
        member.is_self = False
    with store.transaction():
        for member in members:
            member.name = member.name.strip()
            if member.name:
                store.save(member)
        existing = {(s.staff_id, s.language): s for s in store.find(Signature)}
        for member_id, by_language in signatures.items():
            for language, text in by_language.items():
                current = existing.get((member_id, language))
                if text.strip() and current is None:
                    store.save(Signature(staff_id=member_id, language=language, text=text.strip()))
                elif text.strip() and current is not None and current.text != text.strip():
                    current.text = text.strip()
                    store.save(current)
                elif not text.strip() and current is not None:
                    store.mark_deleted(current)
