"""A post made to repeat: the choice "this post or the series" is there at once, and a status set for the series
reaches every post of it; the choice fits the composer in Dutch."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from models.channel import ChannelAccount, Network
from models.post import Post, PostStatus
from models.recurrence import Frequency
from models.settings import Country, Municipality
from services.preferences import save_municipality
from services.series import occurrences_of
from services.store import Store
from ui.calendar_tab import CalendarTab
from ui.recurrence_dialog import RecurrenceDialog

AMS = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def tab(qtbot, store: Store) -> Iterator[CalendarTab]:  # type: ignore[no-untyped-def]
    save_municipality(store, Municipality("Oosterzande", Country.NL, "Europe/Amsterdam"))
    store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    widget = CalendarTab(store, today=date(2026, 3, 4))
    widget.resize(1100, 800)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.flush()


def weekly(monkeypatch: pytest.MonkeyPatch, count: int = 4) -> None:
    def accept(dialog: RecurrenceDialog) -> int:
        dialog.frequency.select_value(Frequency.WEEKLY)
        dialog.end_after.setChecked(True)
        dialog.count.setValue(count)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecurrenceDialog, "exec", accept)


def make_weekly_market(tab: CalendarTab, monkeypatch: pytest.MonkeyPatch) -> list[Post]:
    """A new post on Saturday 14 March, on Mastodon, made weekly four times and saved."""
    tab.new_post_on(date(2026, 3, 14))
    composer = tab.composer
    composer.channel_checks[next(iter(composer.channel_checks))].setChecked(True)
    composer.master_edit.setPlainText("Zaterdag is er markt op het plein")
    weekly(monkeypatch)
    composer.choose_repeat()
    composer.flush()
    posts = tab.store.find(Post)
    assert len(posts) == 4
    return occurrences_of(tab.store, posts[0].series_id or "")


def test_scheduling_a_post_just_made_weekly_schedules_the_series(
        tab: CalendarTab, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    make_weekly_market(tab, monkeypatch)
    composer = tab.composer
    assert composer.series_scope.isVisible(), "the choice shows right after the post was made to repeat"
    assert composer.series_scope.applies_to_later_posts()
    composer.status_box.select_value(PostStatus.SCHEDULED)
    composer.flush()
    series = occurrences_of(store, store.find(Post)[0].series_id or "")
    assert [post.status for post in series] == [PostStatus.SCHEDULED] * 4


def test_a_status_for_this_post_only_leaves_the_others(
        tab: CalendarTab, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    series = make_weekly_market(tab, monkeypatch)
    composer = tab.composer
    composer.open_post(series[1].id)
    assert composer.series_scope.isVisible() and not composer.series_scope.applies_to_later_posts()
    composer.status_box.select_value(PostStatus.READY)
    composer.flush()
    assert [post.status for post in occurrences_of(store, series[0].series_id or "")] == [
        PostStatus.DRAFT, PostStatus.READY, PostStatus.DRAFT, PostStatus.DRAFT]
    composer.series_scope.and_later.setChecked(True)  # and now for it and the later ones after all
    composer.flush()
    assert [post.status for post in occurrences_of(store, series[0].series_id or "")] == [
        PostStatus.DRAFT, PostStatus.READY, PostStatus.READY, PostStatus.READY]


@pytest.mark.usefixtures("dutch")
def test_the_choice_fits_the_composer_in_dutch(tab: CalendarTab, monkeypatch: pytest.MonkeyPatch) -> None:
    make_weekly_market(tab, monkeypatch)
    composer = tab.composer
    QApplication.processEvents()
    scope = composer.series_scope
    assert scope.and_later.text() == "dit en de latere berichten van de reeks"
    assert scope.minimumSizeHint().width() <= scope.width()
    assert scope.mapTo(composer, scope.rect().topRight()).x() <= composer.width()
    for button in (scope.this_only, scope.and_later):
        assert button.width() >= button.sizeHint().width(), f"{button.text()!r} is cut off"
