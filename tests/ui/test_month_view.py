"""The month view paints again only the days a change touches (the selection moving, the keyboard coming or going),
and what is then on screen is what a whole paint would show; the mouse still finds every post."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QImage, QPaintEvent
from PySide6.QtWidgets import QApplication

from models.channel import ChannelAccount, Network
from models.post import Post, PostStatus, Variant
from models.settings import Country, Municipality
from services.post_editing import save_post
from services.preferences import save_municipality
from services.store import Store
from ui.calendar_tab import CalendarTab
from ui.month_view import MonthView

AMS = ZoneInfo("Europe/Amsterdam")
TODAY = date(2026, 3, 4)


class PaintWatch(QObject):
    """Notes the region of every paint the month view gets."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            assert isinstance(event, QPaintEvent)
            self.painted += list(event.region())
        return False


@pytest.fixture
def tab(qtbot, store: Store) -> Iterator[CalendarTab]:  # type: ignore[no-untyped-def]
    save_municipality(store, Municipality("Oosterzande", Country.NL, "Europe/Amsterdam"))
    channel = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    for day, hour, title in ((4, 9, "Markt"), (5, 9, "Raad live"), (12, 9, "Oud papier"),
                             (12, 11, "Wegwerkzaamheden")):
        post = Post(title=title, body=title, status=PostStatus.DRAFT,
                    scheduled_at=datetime(2026, 3, day, hour, tzinfo=AMS))
        save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)])
    widget = CalendarTab(store, today=TODAY)
    widget.resize(1000, 700)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.month_view.setFocus()
    QApplication.processEvents()
    yield widget
    widget.flush()


def on_screen(view: MonthView) -> QImage:
    """What the view shows now, as painted into the window (not painted afresh, as `grab` would)."""
    window = view.window()
    screen = window.screen()
    corner = view.mapTo(window, QPoint(0, 0))
    return screen.grabWindow(window.winId(), corner.x(), corner.y(), view.width(), view.height()).toImage()


def watch(view: MonthView) -> PaintWatch:
    watcher = PaintWatch()
    view.installEventFilter(watcher)
    return watcher


def test_moving_the_selection_paints_two_days_and_shows_what_a_whole_paint_shows(tab: CalendarTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = tab.month_view
    view.selected_day = TODAY
    view.update()
    QApplication.processEvents()
    before = on_screen(view)
    watcher = watch(view)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    QApplication.processEvents()
    assert view.selected_day == date(2026, 3, 5)
    cells = view.day_rect(TODAY).united(view.day_rect(date(2026, 3, 5)))
    assert watcher.painted and all(cells.contains(rect) for rect in watcher.painted)
    moved = on_screen(view)
    assert moved != before  # the frame went along
    view.update()  # the whole month, painted afresh
    QApplication.processEvents()
    assert on_screen(view) == moved


def test_the_keyboard_leaving_and_coming_back_paints_only_the_selected_day(tab: CalendarTab) -> None:
    view = tab.month_view
    watcher = watch(view)
    view.clearFocus()
    QApplication.processEvents()
    view.setFocus()
    QApplication.processEvents()
    assert watcher.painted
    assert all(view.day_rect(view.selected_day).contains(rect) for rect in watcher.painted)


def test_after_a_day_is_painted_again_the_mouse_still_finds_posts_of_other_days(tab: CalendarTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = tab.month_view
    qtbot.keyClick(view, Qt.Key.Key_Right)  # a paint of two days only
    QApplication.processEvents()
    line = view.day_rect(date(2026, 3, 12)).topLeft() + QPoint(30, view.fontMetrics().height() + 8)
    with qtbot.waitSignal(view.post_selected) as chosen:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=line)
    store_titles = {post.id: post.title for post in tab.store.find(Post)}
    assert store_titles[chosen.args[0]] == "Oud papier"
    assert view.selected_day == date(2026, 3, 12)


def test_a_refresh_of_the_counts_that_changes_nothing_leaves_the_month_as_it_is(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """After every outbox run the window reads its counts again (the outbox, the inbox's open messages in its tab's
    title): when none changed, the month on screen is not painted again."""
    window = make_window()
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    window.finish_startup()
    QApplication.processEvents()
    view = window.calendar().month_view
    watcher = watch(view)
    window.refresh_outbox()
    QApplication.processEvents()
    assert watcher.painted == []


def test_a_new_selection_takes_the_highlight_from_a_post_on_another_day(tab: CalendarTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The selected post may be on another day than the selected day (the month was left and come back to):
    selecting another post paints the first one plain again, as a whole paint would."""
    view = tab.month_view

    def click_post_on(day: int) -> None:
        line = view.day_rect(date(2026, 3, day)).topLeft() + QPoint(30, view.fontMetrics().height() + 8)
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=line)
        QApplication.processEvents()

    click_post_on(12)
    tab.step(1)
    tab.step(-1)
    QApplication.processEvents()
    click_post_on(5)
    shown = on_screen(view)
    view.update()
    QApplication.processEvents()
    assert on_screen(view) == shown


def test_an_outbox_run_that_changed_nothing_the_month_shows_paints_nothing(tab: CalendarTab, store: Store) -> None:
    """While a token is missing every run of the outbox fails as the last one did, once a minute: the month read
    again is the month on screen, and it is not painted again. A post that changed is."""
    view = tab.month_view
    watcher = watch(view)
    tab.deliveries_changed()
    QApplication.processEvents()
    assert watcher.painted == []
    post = next(post for post in store.find(Post) if post.title == "Markt")
    store.save(Post(**{**post.__dict__, "title": "Weekmarkt"}))
    tab.deliveries_changed()
    QApplication.processEvents()
    assert watcher.painted
    assert "Weekmarkt" in " ".join(text for text, _marks in view.painted_lines[date(2026, 3, 4)])


def test_going_to_another_day_of_the_month_shown_moves_the_frame_as_a_whole_paint_would(tab: CalendarTab) -> None:
    view = tab.month_view
    tab.go_to(date(2026, 3, 20))
    QApplication.processEvents()
    before = on_screen(view)
    tab.go_to(date(2026, 3, 12))  # the same month: the page is as it was, the frame moves
    QApplication.processEvents()
    assert view.selected_day == date(2026, 3, 12)
    moved = on_screen(view)
    assert moved != before
    view.update()
    QApplication.processEvents()
    assert on_screen(view) == moved
