"""How many residents' messages wait and since when: the window's tab title and the tray ask at every start and
every 15 seconds, so this reads one row and imports little (services/inbox.py holds the rest of the inbox)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from models.common import from_utc_text
from models.inbox import ItemState
from services.store import Store


@dataclass(frozen=True)
class InboxSummary:
    open: int
    oldest_open_at: datetime | None


def inbox_summary(store: Store) -> InboxSummary:
    """How many items are open and when the oldest came in: the tab's title and the tray show it."""
    count, oldest = store.query_tuples(
        "SELECT count(*), min(received_at) FROM inbox_items WHERE state = ? AND deleted_at IS NULL",
        [ItemState.OPEN.value])[0]
    return InboxSummary(int(count), from_utc_text(oldest) if oldest else None)
