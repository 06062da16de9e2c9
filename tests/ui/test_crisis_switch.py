"""The crisis switch in the window: Pause all asks first, stops the posts, and the open composer shows the pause
with its reason; Resume this post and Resume all hand them back."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from models.channel import ChannelAccount, Network
from models.post import DeliveryState, Post, PostStatus, Variant
from services.crisis import paused_posts
from services.outbox import run_outbox
from services.post_editing import save_post, variants_of
from services.store import Store
from tests.conftest import FakeClock
from ui.pause_dialog import PauseDialog


def scheduled(store: Store, clock: FakeClock, hours: float, title: str) -> Post:
    channel = store.find(ChannelAccount)[0] if store.find(ChannelAccount) else store.save(
        ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
    post = Post(title=title, body=title, status=PostStatus.SCHEDULED, scheduled_at=clock.now + timedelta(hours=hours))
    return save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)])


def test_pause_all_asks_then_stops_and_the_composer_shows_why(make_window, store: Store, clock: FakeClock,  # type: ignore[no-untyped-def]
                                                               monkeypatch: pytest.MonkeyPatch, english) -> None:
    first = scheduled(store, clock, 2, "Braderie")
    second = scheduled(store, clock, 30, "Raadsvergadering")
    run_outbox(store, lambda channel: pytest.fail("manual channels need no network"), clock.now)
    window = make_window()
    window.calendar().open_post(first.id)
    composer = window.calendar().composer
    assert composer.paused_row.isHidden()

    monkeypatch.setattr(PauseDialog, "exec", lambda dialog: PauseDialog.DialogCode.Rejected)
    assert not window.crisis.pause_all() and paused_posts(store) == []

    def confirm(dialog: PauseDialog) -> int:
        assert "2 posts" in dialog.findChild(type(composer.paused_label)).text()
        dialog.reason_edit.setText("Brand in het centrum")
        return PauseDialog.DialogCode.Accepted

    monkeypatch.setattr(PauseDialog, "exec", confirm)
    assert window.crisis.pause_all()
    assert {post.id for post in paused_posts(store)} == {first.id, second.id}
    assert [v.state for v in variants_of(store, first.id)] == [DeliveryState.PAUSED]
    assert not composer.paused_row.isHidden() and "Brand in het centrum" in composer.paused_label.text()

    composer.resume()
    assert [post.id for post in paused_posts(store)] == [second.id]
    assert composer.paused_row.isHidden()

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or QMessageBox.StandardButton.Yes)
    clock.advance(hours=31)  # the second one's time passes while paused
    assert window.crisis.resume_all()
    assert paused_posts(store) == []
    assert [v.state for v in variants_of(store, second.id)] == [DeliveryState.OVERDUE]
    assert len(shown) == 2 and "Raadsvergadering" in shown[1]  # the question, then the posts that passed


def test_pause_all_without_the_sending_takes_back_what_this_laptop_handed_to_a_network(  # type: ignore[no-untyped-def]
        make_window, qtbot, store: Store, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sending went with a handover file; the news breaks before the other laptop was reached. Pause all in
    this window takes back, from Mastodon's schedule, the copy this laptop handed over itself, and sends nothing."""
    from services.channels import add_channel
    from services.networks.registry import client_for
    from services.sending import hand_over_sending
    from tests.services.mastodon_server import TOKEN, MastodonServer, serve, stop

    mastodon = MastodonServer(clock=clock)
    httpd = serve(mastodon)
    try:
        channel = add_channel(store, Network.MASTODON, "Mastodon", TOKEN, base_url=mastodon.url)
        post = Post(title="Kermis", body="Kermis op het plein", status=PostStatus.SCHEDULED,
                    scheduled_at=clock.now + timedelta(days=3))
        save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)])
        run_outbox(store, client_for, clock.now)
        assert len(mastodon.scheduled) == 1
        hand_over_sending(store, "Joris", clock.now)
        window = make_window()
        told: list[str] = []
        monkeypatch.setattr("ui.messages.inform", lambda parent, title, text: told.append(text))
        monkeypatch.setattr(PauseDialog, "exec", lambda dialog: PauseDialog.DialogCode.Accepted)
        assert window.crisis.pause_all()
        qtbot.waitUntil(lambda: [(v.state, v.remote_id) for v in variants_of(store, post.id)] == [
            (DeliveryState.PAUSED, "")], timeout=10_000)
        assert mastodon.scheduled == {} and mastodon.statuses == []
        assert told and "The sending is with Joris" in told[0] and "is being taken back" in told[0]
        monkeypatch.setattr("ui.messages.ask", lambda parent, title, text: True)
        assert window.crisis.resume_all()
        assert "this laptop sends nothing until the work is handed back" in told[-1]
    finally:
        stop(httpd, mastodon)
    assert mastodon.violations == []
