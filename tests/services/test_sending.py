"""The sending goes with the handover file: the laptop that writes one sends nothing from then on, the laptop that
imports one sends. Two laptops and one local Mastodon server: each post is on the server once, whoever's laptop is
open when it falls due."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from models.channel import ChannelAccount, Network
from models.planning import Absence
from models.post import DeliveryState, Post, PostStatus, Variant
from models.staff import StaffMember
from services.channels import add_channel, update_channel
from services.crisis import pause_all
from services.errors import KnownError
from services.handover import HandoverNote, export_handover
from services.merge import MergePlan
from services.networks.registry import client_for
from services.outbox import run_outbox
from services.post_editing import save_post, variants_of
from services.sending import (
    SETTING,
    FileSending,
    HandedTo,
    handed_to,
    recipient,
    stopped_message,
    take_sending_back,
)
from services.store import Store
from tests.conftest import FakeClock
from tests.services.handover_craft import craft, import_file
from tests.services.mastodon_server import TOKEN, MastodonServer, serve, stop

T0 = datetime(2026, 8, 14, 14, 0, tzinfo=UTC)  # Friday afternoon: Sanne hands over


def scheduled(store: Store, channel: ChannelAccount, title: str, when: datetime) -> Post:
    """A post due at `when`, soon enough that it is sent then rather than handed to Mastodon's own schedule."""
    post = Post(title=title, body=f"{title} op het plein", status=PostStatus.SCHEDULED, scheduled_at=when)
    return save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)])


def test_a_post_goes_out_once_from_whichever_laptop_has_the_sending(tmp_path: Path,
                                                                    server: MastodonServer) -> None:
    sanne_clock, joris_clock = FakeClock(T0), FakeClock(T0 + timedelta(minutes=40))
    sanne = Store.open(tmp_path / "sanne" / "omroeper.sqlite", clock=sanne_clock)
    joris = Store.open(tmp_path / "joris" / "omroeper.sqlite", clock=joris_clock)
    try:
        me = sanne.save(StaffMember(name="Sanne", is_self=True))
        stand_in = sanne.save(StaffMember(name="Joris"))
        sanne.save(Absence(staff_id=me.id, standin_id=stand_in.id, starts_on=date(2026, 8, 17),
                           ends_on=date(2026, 8, 28)))
        mastodon = add_channel(sanne, Network.MASTODON, "Mastodon", TOKEN, base_url=server.url)
        kermis = scheduled(sanne, mastodon, "Kermis", T0 + timedelta(minutes=5))
        export_handover(sanne, tmp_path / "naar-joris.omroeper", HandoverNote(), sanne_clock())
        assert handed_to(sanne) == HandedTo("Joris", T0)

        # Her window stays open: the post falls due, and her laptop sends nothing.
        report = run_outbox(sanne, client_for, sanne_clock.advance(minutes=6))
        assert report.published == 0 and server.statuses == []
        assert variants_of(sanne, kermis.id)[0].state is not DeliveryState.PUBLISHED

        # Joris imports, enters the token: his laptop sends it, once.
        import_file(joris, tmp_path / "naar-joris.omroeper", joris_clock())
        assert handed_to(joris) is None
        joris.update_fields(joris.get(StaffMember, stand_in.id), is_self=True)  # type: ignore[arg-type]
        his = joris.get(ChannelAccount, mastodon.id)
        assert his is not None
        update_channel(joris, his, name=his.name, base_url=server.url, secret=TOKEN)
        assert run_outbox(joris, client_for, joris_clock.advance(minutes=1)).published == 1
        assert [status["content"] for status in server.statuses] == ["<p>Kermis op het plein</p>"]

        # During the absence he plans a post; he hands back before it falls due, and from then on sends nothing.
        markt = scheduled(joris, joris.get(ChannelAccount, mastodon.id), "Markt",  # type: ignore[arg-type]
                          joris_clock() + timedelta(days=14))
        joris_clock.advance(days=14, minutes=-3)
        export_handover(joris, tmp_path / "terug.omroeper", HandoverNote(), joris_clock())
        assert handed_to(joris) == HandedTo("Sanne", joris_clock(), back=True)  # it went back where it came from
        assert run_outbox(joris, client_for, joris_clock.advance(minutes=4)).published == 0

        # Back from holiday, Sanne's laptop runs before she imports: Kermis, sent by Joris, is not sent again.
        sanne_clock.now = joris_clock()
        assert run_outbox(sanne, client_for, sanne_clock()).published == 0
        assert len(server.statuses) == 1
        # Importing brings the sending back: Markt, which Joris's laptop no longer sends, goes out from hers.
        import_file(sanne, tmp_path / "terug.omroeper", sanne_clock.advance(minutes=1))
        assert handed_to(sanne) is None
        [kermis_variant] = variants_of(sanne, kermis.id)
        assert kermis_variant.state is DeliveryState.PUBLISHED and kermis_variant.remote_id
        report = run_outbox(sanne, client_for, sanne_clock.advance(minutes=1))
        assert report.published == 1
        assert sorted(status["content"] for status in server.statuses) == ["<p>Kermis op het plein</p>",
                                                                           "<p>Markt op het plein</p>"]
        assert variants_of(sanne, markt.id)[0].state is DeliveryState.PUBLISHED
    finally:
        sanne.close()
        joris.close()


def test_a_file_that_could_not_be_written_leaves_the_sending_here(tmp_path: Path, store: Store) -> None:
    from services.errors import KnownError

    store.save(StaffMember(name="Sanne", is_self=True))
    try:
        export_handover(store, tmp_path / "no-such-folder" / "x.omroeper", HandoverNote(), store.clock())
    except KnownError:
        pass
    else:
        raise AssertionError("the file was written")
    assert handed_to(store) is None


def test_taking_the_sending_back_by_hand_and_a_setting_this_app_did_not_write(store: Store) -> None:
    store.set_setting(SETTING, {"name": "Joris", "since": "2026-08-14T14:00:00.000000Z"})
    assert handed_to(store) == HandedTo("Joris", T0)
    take_sending_back(store)
    assert handed_to(store) is None and store.get_setting(SETTING) is None
    store.set_setting(SETTING, "Joris")  # not what this app writes: sending stays elsewhere, said without a name
    assert handed_to(store) == HandedTo("", None)


def test_reminders_to_post_by_hand_are_the_sending_laptops_too(store: Store) -> None:
    """Else both people would post the same text on WhatsApp."""
    from models.channel import ChannelAccount, Network
    from models.post import DeliveryState, Post, PostStatus, Variant
    from services.delivery import count_due_reminders, due_reminders
    from services.post_editing import save_post, variants_of
    from services.sending import hand_over_sending, take_sending_back

    whatsapp = store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
    now = store.clock()
    post = Post(title="Markt", body="Markt", status=PostStatus.SCHEDULED, scheduled_at=now)
    save_post(store, post, [Variant(post_id=post.id, channel_id=whatsapp.id)])
    store.update_fields(variants_of(store, post.id)[0], state=DeliveryState.REMINDER)
    assert count_due_reminders(store, now) == 1 and len(due_reminders(store, now)) == 1
    hand_over_sending(store, "Joris", now)
    assert count_due_reminders(store, now) == 0 and due_reminders(store, now) == []
    take_sending_back(store)
    assert count_due_reminders(store, now) == 1


# ---- which import brings the sending ------------------------------------------------------------------------------

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


def laptop(tmp_path: Path, name: str, clock: FakeClock, me: str | None) -> Store:
    store = Store.open(tmp_path / name / "omroeper.sqlite", clock=clock)
    if me:
        store.save(StaffMember(name=me, is_self=True))
    return store


def imported(store: Store, path: Path) -> MergePlan:
    return import_file(store, path, store.clock())


def with_token(store: Store, channel: ChannelAccount, server: MastodonServer) -> None:
    """Joris enters the Mastodon token on his own laptop."""
    his = store.get(ChannelAccount, channel.id)
    assert his is not None
    update_channel(store, his, name=his.name, base_url=server.url, secret=TOKEN)


def texts_at(server: MastodonServer) -> list[str]:
    """Every text the server published or holds in its schedule, each as often as it is there."""
    return sorted([status["text_source"] for status in server.statuses]
                  + [item["params"]["text"] for item in server.scheduled.values()])


def test_a_file_imported_again_an_older_one_or_this_laptops_own_leaves_the_sending_where_it_is(
        tmp_path: Path, shared_clock: FakeClock, mastodon: MastodonServer) -> None:
    """Joris hands back, then opens Sanne's first file again (still in his Downloads); Sanne imports her own file,
    and later, with the sending with Joris again, an older file. Each merges the data; none brings the sending, so
    each post is on the server once."""
    clock = shared_clock
    sanne, joris = laptop(tmp_path, "sanne", clock, "Sanne"), laptop(tmp_path, "joris", clock, "Joris")
    try:
        channel = add_channel(sanne, Network.MASTODON, "Mastodon", TOKEN, base_url=mastodon.url)
        for number, minutes in enumerate((30, 60, 90)):
            scheduled(sanne, channel, f"Post {number}", clock() + timedelta(days=3, minutes=minutes))
        first = tmp_path / "naar-joris.omroeper"
        export_handover(sanne, first, HandoverNote(), clock(), to="Joris")
        assert imported(joris, first).sending is FileSending.BRINGS
        with_token(joris, channel, mastodon)
        clock.advance(days=3, minutes=5)
        export_handover(joris, tmp_path / "terug.omroeper", HandoverNote(), clock())
        assert handed_to(joris) == HandedTo("Sanne", clock(), back=True)  # the file that brought it came from her
        assert imported(sanne, tmp_path / "terug.omroeper").sending is FileSending.BRINGS
        assert handed_to(sanne) is None

        again = imported(joris, first)  # double-clicked once more
        assert again.sending is FileSending.OLDER
        assert again.sending_line.startswith("This file does not bring the sending: it is older than the last "
                                             "handover file written or imported here (2026-12-04 08:05 UTC)")
        assert again.sending_line.endswith("The sending stays with Sanne.")
        assert handed_to(joris) is not None
        own = imported(sanne, first)  # her own file, by mistake
        assert own.sending is FileSending.OWN and handed_to(sanne) is None
        assert own.sending_line == ("This file does not bring the sending: it is this laptop's own. This laptop "
                                    "goes on sending.")
        clock.advance(minutes=30)
        assert run_outbox(joris, client_for, clock()).published == 0
        run_outbox(sanne, client_for, clock())
        assert texts_at(mastodon) == ["Post 0 op het plein", "Post 1 op het plein", "Post 2 op het plein"]

        # Sanne hands over again; then she opens Joris's earlier hand-back once more: the sending stays with him.
        clock.advance(minutes=1)
        scheduled(sanne, channel, "Post 9", clock() + timedelta(minutes=20))
        export_handover(sanne, tmp_path / "naar-joris-2.omroeper", HandoverNote(), clock(), to="Joris")
        assert imported(joris, tmp_path / "naar-joris-2.omroeper").sending is FileSending.BRINGS
        older = imported(sanne, tmp_path / "terug.omroeper")
        assert older.sending is FileSending.OLDER and older.sending_line.endswith("The sending stays with Joris.")
        assert handed_to(sanne) == HandedTo("Joris", clock())
        clock.advance(minutes=30)
        assert run_outbox(sanne, client_for, clock()).published == 0
        run_outbox(joris, client_for, clock())
        clock.advance(hours=2)
        mastodon.publish_scheduled()
        assert texts_at(mastodon) == ["Post 0 op het plein", "Post 1 op het plein", "Post 2 op het plein",
                                      "Post 9 op het plein"]
        assert mastodon.scheduled == {}
    finally:
        sanne.close()
        joris.close()


def test_no_second_handover_file_while_the_sending_is_with_someone(tmp_path: Path, shared_clock: FakeClock) -> None:
    """Sanne hands week 1 to Joris and then, the sending with Joris, writes a file for Piet: refused, naming Joris,
    so Piet's laptop never sends beside Joris's."""
    sanne = laptop(tmp_path, "sanne", shared_clock, "Sanne")
    try:
        export_handover(sanne, tmp_path / "naar-joris.omroeper", HandoverNote(), shared_clock(), to="Joris")
        with pytest.raises(KnownError) as refused:
            export_handover(sanne, tmp_path / "naar-piet.omroeper", HandoverNote(), shared_clock(), to="Piet")
        assert refused.value.message.startswith("The sending is with Joris since 01-12-2026: a handover file "
                                                "written now would not bring it")
        assert not (tmp_path / "naar-piet.omroeper").exists()
        assert handed_to(sanne) == HandedTo("Joris", shared_clock())
    finally:
        sanne.close()


def test_a_file_whose_laptop_did_not_have_the_sending_does_not_bring_it(tmp_path: Path,
                                                                        shared_clock: FakeClock) -> None:
    sanne, joris = laptop(tmp_path, "sanne", shared_clock, "Sanne"), laptop(tmp_path, "joris", shared_clock, None)
    try:
        export_handover(sanne, tmp_path / "heen.omroeper", HandoverNote(), shared_clock(), to="Joris")
        import_file(joris, tmp_path / "heen.omroeper", shared_clock())
        export_handover(joris, tmp_path / "terug.omroeper", HandoverNote(), shared_clock.advance(days=1))
        crafted = craft(tmp_path / "terug.omroeper", tmp_path / "zonder.omroeper",
                        manifest_changes={"carries_sending": False})
        plan = import_file(sanne, crafted, shared_clock())
        assert plan.sending is FileSending.NOT_HELD
        assert plan.sending_line == ("This file does not bring the sending: the laptop that wrote it did not have "
                                     "the sending then. The sending stays with Joris.")
        assert handed_to(sanne) == HandedTo("Joris", datetime(2026, 12, 1, 8, 0, tzinfo=UTC))
    finally:
        sanne.close()
        joris.close()


# ---- the crisis switch on a laptop without the sending -------------------------------------------------------

def test_pause_all_takes_back_what_each_laptop_handed_over_also_without_the_sending(
        tmp_path: Path, shared_clock: FakeClock, mastodon: MastodonServer) -> None:
    """A crisis between Joris's hand-back and Sanne's import: neither laptop has the sending from the other's
    point of view (his went back, hers is still to be imported). Each one's Pause all takes back, from Mastodon's
    schedule, what that laptop handed over itself, and sends nothing."""
    clock = shared_clock
    sanne, joris = laptop(tmp_path, "sanne", clock, "Sanne"), laptop(tmp_path, "joris", clock, "Joris")
    try:
        channel = add_channel(sanne, Network.MASTODON, "Mastodon", TOKEN, base_url=mastodon.url)
        kermis = scheduled(sanne, channel, "Kermis", clock() + timedelta(days=10))
        run_outbox(sanne, client_for, clock())
        export_handover(sanne, tmp_path / "heen.omroeper", HandoverNote(), clock(), to="Joris")
        import_file(joris, tmp_path / "heen.omroeper", clock.advance(minutes=5))
        with_token(joris, channel, mastodon)
        markt = scheduled(joris, channel, "Markt", clock() + timedelta(days=12))
        run_outbox(joris, client_for, clock.advance(minutes=1))
        assert texts_at(mastodon) == ["Kermis op het plein", "Markt op het plein"]
        export_handover(joris, tmp_path / "terug.omroeper", HandoverNote(), clock.advance(days=1))

        clock.advance(hours=1)  # the news breaks; both press Pause all
        pause_all(sanne, clock(), "Aanslag")
        report = run_outbox(sanne, client_for, clock())
        assert report.taken_back == 1 and report.published == report.handed_over == 0
        assert texts_at(mastodon) == ["Markt op het plein"]
        [held_here] = variants_of(sanne, kermis.id)
        assert (held_here.state, held_here.remote_id) == (DeliveryState.PAUSED, "")
        pause_all(joris, clock(), "Aanslag")
        run_outbox(joris, client_for, clock())
        assert mastodon.scheduled == {} and mastodon.statuses == []
        assert [v.state for v in variants_of(joris, markt.id)] == [DeliveryState.PAUSED]
        assert handed_to(sanne) is not None and handed_to(joris) is not None  # nobody took the sending

        clock.advance(days=15)  # long after both posts' times: nothing went out from either laptop
        mastodon.publish_scheduled()
        run_outbox(sanne, client_for, clock())
        run_outbox(joris, client_for, clock())
        assert mastodon.statuses == [] and mastodon.scheduled == {}
    finally:
        sanne.close()
        joris.close()


def test_the_hand_back_names_the_colleague_whose_file_brought_the_sending(tmp_path: Path,
                                                                         shared_clock: FakeClock) -> None:
    """Joris stands in for an absence that starts next month, so the calendar names nobody for today; his
    hand-back goes to Sanne, whose file brought the sending, and his laptop says so."""
    sanne, joris = laptop(tmp_path, "sanne", shared_clock, "Sanne de Vries"), laptop(tmp_path, "joris", shared_clock,
                                                                                     None)
    try:
        export_handover(sanne, tmp_path / "heen.omroeper", HandoverNote(), shared_clock(), to="Joris")
        import_file(joris, tmp_path / "heen.omroeper", shared_clock())
        joris.save(StaffMember(name="Joris", is_self=True))
        assert recipient(joris, shared_clock().date()) == "Sanne de Vries"
        export_handover(joris, tmp_path / "terug.omroeper", HandoverNote(), shared_clock.advance(hours=1))
        handed = handed_to(joris)
        assert handed == HandedTo("Sanne de Vries", shared_clock(), back=True)
        assert stopped_message(handed, "1 December") == (
            "Sending went back to Sanne de Vries with the handover file written here on 1 December: this laptop "
            "sends nothing, unless a handover file from Sanne de Vries brings the sending here again.")
    finally:
        sanne.close()
        joris.close()
