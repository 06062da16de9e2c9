"""The people who answer: staff members and their signatures."""

from __future__ import annotations

from dataclasses import dataclass

from models.common import Record


@dataclass(kw_only=True, eq=False, repr=False)
class StaffMember(Record):
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""
    active: bool = True
    is_self: bool = False  # the person this copy of the app belongs to


@dataclass(kw_only=True, eq=False, repr=False)
class Signature(Record):
    """How a staff member signs a reply in one language."""

    staff_id: str
    language: str
    text: str
