"""Hand over and hand back: the officer exports, the stand-in imports and works, the officer imports that work
back; edits on both sides of one post keep both versions. Checked record by record."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from models.channel import ChannelAccount, Network
from models.post import DeliveryState, Post, PostStatus, Variant
from models.settings import Country, Municipality
from models.staff import StaffMember
from services.absences import RECEIVED_NOTE
from services.backup import BACKUP_DIR_NAME
from services.channels import add_channel, remove_channel
from services.handover import HandoverNote, export_handover, read_handover
from services.merge import plan_merge
from services.merge_apply import apply_merge
from services.networks.registry import client_for
from services.outbox import run_outbox
from services.post_editing import delete_post, save_post, variants_of
from services.preferences import load_municipality, save_municipality
from services.sending import take_sending_back
from services.store import Store
from tests.conftest import FakeClock
from tests.services.handover_craft import import_file as import_plan
from tests.services.mastodon_server import TOKEN, MastodonServer, serve, stop

START = datetime(2026, 7, 1, 8, 0, tzinfo=UTC)


def post(store: Store, channel: ChannelAccount, title: str, days: int) -> Post:
    made = Post(title=title, body=f"{title}: tekst", status=PostStatus.SCHEDULED,
                scheduled_at=START + timedelta(days=days))
    return save_post(store, made, [Variant(post_id=made.id, channel_id=channel.id)])


def import_file(store: Store, path: Path, now: datetime) -> list[str]:
    handover = read_handover(path)
    try:
        plan = plan_merge(store, handover)
        apply_merge(store, handover, plan, now)
        return plan.lines()
    finally:
        handover.discard()


def test_hand_over_work_and_hand_back_with_a_conflict_kept(tmp_path: Path) -> None:
    officer_clock, standin_clock = FakeClock(START), FakeClock(START)
    officer = Store.open(tmp_path / "officer" / "omroeper.sqlite", clock=officer_clock)
    standin = Store.open(tmp_path / "standin" / "omroeper.sqlite", clock=standin_clock)
    try:
        save_municipality(officer, Municipality(name="Oosterzande", country=Country.BE, time_zone="Europe/Brussels"))
        sanne = officer.save(StaffMember(name="Sanne", is_self=True))
        joris = officer.save(StaffMember(name="Joris"))
        mastodon = officer.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", has_secret=True))
        shared = post(officer, mastodon, "Braderie", 5)
        dropped = post(officer, mastodon, "Kermis", 8)
        first_file = tmp_path / "naar-joris.omroeper"
        export_handover(officer, first_file, HandoverNote(running_topics="Braderie"), officer_clock.advance(hours=1))

        # The stand-in's laptop: a preview, then everything arrives; no secrets, and Sanne is not "me" there.
        preview = plan_merge(standin, handover := read_handover(first_file))
        handover.discard()
        assert "posts: 2 added, 0 changed, 0 deleted" in preview.lines()
        assert standin.find(Post) == []  # a preview writes nothing
        import_file(standin, first_file, standin_clock.advance(hours=2))
        arrived = standin.get(ChannelAccount, mastodon.id)
        assert arrived is not None and not arrived.has_secret
        assert {p.id for p in standin.find(Post)} == {shared.id, dropped.id}
        assert load_municipality(standin) == load_municipality(officer)  # a new laptop gets the municipality
        assert standin.get_setting(RECEIVED_NOTE)["running_topics"] == "Braderie"
        assert standin.get(StaffMember, sanne.id).is_self is False  # type: ignore[union-attr]
        standin.update_fields(standin.get(StaffMember, joris.id), is_self=True)  # type: ignore[arg-type]

        # Both sides work: the stand-in edits Braderie, drops Kermis and adds a post; Sanne edits Braderie too.
        standin_clock.advance(days=1)
        theirs = standin.get(Post, shared.id)
        assert theirs is not None
        theirs.body = "Braderie gaat door, met extra fietsenstalling"
        save_post(standin, theirs, variants_of(standin, shared.id))
        standin.mark_deleted(standin.get(Post, dropped.id))  # type: ignore[arg-type]
        new = post(standin, standin.get(ChannelAccount, mastodon.id), "Gladheid", 10)  # type: ignore[arg-type]
        officer_clock.advance(days=2)
        mine = officer.get(Post, shared.id)
        assert mine is not None
        mine.body = "Braderie: let op de omleiding"
        save_post(officer, mine, variants_of(officer, shared.id))

        back_file = tmp_path / "terug.omroeper"
        export_handover(standin, back_file, HandoverNote(), standin_clock.advance(days=3))
        report = import_file(officer, back_file, officer_clock.advance(days=3))

        assert any("both versions kept: Braderie" in line for line in report)
        assert "Deleted on the other side: Kermis" in report  # said as a deletion, not as a change
        assert not any("Changed on the other side: Kermis" in line for line in report)
        kept = officer.get(Post, shared.id)
        assert kept is not None and kept.body == "Braderie: let op de omleiding"  # ours untouched
        [other] = officer.find(Post, "title = ?", ["Braderie (version of Joris)"])
        assert other.body == "Braderie gaat door, met extra fietsenstalling" and other.status is PostStatus.DRAFT
        assert [v.channel_id for v in variants_of(officer, other.id)] == [mastodon.id]
        assert officer.get(Post, dropped.id) is None  # the deletion came back as a mark
        assert officer.get(Post, dropped.id, include_deleted=True) is not None
        arrived_new = officer.get(Post, new.id)
        assert arrived_new is not None and arrived_new.title == "Gladheid"
        assert officer.get(ChannelAccount, mastodon.id).has_secret  # type: ignore[union-attr]
        assert officer.get(StaffMember, sanne.id).is_self and not officer.get(StaffMember, joris.id).is_self  # type: ignore[union-attr]
        assert any(p.name.endswith("-import.sqlite") for p in (tmp_path / "officer" / BACKUP_DIR_NAME).iterdir())

        # The same file again changes nothing.
        assert import_file(officer, back_file, officer_clock.advance(minutes=5)) == ["Nothing new in this file."]
    finally:
        officer.close()
        standin.close()


def test_a_post_whose_day_passed_comes_back_with_what_the_stand_in_did(tmp_path: Path) -> None:
    """The hand-back file starts today, but what changed since the last exchange travels whatever its date: a post
    the stand-in published during the absence comes back published, and the officer's outbox never sends it
    again."""
    officer_clock, standin_clock = FakeClock(START), FakeClock(START)
    officer = Store.open(tmp_path / "officer" / "omroeper.sqlite", clock=officer_clock)
    standin = Store.open(tmp_path / "standin" / "omroeper.sqlite", clock=standin_clock)
    try:
        officer.save(StaffMember(name="Sanne", is_self=True))
        mastodon = officer.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
        market = post(officer, mastodon, "Markt", 2)
        export_handover(officer, tmp_path / "heen.omroeper", HandoverNote(), officer_clock.advance(hours=1))
        import_file(standin, tmp_path / "heen.omroeper", standin_clock.advance(hours=1))
        standin_clock.advance(days=2)
        [variant] = variants_of(standin, market.id)
        standin.update_fields(variant, state=DeliveryState.PUBLISHED, published_at=standin_clock.now)
        standin.update_fields(standin.get(Post, market.id), status=PostStatus.PUBLISHED)  # type: ignore[arg-type]
        export_handover(standin, tmp_path / "terug.omroeper", HandoverNote(), standin_clock.advance(days=5))
        import_file(officer, tmp_path / "terug.omroeper", officer_clock.advance(days=7))
        back = officer.get(Post, market.id)
        assert back is not None and back.status is PostStatus.PUBLISHED
        assert variants_of(officer, market.id)[0].state is DeliveryState.PUBLISHED
    finally:
        officer.close()
        standin.close()


def test_the_hand_back_never_puts_a_published_post_back_in_the_queue(tmp_path: Path, server: MastodonServer) -> None:
    """Sanne took the sending back before Joris started; her laptop published the post, his (without a Mastodon
    token) noted "no token" on it a minute later. His hand-back keeps her publication, and her channel's state."""
    sanne_clock, joris_clock = FakeClock(START), FakeClock(START)
    sanne = Store.open(tmp_path / "sanne" / "omroeper.sqlite", clock=sanne_clock)
    joris = Store.open(tmp_path / "joris" / "omroeper.sqlite", clock=joris_clock)
    try:
        sanne.save(StaffMember(name="Sanne", is_self=True))
        mastodon = add_channel(sanne, Network.MASTODON, "Mastodon", TOKEN, base_url=server.url)
        whatsapp = sanne.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
        kermis = Post(title="Kermis", body="Kermis op het plein", status=PostStatus.SCHEDULED,
                      scheduled_at=START + timedelta(minutes=5))
        save_post(sanne, kermis, [Variant(post_id=kermis.id, channel_id=mastodon.id),
                                  Variant(post_id=kermis.id, channel_id=whatsapp.id)])
        export_handover(sanne, tmp_path / "heen.omroeper", HandoverNote(), sanne_clock())
        import_file(joris, tmp_path / "heen.omroeper", joris_clock.advance(minutes=1))
        take_sending_back(sanne)

        sanne_clock.advance(minutes=6)
        run_outbox(sanne, client_for, sanne_clock())
        [published] = [v for v in variants_of(sanne, kermis.id) if v.channel_id == mastodon.id]
        assert published.state is DeliveryState.PUBLISHED and len(server.statuses) == 1
        joris_clock.advance(minutes=6)
        assert run_outbox(joris, client_for, joris_clock()).failures  # no token on his laptop
        export_handover(joris, tmp_path / "terug.omroeper", HandoverNote(), joris_clock.advance(days=1))
        import_file(sanne, tmp_path / "terug.omroeper", sanne_clock.advance(days=1))

        [kept] = [v for v in variants_of(sanne, kermis.id) if v.channel_id == mastodon.id]
        assert (kept.state, kept.remote_id, kept.remote_url, kept.published_at) == (
            DeliveryState.PUBLISHED, published.remote_id, published.remote_url, published.published_at)
        channel = sanne.get(ChannelAccount, mastodon.id)
        assert channel is not None and channel.has_secret and channel.last_error == ""
        run_outbox(sanne, client_for, sanne_clock.advance(minutes=1))
        assert len(server.statuses) == 1
    finally:
        sanne.close()
        joris.close()


def _delivery(state: DeliveryState, remote_id: str = "") -> dict[str, object]:
    fields: dict[str, object] = {"state": state, "remote_id": remote_id, "last_error": state.value}
    if state is DeliveryState.SCHEDULED_REMOTE:
        fields["remote_fingerprint"] = "f" + remote_id
    if state is DeliveryState.PUBLISHED:
        fields["remote_url"] = f"https://social.example/@gemeente/{remote_id}"
    return fields


Q, P, S, F = DeliveryState.QUEUED, DeliveryState.PUBLISHED, DeliveryState.SCHEDULED_REMOTE, DeliveryState.FAILED


@pytest.mark.parametrize(("mine", "theirs", "kept"), [
    ((P, "o1"), (Q, ""), "mine"),  # published here, "queued" there later
    ((Q, ""), (P, "t1"), "theirs"),  # published there, "queued" here later
    ((S, "o1"), (F, ""), "mine"),  # held by Mastodon here, "failed" there later
    ((S, "o1"), (DeliveryState.PAUSED, ""), "mine"),
    ((DeliveryState.UNCONFIRMED, "o1"), (Q, ""), "mine"),
    ((DeliveryState.SENDING, "o1"), (DeliveryState.NOT_QUEUED, ""), "mine"),
    ((Q, ""), (S, "t1"), "theirs"),  # held there: kept although this laptop wrote later
    ((S, "o1"), (S, "t1"), "theirs"),  # both held: the later
    ((S, "o1"), (P, "t1"), "theirs"),
    ((F, ""), (DeliveryState.OVERDUE, ""), "theirs"),  # neither claims anything: the later
])
def test_a_channel_text_is_merged_by_how_far_it_got_and_its_text_by_time(
        tmp_path: Path, mine: tuple[DeliveryState, str], theirs: tuple[DeliveryState, str], kept: str) -> None:
    sanne_clock, joris_clock = FakeClock(START), FakeClock(START)
    sanne = Store.open(tmp_path / "sanne" / "omroeper.sqlite", clock=sanne_clock)
    joris = Store.open(tmp_path / "joris" / "omroeper.sqlite", clock=joris_clock)
    try:
        sanne.save(StaffMember(name="Sanne", is_self=True))
        mastodon = sanne.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
        braderie = post(sanne, mastodon, "Braderie", 5)
        export_handover(sanne, tmp_path / "heen.omroeper", HandoverNote(), sanne_clock.advance(hours=1))
        import_file(joris, tmp_path / "heen.omroeper", joris_clock.advance(hours=1))
        # The delivery that is kept is written first, the other after it; Joris's text comes last of all.
        first, second = (sanne, joris) if kept == "mine" else (joris, sanne)
        first_state, second_state = (mine, theirs) if first is sanne else (theirs, mine)
        for store, (state, remote_id) in ((first, first_state), (second, second_state)):
            sanne_clock.advance(minutes=10)
            joris_clock.advance(minutes=10)
            [variant] = variants_of(store, braderie.id)
            store.update_fields(variant, **_delivery(state, remote_id))
        joris_clock.advance(minutes=1)
        [text] = variants_of(joris, braderie.id)
        joris.update_fields(text, body="Braderie: met de tekst van Joris")  # the text: the later record's
        export_handover(joris, tmp_path / "terug.omroeper", HandoverNote(), joris_clock.advance(hours=1))
        import_file(sanne, tmp_path / "terug.omroeper", sanne_clock.advance(hours=1))

        [merged] = variants_of(sanne, braderie.id)
        state, remote_id = mine if kept == "mine" else theirs
        assert (merged.state, merged.remote_id, merged.last_error) == (state, remote_id, state.value)
        assert merged.body == "Braderie: met de tekst van Joris"
        stored = sanne.get(Post, braderie.id)
        assert stored is not None
        assert stored.status is (PostStatus.PUBLISHED if state is DeliveryState.PUBLISHED else PostStatus.SCHEDULED)
    finally:
        sanne.close()
        joris.close()


def test_a_post_changed_on_both_sides_keeps_what_the_other_side_sent(tmp_path: Path) -> None:
    """Sanne edited the post, Joris's laptop published it: both versions are kept, and hers counts as published
    on Mastodon (it is there), so her laptop never sends it again; his version beside it is a draft."""
    sanne_clock, joris_clock = FakeClock(START), FakeClock(START)
    sanne = Store.open(tmp_path / "sanne" / "omroeper.sqlite", clock=sanne_clock)
    joris = Store.open(tmp_path / "joris" / "omroeper.sqlite", clock=joris_clock)
    try:
        sanne.save(StaffMember(name="Sanne", is_self=True))
        mastodon = sanne.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
        braderie = post(sanne, mastodon, "Braderie", 5)
        export_handover(sanne, tmp_path / "heen.omroeper", HandoverNote(), sanne_clock.advance(hours=1))
        import_file(joris, tmp_path / "heen.omroeper", joris_clock.advance(hours=1))
        joris_clock.advance(days=5)
        [variant] = variants_of(joris, braderie.id)
        joris.update_fields(variant, **_delivery(P, "t1"))
        joris.update_fields(joris.get(Post, braderie.id), status=PostStatus.PUBLISHED)  # type: ignore[arg-type]
        sanne_clock.advance(days=2)
        mine = sanne.get(Post, braderie.id)
        assert mine is not None
        mine.body = "Braderie: let op de omleiding"
        save_post(sanne, mine, variants_of(sanne, braderie.id))
        export_handover(joris, tmp_path / "terug.omroeper", HandoverNote(), joris_clock.advance(days=1))
        report = import_file(sanne, tmp_path / "terug.omroeper", sanne_clock.advance(days=4))

        assert any("both versions kept: Braderie" in line for line in report)
        [kept] = variants_of(sanne, braderie.id)
        assert (kept.state, kept.remote_id) == (DeliveryState.PUBLISHED, "t1")
        assert sanne.get(Post, braderie.id).status is PostStatus.PUBLISHED  # type: ignore[union-attr]
        [other] = sanne.find(Post, "id != ?", [braderie.id])
        assert other.status is PostStatus.DRAFT
        assert [v.state for v in variants_of(sanne, other.id)] == [DeliveryState.NOT_QUEUED]
    finally:
        sanne.close()
        joris.close()


def test_a_channel_whose_token_is_on_this_laptop_is_never_deleted_by_a_file(tmp_path: Path) -> None:
    """Joris removed the Mastodon channel (he had no token for it) and the WhatsApp one: Mastodon stays on Sanne's
    laptop, where its token is, and the preview says so; WhatsApp's deletion asks the second question."""
    sanne_clock, joris_clock = FakeClock(START), FakeClock(START)
    sanne = Store.open(tmp_path / "sanne" / "omroeper.sqlite", clock=sanne_clock)
    joris = Store.open(tmp_path / "joris" / "omroeper.sqlite", clock=joris_clock)
    try:
        sanne.save(StaffMember(name="Sanne", is_self=True))
        mastodon = add_channel(sanne, Network.MASTODON, "Mastodon", TOKEN, base_url="https://social.example")
        whatsapp = sanne.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
        kermis = post(sanne, mastodon, "Kermis", 5)
        export_handover(sanne, tmp_path / "heen.omroeper", HandoverNote(), sanne_clock.advance(hours=1))
        import_file(joris, tmp_path / "heen.omroeper", joris_clock.advance(hours=1))
        joris_clock.advance(days=1)
        for channel in joris.find(ChannelAccount):
            remove_channel(joris, channel)
        export_handover(joris, tmp_path / "terug.omroeper", HandoverNote(), joris_clock.advance(days=1))
        sanne_clock.advance(days=2)
        handover = read_handover(tmp_path / "terug.omroeper")
        try:
            plan = plan_merge(sanne, handover)
        finally:
            handover.discard()
        assert "Deleted on the other side, kept because its token is on this laptop: channel Mastodon" in plan.lines()
        assert "Channel deleted on the other side: WhatsApp" in plan.lines()
        assert plan.deletes_many and plan.deletion_lines() == ["This file deletes 1 of the 2 channels."]
        import_file(sanne, tmp_path / "terug.omroeper", sanne_clock())
        assert [channel.id for channel in sanne.find(ChannelAccount)] == [mastodon.id]
        assert sanne.get(ChannelAccount, whatsapp.id) is None
        assert [v.channel_id for v in variants_of(sanne, kermis.id)] == [mastodon.id]
    finally:
        sanne.close()
        joris.close()


def test_a_channel_both_sides_added_to_a_post_is_one_channel_text(tmp_path: Path) -> None:
    """Both added Mastodon to the post, each laptop with its own record of it; Joris's laptop published it. After
    the hand-back the post has one Mastodon text, published: it does not go out a second time."""
    sanne_clock, joris_clock = FakeClock(START), FakeClock(START)
    sanne = Store.open(tmp_path / "sanne" / "omroeper.sqlite", clock=sanne_clock)
    joris = Store.open(tmp_path / "joris" / "omroeper.sqlite", clock=joris_clock)
    try:
        sanne.save(StaffMember(name="Sanne", is_self=True))
        whatsapp = sanne.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
        mastodon = sanne.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
        markt = post(sanne, whatsapp, "Markt", 5)
        export_handover(sanne, tmp_path / "heen.omroeper", HandoverNote(), sanne_clock.advance(hours=1))
        import_file(joris, tmp_path / "heen.omroeper", joris_clock.advance(hours=1))
        for store, clock in ((joris, joris_clock), (sanne, sanne_clock)):
            clock.advance(days=1)
            mine = store.get(Post, markt.id)
            assert mine is not None
            save_post(store, mine, [*variants_of(store, markt.id), Variant(post_id=markt.id, channel_id=mastodon.id)])
        [his] = [v for v in variants_of(joris, markt.id) if v.channel_id == mastodon.id]
        joris.update_fields(his, **_delivery(P, "t1"))
        export_handover(joris, tmp_path / "terug.omroeper", HandoverNote(), joris_clock.advance(days=1))
        import_file(sanne, tmp_path / "terug.omroeper", sanne_clock.advance(days=1))

        texts = [v for v in variants_of(sanne, markt.id) if v.channel_id == mastodon.id]
        assert [(v.state, v.remote_id) for v in texts] == [(DeliveryState.PUBLISHED, "t1")]
    finally:
        sanne.close()
        joris.close()


# ---- two claims on one channel text, an untick, the crisis switch's marks, records only the file had ---------------

@pytest.fixture
def shared_clock() -> FakeClock:
    return FakeClock(datetime(2026, 12, 1, 8, 0, tzinfo=UTC))


@pytest.fixture
def mastodon(shared_clock: FakeClock) -> Iterator[MastodonServer]:
    """A Mastodon whose scheduler runs on the laptops' clock."""
    state = MastodonServer(clock=shared_clock)
    httpd = serve(state)
    yield state
    stop(httpd, state)
    assert state.violations == []


def texts_at(server: MastodonServer) -> list[str]:
    return sorted([status["text_source"] for status in server.statuses]
                  + [item["params"]["text"] for item in server.scheduled.values()])


CONCERT = "Kerstconcert in de kerk op 20 december om 20:00"
NEW_HOUR = "Kerstconcert in de kerk op 20 december om 19:30 (nieuw uur!)"
NEW_CHURCH = "Kerstconcert in de Sint-Jan op 20 december om 20:00"


@pytest.mark.parametrize("officer", ["title", "text", "untick"])
def test_two_network_copies_of_one_channel_text_leave_one_at_most(
        tmp_path: Path, shared_clock: FakeClock, mastodon: MastodonServer, officer: str) -> None:
    """Sanne handed the concert to Mastodon's schedule and handed over. Joris moved it to 19:30: his laptop took her
    copy back and handed his over. Back home, before importing his file, Sanne touches the post on her laptop
    (its title, its text, or takes Mastodon off it). Her record is the later one, but his claim is: it stays, hers
    is kept as a deleted channel text for her outbox to take back, and the concert is on Mastodon once (never,
    when she took Mastodon off it)."""
    clock = shared_clock
    sanne = Store.open(tmp_path / "sanne" / "omroeper.sqlite", clock=clock)
    joris = Store.open(tmp_path / "joris" / "omroeper.sqlite", clock=clock)
    try:
        sanne.save(StaffMember(name="Sanne", is_self=True))
        channel = add_channel(sanne, Network.MASTODON, "Mastodon", TOKEN, base_url=mastodon.url)
        whatsapp = sanne.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
        concert = Post(title="Kerstconcert", body=CONCERT, status=PostStatus.SCHEDULED,
                       scheduled_at=clock() + timedelta(days=19, hours=10))
        save_post(sanne, concert, [Variant(post_id=concert.id, channel_id=channel.id),
                                   Variant(post_id=concert.id, channel_id=whatsapp.id)])
        run_outbox(sanne, client_for, clock())
        [her_copy] = mastodon.scheduled
        export_handover(sanne, tmp_path / "heen.omroeper", HandoverNote(), clock(), to="Joris")
        import_plan(joris, tmp_path / "heen.omroeper", clock())
        his_channel = joris.get(ChannelAccount, channel.id)
        assert his_channel is not None
        joris.update_fields(his_channel, has_secret=True)  # his token: the same one, in this test's keychain

        clock.advance(days=2)
        his = joris.get(Post, concert.id)
        assert his is not None
        his.body = NEW_HOUR
        save_post(joris, his, variants_of(joris, concert.id))
        run_outbox(joris, client_for, clock())
        [his_copy] = mastodon.scheduled
        assert his_copy != her_copy and texts_at(mastodon) == [NEW_HOUR]
        export_handover(joris, tmp_path / "terug.omroeper", HandoverNote(), clock.advance(days=3))

        clock.advance(hours=1)
        mine = sanne.get(Post, concert.id)
        assert mine is not None
        if officer == "title":
            mine.title = "Kerstconcert 🎄"
        elif officer == "text":
            mine.body = NEW_CHURCH
        kept_channels = [whatsapp.id] if officer == "untick" else [channel.id, whatsapp.id]
        save_post(sanne, mine, [v for v in variants_of(sanne, concert.id) if v.channel_id in kept_channels])
        plan = import_plan(sanne, tmp_path / "terug.omroeper", clock())

        texts = [v for v in sanne.find(Variant, "post_id = ? AND channel_id = ?", [concert.id, channel.id],
                                       include_deleted=True)]
        held = {(v.remote_id, v.deleted_at is not None) for v in texts}
        assert held == {(his_copy, officer == "untick"), (her_copy, True)}  # his claim stays; hers is to take back
        assert import_plan(sanne, tmp_path / "terug.omroeper").claims_left == []  # the same file again: no more
        assert len(sanne.find(Variant, "post_id = ? AND channel_id = ?", [concert.id, channel.id],
                              include_deleted=True)) == 2
        run_outbox(sanne, client_for, clock())
        clock.advance(days=15)
        mastodon.publish_scheduled()
        run_outbox(sanne, client_for, clock())
        run_outbox(joris, client_for, clock())
        expected = {"title": [CONCERT], "text": [NEW_CHURCH], "untick": []}[officer]
        assert texts_at(mastodon) == expected  # her version (the local one stays in a conflict), once
        assert plan.claims_left == ["Kerstconcert 🎄 on Mastodon" if officer == "title" else "Kerstconcert on Mastodon"]
    finally:
        sanne.close()
        joris.close()


def test_a_channel_taken_off_a_post_stays_off_whatever_the_other_side_wrote_later(tmp_path: Path,
                                                                                  server: MastodonServer) -> None:
    """Sanne takes Mastodon off the market after handing over; Joris, later, corrects the Mastodon text. The
    hand-back keeps Mastodon off: never a post on a channel the officer took it off."""
    clock = FakeClock(START)
    sanne = Store.open(tmp_path / "sanne" / "omroeper.sqlite", clock=clock)
    joris = Store.open(tmp_path / "joris" / "omroeper.sqlite", clock=clock)
    try:
        sanne.save(StaffMember(name="Sanne", is_self=True))
        mastodon = add_channel(sanne, Network.MASTODON, "Mastodon", TOKEN, base_url=server.url)
        whatsapp = sanne.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
        market = Post(title="Markt", body="Markt op zaterdag", status=PostStatus.SCHEDULED,
                      scheduled_at=START + timedelta(days=3))
        save_post(sanne, market, [Variant(post_id=market.id, channel_id=mastodon.id),
                                  Variant(post_id=market.id, channel_id=whatsapp.id)])
        export_handover(sanne, tmp_path / "heen.omroeper", HandoverNote(), clock(), to="Joris")
        import_plan(joris, tmp_path / "heen.omroeper", clock())
        clock.advance(hours=1)
        save_post(sanne, sanne.get(Post, market.id),  # type: ignore[arg-type]
                  [v for v in variants_of(sanne, market.id) if v.channel_id == whatsapp.id])
        clock.advance(hours=1)
        [his] = [v for v in variants_of(joris, market.id) if v.channel_id == mastodon.id]
        his.body = "Markt op zaterdag, met kerstkraampjes"
        save_post(joris, joris.get(Post, market.id), [his, *[v for v in variants_of(joris, market.id)  # type: ignore[arg-type]
                                                              if v.channel_id == whatsapp.id]])
        export_handover(joris, tmp_path / "terug.omroeper", HandoverNote(), clock.advance(hours=1))
        import_plan(sanne, tmp_path / "terug.omroeper", clock())

        assert [v.channel_id for v in variants_of(sanne, market.id)] == [whatsapp.id]
        run_outbox(sanne, client_for, clock.advance(days=3))
        assert server.statuses == [] and server.scheduled == {}
    finally:
        sanne.close()
        joris.close()


@pytest.mark.parametrize("last", ["joris resumes", "sanne pauses again"])
def test_pause_all_on_both_laptops_is_no_conflict_and_the_later_change_of_the_marks_wins(
        tmp_path: Path, shared_clock: FakeClock, last: str) -> None:
    from services.crisis import pause_all, resume_all

    clock = shared_clock
    sanne = Store.open(tmp_path / "sanne" / "omroeper.sqlite", clock=clock)
    joris = Store.open(tmp_path / "joris" / "omroeper.sqlite", clock=clock)
    try:
        sanne.save(StaffMember(name="Sanne", is_self=True))
        whatsapp = sanne.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
        for number in range(12):
            post(sanne, whatsapp, f"Post {number}", 160 + number)  # START is in July: these lie after now
        export_handover(sanne, tmp_path / "heen.omroeper", HandoverNote(), clock(), to="Joris")
        import_plan(joris, tmp_path / "heen.omroeper", clock())
        pause_all(sanne, clock.advance(days=1), "Aanslag")  # she hears the news on holiday, and calls Joris
        pause_all(joris, clock.advance(minutes=10), "Aanslag")
        resume_all(joris, clock.advance(days=1))
        if last == "sanne pauses again":
            resume_all(sanne, clock.advance(hours=1))
            pause_all(sanne, clock.advance(hours=1), "Rouw")
        export_handover(joris, tmp_path / "terug.omroeper", HandoverNote(), clock.advance(days=2))
        plan = import_plan(sanne, tmp_path / "terug.omroeper", clock())

        assert plan.conflicts == []
        posts = sanne.find(Post)
        assert len(posts) == 12 and all(p.status is PostStatus.SCHEDULED for p in posts)  # no "(version of …)"
        paused = last == "sanne pauses again"
        assert all((p.paused_at is not None) is paused for p in posts)
        assert {p.pause_reason for p in posts} == {"Rouw" if paused else ""}
        states = {v.state for p in posts for v in variants_of(sanne, p.id)}
        assert states == {DeliveryState.PAUSED if paused else DeliveryState.NOT_QUEUED}
    finally:
        sanne.close()
        joris.close()


def test_records_the_file_marks_deleted_arrive_as_deleted_and_count_as_no_change(tmp_path: Path) -> None:
    """A record this laptop never had, deleted in the file, is kept here as deleted (its id stays dead), but it
    is no deletion here: the preview does not count it and the second question is not asked."""
    clock = FakeClock(START)
    sanne = Store.open(tmp_path / "sanne" / "omroeper.sqlite", clock=clock)
    joris = Store.open(tmp_path / "joris" / "omroeper.sqlite", clock=clock)
    try:
        sanne.save(StaffMember(name="Sanne", is_self=True))
        whatsapp = sanne.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
        gone = [post(sanne, whatsapp, f"Afgelast {number}", 3 + number) for number in range(15)]
        kept = post(sanne, whatsapp, "Markt", 2)
        for cancelled in gone:
            delete_post(sanne, cancelled.id)
        export_handover(sanne, tmp_path / "heen.omroeper", HandoverNote(), clock.advance(hours=1), to="Joris")
        plan = import_plan(joris, tmp_path / "heen.omroeper", clock())

        assert "posts: 1 added, 0 changed, 0 deleted" in plan.lines()
        assert "channel texts: 1 added, 0 changed, 0 deleted" in plan.lines()
        assert not any("Deleted on the other side" in line for line in plan.lines())
        assert not plan.deletes_many and plan.posts_deleted == 0
        assert [p.id for p in joris.find(Post)] == [kept.id]
        stored = [joris.get(Post, cancelled.id, include_deleted=True) for cancelled in gone]
        assert all(p is not None and p.deleted_at is not None for p in stored)
        assert len(joris.find(Variant, "deleted_at IS NOT NULL", include_deleted=True)) == 15
        assert import_plan(joris, tmp_path / "heen.omroeper", clock()).lines() == ["Nothing new in this file."]
    finally:
        sanne.close()
        joris.close()
