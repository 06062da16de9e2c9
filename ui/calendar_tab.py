"""The Calendar tab: month, week and list views of the posts, filters and search, and the composer beside them."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.channel import ChannelAccount
from models.post import Post, PostStatus
from services.calendar_page import CalendarPage, load_page
from services.calendar_queries import CalendarFilter, campaigns_and_tags, search_posts
from services.changes import Changes
from services.channels import channels_by_name
from services.errors import KnownError
from services.post_editing import duplicate_post
from services.preferences import load_municipality
from services.store import Store
from ui.calendar_commands import DeletePostCommand, MovePostCommand
from ui.calendar_legend import CalendarLegend
from ui.choice_box import ChoiceBox
from ui.month_view import MonthView
from ui.period_button import PeriodButton
from ui.plain_text import plain

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter

    from services.calendar_page import Rhythm
    from services.holiday_calendar import HolidayBook
    from ui.agenda_view import AgendaView
    from ui.week_view import WeekView
from ui.post_style import status_name

MONTH, WEEK, LIST = range(3)


class CalendarTab(QWidget):
    """Signals:
        posts_changed(): posts were added, moved, edited or deleted (the views reload).
        changed(object): what this tab changed, for the rest of the window (a services.changes.Changes).
    """

    posts_changed = Signal()
    changed = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None, *, today: date | None = None,
                 holidays_after_start: bool = False) -> None:
        """`holidays_after_start`: the first page shows without public holidays, which come once worked out in
        the background after the window's first paint (finish_startup): the window passes it, to answer sooner."""
        super().__init__(parent)
        self.setObjectName("calendar_tab")
        self.store = store
        self._holidays_waited = not holidays_after_start
        self.municipality = load_municipality(store)
        self._fixed_today = today
        self._fixed: tuple[Rhythm, dict[str, ChannelAccount], HolidayBook] | None = None
        # The day the officer is on (the month's selected day; the week shown holds it; new posts go there) and
        # the month the month view and the list show. A click or an arrow key moves the day, not the month: a
        # neighbouring month's greyed day can be the day while its month is not shown.
        self.current_day = self.today()
        self.shown_month = self.current_day.replace(day=1)
        self.undo_stack = QUndoStack(self)
        self.page: CalendarPage | None = None
        self._started = False  # finish_startup has run
        self.online = False  # the window's last connection check, for the composer's link cards
        self._build()
        self._connect_signals()
        self.refresh_view()

    # ---- building -----------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.view_buttons = QButtonGroup(self)
        view_row = QHBoxLayout()
        for index, label in ((MONTH, self.tr("&Month")), (WEEK, self.tr("&Week")), (LIST, self.tr("&List"))):
            button = QToolButton(self)
            button.setText(label)
            button.setCheckable(True)
            self.view_buttons.addButton(button, index)
            view_row.addWidget(button)
        self.view_buttons.button(MONTH).setChecked(True)
        self.today_button = QPushButton(self.tr("Today"), self)
        self.previous_button = QToolButton(self)
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Previous (Page Up)"))
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next (Page Down)"))
        self.period_button = PeriodButton(self)
        self.channel_filter = ChoiceBox(self)
        self.status_filter = ChoiceBox(self)
        self.topic_filter = ChoiceBox(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search posts (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(180)
        self.new_button = QPushButton(self.tr("&New post"), self)
        self.key_dates_button = QPushButton(self.tr("Key dates…"), self)

        top = QHBoxLayout()
        top.addLayout(view_row)
        top.addSpacing(8)
        for widget in (self.today_button, self.previous_button, self.next_button, self.period_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:"), self))
        for widget in (self.channel_filter, self.status_filter, self.topic_filter):
            filters.addWidget(widget)
        filters.addWidget(self.key_dates_button)
        filters.addStretch(1)
        filters.addWidget(self.search_edit)

        self.message = plain(QLabel(self))
        self.message.setObjectName("calendar_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("background: #fbe9d0; color: #5a3b00; padding: 4px; border-radius: 3px;")
        self.message.hide()
        self.message_timer = QTimer(self)
        self.message_timer.setSingleShot(True)
        self.message_timer.setInterval(12_000)

        # Only the month view exists at start; the week and list views are built when first shown.
        self.month_view = MonthView(self)
        self.month_view.figures_of = self._figures_of
        self._week_view: WeekView | None = None
        self._agenda_view: AgendaView | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.month_view)
        self.stack.addWidget(QWidget(self))
        self.stack.addWidget(QWidget(self))
        self.splitter: QSplitter | None = None  # the composer and its splitter are built when a post is first opened
        self.composer = None

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        self._main_layout = layout
        self.legend = CalendarLegend(self)
        layout.addWidget(self.legend)
        self._fill_filters(topics=False)

    def _fill_filters(self, *, topics: bool = True) -> None:
        """The filter lists. The campaign and tag list reads every tag in use, longer than a frame on a big
        calendar: the window fills it after it has painted (topics=False before). The channels and statuses are
        there from the start: a list box takes its width from its entries when first shown."""
        for box in (self.channel_filter, self.status_filter, self.topic_filter):
            box.blockSignals(True)
        current = (self.channel_filter.current_value(), self.status_filter.current_value(),
                   self.topic_filter.current_value())
        self.channel_filter.clear_choices()
        self.channel_filter.add_choice(self.tr("All channels"), "")
        for channel in channels_by_name(self.store):
            self.channel_filter.add_choice(channel.name, channel.id)
        self.status_filter.clear_choices()
        self.status_filter.add_choice(self.tr("All statuses"), "")
        for status in PostStatus:
            self.status_filter.add_choice(status_name(status), status.value)
        self.topic_filter.clear_choices()
        self.topic_filter.add_choice(self.tr("All campaigns and tags"), "")
        campaigns, tags = campaigns_and_tags(self.store) if topics else ([], [])
        for campaign in campaigns:
            self.topic_filter.add_choice(self.tr("Campaign: {name}").format(name=campaign), f"campaign:{campaign}")
        for tag in tags:
            self.topic_filter.add_choice(f"#{tag}", f"tag:{tag}")
        for box, value in zip((self.channel_filter, self.status_filter, self.topic_filter), current, strict=True):
            box.setCurrentIndex(max(0, box.index_of(value)))
            box.blockSignals(False)

    def _connect_signals(self) -> None:
        self.view_buttons.idClicked.connect(self.set_view)
        # After a button or shortcut that moves the calendar, the arrow keys move between days again: the view
        # takes the keyboard back (else it stays on the button, or on the window's tab bar after Alt+K).
        for button in (self.today_button, self.previous_button, self.next_button):
            button.clicked.connect(self.focus_view)
        self.view_buttons.idClicked.connect(self.focus_view)
        self.today_button.clicked.connect(self.show_today)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.period_button.day_picked.connect(self._picked)
        for box in (self.channel_filter, self.status_filter, self.topic_filter):
            box.currentIndexChanged.connect(self.refresh_view)
        self.search_edit.textChanged.connect(self.refresh_view)
        self.new_button.clicked.connect(lambda: self.new_post_on(self.current_day))
        self.key_dates_button.clicked.connect(self.edit_key_dates)
        self.posts_changed.connect(self.refresh_view)
        self.posts_changed.connect(lambda: self.changed.emit(Changes(posts=True)))
        self.message_timer.timeout.connect(self.message.hide)
        self.month_view.post_activated.connect(self.open_post)
        self.month_view.delete_requested.connect(self.delete)
        self.month_view.day_activated.connect(self.new_post_on)
        self.month_view.day_shown.connect(self._show_day)
        self.month_view.day_selected.connect(self._follow_selection)
        self.month_view.post_dropped.connect(self.move_to_day)

    @property
    def week_view(self) -> WeekView:
        if self._week_view is None:
            from ui.week_view import WeekView

            self._week_view = WeekView(self)
            self._put_in_stack(WEEK, self._week_view)
            self._week_view.post_activated.connect(self.open_post)
            self._week_view.delete_requested.connect(self.delete)
            self._week_view.slot_activated.connect(self.new_post_at)
            self._week_view.post_dropped_at.connect(self.move_to)
        return self._week_view

    @property
    def agenda_view(self) -> AgendaView:
        if self._agenda_view is None:
            from ui.agenda_view import AgendaView

            self._agenda_view = AgendaView(self)
            self._put_in_stack(LIST, self._agenda_view)
            self._agenda_view.post_activated.connect(self.open_post)
            self._agenda_view.delete_requested.connect(self.delete)
        return self._agenda_view

    def _put_in_stack(self, index: int, view: QWidget) -> None:
        current = self.stack.currentIndex()
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, view)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)

    def finish_startup(self) -> None:
        """What the tab's first paint does without: the keyboard shortcuts and the campaign and tag filter's
        entries. The window calls it right after its first paint (see MainWindow.finish_startup); a second call
        changes nothing."""
        from PySide6.QtGui import QKeySequence, QShortcut

        if self._started:
            return
        self._started = True
        self._fill_filters()
        bindings = [
            (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
            (QKeySequence.StandardKey.Find, self._focus_search),
            (QKeySequence.StandardKey.New, lambda: self.new_post_on(self.current_day)),
            (QKeySequence("Ctrl+D"), self.duplicate_selected),
            (QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage), lambda: self.step(-1, focus=True)),
            (QKeySequence(QKeySequence.StandardKey.MoveToNextPage), lambda: self.step(1, focus=True)),
            (QKeySequence("Ctrl+T"), self.show_today),
            (QKeySequence("Ctrl+G"), self.period_button.pick),
            (QKeySequence("Ctrl+1"), lambda: self.set_view(MONTH, focus=True)),
            (QKeySequence("Ctrl+2"), lambda: self.set_view(WEEK, focus=True)),
            (QKeySequence("Ctrl+3"), lambda: self.set_view(LIST, focus=True)),
        ]
        self.shortcuts = []
        for keys, slot in bindings:
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)
        if self.isVisible():  # the window opens on the calendar: its keys are the days', not the tab bar's
            self.focus_view()
        QTimer.singleShot(0, self, self._bring_holidays)  # on a thread of its own, once what is queued is handled

    # ---- navigation ---------------------------------------------------------------------------------------

    def today(self) -> date:
        """The municipality's today, on the store's clock as every time the app shows."""
        if self._fixed_today is not None:
            return self._fixed_today
        return self.store.clock().astimezone(ZoneInfo(self.municipality.time_zone)).date()

    def view(self) -> int:
        return self.stack.currentIndex()

    def focus_view(self) -> None:
        """The keyboard to the view on screen (month, week or list), where the arrow keys move between days."""
        view = self.stack.currentWidget()
        if view is not None:
            view.setFocus()

    def show_today(self) -> None:
        """Today (Ctrl+T, the Today button), with the keyboard in the view."""
        self.go_to(self.today())
        self.focus_view()

    def set_view(self, index: int, *, focus: bool = False) -> None:
        self.view_buttons.button(index).setChecked(True)
        if index == WEEK:
            self.week_view  # noqa: B018 (built on first use)
        elif index == LIST:
            self.agenda_view  # noqa: B018
        self.stack.setCurrentIndex(index)
        if index == WEEK:
            self.week_view.scroll_to_morning()
        self.refresh_view()
        if focus:
            self.focus_view()

    def go_to(self, day: date) -> None:
        self.current_day, self.shown_month = day, day.replace(day=1)
        self.refresh_view()

    def _follow_selection(self, day: date) -> None:
        """The month view's day moved (a click, an arrow key): the tab is on it, so that New and Ctrl+N plan
        there and a later refresh (the holidays arriving, the outbox, a save) keeps it."""
        self.current_day = day
        self.period_button.set_period(self.period_button.period, day)  # its pop-up calendar opens there

    def step(self, direction: int, *, focus: bool = False) -> None:
        if self.view() == WEEK:
            self.go_to(self.current_day + timedelta(days=7 * direction))
        else:
            month = self.shown_month.month - 1 + direction
            self.go_to(date(self.shown_month.year + month // 12, month % 12 + 1, 1))
        if focus:
            self.focus_view()

    def _picked(self, day: date) -> None:
        """A date from the title's pop-up calendar: the view goes there, leaving a search."""
        self.current_day, self.shown_month = day, day.replace(day=1)
        if self.search_edit.text():
            self.search_edit.clear()  # which shows the view again, at the date
        else:
            self.refresh_view()
        self.focus_view()

    def _show_day(self, day: date) -> None:
        if (day.year, day.month) != (self.shown_month.year, self.shown_month.month) or self.view() != MONTH:
            self.go_to(day)
        else:
            self.current_day = day
            self.set_view(WEEK)

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # ---- loading ------------------------------------------------------------------------------------------

    def current_filter(self) -> CalendarFilter:
        channel = str(self.channel_filter.current_value() or "")
        status = str(self.status_filter.current_value() or "")
        kind, _colon, topic = str(self.topic_filter.current_value() or "").partition(":")
        return CalendarFilter(
            channel_ids=frozenset({channel}) if channel else frozenset(),
            statuses=frozenset({PostStatus(status)}) if status else frozenset(),
            campaign=topic if kind == "campaign" else "",
            tag=topic if kind == "tag" else "",
        )

    def visible_range(self) -> tuple[date, date]:
        if self.view() == WEEK:
            monday = self.current_day - timedelta(days=self.current_day.weekday())
            return monday, monday + timedelta(days=6)
        # The month view, like the list, holds the month itself: the neighbouring months' days in its grid are
        # shown greyed with only their numbers, so the planned month stands out (and is one query).
        first = self.shown_month
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, following - timedelta(days=1)

    def ui_language(self) -> str:
        return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"

    def refresh_view(self) -> None:
        """Asks the store for the visible range only (or the search results), and shows it."""
        only = self.current_filter()
        searching = self.search_edit.text().strip()
        if searching:
            results = search_posts(self.store, searching, only)
            channels = self.page.channels if self.page else {c.id: c for c in channels_by_name(self.store)}
            self.agenda_view.agenda.set_posts(results, channels, self.municipality.time_zone)
            self.stack.setCurrentIndex(LIST)
            self.period_button.set_period(self.tr("%n result(s) for “{text}”", "", len(results)).format(
                text=searching), self.current_day)
            return
        start, end = self.visible_range()
        if self._fixed is None:
            self._read_fixed()
        assert self._fixed is not None
        rhythm, channels, holidays = self._fixed
        self.page = load_page(self.store, start, end, municipality=self.municipality, today=self.today(),
                              ui_language=self.ui_language(), only=only, rhythm=rhythm, channels=channels,
                              holidays=holidays)
        locale = QLocale()
        wanted = self.view_buttons.checkedId()
        if wanted == WEEK:
            self.week_view  # noqa: B018 (built on first use)
        elif wanted == LIST:
            self.agenda_view  # noqa: B018
        self.stack.setCurrentIndex(wanted)
        if self.view() == MONTH:
            self.month_view.set_page(self.page, self.shown_month)
            self.month_view.select_day(self.current_day)
            self.period_button.set_period(_month_title(locale, self.shown_month), self.current_day)
        elif self.view() == WEEK:
            from PySide6.QtCore import QDate

            self.week_view.set_page(self.page, start)
            self.period_button.set_period(self.tr("Week {number}, {first} – {last}").format(
                number=start.isocalendar().week, first=locale.toString(QDate(start.year, start.month, start.day),
                                                                       "d MMM"),
                last=locale.toString(QDate(end.year, end.month, end.day), "d MMM yyyy")), self.current_day)
        else:
            posts = [post for day in sorted(self.page.posts) for post in self.page.posts[day]]
            self.agenda_view.agenda.set_posts(posts, self.page.channels, self.municipality.time_zone)
            self.period_button.set_period(_month_title(locale, start), self.current_day)

    def _read_fixed(self) -> None:
        """What stays the same from page to page (rhythm, channels, holidays), read once until reload()."""
        from services.calendar_page import load_rhythm
        from services.holiday_calendar import HolidayBook

        channels = {channel.id: channel for channel in channels_by_name(self.store)}
        book = HolidayBook(self.municipality.country, self.municipality.region, self.ui_language(),
                           wait=self._holidays_waited)
        self._fixed = (load_rhythm(self.store), channels, book)

    def _bring_holidays(self) -> None:
        """Works out the holidays of last, this and next year in the background, then shows the page again with
        them (and the rhythm's gaps, which wait for them). Later pages wait for any other year."""
        from functools import partial

        from ui.background import run_in_background

        if self._holidays_waited or self.store.closed:  # closed: the window went before this turn came
            return
        self._holidays_waited = True
        if self._fixed is None:
            self._read_fixed()
        assert self._fixed is not None
        book = self._fixed[2]
        year = self.today().year
        run_in_background(partial(book.prepare, range(year - 1, year + 2)),
                          lambda _done: None if self.store.closed else self.refresh_view(), receiver=self)

    def _figures_of(self, post_id: str) -> dict[str, str]:
        """A published post's latest figures per channel, in words (the month's tooltip shows them)."""
        from services.results import figures_line, latest_of_post

        return {channel_id: figures_line(figures) for channel_id, figures in latest_of_post(self.store,
                                                                                             post_id).items()}

    def reload(self) -> None:
        """After the municipality, channels or the whole store changed (preferences, restore, import)."""
        self._fixed = None
        self.municipality = load_municipality(self.store)
        self._fill_filters()
        if self.composer is not None:
            self.composer.municipality = self.municipality
        self.refresh_view()


    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.message_timer.start()

    # ---- posts --------------------------------------------------------------------------------------------

    def _composer(self):  # type: ignore[no-untyped-def]
        if self.composer is None:
            from PySide6.QtWidgets import QSplitter

            from ui.post_composer import PostComposer

            self.composer = PostComposer(self.store, self.municipality, self)
            self.composer.set_online(self.online)
            self.splitter = QSplitter(self)
            self.splitter.setChildrenCollapsible(False)
            self._main_layout.replaceWidget(self.stack, self.splitter)
            self.splitter.addWidget(self.stack)
            self.splitter.addWidget(self.composer)
            self.splitter.show()
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 2)
            width = self.width()
            composer_width = max(width * 2 // 5, self.composer.minimumSizeHint().width() + 24)
            self.splitter.setSizes([width - composer_width, composer_width])
            self.composer.post_saved.connect(self._composer_saved)
            self.composer.closed.connect(self.composer.hide)
            self.composer.problem.connect(self.show_message)
            self.composer.duplicate_requested.connect(self.duplicate)
            self.composer.delete_requested.connect(self.delete)
        self.composer.show()
        return self.composer

    def set_online(self, online: bool) -> None:
        """The window's connection check, for the composer's previews (they read link cards only online)."""
        self.online = online
        if self.composer is not None:
            self.composer.set_online(online)

    def _composer_saved(self, _post_id: str) -> None:
        self._fill_filters()
        self.posts_changed.emit()

    def deliveries_changed(self) -> None:
        """The outbox changed states: the views and the open post show them."""
        self.refresh_view()
        if self.composer is not None:
            self.composer.refresh_delivery()

    def open_post(self, post_id: str) -> None:
        self._composer().open_post(post_id)

    def new_post_on(self, day: date) -> None:
        self.new_post_at(day, time(9, 0))

    def new_post_at(self, day: date, at: time) -> None:
        when = datetime.combine(day, at, ZoneInfo(self.municipality.time_zone))
        self._composer().new_post(when)

    def move_to_day(self, post_id: str, day: date) -> None:
        """A post dropped on another day keeps its local time."""
        post = self.store.get(Post, post_id)
        if post is None:
            return
        zone = ZoneInfo(self.municipality.time_zone)
        local_time = post.scheduled_at.astimezone(zone).time() if post.scheduled_at else time(9, 0)
        self.move_to(post_id, day, local_time)

    def move_to(self, post_id: str, day: date, at: time) -> None:
        post = self.store.get(Post, post_id)
        if post is None:
            return
        if post.status is PostStatus.PUBLISHED:
            self.show_message(self.tr("A published post stays where it was published."))
            return
        when = datetime.combine(day, at, ZoneInfo(self.municipality.time_zone))
        try:
            self.undo_stack.push(MovePostCommand(self.store, self.posts_changed.emit, post_id, post.scheduled_at, when))
        except KnownError as error:
            self.show_message(error.message)
        if self.composer is not None and self.composer.post is not None and self.composer.post.id == post_id:
            self.composer.post = None
            self.composer.open_post(post_id)

    def delete(self, post_id: str) -> None:
        self.undo_stack.push(DeletePostCommand(self.store, self.posts_changed.emit, post_id))
        if self.composer is not None and self.composer.post is not None and self.composer.post.id == post_id:
            self.composer.post = None
            self.composer.hide()
        self.show_message(self.tr("Post deleted. Undo with Ctrl+Z."))

    def duplicate(self, post_id: str) -> None:
        if self.composer is not None:
            self.composer.flush()
        copy = duplicate_post(self.store, post_id)
        self.posts_changed.emit()
        self.open_post(copy.id)

    def duplicate_selected(self) -> None:
        post_id = self.selected_post()
        if post_id:
            self.duplicate(post_id)

    def selected_post(self) -> str | None:
        if self.view() == MONTH:
            return self.month_view.selected_post
        if self.view() == WEEK and self._week_view is not None:
            return self._week_view.selected_post
        return self._agenda_view.selected_post() if self._agenda_view is not None else None

    def edit_key_dates(self) -> None:
        from ui.key_dates_dialog import KeyDatesDialog

        KeyDatesDialog(self.store, self, today=self.today()).exec()
        self.refresh_view()
        self.focus_view()

    def flush(self) -> None:
        """Saves what the composer still holds (the window is closing)."""
        if self.composer is not None:
            self.composer.flush()


def _month_title(locale: QLocale, day: date) -> str:
    """"November 2026", "november 2026": the month's own name, as the calendar's title shows it."""
    return f"{locale.standaloneMonthName(day.month)} {day.year}"
