"""Key dates in the calendar and absences of staff."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from models.common import Record


class KeyDateKind(StrEnum):
    EVENT = "event"
    COUNCIL = "council"
    WASTE = "waste"
    MARKET = "market"
    TOPICAL = "topical"  # world days and other "top topicals" to hook into
    OTHER = "other"


@dataclass(kw_only=True, eq=False, repr=False)
class KeyDate(Record):
    """A date of the municipality's own. `rrule` (RFC 5545 text, local time) makes it recurring."""

    title: str
    kind: KeyDateKind = KeyDateKind.OTHER
    on_date: date
    rrule: str = ""
    notes: str = ""


@dataclass(kw_only=True, eq=False, repr=False)
class Absence(Record):
    """A staff member away from `starts_on` to `ends_on` (both inclusive), with a stand-in."""

    staff_id: str
    starts_on: date
    ends_on: date
    standin_id: str | None = None
    note: str = ""
