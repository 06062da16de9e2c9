"""What every stored record shares, and the one text form of an instant in time."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime

# Fixed width, so that text order is time order in SQL (range queries, merge by updated_at).
_UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def new_id() -> str:
    """A fresh record key: a random UUID as text."""
    return str(uuid.uuid4())


def utc_now() -> datetime:
    """The current instant, timezone-aware in UTC (the default clock)."""
    return datetime.now(UTC)


def to_utc_text(moment: datetime) -> str:
    """The stored form of an instant: UTC, microseconds, fixed width. Naive datetimes are refused."""
    if moment.tzinfo is None:
        raise ValueError("a stored instant needs a time zone")
    return moment.astimezone(UTC).strftime(_UTC_FORMAT)


def from_utc_text(text: str) -> datetime:
    """Reads an instant written by `to_utc_text` (or any ISO 8601 text with an offset)."""
    if len(text) == 27 and text[-1] == "Z":  # our own fixed-width form: the fast path (calendar reads)
        return datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


@dataclass(kw_only=True, eq=False, repr=False)
class Record:
    """The fields the handover merge needs on every record: a UUID key, times in UTC, a deletion mark.

    Records compare and print as dataclasses do, by their fields, through the two methods here rather than ones
    generated per class. Every record class is declared `@dataclass(kw_only=True, eq=False, repr=False)`.
    """

    id: str = field(default_factory=new_id)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = [item.name for item in fields(self) if item.compare]
        return tuple(getattr(self, name) for name in names) == tuple(getattr(other, name) for name in names)

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value, as a dataclass with eq

    def __repr__(self) -> str:
        shown = ", ".join(f"{item.name}={getattr(self, item.name)!r}" for item in fields(self) if item.repr)
        return f"{self.__class__.__qualname__}({shown})"
