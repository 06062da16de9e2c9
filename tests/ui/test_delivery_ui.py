"""The officer's decisions in the composer and the list of posts to put online by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

from models.channel import ChannelAccount, Network
from models.post import DeliveryState, Post, PostStatus, Variant
from services.post_editing import save_post, variants_of
from services.store import Store
from tests.conftest import FakeClock
from ui.calendar_tab import CalendarTab
from ui.delivery_row import MARK_PUBLISHED, TRY_AGAIN
from ui.reminders_dialog import RemindersDialog


def test_a_failed_channel_shows_its_reason_and_can_be_tried_again(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    bluesky = store.save(ChannelAccount(network=Network.BLUESKY, name="Bluesky"))
    post = Post(title="Markt", body="Markt", status=PostStatus.SCHEDULED,
                scheduled_at=datetime(2026, 3, 2, 10, tzinfo=UTC))
    save_post(store, post, [Variant(post_id=post.id, channel_id=bluesky.id)])
    store.update_fields(variants_of(store, post.id)[0], state=DeliveryState.FAILED,
                        last_error="Bluesky refused the post: too long")
    tab = CalendarTab(store)
    qtbot.addWidget(tab)
    tab.open_post(post.id)
    row = tab.composer.editors[bluesky.id].delivery_row
    assert "Bluesky refused the post: too long" in row.label.text()
    assert not row.buttons[TRY_AGAIN].isHidden() and row.buttons[MARK_PUBLISHED].isVisibleTo(row)
    row.buttons[TRY_AGAIN].click()
    assert variants_of(store, post.id)[0].state is DeliveryState.QUEUED
    assert "Bluesky refused" not in row.label.text()


def test_reminders_list_copies_the_text_and_marks_it_posted(qtbot, store: Store, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    whatsapp = store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp-kanaal"))
    post = Post(title="Afvalkalender", body="De nieuwe afvalkalender staat online.", status=PostStatus.SCHEDULED,
                scheduled_at=clock.now - timedelta(minutes=10))
    save_post(store, post, [Variant(post_id=post.id, channel_id=whatsapp.id, state=DeliveryState.REMINDER)])
    store.update_fields(variants_of(store, post.id)[0], state=DeliveryState.REMINDER)
    dialog = RemindersDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1 and "WhatsApp-kanaal: Afvalkalender" in dialog.model.data(dialog.model.index(0))
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == "De nieuwe afvalkalender staat online."
    dialog.done_button.click()
    assert dialog.model.rowCount() == 0
    assert store.get(Post, post.id).status is PostStatus.PUBLISHED  # type: ignore[union-attr]


def test_the_window_tells_news_once_not_every_minute(qtbot, store: Store, tmp_path, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from services.outbox import OutboxReport
    from ui.main_window import MainWindow

    window = MainWindow(store, tmp_path, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                        lambda _hosts: False)
    qtbot.addWidget(window)
    report = OutboxReport(failures=["Bluesky: No access token is stored for Bluesky."])
    window.outbox.tell(report)
    assert window.status.currentMessage() == "Bluesky: No access token is stored for Bluesky."
    window.status.clearMessage()
    window.outbox.tell(report)  # the next minute, nothing new
    assert window.status.currentMessage() == ""


def test_a_paused_post_a_network_still_holds_is_not_called_safe(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    facebook = store.save(ChannelAccount(network=Network.FACEBOOK, name="Facebook", external_id="1"))
    post = Post(title="Feestdagen", body="Openingstijden", status=PostStatus.SCHEDULED,
                scheduled_at=datetime(2026, 3, 9, 10, tzinfo=UTC), paused_at=datetime(2026, 3, 2, 9, tzinfo=UTC))
    save_post(store, post, [Variant(post_id=post.id, channel_id=facebook.id)])
    store.update_fields(variants_of(store, post.id)[0], state=DeliveryState.SCHEDULED_REMOTE,
                        last_error="Still in Facebook's own schedule, and Facebook publishes it at 09-03 11:00")
    tab = CalendarTab(store)
    qtbot.addWidget(tab)
    tab.open_post(post.id)
    text = tab.composer.editors[facebook.id].delivery_row.label.text()
    assert "still in the network's own schedule" in text and "safe at the network" not in text
    assert "Facebook publishes it at" in text


def test_reminders_show_the_municipalitys_time_not_the_laptops(qtbot, store: Store, clock: FakeClock,  # type: ignore[no-untyped-def]
                                                               monkeypatch, dutch) -> None:
    """A laptop set to another time zone (a holiday abroad, a wrong setting) still shows the post's own time."""
    import time as clock_module

    monkeypatch.setenv("TZ", "Asia/Tokyo")
    clock_module.tzset()
    try:
        whatsapp = store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
        post = Post(title="Markt", body="Zaterdag markt", status=PostStatus.SCHEDULED,
                    scheduled_at=datetime(2026, 3, 2, 9, 30, tzinfo=ZoneInfo("Europe/Amsterdam")))
        save_post(store, post, [Variant(post_id=post.id, channel_id=whatsapp.id)])
        store.update_fields(variants_of(store, post.id)[0], state=DeliveryState.REMINDER)
        clock.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
        dialog = RemindersDialog(store)
        qtbot.addWidget(dialog)
        assert dialog.model.data(dialog.model.index(0)) == "2 mrt 2026 09:30  ✍ WhatsApp: Markt"
    finally:
        monkeypatch.undo()
        clock_module.tzset()
