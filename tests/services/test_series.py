from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from models.channel import ChannelAccount, Network
from models.media import PostMedia
from models.post import Post, PostStatus, Variant
from models.recurrence import Frequency, Recurrence
from models.staff import StaffMember
from services.handover import HandoverNote, export_handover
from services.media_library import add_image
from services.post_editing import delete_post, images_of, save_post, variants_of
from services.series import (
    HORIZON,
    detach_occurrence,
    edit_series_from,
    extend_series,
    make_recurring,
    occurrences_of,
)
from services.store import Store
from tests.conftest import FakeClock
from tests.services.handover_craft import PNG, import_file

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


def test_a_status_set_for_the_series_reaches_the_later_occurrences_that_can_take_it(store: Store) -> None:
    """Scheduling the first market day "and the later ones" schedules them all, except one published already and
    one edited on its own; the one that leads the edit counts as part of the series again."""
    post = weekly_post(store)
    series = occurrences_of(store, post.series_id or "")
    store.update_fields(series[1], status=PostStatus.PUBLISHED)
    detach_occurrence(store, series[3])
    first = occurrences_of(store, post.series_id or "")[0]
    detach_occurrence(store, first)  # the composer's first autosave, before the officer chose the scope
    first.status = PostStatus.SCHEDULED
    save_post(store, first, variants_of(store, first.id))
    assert edit_series_from(store, first, NOW) == 3
    assert [p.status for p in occurrences_of(store, post.series_id or "")] == [
        PostStatus.SCHEDULED, PostStatus.PUBLISHED, PostStatus.SCHEDULED, PostStatus.DRAFT, PostStatus.SCHEDULED,
        PostStatus.SCHEDULED]
    assert [p.series_detached for p in occurrences_of(store, post.series_id or "")] == [
        False, False, False, True, False, False]


def test_an_endless_series_is_laid_out_to_the_horizon_and_extended_later(store: Store) -> None:
    post = weekly_post(store, count=None)
    laid_out = occurrences_of(store, post.series_id or "")
    last = max(p.scheduled_at for p in laid_out if p.scheduled_at)
    assert last <= NOW + HORIZON < last + timedelta(days=7)  # laid out to the horizon, not one week past it
    assert extend_series(store, NOW + timedelta(days=28)) == 4
    assert len(occurrences_of(store, post.series_id or "")) == len(laid_out) + 4


def test_a_series_whose_post_cannot_be_copied_leaves_the_others_extended(store: Store,
                                                                          caplog: pytest.LogCaptureFixture) -> None:
    """A series post with a text longer than a record holds (as an older version let be stored) cannot be copied;
    it stopped every series after it from being extended. Now the others go on and the log names it."""
    import logging

    from models.series import PostSeries

    weekly = weekly_post(store, count=None)
    other = store.save(ChannelAccount(network=Network.FACEBOOK, name="Facebook 2"))
    broken = Post(title="Plakfout", body="x", status=PostStatus.DRAFT, time_zone="Europe/Amsterdam",
                  scheduled_at=datetime(2026, 3, 16, 9, 0, tzinfo=AMS))
    save_post(store, broken, [Variant(post_id=broken.id, channel_id=other.id)])
    make_recurring(store, broken, Recurrence(Frequency.WEEKLY, count=None), NOW)
    series_ids = [series.id for series in store.find(PostSeries)]
    assert len(series_ids) == 2
    for post in occurrences_of(store, broken.series_id or ""):
        store.update_fields(post, body="x" * 1_000_001)  # written as an older version could
    before = len(occurrences_of(store, weekly.series_id or ""))
    with caplog.at_level(logging.WARNING, logger="services.series"):
        extend_series(store, NOW + timedelta(days=28))
    assert len(occurrences_of(store, weekly.series_id or "")) == before + 4
    assert "not extended: The text is longer than Omroeper can keep" in caplog.text


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


def test_both_laptops_extend_an_endless_series_and_the_hand_back_brings_no_second_copy(tmp_path: Path) -> None:
    """Each start of the window extends endless series, on the officer's laptop and on the stand-in's: each makes
    the same occurrences (ids derived from the series and the wall-clock time), so after the hand-back every
    Monday of the coming year has one post, one channel text and one image, not two of each."""
    start = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    sanne_clock, joris_clock = FakeClock(start), FakeClock(start + timedelta(hours=1))
    sanne = Store.open(tmp_path / "sanne" / "omroeper.sqlite", clock=sanne_clock)
    joris = Store.open(tmp_path / "joris" / "omroeper.sqlite", clock=joris_clock)
    try:
        sanne.save(StaffMember(name="Sanne", is_self=True))
        whatsapp = sanne.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
        (tmp_path / "papier.png").write_bytes(PNG)
        picture = add_image(sanne, tmp_path / "papier.png")
        waste = Post(title="Afvalwijzer", body="Maandag: papier aan de straat", status=PostStatus.SCHEDULED,
                     scheduled_at=datetime(2026, 12, 7, 9, 0, tzinfo=AMS), time_zone="Europe/Amsterdam")
        save_post(sanne, waste, [Variant(post_id=waste.id, channel_id=whatsapp.id)],
                  [PostMedia(post_id=waste.id, media_id=picture.id, alt_text="Papier")])
        make_recurring(sanne, sanne.get(Post, waste.id), Recurrence(Frequency.WEEKLY), start)  # type: ignore[arg-type]
        export_handover(sanne, tmp_path / "heen.omroeper", HandoverNote(), start)
        import_file(joris, tmp_path / "heen.omroeper", joris_clock())

        assert extend_series(joris, joris_clock.advance(days=21)) == 3
        export_handover(joris, tmp_path / "terug.omroeper", HandoverNote(), joris_clock.advance(hours=1))
        assert extend_series(sanne, sanne_clock.advance(days=21, hours=3)) == 3
        plan = import_file(sanne, tmp_path / "terug.omroeper", sanne_clock())

        assert plan.conflicts == [] and plan.added.get("posts", 0) == 0
        posts = sanne.find(Post)
        days = [post.scheduled_at.astimezone(AMS).date() for post in posts if post.scheduled_at]
        assert len(days) == len(set(days)) == 55  # each Monday from 7 December 2026 to 20 December 2027, once
        assert all(len(variants_of(sanne, post.id)) == 1 for post in posts)
        assert all(len(images_of(sanne, post.id)) == 1 for post in posts)
    finally:
        sanne.close()
        joris.close()


def test_an_occurrence_once_deleted_is_not_laid_out_again(store: Store) -> None:
    post = weekly_post(store, count=None)
    occurrences = occurrences_of(store, post.series_id or "")
    last = occurrences[-1]
    store.mark_deleted(last)
    extend_series(store, NOW + timedelta(days=8))
    again = occurrences_of(store, post.series_id or "")
    assert last.scheduled_at not in {other.scheduled_at for other in again}
    assert len(again) == len(occurrences)  # the one deleted stays deleted; a week further one is added


def test_the_last_occurrences_deleted_stay_deleted_on_the_stand_ins_laptop_and_after_the_hand_back(
        tmp_path: Path) -> None:
    """The paper collection moves to another day next autumn: Sanne deletes the last occurrences of the endless
    series and hands over. The file marks them deleted; Joris's laptop takes them in as deleted, so laying the
    series out again at its start makes none of them, and the hand-back brings none back to life. Taking in a
    record this laptop never had is no change the preview counts, and deletes nothing."""
    clock = FakeClock(datetime(2026, 12, 1, 8, 0, tzinfo=UTC))
    sanne = Store.open(tmp_path / "sanne" / "omroeper.sqlite", clock=clock)
    joris = Store.open(tmp_path / "joris" / "omroeper.sqlite", clock=clock)
    try:
        sanne.save(StaffMember(name="Sanne", is_self=True))
        whatsapp = sanne.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
        post = Post(title="Afvalwijzer", body="Maandag: papier aan de straat", status=PostStatus.SCHEDULED,
                    scheduled_at=clock() + timedelta(days=6), time_zone="Europe/Amsterdam")
        save_post(sanne, post, [Variant(post_id=post.id, channel_id=whatsapp.id)])
        series = make_recurring(sanne, post, Recurrence(Frequency.WEEKLY), clock())
        laid_out = occurrences_of(sanne, series.id)
        for gone in laid_out[-4:]:
            delete_post(sanne, gone.id)
        kept = [p.id for p in occurrences_of(sanne, series.id)]
        assert len(kept) == len(laid_out) - 4 and extend_series(sanne, clock()) == 0

        export_handover(sanne, tmp_path / "heen.omroeper", HandoverNote(), clock.advance(hours=1), to="Joris")
        plan = import_file(joris, tmp_path / "heen.omroeper", clock())
        assert f"posts: {len(kept)} added, 0 changed, 0 deleted" in plan.lines()
        assert f"channel texts: {len(kept)} added, 0 changed, 0 deleted" in plan.lines()
        assert not plan.deletes_many and plan.deleted == {}
        assert all(joris.get(Post, gone.id, include_deleted=True).deleted_at is not None  # type: ignore[union-attr]
                   for gone in laid_out[-4:])
        assert extend_series(joris, clock()) == 0  # the window's start on his laptop
        assert [p.id for p in occurrences_of(joris, series.id)] == kept

        export_handover(joris, tmp_path / "terug.omroeper", HandoverNote(), clock.advance(days=14))
        assert import_file(sanne, tmp_path / "terug.omroeper", clock()).lines() == ["Nothing new in this file."]
        assert [p.id for p in occurrences_of(sanne, series.id)] == kept
    finally:
        sanne.close()
        joris.close()
