"""The Calendar tab as the officer uses it: create, edit, drag, filter, search, delete and undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QByteArray, QDate, QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QCalendarWidget

from models.channel import ChannelAccount, Network
from models.planning import KeyDate, KeyDateKind
from models.post import Post, PostStatus, Variant
from models.settings import Country, Municipality
from services.post_editing import save_post, variants_of
from services.preferences import save_municipality
from services.store import Store
from tests.ui.month_hover import hovered_line
from ui.calendar_tab import LIST, MONTH, WEEK, CalendarTab
from ui.month_view import POST_MIME

AMS = ZoneInfo("Europe/Amsterdam")
TODAY = date(2026, 3, 4)  # a Wednesday


@pytest.fixture
def channels(store: Store) -> dict[str, ChannelAccount]:
    save_municipality(store, Municipality("Oosterzande", Country.NL, "Europe/Amsterdam"))
    return {name: store.save(ChannelAccount(network=network, name=name))
            for name, network in (("Facebook", Network.FACEBOOK), ("Bluesky", Network.BLUESKY))}


@pytest.fixture
def tab(qtbot, store: Store, channels: dict[str, ChannelAccount]) -> Iterator[CalendarTab]:  # type: ignore[no-untyped-def]
    widget = CalendarTab(store, today=TODAY)
    widget.resize(1200, 800)
    qtbot.addWidget(widget)
    widget.show()
    widget.finish_startup()  # as the window does right after its first paint
    yield widget
    widget.flush()  # as the window does when it closes: no autosave timer may fire after the store is closed


def plan(store: Store, title: str, when: datetime, channels: list[ChannelAccount],
         status: PostStatus = PostStatus.DRAFT) -> Post:
    post = Post(title=title, body=f"Over {title}", status=status, scheduled_at=when)
    return save_post(store, post, [Variant(post_id=post.id, channel_id=c.id) for c in channels])


def drop_on(widget, point, post_id: str) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setData(POST_MIME, QByteArray(post_id.encode()))
    event = QDropEvent(QPointF(point), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)


def test_the_month_shows_posts_holidays_and_key_dates(tab: CalendarTab, store: Store,
                                                      channels: dict[str, ChannelAccount]) -> None:
    post = plan(store, "Oud papier", datetime(2026, 3, 7, 9, 0, tzinfo=AMS), [channels["Facebook"]])
    store.save(KeyDate(title="Weekmarkt", kind=KeyDateKind.MARKET, on_date=date(2026, 3, 7)))
    tab.go_to(date(2026, 4, 1))
    assert tab.page is not None and tab.page.holidays[date(2026, 4, 6)]  # Easter Monday
    tab.go_to(date(2026, 3, 1))
    assert tab.period_button.period == "March 2026"
    assert [p.id for p in tab.page.posts[date(2026, 3, 7)]] == [post.id]
    assert [k.title for k in tab.page.key_dates[date(2026, 3, 7)]] == ["Weekmarkt"]
    tab.month_view.repaint()
    line = hovered_line(tab.month_view, date(2026, 3, 7), "Oud papier")
    assert "Facebook: not scheduled yet" in tab.month_view.tooltip_at(line)


def test_a_new_post_typed_in_the_composer_is_saved_without_pressing_anything(
        qtbot, tab: CalendarTab, store: Store, channels: dict[str, ChannelAccount]) -> None:  # type: ignore[no-untyped-def]
    tab.new_post_on(date(2026, 3, 10))
    composer = tab.composer
    assert composer is not None and composer.isVisible()
    composer.channel_checks[channels["Bluesky"].id].setChecked(True)
    qtbot.keyClicks(composer.master_edit, "Zaterdag is de markt open")
    qtbot.waitUntil(lambda: [p.body for p in store.find(Post)] == ["Zaterdag is de markt open"], timeout=2500)
    saved = store.find(Post)[0]
    assert saved.scheduled_at == datetime(2026, 3, 10, 9, 0, tzinfo=AMS)
    assert [v.channel_id for v in variants_of(store, saved.id)] == [channels["Bluesky"].id]
    assert [p.id for p in tab.page.posts[date(2026, 3, 10)]] == [saved.id]  # the calendar shows it


def test_a_variant_follows_the_main_text_until_edited(qtbot, tab: CalendarTab, store: Store,  # type: ignore[no-untyped-def]
                                                      channels: dict[str, ChannelAccount]) -> None:
    post = plan(store, "Raad", datetime(2026, 3, 12, 19, 0, tzinfo=AMS), [channels["Bluesky"]])
    tab.open_post(post.id)
    composer = tab.composer
    editor = composer.editors[channels["Bluesky"].id]
    composer.master_edit.setPlainText("Nieuwe hoofdtekst")
    assert editor.text() == "Nieuwe hoofdtekst" and editor.follows
    editor.text_edit.setPlainText("Korte tekst voor Bluesky")
    composer.master_edit.setPlainText("Nog een andere hoofdtekst")
    assert editor.text() == "Korte tekst voor Bluesky" and not editor.follows
    composer.flush()
    [variant] = variants_of(store, post.id)
    assert variant.body == "Korte tekst voor Bluesky"
    editor.reset_to_master()
    composer.flush()
    assert variants_of(store, post.id)[0].body is None


@pytest.mark.usefixtures("english")  # as the app installs it: the English plural forms
def test_ready_is_refused_while_a_text_is_too_long(qtbot, tab: CalendarTab, store: Store,  # type: ignore[no-untyped-def]
                                                  channels: dict[str, ChannelAccount]) -> None:
    post = plan(store, "Lang", datetime(2026, 3, 12, 10, 0, tzinfo=AMS), [channels["Bluesky"]])
    tab.open_post(post.id)
    composer = tab.composer
    composer.master_edit.setPlainText("x" * 305)
    assert "5 characters too many" in composer.editors[channels["Bluesky"].id].counter.text()
    composer.status_box.select_value(PostStatus.READY)
    assert composer.status_box.current_value() is PostStatus.DRAFT
    assert "5 characters too long" in composer.problems_label.text()
    composer.master_edit.setPlainText("Kort genoeg")
    composer.status_box.select_value(PostStatus.READY)
    composer.flush()
    stored = store.get(Post, post.id)
    assert stored is not None and stored.status is PostStatus.READY and stored.body == "Kort genoeg"


def test_drag_to_another_day_keeps_the_time_and_undo_brings_it_back(tab: CalendarTab, store: Store,
                                                                    channels: dict[str, ChannelAccount]) -> None:
    post = plan(store, "Markt", datetime(2026, 3, 6, 15, 45, tzinfo=AMS), [channels["Facebook"]])
    tab.go_to(date(2026, 3, 1))
    drop_on(tab.month_view, tab.month_view.day_rect(date(2026, 3, 19)).center(), post.id)
    moved = store.get(Post, post.id)
    assert moved is not None and moved.scheduled_at == datetime(2026, 3, 19, 15, 45, tzinfo=AMS)
    assert [p.id for p in tab.page.posts[date(2026, 3, 19)]] == [post.id]
    tab.undo_stack.undo()
    back = store.get(Post, post.id)
    assert back is not None and back.scheduled_at == datetime(2026, 3, 6, 15, 45, tzinfo=AMS)
    tab.undo_stack.redo()
    assert store.get(Post, post.id).scheduled_at.day == 19  # type: ignore[union-attr]


def test_in_the_week_a_post_is_dragged_to_another_day_and_quarter_hour(tab: CalendarTab, store: Store,
                                                                       channels: dict[str, ChannelAccount]) -> None:
    post = plan(store, "Gladheid", datetime(2026, 3, 3, 9, 0, tzinfo=AMS), [channels["Facebook"]])
    tab.set_view(WEEK)
    grid = tab.week_view.grid
    target = None
    for x in range(grid.width()):
        for y in range(0, grid.height(), 3):
            slot = grid.slot_at(grid.rect().topLeft() + type(grid.rect().topLeft())(x, y))
            if slot == (date(2026, 3, 5), time(14, 15)):
                target = (x, y)
                break
        if target:
            break
    assert target is not None
    drop_on(grid, type(grid.rect().topLeft())(*target), post.id)
    moved = store.get(Post, post.id)
    assert moved is not None and moved.scheduled_at == datetime(2026, 3, 5, 14, 15, tzinfo=AMS)


def test_filters_by_channel_and_status(tab: CalendarTab, store: Store, channels: dict[str, ChannelAccount]) -> None:
    plan(store, "Alleen Facebook", datetime(2026, 3, 9, 9, tzinfo=AMS), [channels["Facebook"]])
    plan(store, "Alleen Bluesky", datetime(2026, 3, 10, 9, tzinfo=AMS), [channels["Bluesky"]], PostStatus.IDEA)
    tab.reload()
    tab.channel_filter.select_value(channels["Bluesky"].id)
    shown = [p.title for posts in tab.page.posts.values() for p in posts]
    assert shown == ["Alleen Bluesky"]
    tab.channel_filter.setCurrentIndex(0)
    tab.status_filter.select_value("draft")
    assert [p.title for posts in tab.page.posts.values() for p in posts] == ["Alleen Facebook"]


@pytest.mark.usefixtures("english")
def test_search_shows_results_as_you_type_and_clearing_returns(qtbot, tab: CalendarTab, store: Store,  # type: ignore[no-untyped-def]
                                                              channels: dict[str, ChannelAccount]) -> None:
    plan(store, "Sinterklaas in de haven", datetime(2025, 11, 15, 11, tzinfo=AMS), [channels["Facebook"]])
    plan(store, "Oud papier", datetime(2026, 3, 7, 9, tzinfo=AMS), [channels["Facebook"]])
    qtbot.keyClicks(tab.search_edit, "sinterk")
    assert tab.stack.currentIndex() == LIST
    assert [p.title for p in tab.agenda_view.agenda.posts] == ["Sinterklaas in de haven"]
    assert tab.period_button.period == "1 result for “sinterk”"
    tab.search_edit.clear()
    assert tab.stack.currentIndex() == MONTH


def test_delete_and_undo_from_the_keyboard(qtbot, tab: CalendarTab, store: Store,  # type: ignore[no-untyped-def]
                                           channels: dict[str, ChannelAccount]) -> None:
    post = plan(store, "Weg ermee", datetime(2026, 3, 4, 10, tzinfo=AMS), [channels["Facebook"]])
    tab.reload()
    tab.month_view.selected_day = date(2026, 3, 4)
    tab.month_view.setFocus()
    qtbot.keyClick(tab.month_view, Qt.Key.Key_Space)  # selects the day's first post
    assert tab.month_view.selected_post == post.id
    qtbot.keyClick(tab.month_view, Qt.Key.Key_Delete)
    assert store.get(Post, post.id) is None
    assert "Undo with Ctrl+Z" in tab.message.text()
    qtbot.keyClick(tab.month_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get(Post, post.id) is not None


def test_arrows_and_enter_start_a_post_on_the_chosen_day(qtbot, tab: CalendarTab) -> None:  # type: ignore[no-untyped-def]
    tab.month_view.setFocus()
    tab.month_view.selected_day = TODAY
    qtbot.keyClick(tab.month_view, Qt.Key.Key_Right)
    qtbot.keyClick(tab.month_view, Qt.Key.Key_Down)
    qtbot.keyClick(tab.month_view, Qt.Key.Key_Return)
    composer = tab.composer
    assert composer is not None and composer.post is not None
    assert composer.post.scheduled_at == datetime(2026, 3, 12, 9, 0, tzinfo=AMS)


def test_the_day_chosen_with_a_click_or_an_arrow_stays_when_the_page_is_shown_again(
        qtbot, tab: CalendarTab) -> None:  # type: ignore[no-untyped-def]
    """The holidays arriving, the outbox or a save elsewhere shows the page again: the day the officer moved to is
    kept, and New plans there (it went back to the day before the keys were pressed)."""
    tab.month_view.setFocus()
    tab.month_view.selected_day = TODAY
    qtbot.keyClick(tab.month_view, Qt.Key.Key_Right)
    tab.refresh_view()
    assert tab.month_view.selected_day == date(2026, 3, 5)
    tab.month_view.repaint()  # a click finds what the last paint drew
    qtbot.mouseClick(tab.month_view, Qt.MouseButton.LeftButton, pos=tab.month_view.day_rect(date(2026, 3, 18)).center())
    tab.refresh_view()
    assert tab.month_view.selected_day == date(2026, 3, 18)
    tab.period_button.click()
    assert tab.period_button.calendar is not None
    assert tab.period_button.calendar.selectedDate().toPython() == date(2026, 3, 18)  # the pop-up opens on it
    tab.period_button.calendar.parentWidget().hide()
    tab.new_button.click()
    assert tab.composer is not None and tab.composer.post is not None
    assert tab.composer.post.scheduled_at == datetime(2026, 3, 18, 9, 0, tzinfo=AMS)


def test_a_greyed_day_of_the_next_month_is_chosen_without_leaving_the_month(
        qtbot, tab: CalendarTab) -> None:  # type: ignore[no-untyped-def]
    """A click on the grid's greyed 2 April, in March: the day is chosen, March stays on screen after a refresh,
    and Page Down still goes to April (not May)."""
    tab.month_view.repaint()
    qtbot.mouseClick(tab.month_view, Qt.MouseButton.LeftButton, pos=tab.month_view.day_rect(date(2026, 4, 2)).center())
    tab.refresh_view()
    assert tab.period_button.period == "March 2026" and tab.month_view.selected_day == date(2026, 4, 2)
    assert tab.visible_range() == (date(2026, 3, 1), date(2026, 3, 31))
    tab.step(1)
    assert tab.period_button.period == "April 2026"


def test_next_and_previous_month(tab: CalendarTab) -> None:
    tab.go_to(date(2026, 12, 15))
    tab.step(1)
    assert tab.current_day == date(2027, 1, 1) and tab.period_button.period == "January 2027"
    tab.step(-1)
    tab.step(-1)
    assert tab.current_day == date(2026, 11, 1)
    assert tab.visible_range() == (date(2026, 11, 1), date(2026, 11, 30))


def days_of(calendar: QCalendarWidget) -> QAbstractItemView:
    """The calendar's grid of days, which has the keyboard."""
    grid = calendar.findChild(QAbstractItemView)
    assert grid is not None
    return grid


def test_the_title_opens_a_calendar_to_go_to_any_date(qtbot, tab: CalendarTab) -> None:  # type: ignore[no-untyped-def]
    tab.period_button.click()
    calendar = tab.period_button.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate().toPython() == TODAY  # it opens on the day shown
    calendar.setSelectedDate(QDate(2026, 7, 14))
    qtbot.keyClick(days_of(calendar), Qt.Key.Key_Return)  # Enter on a day goes there and closes the calendar
    assert tab.current_day == date(2026, 7, 14) and tab.period_button.period == "July 2026"
    assert not calendar.isVisible()


@pytest.mark.usefixtures("english")
def test_a_date_picked_during_a_search_leaves_the_search(qtbot, tab: CalendarTab) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(tab.search_edit, "markt")
    assert tab.stack.currentIndex() == LIST
    tab.period_button.pick()
    assert tab.period_button.calendar is not None
    tab.period_button.calendar.setSelectedDate(QDate(2026, 5, 1))
    qtbot.keyClick(days_of(tab.period_button.calendar), Qt.Key.Key_Enter)
    assert tab.search_edit.text() == ""
    assert tab.stack.currentIndex() == MONTH and tab.period_button.period == "May 2026"


@pytest.mark.usefixtures("dutch")
def test_the_tab_in_dutch(tab: CalendarTab) -> None:
    tab.reload()
    assert tab.period_button.period == "maart 2026"
    assert tab.new_button.text() == "N&ieuw bericht"
    assert tab.status_filter.itemText(1) == "Idee"


def test_a_gap_day_is_tinted_in_the_gap_colour(tab: CalendarTab) -> None:
    from PySide6.QtGui import QColor

    from ui.month_view import GAP_TINT, _Colours

    tinted = _Colours.gap_on(QColor("white"))
    expected = [round(255 - (255 - value) * GAP_TINT.alphaF()) for value in (232, 140, 40)]
    assert [tinted.red(), tinted.green(), tinted.blue()] == expected
    assert tab.page is not None and date(2026, 3, 4) in tab.page.gaps  # an empty week from today on
    image = tab.month_view.grab().toImage()
    centre = tab.month_view.day_rect(date(2026, 3, 4)).center()
    assert image.pixelColor(centre.x(), centre.y() + 20).name() == tinted.name()


def test_the_campaign_and_tag_filter_is_filled_right_after_the_first_paint(  # type: ignore[no-untyped-def]
        qtbot, store: Store, channels: dict[str, ChannelAccount]) -> None:
    store.save(Post(title="Markt", campaign="Winter", tags=["markt"], scheduled_at=datetime(2026, 3, 5, 9, tzinfo=AMS)))
    fresh = CalendarTab(store, today=TODAY)
    qtbot.addWidget(fresh)
    counts = [fresh.channel_filter.count(), fresh.status_filter.count()]
    assert counts == [1 + len(channels), 1 + len(PostStatus)]  # from the start: they set the boxes' widths
    assert fresh.topic_filter.count() == 1
    fresh.finish_startup()
    assert [fresh.topic_filter.itemText(i) for i in range(fresh.topic_filter.count())] == [
        "All campaigns and tags", "Campaign: Winter", "#markt"]
    shortcuts = list(fresh.shortcuts)
    fresh.finish_startup()  # a second call changes nothing
    assert fresh.topic_filter.count() == 3 and fresh.shortcuts == shortcuts
    assert [fresh.channel_filter.count(), fresh.status_filter.count()] == counts


def test_a_message_is_shown_on_its_coloured_band(tab: CalendarTab) -> None:
    tab.show_message("Kon niet opslaan")
    assert tab.message.isVisible() and "background: #fbe9d0" in tab.message.styleSheet()


def test_the_window_s_first_page_does_not_wait_for_the_holidays_and_they_follow(
        qtbot, store: Store, channels: dict[str, ChannelAccount]) -> None:  # type: ignore[no-untyped-def]
    """The window's calendar answers before the holiday tables are worked out (about 0.1 s); once they are, the
    page shows them, and a holiday is never tinted as a gap in the rhythm meanwhile."""
    from services.calendar_page import Rhythm, save_rhythm

    save_rhythm(store, Rhythm(per_week=3, weekends=False))
    widget = CalendarTab(store, today=date(2026, 12, 1), holidays_after_start=True)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.page is not None and date(2026, 12, 25) not in widget.page.gaps
    widget.finish_startup()
    qtbot.waitUntil(lambda: widget.page is not None and date(2026, 12, 25) in widget.page.holidays, timeout=10_000)
    assert date(2026, 12, 25) not in widget.page.gaps and date(2026, 12, 22) in widget.page.gaps
    widget.flush()
