"""Open inbox items travel in the handover file to the stand-in and back, merged record by record: an item
answered by the stand-in comes back answered, one fetched on both laptops is one record, and this laptop's place
in each account's fetching stays home."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from models.channel import ChannelAccount, Network
from models.inbox import InboxAnswer, InboxItem, ItemKind, ItemState, item_id_for
from models.post import DeliveryState
from models.staff import StaffMember
from services.errors import KnownError
from services.handover import HandoverNote, export_handover
from services.inbox import InboxQuery, list_items, mark_done, set_owner
from services.store import Store
from tests.conftest import FakeClock
from tests.services.handover_craft import craft, import_file, store_rows


def item(channel: ChannelAccount, remote_id: str, text: str, when: datetime) -> InboxItem:
    return InboxItem(id=item_id_for(channel.id, remote_id), channel_id=channel.id, network="mastodon",
                     kind=ItemKind.REPLY, remote_id=remote_id, text=text, source=text, received_at=when,
                     author_handle="jan@example.org", author_name="<b>Jan</b>\u202e")


def test_open_items_go_to_the_stand_in_and_come_back_answered(tmp_path: Path, clock: FakeClock) -> None:
    officer = Store.open(tmp_path / "sanne" / "omroeper.sqlite", clock)
    sanne = officer.save(StaffMember(name="Sanne", is_self=True))
    joris = officer.save(StaffMember(name="Joris"))
    channel = officer.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url="https://social.example"))
    first = officer.save(item(channel, "101", "Wanneer is de markt?", clock() - timedelta(hours=2)))
    second = officer.save(item(channel, "102", "Dank je!", clock() - timedelta(hours=1)))
    set_owner(officer, first, joris.id)
    officer.conn.execute("INSERT INTO inbox_sync (channel_id, cursor) VALUES (?, '102')", [channel.id])
    to_standin = tmp_path / "naar-joris.omroeper"
    export_handover(officer, to_standin, HandoverNote(), clock())

    clock.advance(hours=1)
    standin = Store.open(tmp_path / "joris" / "omroeper.sqlite", clock)
    plan = import_file(standin, to_standin)
    assert plan.added.get("inbox_items") == 2
    arrived = {i.remote_id: i for i in list_items(standin, InboxQuery())}
    assert arrived["101"].owner_id == joris.id and arrived["102"].author_name == "<b>Jan</b>\u202e"
    assert standin.query("SELECT count(*) FROM inbox_sync")[0][0] == 0  # its own place in the fetching
    # The stand-in fetched the same message on the own laptop: the same record, not a second one.
    assert item(channel, "101", "", clock()).id == arrived["101"].id
    clock.advance(hours=1)
    answer = standin.save(InboxAnswer(item_id=first.id, channel_id=channel.id, body="@jan Zaterdag.",
                                      state=DeliveryState.PUBLISHED, staff_id=joris.id, published_at=clock()))
    standin.update_fields(arrived["101"], state=ItemState.ANSWERED, answered_by=joris.id, answered_at=clock(),
                          answer_id=answer.id)
    mark_done(standin, arrived["102"], joris.id)
    back = tmp_path / "terug.omroeper"
    clock.advance(minutes=5)
    export_handover(standin, back, HandoverNote(), clock(), datetime(2026, 1, 1, tzinfo=UTC).date())

    clock.advance(hours=1)
    plan = import_file(officer, back)
    assert plan.updated.get("inbox_items") == 2 and plan.added.get("inbox_answers") == 1
    home = {i.remote_id: i for i in list_items(officer, InboxQuery(state=None))}
    assert home["101"].state is ItemState.ANSWERED and home["101"].answered_by == joris.id
    assert home["102"].state is ItemState.DONE
    assert officer.get(InboxAnswer, answer.id).state is DeliveryState.PUBLISHED  # type: ignore[union-attr]
    assert officer.query("SELECT cursor FROM inbox_sync")[0][0] == "102"
    assert second.id in home["102"].id and sanne.is_self
    officer.close()
    standin.close()


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _officer_with_a_sent_answer(tmp_path: Path, clock: FakeClock) -> tuple[Store, ChannelAccount, InboxItem,
                                                                           InboxAnswer, InboxItem]:
    officer = Store.open(tmp_path / "sanne" / "omroeper.sqlite", clock)
    officer.save(StaffMember(name="Sanne", is_self=True))
    channel = officer.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url="https://social.example"))
    jan = officer.save(item(channel, "101", "Wanneer is de markt?", clock() - timedelta(hours=2)))
    kees = officer.save(InboxItem(id=item_id_for(channel.id, "102"), channel_id=channel.id, network="mastodon",
                                  kind=ItemKind.REPLY, remote_id="102", text="Is de weg open?",
                                  received_at=clock() - timedelta(hours=1), author_handle="kees@example.org"))
    answer = officer.save(InboxAnswer(item_id=jan.id, channel_id=channel.id, body="@jan@example.org Zaterdag.",
                                      state=DeliveryState.PUBLISHED, remote_id="103", published_at=clock()))
    jan = officer.update_fields(jan, state=ItemState.ANSWERED, answered_at=clock(), answer_id=answer.id)
    return officer, channel, jan, answer, kees


def test_a_file_never_changes_or_requeues_an_answer_this_laptop_sent(tmp_path: Path, clock: FakeClock) -> None:
    officer, _channel, jan, answer, _kees = _officer_with_a_sent_answer(tmp_path, clock)
    exported = tmp_path / "terug.omroeper"
    clock.advance(minutes=10)
    export_handover(officer, exported, HandoverNote(), clock())
    later = _stamp(clock() - timedelta(seconds=1))

    def requeue(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE inbox_answers SET state = 'queued', body = '@jan@example.org GEWIJZIGD', remote_id = '', "
                     "published_at = NULL, idempotency_key = '', updated_at = ?", [later])
        conn.execute("UPDATE inbox_items SET state = 'open', answered_at = NULL, answer_id = NULL, updated_at = ? "
                     "WHERE id = ?", [later, jan.id])
    crafted = craft(exported, tmp_path / "crafted.omroeper", requeue)
    clock.advance(minutes=1)
    import_file(officer, crafted)
    kept = officer.get(InboxAnswer, answer.id)
    assert kept is not None and (kept.state, kept.body, kept.remote_id) == (
        DeliveryState.PUBLISHED, "@jan@example.org Zaterdag.", "103")
    home = officer.get(InboxItem, jan.id)
    assert home is not None and home.state is ItemState.ANSWERED and home.answer_id == answer.id
    officer.close()


def test_an_answer_sent_on_the_stand_ins_laptop_comes_home_sent(tmp_path: Path, clock: FakeClock) -> None:
    officer, channel, _jan, _answer, kees = _officer_with_a_sent_answer(tmp_path, clock)
    waiting = officer.save(InboxAnswer(item_id=kees.id, channel_id=channel.id, body="@kees@example.org Ja."))
    exported = tmp_path / "naar.omroeper"
    export_handover(officer, exported, HandoverNote(), clock())
    clock.advance(minutes=5)
    officer.update_fields(waiting, last_error="offline")  # touched here later: the time alone would keep this one
    sent_at = _stamp(clock() - timedelta(minutes=4))

    def sent_there(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE inbox_answers SET state = 'published', remote_id = '104', published_at = ?, "
                     "updated_at = ? WHERE id = ?", [sent_at, sent_at, waiting.id])
    crafted = craft(exported, tmp_path / "gezonden.omroeper", sent_there,
                    manifest_changes={"exported_at": _stamp(clock())})
    clock.advance(minutes=1)
    import_file(officer, crafted)
    home = officer.get(InboxAnswer, waiting.id)
    assert home is not None and home.state is DeliveryState.PUBLISHED and home.remote_id == "104"
    officer.close()


@pytest.mark.parametrize("forgery", ["no answer", "answer of another item", "answer not published"])
def test_a_file_cannot_make_an_item_look_answered_without_its_answer(tmp_path: Path, clock: FakeClock,
                                                                     forgery: str) -> None:
    officer, _channel, _jan, answer, kees = _officer_with_a_sent_answer(tmp_path, clock)
    exported = tmp_path / "terug.omroeper"
    clock.advance(minutes=10)
    export_handover(officer, exported, HandoverNote(), clock())
    later = _stamp(clock() - timedelta(seconds=1))
    answer_id = {"no answer": str(uuid.uuid4()), "answer of another item": answer.id,
                 "answer not published": str(uuid.uuid4())}[forgery]

    def forge(conn: sqlite3.Connection) -> None:
        if forgery == "answer not published":
            row = dict(zip([c[1] for c in conn.execute("PRAGMA table_info(inbox_answers)")],
                           conn.execute("SELECT * FROM inbox_answers").fetchone(), strict=True))
            row.update(id=answer_id, item_id=kees.id, state="failed", published_at=None, remote_id="")
            conn.execute(f"INSERT INTO inbox_answers ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                         list(row.values()))
        conn.execute("UPDATE inbox_items SET state = 'answered', answered_at = ?, answer_id = ?, updated_at = ? "
                     "WHERE id = ?", [later, answer_id, later, kees.id])
    crafted = craft(exported, tmp_path / "crafted.omroeper", forge)
    before = store_rows(officer)
    with pytest.raises(KnownError, match="answered"):
        import_file(officer, crafted)
    assert store_rows(officer) == before
    officer.close()
