"""Open inbox items travel in the handover file to the stand-in and back, merged record by record: an item
answered by the stand-in comes back answered, one fetched on both laptops is one record, and this laptop's place
in each account's fetching stays home."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from models.channel import ChannelAccount, Network
from models.inbox import InboxAnswer, InboxItem, ItemKind, ItemState, item_id_for
from models.post import DeliveryState
from models.staff import StaffMember
from services.handover import HandoverNote, export_handover
from services.inbox import InboxQuery, list_items, mark_done, set_owner
from services.store import Store
from tests.conftest import FakeClock
from tests.services.handover_craft import import_file


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
