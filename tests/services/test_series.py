from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from models.channel import ChannelAccount, Network
from models.post import Post, PostStatus, Variant
from models.recurrence import Frequency, Recurrence
from services.post_editing import save_post, variants_of
from services.series import (
    HORIZON,
    detach_occurrence,
    edit_series_from,
    extend_series,
    make_recurring,
    occurrences_of,
)
from services.store import Store

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 3, 1, tzinfo=UTC)


def weekly_post(store: Store, count: int | None = 6) -> Post:
    channel = store.save(ChannelAccount(network=Network.FACEBOOK, name="Facebook"))
    post = Post(title="Weekmarkt", body="Zaterdag markt", status=PostStatus.DRAFT, time_zone="Europe/Amsterdam",
                scheduled_at=datetime(2026, 3, 14, 9, 0, tzinfo=AMS))
    save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)])
    make_recurring(store, post, Recurrence(Frequency.WEEKLY, count=count), NOW)
    return post


def test_a_weekly_series_stays_at_nine_local_across_the_clock_change(store: Store) -> None:
    post = weekly_post(store)
    series = occurrences_of(store, post.series_id or "")
    assert len(series) == 6
    local = [p.scheduled_at.astimezone(AMS).strftime("%m-%d %H:%M") for p in series if p.scheduled_at]
    assert local == ["03-14 09:00", "03-21 09:00", "03-28 09:00", "04-04 09:00", "04-11 09:00", "04-18 09:00"]
    assert all(len(variants_of(store, p.id)) == 1 for p in series)


def test_editing_the_series_reaches_later_occurrences_but_not_detached_or_earlier_ones(store: Store) -> None:
    post = weekly_post(store)
    series = occurrences_of(store, post.series_id or "")
    detach_occurrence(store, series[4])
    third = series[2]
    third.body = "Markt met kerstkraampjes"
    save_post(store, third, variants_of(store, third.id))
    assert edit_series_from(store, third, NOW) == 2  # 4th and 6th; the 5th was edited alone
    bodies = [p.body for p in occurrences_of(store, post.series_id or "")]
    assert bodies == ["Zaterdag markt", "Zaterdag markt", "Markt met kerstkraampjes", "Markt met kerstkraampjes",
                      "Zaterdag markt", "Markt met kerstkraampjes"]


def test_an_endless_series_is_laid_out_to_the_horizon_and_extended_later(store: Store) -> None:
    post = weekly_post(store, count=None)
    laid_out = occurrences_of(store, post.series_id or "")
    last = max(p.scheduled_at for p in laid_out if p.scheduled_at)
    assert last <= NOW + HORIZON < last + timedelta(days=7)  # laid out to the horizon, not one week past it
    assert extend_series(store, NOW + timedelta(days=28)) == 4
    assert len(occurrences_of(store, post.series_id or "")) == len(laid_out) + 4


def test_the_main_window_extends_endless_series_after_start(qtbot, store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow

    post = weekly_post(store, count=None)
    before = len(occurrences_of(store, post.series_id or ""))
    store.clock.advance(days=35)  # type: ignore[attr-defined]
    window = MainWindow(store, tmp_path, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                        lambda _hosts: False)
    qtbot.addWidget(window)
    window.finish_startup()
    assert len(occurrences_of(store, post.series_id or "")) == before + 5
