"""After Pause all the window says, for as long as it lasts, that publishing is paused: since when, why, how many
posts, how many a network still holds, and "Resume all…"; the bar goes when nothing is paused any more."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from models.channel import ChannelAccount, Network
from models.post import DeliveryState, Post, PostStatus, Variant
from models.settings import Country, Municipality
from services.crisis import paused_posts
from services.post_editing import save_post
from services.preferences import save_municipality
from services.store import Store
from tests.conftest import FakeClock
from ui.pause_dialog import PauseDialog
from ui.paused_bar import PausedBar


def scheduled(store: Store, clock: FakeClock, hours: float, title: str, channel: ChannelAccount,
              state: DeliveryState = DeliveryState.QUEUED) -> Post:
    post = Post(title=title, body=title, status=PostStatus.SCHEDULED, scheduled_at=clock.now + timedelta(hours=hours))
    variant = Variant(post_id=post.id, channel_id=channel.id, state=state)
    if state is DeliveryState.SCHEDULED_REMOTE:  # as the outbox leaves a post it handed to the network's schedule
        variant.remote_id, variant.remote_fingerprint = "110", "fingerprint"
    return save_post(store, post, [variant])


@pytest.mark.usefixtures("english")
def test_the_bar_says_the_pause_lasts_until_everything_is_resumed(  # type: ignore[no-untyped-def]
        make_window, qtbot, store: Store, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    save_municipality(store, Municipality("Oosterzande", Country.NL, "Europe/Amsterdam"))
    whatsapp = store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
    mastodon = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon @oosterzande",
                                         base_url="https://social.example", has_secret=True))
    market = scheduled(store, clock, 2, "Braderie", whatsapp)
    scheduled(store, clock, 30, "Raadsvergadering", mastodon, DeliveryState.SCHEDULED_REMOTE)
    window = make_window()
    monkeypatch.setattr(window, "run_outbox", lambda: None)  # the network's side is not part of this test
    window.show()
    qtbot.waitUntil(lambda: window.started)
    assert not [bar for bar in window.findChildren(PausedBar) if bar.isVisible()]  # nothing is paused

    monkeypatch.setattr(PauseDialog, "exec", lambda dialog: dialog.reason_edit.setText("Brand in het centrum")
                        or PauseDialog.DialogCode.Accepted)
    assert window.crisis.pause_all()
    bar = window.paused_bar
    assert bar is not None and bar.isVisible()
    # 09:00 UTC is 10:00 in Oosterzande, on the same day. (The plural forms are checked loosely: "2 post(s)" until
    # the English plural forms are in the translations.)
    first, second = bar.label.text().split("\n")
    assert re.fullmatch(r"‖ Publishing is paused since 10:00(\sAM)?: 2 post(s|\(s\)) stops? until you resume them\. "
                        r"Reason: Brand in het centrum", first)
    assert re.fullmatch(r"Still in a network's own schedule: 1 post(\(s\))? \(Mastodon @oosterzande\), taken back "
                        r"at the next run; if that fails, remove (them|it) there\.", second)

    clock.advance(days=1)
    window.refresh_outbox()  # as every 15 seconds: the bar stays, and says the day now
    assert not bar.isHidden() and "paused since 2 March, 10:00" in bar.label.text()

    window.calendar().open_post(market.id)  # "Resume this post" in the composer: one post left
    window.calendar().composer.resume()
    assert re.search(r": 1 post(\(s\))? stops? until", bar.label.text())

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or QMessageBox.StandardButton.Yes)
    bar.resume_button.click()  # "Resume all…" asks first, as the toolbar's Resume all does
    assert shown and re.search(r"Hand 1 paused post(\(s\))? back", shown[0])
    assert paused_posts(store) == [] and bar.isHidden()


@pytest.mark.usefixtures("english")
def test_paused_posts_that_arrive_with_a_handover_show_the_bar_at_start(  # type: ignore[no-untyped-def]
        make_window, qtbot, store: Store, clock: FakeClock) -> None:
    """The bar follows what is stored, not the button that was pressed: paused on the other laptop and handed over,
    or paused before a restart, it shows as soon as the window has painted."""
    whatsapp = store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
    post = scheduled(store, clock, 5, "Kermis", whatsapp)
    store.update_fields(post, paused_at=clock.now - timedelta(days=3), pause_reason="")
    window = make_window()
    window.show()
    qtbot.waitUntil(lambda: window.started)
    assert not window.paused_bar.isHidden()
    assert re.fullmatch(r"‖ Publishing is paused since 27 February, 10:00(\sAM)?: 1 post(\(s\))? stops? until you "
                        r"resume (them|it)\.", window.paused_bar.label.text())
