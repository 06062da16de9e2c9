"""The answer being typed to a resident is kept in the data file: read back as it was left, dropped once it is in
the outbox (in the same step) or emptied, kept when the outbox refuses it, and never put in a handover file."""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest

from models.channel import ChannelAccount, Network
from models.inbox import InboxAnswer, InboxItem, ItemKind, item_id_for
from models.reply import ReplyTemplate, TemplateCategory
from services.answer_drafts import AnswerDraft, draft_of, drop_draft, keep_draft
from services.errors import KnownError
from services.handover import HandoverNote, export_handover
from services.inbox import queue_answer
from services.store import Store
from tests.conftest import FakeClock
from tests.services.handover_craft import DATA, members_of


def a_message(store: Store, clock: FakeClock, remote_id: str = "1") -> InboxItem:
    channel = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url="https://social.example"))
    return store.save(InboxItem(id=item_id_for(channel.id, remote_id), channel_id=channel.id, network="mastodon",
                                kind=ItemKind.MENTION, remote_id=remote_id, text="Wanneer is de markt?",
                                source="Wanneer is de markt?", received_at=clock() - timedelta(hours=1),
                                author_handle="jan@example.org", author_name="Jan"))


def test_a_kept_answer_reads_back_as_it_was_left(store: Store, clock: FakeClock) -> None:
    item = a_message(store, clock)
    template = store.save(ReplyTemplate(title="Markt", category=TemplateCategory.QUESTION, language="nl",
                                        body="De markt is zaterdag."))
    assert draft_of(store, item.id) is None
    keep_draft(store, item.id, "Dag Jan,\n\nde markt is ", template.id, clock())
    assert draft_of(store, item.id) == AnswerDraft("Dag Jan,\n\nde markt is ", template.id)
    keep_draft(store, item.id, "Dag Jan,\n\nde markt is zaterdag.", None, clock())
    assert draft_of(store, item.id) == AnswerDraft("Dag Jan,\n\nde markt is zaterdag.", None)
    keep_draft(store, item.id, "  \n", None, clock())  # emptied: nothing left to keep
    assert draft_of(store, item.id) is None
    assert store.query("SELECT count(*) FROM answer_drafts")[0][0] == 0


def test_an_answer_in_the_outbox_takes_its_draft_with_it(store: Store, clock: FakeClock) -> None:
    item = a_message(store, clock)
    keep_draft(store, item.id, "@jan@example.org De markt is zaterdag.", None, clock())
    queue_answer(store, item, "@jan@example.org De markt is zaterdag.", clock())
    assert draft_of(store, item.id) is None and len(store.find(InboxAnswer)) == 1


def test_an_answer_the_outbox_refuses_keeps_its_draft(store: Store, clock: FakeClock) -> None:
    item = a_message(store, clock)
    text = "@jan@example.org Bel ons op 0612345678"  # personal data in a public answer
    keep_draft(store, item.id, text, None, clock())
    with pytest.raises(KnownError):
        queue_answer(store, item, text, clock())
    assert draft_of(store, item.id) == AnswerDraft(text, None)


def test_a_draft_is_dropped_inside_the_callers_transaction(store: Store, clock: FakeClock) -> None:
    item = a_message(store, clock)
    keep_draft(store, item.id, "Dag Jan", None, clock())
    with pytest.raises(RuntimeError), store.transaction():
        drop_draft(store, item.id)
        raise RuntimeError("the rest of the step failed")
    assert draft_of(store, item.id) == AnswerDraft("Dag Jan", None)


def test_a_draft_row_this_app_did_not_write_counts_as_none(store: Store, clock: FakeClock) -> None:
    item = a_message(store, clock)
    store.conn.execute("INSERT INTO answer_drafts (item_id, body, template_id, saved_at) VALUES (?, ?, ?, '')",
                       [item.id, b"\xff\xfe", None])  # a blob, which TEXT affinity leaves as it is
    assert draft_of(store, item.id) is None
    store.conn.execute("UPDATE answer_drafts SET body = 'Dag Jan', template_id = ?", [b"\x00"])
    assert draft_of(store, item.id) == AnswerDraft("Dag Jan", None)


def test_a_read_only_data_file_refuses_the_draft_in_words(store: Store, clock: FakeClock) -> None:
    item = a_message(store, clock)
    keep_draft(store, item.id, "Dag Jan", None, clock())
    store.conn.execute("PRAGMA query_only = ON")
    try:
        with pytest.raises(KnownError, match="cannot be written to"):
            keep_draft(store, item.id, "Dag Jan, de markt", None, clock())
    finally:
        store.conn.execute("PRAGMA query_only = OFF")
    assert draft_of(store, item.id) == AnswerDraft("Dag Jan", None)


def test_half_written_answers_stay_on_this_laptop(store: Store, clock: FakeClock, tmp_path: Path) -> None:
    item = a_message(store, clock)
    keep_draft(store, item.id, "Dag Jan, wij zoeken het uit", None, clock())
    target = tmp_path / "naar-joris.omroeper"
    export_handover(store, target, HandoverNote(), clock())
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / DATA
        data.write_bytes(members_of(target)[DATA])
        conn = sqlite3.connect(data)
        try:
            assert conn.execute("SELECT count(*) FROM inbox_items").fetchone()[0] == 1
            assert conn.execute("SELECT count(*) FROM answer_drafts").fetchone()[0] == 0
        finally:
            conn.close()
    assert draft_of(store, item.id) == AnswerDraft("Dag Jan, wij zoeken het uit", None)  # and at home it stays


def test_a_message_answered_by_another_way_takes_its_draft_with_it(store: Store, clock: FakeClock) -> None:
    """Answered by the stand-in (a handover file) or marked sent by the officer: the half-written answer here is no
    one's any more, and reopening the message does not bring it back as if it were still to be sent."""
    from models.inbox import ItemState
    from services.inbox import find_item, mark_done, reopen

    answered, closed = a_message(store, clock, "1"), a_message(store, clock, "2")
    keep_draft(store, answered.id, "Dag Jan, ik zoek het uit", None, clock())
    keep_draft(store, closed.id, "Dag Els, dank u", None, clock())
    store.update_fields(answered, state=ItemState.ANSWERED, answered_at=clock())
    mark_done(store, find_item(store, closed.id), None)
    assert draft_of(store, answered.id) is None
    assert draft_of(store, closed.id) == AnswerDraft("Dag Els, dank u", None)  # closed, not answered: kept
    reopen(store, find_item(store, answered.id))
    assert draft_of(store, answered.id) is None
