"""The keyboard as the officer uses it: the arrow keys move between days after the window opens, after Alt+K (the
Calendar tab in Dutch), Ctrl+T and the Today button; Ctrl+N puts the cursor in the title; a date typed over the
date field is read whole, as a Dutch or English officer types it, or refused out loud."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from models.channel import ChannelAccount, Network
from models.post import Post
from models.settings import Country, Municipality
from services.preferences import save_municipality
from services.store import Store
from ui.main_window import MainWindow

AMS = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def window(qtbot, store: Store, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    save_municipality(store, Municipality("Oosterzande", Country.NL, "Europe/Amsterdam"))
    store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    shown = MainWindow(store, tmp_path, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                       lambda _hosts: False)
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    QApplication.processEvents()
    shown.finish_startup()
    QApplication.processEvents()
    return shown


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)
    QApplication.processEvents()


def arrows_move_days(window: MainWindow) -> bool:
    """Right moves the calendar's day by one and leaves the tab where it is."""
    calendar = window.calendar()
    day, tab = calendar.month_view.selected_day, window.tabs.currentIndex()
    press(Qt.Key.Key_Right)
    return calendar.month_view.selected_day == day + timedelta(days=1) and window.tabs.currentIndex() == tab


def test_the_arrows_move_days_as_soon_as_the_window_opens(window: MainWindow) -> None:
    assert arrows_move_days(window)


@pytest.mark.usefixtures("dutch")
def test_after_alt_k_the_arrows_move_days_not_tabs(window: MainWindow) -> None:
    assert window.tabs.tabText(0) == "&Kalender"
    window.tabs.tabBar().setFocus()  # where the keyboard was when the window opened
    QApplication.processEvents()
    press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentIndex() == 0
    assert arrows_move_days(window)


def test_after_ctrl_t_and_the_today_button_the_arrows_move_days(window: MainWindow) -> None:
    calendar = window.calendar()
    calendar.search_edit.setFocus()
    press(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert calendar.month_view.selected_day == calendar.today()
    assert arrows_move_days(window)
    QTest.mouseClick(calendar.today_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert arrows_move_days(window)
    QTest.mouseClick(calendar.next_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert arrows_move_days(window)


def test_ctrl_n_puts_the_cursor_in_the_title(window: MainWindow) -> None:
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    composer = window.calendar().composer
    assert composer is not None and QApplication.focusWidget() is composer.title_edit
    QTest.keyClicks(composer.title_edit, "Kermis")
    assert composer.title_edit.text() == "Kermis"


def type_date(window: MainWindow, typed: str) -> str:
    """Types `typed` over the composer's date field, as one does after a click in it, and leaves the field."""
    field = window.calendar().composer.date_edit.edit
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, typed)
    press(Qt.Key.Key_Tab)
    return field.text()


@pytest.mark.usefixtures("dutch")
def test_a_date_typed_the_dutch_way_is_the_date_typed(window: MainWindow, store: Store) -> None:
    calendar = window.calendar()
    calendar.new_post_on(date(2026, 11, 30))
    composer = calendar.composer
    composer.title_edit.setText("Kerstmarkt")
    composer.title_edit.textEdited.emit("Kerstmarkt")
    assert composer.date_edit.text() == "30-11-2026"
    assert type_date(window, "24-12") == "24-12-2026"
    assert "donderdag 24 december 2026" in composer.when.reading.text()
    for typed in ("24 dec", "24/12/2026", "24-12-26", "2026-12-24"):
        assert type_date(window, typed) == "24-12-2026", typed
    composer.flush()
    assert store.find(Post)[0].scheduled_at == datetime(2026, 12, 24, 9, tzinfo=AMS)


@pytest.mark.usefixtures("dutch")
def test_what_is_not_one_date_is_refused_out_loud_and_the_date_stays(window: MainWindow, store: Store) -> None:
    calendar = window.calendar()
    calendar.new_post_on(date(2026, 11, 30))
    composer = calendar.composer
    composer.title_edit.setText("Kerstmarkt")
    composer.title_edit.textEdited.emit("Kerstmarkt")
    for typed in ("31-02", "24", "kerst", "24-13-2026"):
        assert type_date(window, typed) == "30-11-2026", typed
        assert composer.when.reading.text().startswith(f"“{typed}”"), composer.when.reading.text()
        assert "30-11-2026" in composer.when.reading.text()
    composer.flush()
    assert store.find(Post)[0].scheduled_at == datetime(2026, 11, 30, 9, tzinfo=AMS)


@pytest.mark.usefixtures("english")
def test_an_english_officer_types_day_and_month_either_way(window: MainWindow) -> None:
    calendar = window.calendar()
    calendar.new_post_on(date(2026, 11, 30))
    assert type_date(window, "24/12") == "12/24/2026"  # the only date it can be
    assert type_date(window, "December 24, 2026") == "12/24/2026"
    assert type_date(window, "5/6") == "5/6/2026"  # May 6, as the interface writes dates; the next one to come
    assert type_date(window, "1/3") == "1/3/2027"  # 3 January: this year's is past (the clock says 2 March 2026)
