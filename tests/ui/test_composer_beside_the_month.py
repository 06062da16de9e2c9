"""The composer beside the month at the window's first size (1100 px): narrow in English and in Dutch (it was 539
and 669 px, the image buttons and the form's label column forcing it), its buttons on screen, and the month's
posts still readable: a narrow day shows a post's title, not "10:00 E"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from models.channel import ChannelAccount
from models.post import Post, PostStatus, Variant
from models.recurrence import Frequency, Recurrence
from services.demo import fill_demo
from services.post_editing import save_post
from services.series import make_recurring
from services.store import Store
from tests.ui.month_hover import hovered_line
from ui.main_window import MainWindow

AMS = ZoneInfo("Europe/Amsterdam")
MODEST = 400  # px at 100%: room for the month beside it in a 1100 px window


@pytest.fixture(params=["en", "nl"])
def language(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    from services.i18n import apply_locale, install_translators

    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    apply_locale("en")


@pytest.fixture
def window(qtbot, store: Store, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    fill_demo(store, date(2026, 3, 1))
    shown = MainWindow(store, tmp_path, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                       lambda _hosts: False)
    qtbot.addWidget(shown)
    shown.resize(1100, 720)
    shown.show()
    shown.finish_startup()
    return shown


def needs(composer) -> int:  # type: ignore[no-untyped-def]
    """The width the composer cannot be made narrower than: its own minimum, or its layout's."""
    return max(composer.minimumWidth(), composer.minimumSizeHint().width())


def open_weekly_post(window: MainWindow) -> None:
    """A post of a series (the series choice shows) on every channel of the demo, with an image."""
    store = window.store
    post = save_post(store, Post(title="Weekmarkt op het plein", body="Zaterdag markt", status=PostStatus.DRAFT,
                                 scheduled_at=datetime(2026, 3, 14, 9, tzinfo=AMS)),
                     [Variant(post_id="", channel_id=channel.id) for channel in store.find(ChannelAccount)])
    make_recurring(store, post, Recurrence(Frequency.WEEKLY, count=4), store.clock())
    calendar = window.calendar()
    calendar.go_to(date(2026, 3, 14))
    calendar.open_post(post.id)
    QApplication.processEvents()


def test_the_composer_is_narrow_in_either_language_and_its_buttons_show(window: MainWindow, language: str) -> None:
    open_weekly_post(window)
    composer = window.calendar().composer
    assert composer.series_scope.isVisible()
    assert needs(composer) <= MODEST, f"{language}: {needs(composer)} px"
    for button in (composer.duplicate_button, composer.delete_button, composer.close_button):
        corner = button.mapTo(window, button.rect().bottomRight())
        assert window.rect().contains(corner), f"{button.text()} is cut off"
    month = window.calendar().month_view
    assert month.width() >= window.width() * 0.55


def test_a_long_reason_why_it_is_not_saved_does_not_widen_the_composer(window: MainWindow) -> None:
    open_weekly_post(window)
    composer = window.calendar().composer
    before = needs(composer)
    composer.saved_label.setText("Not saved: " + "/a/very/long/path/to/the/data/folder/omroeper.sqlite " * 4)
    QApplication.processEvents()  # the layout takes the label's new size
    assert needs(composer) == before


def test_beside_the_composer_a_days_line_is_the_post_s_title(window: MainWindow, store: Store) -> None:
    channel_id = store.find(ChannelAccount)[0].id
    post = save_post(store, Post(title="Eierzoeken in het park", body="Zaterdag eieren zoeken", status=PostStatus.DRAFT,
                                 scheduled_at=datetime(2026, 3, 18, 10, tzinfo=AMS)),
                     [Variant(post_id="", channel_id=channel_id)])
    calendar = window.calendar()
    calendar.go_to(date(2026, 3, 18))
    month = calendar.month_view

    def painted_lines() -> list[str]:
        month.repaint()
        return [text for text, _marks in month.painted_lines.get(date(2026, 3, 18), []) if "Eierzoeken" in text]

    assert painted_lines() == ["10:00 Eierzoeken in het park"]  # the month alone: room for the time
    calendar.open_post(post.id)
    QApplication.processEvents()
    assert painted_lines() == ["Eierzoeken in het park"]
    line = hovered_line(month, date(2026, 3, 18), "Eierzoeken in het park")
    assert month.tooltip_at(line).startswith("10:00 Eierzoeken in het park")
