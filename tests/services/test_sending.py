"""The sending goes with the handover file: the laptop that writes one sends nothing from then on, the laptop that
imports one sends. Two laptops and one local Mastodon server: each post is on the server once, whoever's laptop is
open when it falls due."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from models.channel import ChannelAccount, Network
from models.planning import Absence
from models.post import DeliveryState, Post, PostStatus, Variant
from models.staff import StaffMember
from services.channels import add_channel, update_channel
from services.handover import HandoverNote, export_handover
from services.networks.registry import client_for
from services.outbox import run_outbox
from services.post_editing import save_post, variants_of
from services.sending import SETTING, HandedTo, handed_to, take_sending_back
from services.store import Store
from tests.conftest import FakeClock
from tests.services.handover_craft import import_file
from tests.services.mastodon_server import TOKEN, MastodonServer

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
        assert handed_to(joris) == HandedTo("Sanne", joris_clock())
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
