"""The answer being typed to a resident, kept in the data file as it is typed: choosing another message, closing the
window, a stop from outside or a crash lose at most the last second of typing, never the answer. One draft per
inbox item, with the template it came from; it goes once the answer is in the outbox (`queue_answer` drops it in
the same transaction), once the item is answered by any other way (a trigger of migration 16: a stand-in's answer
in a handover file, the officer's "it was sent"), or when the officer empties it.

A draft is this laptop's own, like where the inbox's fetching stopped: no record, never in a handover, an archive
or a merge. A message closed without an answer keeps its draft, so that reopening it brings the words back."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from models.common import to_utc_text
from services.store import Store


class AnswerDraft(NamedTuple):
    text: str
    template_id: str | None


def draft_of(store: Store, item_id: str) -> AnswerDraft | None:
    """The kept draft of this message's answer, if any. A row this app did not write (no text) counts as none."""
    rows = store.query("SELECT body, template_id FROM answer_drafts WHERE item_id = ?", [item_id])
    if not rows or type(rows[0][0]) is not str or not rows[0][0]:
        return None
    template_id = rows[0][1]
    return AnswerDraft(rows[0][0], template_id if type(template_id) is str and template_id else None)


def keep_draft(store: Store, item_id: str, text: str, template_id: str | None, now: datetime) -> None:
    """Keeps `text` as the draft of this message's answer (raises KnownError when the data file cannot be written
    to); an empty or blank text drops the draft."""
    with store.transaction():
        if not text.strip():
            store.conn.execute("DELETE FROM answer_drafts WHERE item_id = ?", [item_id])
            return
        store.conn.execute(
            "INSERT INTO answer_drafts (item_id, body, template_id, saved_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (item_id) DO UPDATE SET body = excluded.body, template_id = excluded.template_id, "
            "saved_at = excluded.saved_at", [item_id, text, template_id, to_utc_text(now)])


def drop_draft(store: Store, item_id: str) -> None:
    """The message's answer went into the outbox: its draft goes (in the caller's transaction, if any)."""
    with store.transaction():
        store.conn.execute("DELETE FROM answer_drafts WHERE item_id = ?", [item_id])
