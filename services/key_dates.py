"""The municipality's own dates (council meetings, market, waste collection, world days) in a date range."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from models.planning import KeyDate
from services.store import Store

_NOON = time(12, 0)


def key_dates_between(store: Store, start: date, end: date) -> list[tuple[date, KeyDate]]:
    """Each key date's days in [start, end] (recurring ones expanded), in date order."""
    found: list[tuple[date, KeyDate]] = []
    for key_date in store.find(KeyDate, "on_date <= ?", [end.isoformat()]):
        if not key_date.rrule:
            if start <= key_date.on_date <= end:
                found.append((key_date.on_date, key_date))
            continue
        # A date has no time zone: expanded at noon UTC, every occurrence stays on its own day.
        from models.recurrence import Recurrence, occurrences  # dateutil: only when a date repeats

        for moment in occurrences(
            Recurrence.from_text(key_date.rrule),
            datetime.combine(key_date.on_date, _NOON),
            "UTC",
            since=datetime.combine(start, time(), UTC),
            until=datetime.combine(end, time.max, UTC),
        ):
            found.append((moment.date(), key_date))
    return sorted(found, key=lambda pair: (pair[0], pair[1].title))
