"""A recurring post's series: the rule every occurrence was made from."""

from __future__ import annotations

from dataclasses import dataclass

from models.common import Record


@dataclass(kw_only=True, eq=False, repr=False)
class PostSeries(Record):
    """A recurring post: the rule (RFC 5545 RRULE text) from a first local wall-clock time."""

    rrule: str
    starts_at_local: str  # naive ISO wall-clock time in time_zone, e.g. "2026-03-16T09:00:00"
    time_zone: str
    template_post_id: str | None = None
