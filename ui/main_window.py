"""The main window: composes the four tabs, the menus and the status bar, and wires them together."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget

from models import APP_VERSION
from models.settings import Municipality

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QCloseEvent
from services.errors import KnownError
from services.preferences import load_municipality, save_municipality
from services.store import Store
from ui.status_bar import StatusBar

log = logging.getLogger(__name__)

ONLINE_CHECK_MS = 60_000
OUTBOX_REFRESH_MS = 15_000
OUTBOX_RUN_MS = 60_000
FIRST_SIZE = (1100, 720)  # the window's size at the first start, where the screen has room for it
FRAME_ALLOWANCE = (16, 40)  # the window's frame and title bar, which the window's own geometry leaves out


class MainWindow(QMainWindow):
    """Signals:
        municipality_changed(Municipality): the officer saved new municipality preferences.
        store_restored(): a backup replaced the store's content; every tab has reloaded.
        first_painted(): the window's first paint has begun (its tabs paint right after it); a slot that queues
            a zero timer here runs before `finish_startup`, which is queued just after the signal.
    """

    municipality_changed = Signal(object)
    store_restored = Signal()
    first_painted = Signal()

    def __init__(
        self,
        store: Store,
        data_dir: Path,
        ui_settings: QSettings,
        online_check: Callable[[list[tuple[str, int]]], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._painted = False  # before anything: event() already runs during construction
        self._started = False  # finish_startup has run
        self.store = store
        self.data_dir = data_dir
        self.ui_settings = ui_settings
        self.online_check = online_check
        self.setWindowTitle(self._title())
        self.setMinimumSize(720, 480)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        for title in (self.tr("&Calendar"), self.tr("&Replies"), self.tr("&Vacation"), self.tr("C&hannels"),
                      self.tr("Results")):  # every letter of it is taken on some screen
            slot = QWidget(self.tabs)
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(slot, title)
        self._tab_pages: dict[int, QWidget] = {}
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        from ui.sending_banner import SendingBanner

        self.sending_banner = SendingBanner(store, central)  # while a handover file has the sending
        column.addWidget(self.sending_banner)
        self.paused_bar = None  # while the crisis switch holds posts: added after the first paint
        self._offers_first_start = False  # main.py asks for the first start's guide; a window in a test does not
        column.addWidget(self.tabs)
        self.setCentralWidget(central)

        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self._build_actions()
        self._build_menus()

        self.online_timer = QTimer(self)
        self.online_timer.setInterval(ONLINE_CHECK_MS)
        self.outbox_timer = QTimer(self)
        self.outbox_timer.setInterval(OUTBOX_REFRESH_MS)
        self.outbox_run_timer = QTimer(self)
        self.outbox_run_timer.setInterval(OUTBOX_RUN_MS)
        self._outbox_running = False
        self._quitting = False
        self._closed = False
        self._told: set[str] = set()  # what the officer was already told (no repeat every minute)
        self.first_outbox_timer = QTimer(self)
        self.first_outbox_timer.setSingleShot(True)
        self.first_outbox_timer.setInterval(3000)
        self.tray = None
        self._connect_signals()
        self._restore_layout()
        self.tab_page(self.tabs.currentIndex())
        self.refresh_outbox()

    def event(self, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.first_painted.emit()
            QTimer.singleShot(0, self.finish_startup)
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """A tab chosen with its Alt+letter (Alt+C, in Dutch Alt+K) takes the keyboard into its page, so that the
        arrow keys move between days rather than between tabs."""
        if event.type() == QEvent.Type.Shortcut and watched is self.tabs.tabBar():
            QTimer.singleShot(0, self._focus_into_tab)
        return False

    def _focus_into_tab(self) -> None:
        page = self.tab_page(self.tabs.currentIndex())
        if hasattr(page, "focus_view"):
            page.focus_view()
            return
        chosen = page.focusWidget()
        candidate = page.nextInFocusChain()
        while chosen is None and candidate is not None and candidate is not page:
            if page.isAncestorOf(candidate) and candidate.isVisible() and candidate.isEnabled() \
                    and candidate.focusPolicy().value & 1:  # Qt.TabFocus
                chosen = candidate
            candidate = candidate.nextInFocusChain()
        if chosen is not None:
            chosen.setFocus()

    # ---- building -----------------------------------------------------------------------------------------

    def _title(self) -> str:
        from services.absences import standing_in

        name = load_municipality(self.store).name
        title = self.tr("Omroeper – {municipality}").format(municipality=name) if name else "Omroeper"
        found = standing_in(self.store, self.store.clock().astimezone().date())
        if found is not None:
            from PySide6.QtCore import QDate, QLocale

            title += " – " + self.tr("standing in for {name} until {date}").format(
                name=found[0], date=QLocale().toString(QDate(found[1]), "d MMMM"))
        return title

    def _build_actions(self) -> None:
        self.preferences_action = self._action(self.tr("&Preferences…"))
        self.restore_action = self._action(self.tr("&Restore backup…"))
        self.open_data_action = self._action(self.tr("Open &data folder"))
        self.quit_action = self._action(self.tr("&Quit"))
        self.about_action = self._action(self.tr("&About Omroeper"))
        self.pause_action = self._action(self.tr("Pause all"))
        self.pause_action.setToolTip(self.tr("Crisis switch: stop every post not yet published, here and at the "
                                             "networks"))
        self.resume_action = self._action(self.tr("Resume all"))
        self.resume_action.setToolTip(self.tr("Hand the paused posts back; those whose time passed wait for you"))

    def _action(self, text: str) -> QAction:
        """QAction(text, parent) would make PySide6 weigh the overload taking an icon, which builds QIcon's 151
        theme-icon enum members (1.3 ms) before the first paint; the text is set afterwards instead."""
        action = QAction(self)
        action.setText(text)
        return action

    def _install_shortcuts(self) -> None:
        """Keyboard shortcuts. Installed just after the first paint: the first QKeySequence makes PySide6 build
        Python enums for the whole Qt namespace (about 16 ms) that the first frame does not need."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence
        from PySide6.QtWidgets import QStyle

        # The crisis toolbar's icons also wait: naming a Qt enum builds the whole namespace's enums.
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.pause_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPause))
        self.resume_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))

        for action, standard, fallback in (
            (self.preferences_action, QKeySequence.StandardKey.Preferences, "Ctrl+,"),
            (self.quit_action, QKeySequence.StandardKey.Quit, "Ctrl+Q"),
        ):
            action.setShortcut(standard)
            if action.shortcut().isEmpty():
                action.setShortcut(QKeySequence(fallback))

    def _build_menus(self) -> None:
        self.file_menu = file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        self._exchange_place = file_menu.addSeparator()  # File > Exchange goes in before this after the first paint
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.open_data_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.help_menu = help_menu = self.menuBar().addMenu(self.tr("H&elp"))
        help_menu.addAction(self.about_action)
        self.toolbar = self.addToolBar(self.tr("Crisis"))
        self.toolbar.setObjectName("crisis_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.pause_action)
        self.toolbar.addAction(self.resume_action)

    def _connect_signals(self) -> None:
        self.preferences_action.triggered.connect(self.edit_preferences)
        self.restore_action.triggered.connect(self.restore_backup)
        self.open_data_action.triggered.connect(self.open_data_folder)
        self.quit_action.triggered.connect(self.quit)
        self.about_action.triggered.connect(self.show_about)
        self.pause_action.triggered.connect(self.pause_all)
        self.resume_action.triggered.connect(self.resume_all)
        self.tabs.currentChanged.connect(self.tab_page)
        self.online_timer.timeout.connect(self.check_online)
        self.outbox_timer.timeout.connect(self.refresh_outbox)
        self.outbox_run_timer.timeout.connect(self.run_outbox)
        self.first_outbox_timer.timeout.connect(self.run_outbox)
        self.status.reminders_label.linkActivated.connect(lambda _link: self.show_reminders())
        self.municipality_changed.connect(self._municipality_changed)
        self.sending_banner.taken_back.connect(self.run_outbox)

    def _add_exchange_menu(self) -> None:
        """File > Exchange (iCalendar, CSV, the month overview): not needed for the first frame."""
        from ui.exchange_menu import ExchangeMenu

        self.exchange_menu = ExchangeMenu(self.store, self.data_dir, self.calendar, lambda: self.calendar().reload(),
                                          self)
        self.file_menu.insertMenu(self._exchange_place, self.exchange_menu)

    # ---- tabs, built when first needed ----------------------------------------------------------------------

    def tab_page(self, index: int) -> QWidget:
        """The tab's widget, built on first use: start-up builds only the tab on screen, the others follow
        right after the first paint."""
        page = self._tab_pages.get(index)
        if page is None:
            page = self._build_tab(index)
            self._tab_pages[index] = page
            slot = self.tabs.widget(index)
            page.setParent(slot)
            layout = slot.layout()
            assert layout is not None
            layout.addWidget(page)
        return page

    def calendar(self):  # type: ignore[no-untyped-def]
        """The Calendar tab (built if it was not yet)."""
        return self.tab_page(0)

    def replies(self):  # type: ignore[no-untyped-def]
        """The Replies tab (built if it was not yet)."""
        return self.tab_page(1)

    def _build_tab(self, index: int) -> QWidget:
        if index == 0:
            from ui.calendar_tab import CalendarTab

            calendar = CalendarTab(self.store, self)
            calendar.posts_changed.connect(self.refresh_outbox)
            return calendar
        if index == 3:
            from ui.channels_tab import ChannelsTab

            channels = ChannelsTab(self.store, self)
            channels.channels_changed.connect(self._channels_changed)
            return channels
        if index == 1:
            from ui.replies_tab import RepliesTab

            return RepliesTab(self.store, self)
        if index == 2:
            from ui.vacation_tab import VacationTab

            vacation = VacationTab(self.store, self)
            vacation.act.connect(self.put_right)
            vacation.open_post.connect(self.show_post)
            vacation.imported.connect(self._reload_all)
            vacation.handed_over.connect(self.sending_banner.refresh)
            return vacation
        if index == 4:
            from ui.results_tab import ResultsTab

            results = ResultsTab(self.store, self)
            results.figures_fetched.connect(self._reload_all)
            return results
        raise ValueError(f"no tab {index}")

    def _extend_series(self) -> None:
        """Endless repeating posts are laid out a year ahead; each start adds what came within that year."""
        from services.series import extend_series

        try:
            if extend_series(self.store, self.store.clock()):
                self.calendar().reload()
        except KnownError as error:
            self.status.showMessage(error.message, 10_000)

    def _municipality_changed(self, _municipality: Municipality) -> None:
        self._reload_all()

    def _reload_all(self) -> None:
        """After a change of the whole store (settings, an imported handover): the title and every tab."""
        self.setWindowTitle(self._title())
        for page in self._tab_pages.values():
            page.reload()  # type: ignore[attr-defined]
        self.refresh_outbox()

    def finish_startup(self) -> None:
        """What the first frame does not need: shortcuts, the periodic checks. Runs right after the first
        paint, so that the window appears as fast as it can. Runs once: a second call changes nothing."""
        if self._started:
            return
        self._started = True
        self._install_shortcuts()
        self.tabs.tabBar().installEventFilter(self)  # a tab's Alt+letter: the keyboard goes into the tab
        self._add_exchange_menu()
        for index in range(self.tabs.count()):
            self.tab_page(index)
        self.calendar().finish_startup()
        self._add_paused_bar()
        self._add_first_start()
        self._extend_series()
        self._set_up_tray()
        self.outbox_run_timer.start()
        self.first_outbox_timer.start()
        self.check_online()
        self.online_timer.start()
        self.outbox_timer.start()

    def _add_paused_bar(self) -> None:
        """The bar that says, as long as it lasts, that the crisis switch holds posts (ui/paused_bar.py)."""
        from ui.paused_bar import PausedBar

        column = self.centralWidget().layout()
        self.paused_bar = PausedBar(self.store, self.centralWidget())
        column.insertWidget(column.indexOf(self.tabs), self.paused_bar)  # type: ignore[attr-defined]  # over the tabs
        self.paused_bar.resume_clicked.connect(self.resume_all)

    def offer_first_start(self) -> None:
        """Once the window has painted, a new officer (services/first_start.py) is led through the first things."""
        self._offers_first_start = True

    def _add_first_start(self) -> None:
        """Help > Getting started, and on a first start the guide itself, over the window just painted."""
        from services.first_start import is_first_start

        action = self._action(self.tr("&Getting started…"))
        self.help_menu.insertAction(self.about_action, action)
        action.triggered.connect(self.show_first_start)
        if self._offers_first_start and is_first_start(self.store):
            QTimer.singleShot(0, self.show_first_start)

    def show_first_start(self) -> None:
        from ui.first_start_dialog import FirstStartDialog

        self.first_start = FirstStartDialog(self.store, self.ui_settings, self)
        self.first_start.finished.connect(lambda _result: self.municipality_changed.emit(
            load_municipality(self.store)))  # the title, the holidays, the channels, the replies' signature
        self.first_start.import_requested.connect(lambda: (self.tabs.setCurrentIndex(2),
                                                           self.tab_page(2).import_handover()))
        self.first_start.open()

    # ---- layout memory ------------------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.ui_settings.value("window/geometry")
        restored = geometry is not None and self.restoreGeometry(geometry)
        if not restored:
            self.resize(*FIRST_SIZE)
        self._fit_on_screen(centre=not restored)
        self.tabs.setCurrentIndex(int(self.ui_settings.value("window/tab", 0)))

    def _fit_on_screen(self, *, centre: bool) -> None:
        """The window fits the screen it opens on: a size saved on a larger screen or at a smaller scaling (150%
        makes a 1920 × 1080 screen 1280 × 720), and the first start's size, are cut to the room the screen gives
        (less its task bar and the window's title bar), and the window is moved onto it."""
        from PySide6.QtGui import QGuiApplication

        screen = QGuiApplication.screenAt(self.geometry().center()) or self.screen() or \
            QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        width = min(self.width(), room.width() - FRAME_ALLOWANCE[0])
        height = min(self.height(), room.height() - FRAME_ALLOWANCE[1])
        self.setMinimumSize(min(self.minimumWidth(), width), min(self.minimumHeight(), height))
        self.resize(width, height)
        frame = self.geometry().adjusted(0, -FRAME_ALLOWANCE[1] + FRAME_ALLOWANCE[0] // 2, 0, 0)
        if centre or not room.contains(frame):
            left = room.left() + (room.width() - width) // 2
            top = room.top() + max(FRAME_ALLOWANCE[1] - FRAME_ALLOWANCE[0] // 2,
                                   (room.height() - height) // 2)
            self.move(left, top)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if 0 in self._tab_pages:
            self.calendar().flush()
        if (self.tray is None or self._quitting) and not self._unsaved_post_settled():
            event.ignore()  # the officer keeps the window open: the post being written could not be saved
            return
        if self.tray is not None and not self._quitting:
            # Closing the window keeps the outbox running from the tray until the officer quits.
            self.ui_settings.setValue("window/geometry", self.saveGeometry())
            self.hide()
            from services.sending import handed_to

            handed = handed_to(self.store)
            self.tray.showMessage("Omroeper", self.tr("Omroeper keeps sending scheduled posts. Quit from here.")
                                  if handed is None else self.tr("Omroeper stays open in the tray and sends nothing: "
                                                                 "the sending is with {name}. Quit from here.").format(
                                      name=handed.name or self.tr("the other laptop")))
            event.ignore()
            return
        self.ui_settings.setValue("window/geometry", self.saveGeometry())
        self.ui_settings.setValue("window/tab", self.tabs.currentIndex())
        self.ui_settings.sync()
        self._closed = True
        for timer in (self.online_timer, self.outbox_timer, self.outbox_run_timer, self.first_outbox_timer):
            timer.stop()
        super().closeEvent(event)

    # ---- status -------------------------------------------------------------------------------------------

    def check_online(self) -> None:
        """Asks `online_check(hosts)` on a worker thread. The hosts are read here, on the GUI thread: the
        window's connection to the data file is never used from another thread."""
        from models.channel import ChannelAccount
        from services.connectivity import hosts_of
        from ui.background import run_in_background

        hosts = hosts_of(channel.base_url for channel in self.store.find(ChannelAccount))
        run_in_background(partial(self.online_check, hosts), self._online_checked,
                          lambda _error: self._online_checked(False))

    def _online_checked(self, online: bool) -> None:
        """The status bar says it; the composer's previews read link cards only while online."""
        self.status.show_online(online)
        if 0 in self._tab_pages:
            self.calendar().set_online(online)

    def refresh_outbox(self) -> None:
        from models.channel import ChannelAccount
        from services.delivery import count_due_reminders

        self.status.show_outbox(self.store.outbox_count())
        now = self.store.clock()
        self.status.show_reminders(count_due_reminders(self.store, now))
        self.status.show_attention(sum(c.needs_attention(now) for c in self.store.find(ChannelAccount)))
        self.status.show_unreadable(len(self.store.unreadable), self.store.unreadable.lines())  # rows left out
        self.sending_banner.refresh()
        if self.paused_bar is not None:
            self.paused_bar.refresh()

    def run_outbox(self) -> None:
        """Sends what is due, off the GUI thread, on its own connection to the data file."""
        if self._outbox_running:
            self._outbox_again = True  # asked during a run (a pause, a resume): once more right after it
            return
        self._outbox_again = False
        from services.outbox import run_outbox_at
        from ui.background import run_in_background

        self._outbox_running = True
        run_in_background(partial(run_outbox_at, self.store.path, self.store.clock()), self._outbox_done,
                          self._outbox_failed)

    def _outbox_done(self, report) -> None:  # type: ignore[no-untyped-def]
        self._outbox_running = False
        if self._closed:
            return  # the window is gone; the next start shows the result
        if getattr(self, "_outbox_again", False):
            self.run_outbox()
        if report.published or report.handed_over or report.taken_back or report.failures or report.overdue:
            self.calendar().deliveries_changed()
        self.refresh_outbox()
        self._tell(report)

    def _tell(self, report) -> None:  # type: ignore[no-untyped-def]
        """Tells (status bar, tray) what is new since the last run: failures, decisions, reminders now due."""
        from services.delivery import due_reminders

        news = list(report.failures)
        if report.unconfirmed or report.overdue:
            news.append(self.tr("Some posts need your decision: see the calendar."))
        reminders = due_reminders(self.store, self.store.clock())
        news += [self.tr("Time to post by hand on {channel}: {title}").format(
            channel=channel.name, title=post.title or variant.text(post)[:60]) for post, variant, channel in reminders]
        fresh = [line for line in news if line not in self._told]
        self._told = set(news)
        if fresh:
            self.status.showMessage(fresh[0], 30_000)
            if self.tray is not None:
                self.tray.showMessage("Omroeper", "\n".join(fresh))

    def show_reminders(self) -> None:
        from ui.reminders_dialog import RemindersDialog

        RemindersDialog(self.store, self).exec()
        self.refresh_outbox()
        self.calendar().deliveries_changed()

    def _outbox_failed(self, error: BaseException) -> None:
        self._outbox_running = False
        if self._closed:
            return
        message = error.message if isinstance(error, KnownError) else repr(error)
        log.error("outbox run failed: %s", message, exc_info=not isinstance(error, KnownError))
        self.status.showMessage(message, 30_000)

    def _channels_changed(self) -> None:
        self.calendar().reload()
        self.refresh_outbox()

    def show_post(self, post_id: str) -> None:
        """The calendar on the post's day, with the post open."""
        from models.post import Post

        post = self.store.get(Post, post_id)
        self.tabs.setCurrentIndex(0)
        if post is not None and post.scheduled_at is not None:
            self.calendar().go_to(post.scheduled_at.astimezone().date())
        self.calendar().open_post(post_id)

    # ---- the vacation tab's findings --------------------------------------------------------------------------

    def put_right(self, finding) -> None:  # type: ignore[no-untyped-def]
        """Does what a coverage finding asks: the calendar on the day or the post, the Channels tab, the staff."""
        from services.coverage import Action

        if finding.action in (Action.HAND_OVER_OR_MOVE, Action.FINISH_POST) and finding.post_id:
            self.tabs.setCurrentIndex(0)
            if finding.day is not None:
                self.calendar().go_to(finding.day)
            self.calendar().open_post(finding.post_id)
        elif finding.action is Action.ADD_POST and finding.day is not None:
            self.tabs.setCurrentIndex(0)
            self.calendar().new_post_on(finding.day)
        elif finding.action is Action.RENEW_TOKEN:
            self.tabs.setCurrentIndex(3)
        elif finding.action is Action.ADD_SIGNATURE:
            from ui.staff_dialog import StaffDialog

            StaffDialog(self.store, self).exec()
            self.tab_page(2).reload()  # type: ignore[attr-defined]

    # ---- the crisis switch ----------------------------------------------------------------------------------

    def pause_all(self) -> bool:
        """Stops every post not yet published after the officer confirms; the outbox then takes back what the
        networks hold."""
        from services.crisis import pausable_posts, pause_all
        from ui.error_dialog import ProblemMessage
        from ui.pause_dialog import PauseDialog
        from ui.plain_text import inform

        self.show_normal()
        dialog = PauseDialog(len(pausable_posts(self.store)), self)
        if dialog.exec() != PauseDialog.DialogCode.Accepted:
            return False
        try:
            report = pause_all(self.store, self.store.clock(), dialog.reason())
        except KnownError as error:
            ProblemMessage(error.message, self).exec()
            return False
        from services.sending import handed_to

        handed = handed_to(self.store)
        if handed is not None:  # this laptop sends nothing: the other one holds the sending, and the networks' copies
            inform(self, self.tr("Pause all"), self.tr(
                "%n post(s) paused on this laptop. The sending is with {name}: ask them to press Pause all too. "
                "Posts their laptop sends, or a network holds, still go out until they do.", "", report.posts
            ).format(name=handed.name or self.tr("the other laptop")))
        else:
            self.status.showMessage(self.tr("%n post(s) paused. Taking them back from the networks…", "",
                                            report.posts), 15_000)
        self._crisis_changed()
        return True

    def resume_all(self) -> bool:
        from services.crisis import paused_posts, resume_all
        from ui.error_dialog import ProblemMessage
        from ui.plain_text import ask, inform

        count = len(paused_posts(self.store))
        if not count:
            self.status.showMessage(self.tr("No posts are paused."), 10_000)
            return False
        if not ask(self, self.tr("Resume all posts"), self.tr(
                "Hand %n paused post(s) back to the outbox and the networks? Posts whose time passed during the "
                "pause are not sent by themselves: they wait for your decision.", "", count)):
            return False
        try:
            report = resume_all(self.store, self.store.clock())
        except KnownError as error:
            ProblemMessage(error.message, self).exec()
            return False
        self._crisis_changed()
        if report.passed:
            inform(self, self.tr("Resume all posts"), self.tr(
                "The time of these posts passed during the pause. They are marked overdue in the calendar: send "
                "each now, move it or skip it.") + "\n\n" + "\n".join(self._post_line(post) for post in report.passed))
        return True

    def _post_line(self, post) -> str:  # type: ignore[no-untyped-def]
        from services.i18n import short_moment_text

        when = short_moment_text(post.scheduled_at, post.time_zone) if post.scheduled_at else ""
        return f"• {when} {post.title or post.body[:60]}"

    def _crisis_changed(self) -> None:
        calendar = self.calendar()
        calendar.reload()
        calendar.deliveries_changed()
        self.refresh_outbox()
        self.run_outbox()

    # ---- the tray: keeps the outbox running with the window closed -------------------------------------------

    def _set_up_tray(self) -> None:
        from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return  # no tray (some desktops): closing the window quits, as usual
        self.tray = QSystemTrayIcon(self.windowIcon(), self)
        menu = QMenu(self)
        menu.addAction(self.tr("Open Omroeper"), self.show_normal)
        menu.addSeparator()
        menu.addAction(self.pause_action)
        menu.addAction(self.resume_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        self.tray.setContextMenu(menu)
        self.tray.setToolTip("Omroeper")
        self.tray.activated.connect(lambda _reason: self.show_normal())
        self.tray.show()
        QApplication.instance().setQuitOnLastWindowClosed(False)  # type: ignore[union-attr]

    def show_normal(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    def quit(self) -> None:
        """Quits, unless the officer keeps the window open for a post that could not be saved."""
        self._quitting = True
        if not self.close():
            self._quitting = False
            return
        from PySide6.QtWidgets import QApplication

        QApplication.quit()

    def _unsaved_post_settled(self) -> bool:
        """Before the window closes for good: a post whose last save failed (a read-only or full disk) is not
        dropped without a word. Asks whether to keep the window open, save the text to a file and quit, or quit
        without it; True when the window may close."""
        composer = self.calendar().composer if 0 in self._tab_pages else None
        if composer is None or not composer.has_unsaved_edit():
            return True
        from ui.unsaved_post_dialog import QUIT_WITHOUT_SAVING, SAVE_TO_FILE, UnsavedPostDialog

        self.show_normal()
        dialog = UnsavedPostDialog(composer.save_problem or self.tr("The data file cannot be written to."), self)
        dialog.exec()
        choice = dialog.choice()
        if choice == SAVE_TO_FILE and not self._save_post_to_file(composer):
            return False
        if choice not in (SAVE_TO_FILE, QUIT_WITHOUT_SAVING):
            return False
        composer.forget_unsaved_edit()
        return True

    def _save_post_to_file(self, composer) -> bool:  # type: ignore[no-untyped-def]
        """Writes the post's text to a file the officer picks (the Documents folder is offered: the data folder
        may be the one that cannot be written). False when nothing was written."""
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        from services.files import write_file_safely
        from ui.error_dialog import ProblemMessage

        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                      or Path.home())
        name = self.tr("Omroeper post {time}.txt").format(time=self.store.clock().astimezone().strftime(
            "%Y-%m-%d %H.%M"))
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the post's text"), str(folder / name),
                                                      self.tr("Text files (*.txt)"))
        if not chosen:
            return False
        try:
            write_file_safely(Path(chosen), composer.as_text().encode("utf-8"))
        except KnownError as error:
            ProblemMessage(error.message, self).exec()
            return False
        self.status.showMessage(self.tr("The post's text was saved to {path}.").format(path=chosen), 10_000)
        return True

    # ---- actions ------------------------------------------------------------------------------------------

    # Dialogs and the backup service are imported when first used: start-up only pays for what it shows.

    def edit_preferences(self) -> None:
        from ui.preferences_dialog import PreferencesDialog

        language = str(self.ui_settings.value("language", ""))
        from services.calendar_page import load_rhythm, save_rhythm
        from services.outbox import GRACE_SETTING, grace_period

        grace = grace_period(self.store).total_seconds() / 3600
        dialog = PreferencesDialog(load_municipality(self.store), language, load_rhythm(self.store), self, grace)
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        self.ui_settings.setValue("language", dialog.language())
        municipality: Municipality = dialog.municipality()
        save_municipality(self.store, municipality)
        save_rhythm(self.store, dialog.rhythm())
        self.store.set_setting(GRACE_SETTING, dialog.grace_spin.value())
        self.municipality_changed.emit(municipality)

    def restore_backup(self) -> None:
        from services.backup import BACKUP_DIR_NAME, list_backups, restore_into
        from ui.error_dialog import ProblemMessage
        from ui.plain_text import inform
        from ui.restore_backup_dialog import RestoreBackupDialog

        backups_dir = self.data_dir / BACKUP_DIR_NAME
        dialog = RestoreBackupDialog(list_backups(backups_dir), self)
        if dialog.exec() != RestoreBackupDialog.DialogCode.Accepted or dialog.selected_backup() is None:
            return
        backup = dialog.selected_backup()
        assert backup is not None
        try:
            safety = restore_into(self.store, backup.path, backups_dir, self.store.clock())
        except KnownError as error:
            ProblemMessage(error.message, self).exec()
            return
        log.info("restored %s; previous state saved as %s", backup.path, safety)
        for page in self._tab_pages.values():
            page.reload()  # type: ignore[attr-defined]
        self.setWindowTitle(self._title())
        self.refresh_outbox()
        self.store_restored.emit()
        inform(
            self,
            self.tr("Backup restored"),
            self.tr("The backup was restored. The state before it was saved as {path}.").format(path=safety.name),
        )

    def open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Omroeper"),
            self.tr(
                "Omroeper {version}\nThe social media desk of a small municipality.\n\nData folder: {folder}"
            ).format(version=APP_VERSION, folder=self.data_dir),
        )
