"""Handing over waits while a network holds posts that should no longer go out there: after the handover this laptop
takes nothing back, and the other laptop never learns of a copy the calendar no longer shows. Deleted posts,
channels taken off a post, removed channels and posts set back from "scheduled" are named, and the file is written
once the outbox took them back. Two laptops and one local Mastodon server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from models.channel import ChannelAccount, Network
from models.post import Post, PostStatus, Variant
from models.staff import StaffMember
from services.channels import add_channel, remove_channel
from services.errors import KnownError
from services.handover import HandoverNote, export_handover
from services.networks.registry import client_for
from services.outbox import run_outbox
from services.post_editing import delete_post, save_post
from services.sending import handed_to
from services.store import Store
from tests.conftest import FakeClock
from tests.services.handover_craft import import_file
from tests.services.mastodon_server import TOKEN, MastodonServer, serve, stop

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def mastodon(clock: FakeClock) -> Iterator[MastodonServer]:
    state = MastodonServer(clock=clock)
    httpd = serve(state)
    yield state
    stop(httpd, state)
    assert state.violations == []


def scheduled(store: Store, title: str, days: int, *channels: ChannelAccount) -> Post:
    post = Post(title=title, body=f"{title}!", status=PostStatus.SCHEDULED, scheduled_at=T0 + timedelta(days=days))
    return save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id) for channel in channels])


def test_a_post_deleted_unticked_set_back_or_on_a_removed_channel_waits_for_the_take_back_before_handing_over(
        tmp_path: Path, clock: FakeClock, mastodon: MastodonServer) -> None:
    sanne = Store.open(tmp_path / "sanne" / "omroeper.sqlite", clock=clock)
    joris = Store.open(tmp_path / "joris" / "omroeper.sqlite", clock=clock)
    try:
        sanne.save(StaffMember(name="Sanne", is_self=True))
        town = add_channel(sanne, Network.MASTODON, "Mastodon", TOKEN, base_url=mastodon.url)
        museum = add_channel(sanne, Network.MASTODON, "Mastodon museum", TOKEN, base_url=mastodon.url)
        whatsapp = sanne.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
        skating = scheduled(sanne, "Schaatsbaan", 3, town)
        market = scheduled(sanne, "Kerstmarkt", 4, town, whatsapp)
        concert = scheduled(sanne, "Kerstconcert", 5, town)
        scheduled(sanne, "Expositie", 6, museum)
        run_outbox(sanne, client_for, clock())
        assert len(mastodon.scheduled) == 4

        # Offline on the train: the skating rink is cancelled, Mastodon is taken off the market, the concert goes
        # back to draft, and the museum leaves Mastodon. Then she hands over.
        clock.advance(hours=1)
        delete_post(sanne, skating.id)
        save_post(sanne, sanne.get(Post, market.id), [Variant(post_id=market.id, channel_id=whatsapp.id)])  # type: ignore[arg-type]
        back = sanne.get(Post, concert.id)
        assert back is not None
        back.status = PostStatus.DRAFT
        save_post(sanne, back, [Variant(post_id=concert.id, channel_id=town.id)])
        remove_channel(sanne, sanne.get(ChannelAccount, museum.id))  # type: ignore[arg-type]
        target = tmp_path / "naar-joris.omroeper"
        with pytest.raises(KnownError) as refused:
            export_handover(sanne, target, HandoverNote(), clock(), to="Joris")
        assert refused.value.message.splitlines()[1:5] == [
            "• “Schaatsbaan” on Mastodon (deleted)", "• “Kerstmarkt” on Mastodon (taken off the post)",
            "• “Kerstconcert” on Mastodon (no longer scheduled)", "• “Expositie” on Mastodon museum (the channel "
                                                                  "was removed)"]
        assert not target.exists() and handed_to(sanne) is None  # nothing written, the sending still here
        assert len(mastodon.scheduled) == 4

        # Online again: the outbox takes them back; then the handover goes, and nothing is left to go out.
        assert run_outbox(sanne, client_for, clock.advance(minutes=5)).taken_back == 4
        assert mastodon.scheduled == {}
        export_handover(sanne, target, HandoverNote(), clock(), to="Joris")
        import_file(joris, target, clock())
        his = joris.get(ChannelAccount, town.id)
        assert his is not None
        joris.update_fields(his, has_secret=True)  # his token: the same one, in this test's keychain
        clock.advance(days=7)
        mastodon.publish_scheduled()
        run_outbox(joris, client_for, clock())
        assert mastodon.statuses == [] and mastodon.scheduled == {}
    finally:
        sanne.close()
        joris.close()
