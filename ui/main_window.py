"""The main window: composes the six tabs, the menus, the status bar, the crisis switch (ui/crisis_switch.py),
the outbox's clock (ui/outbox_timer.py) and the tray (ui/tray.py), and wires them together.

A tab is built the first time it is shown (ui/window_tabs.py). Whatever changes data says
what it changed with a services.changes.Changes, and `apply` alone decides which built tab, banner and status bar
count show it again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QCloseEvent

    from ui.sending_banner import SendingBanner
    from ui.tray import Tray
from services.changes import Changes
from services.errors import KnownError
from services.preferences import load_municipality
from services.store import Store
from ui import window_actions
from ui.crisis_switch import CrisisSwitch
from ui.icons import pause_icon, resume_icon
from ui.outbox_timer import OutboxTimer
from ui.status_bar import StatusBar
from ui.tab_order import CALENDAR, CHANNELS, INBOX, REPLIES, RESULTS, VACATION
from ui.window_actions import fit_on_screen
from ui.window_tabs import WindowTabs

log = logging.getLogger(__name__)

ONLINE_CHECK_MS = 60_000
FIRST_SIZE = (1100, 720)  # the window's size at the first start, where the screen has room for it


class MainWindow(QMainWindow):
    """Signals:
        first_painted(): the window's first paint has begun (its tabs paint right after it); a slot that queues
            a zero timer here runs before `finish_startup`, which is queued just after the signal.
    """

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
        self.online = False  # the last connection check's answer, for a calendar built after it
        self.setWindowTitle(self._title())
        self.setMinimumSize(720, 480)

        self.tabs = WindowTabs(store, lambda: self._started, self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.sending_banner: SendingBanner | None = None  # over the tabs while a handover file has the sending
        self.crisis = CrisisSwitch(store, self)
        self.paused_bar: QWidget | None = None  # over the tabs the first time the crisis switch holds posts
        self._offers_first_start = False  # main.py asks for the first start's guide; a window in a test does not
        column.addWidget(self.tabs)
        self.setCentralWidget(central)
        self._refresh_sending_banner()

        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self._build_actions()
        self._build_menus()

        self.online_timer = QTimer(self)
        self.online_timer.setInterval(ONLINE_CHECK_MS)
        self.outbox = OutboxTimer(store, self)
        self._quitting = False
        self.tray: Tray | None = None
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

    # ---- building -----------------------------------------------------------------------------------------

    def _title(self) -> str:
        from models.validation import one_line
        from services.absences import standing_in

        name = one_line(load_municipality(self.store).name)  # one short line however it came (a handover file)
        title = self.tr("Omroeper – {municipality}").format(municipality=name) if name else "Omroeper"
        found = standing_in(self.store, self.store.clock().astimezone().date())
        if found is not None:
            from PySide6.QtCore import QDate, QLocale

            title += " – " + self.tr("standing in for {name} until {date}").format(
                name=one_line(found[0]), date=QLocale().toString(QDate(found[1]), "d MMMM"))
        return title

    def _build_actions(self) -> None:
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.restore_action = QAction(self.tr("&Restore backup…"), self)
        self.open_data_action = QAction(self.tr("Open &data folder"), self)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.about_action = QAction(self.tr("&About Omroeper"), self)

    def _install_shortcuts(self) -> None:
        """Keyboard shortcuts: the first frame has no use for them, so they come right after it."""
        from PySide6.QtGui import QKeySequence, QShortcut

        # The Inbox has no Alt+letter: each letter of "Inbox" is taken on some tab, in English or in Dutch.
        inbox_key = QShortcut(QKeySequence("Ctrl+I"), self)
        inbox_key.setContext(Qt.ShortcutContext.WindowShortcut)
        inbox_key.activated.connect(self.open_inbox)

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
        self._exchange_place = file_menu.addSeparator()  # File > Exchange goes in before this when File opens
        self.exchange_menu: QMenu | None = None
        file_menu.aboutToShow.connect(self._add_exchange_menu)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.open_data_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.help_menu = help_menu = self.menuBar().addMenu(self.tr("H&elp"))
        help_menu.addAction(self.about_action)
        self.toolbar = self.addToolBar(self.tr("Crisis"))
        self.toolbar.setObjectName("crisis_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.crisis.pause_action.setIcon(pause_icon())
        self.crisis.resume_action.setIcon(resume_icon())
        self.toolbar.addAction(self.crisis.pause_action)
        self.toolbar.addAction(self.crisis.resume_action)

    def _connect_signals(self) -> None:
        self.preferences_action.triggered.connect(self.edit_preferences)
        self.restore_action.triggered.connect(self.restore_backup)
        self.open_data_action.triggered.connect(lambda: window_actions.open_data_folder(self.data_dir))
        self.quit_action.triggered.connect(self.quit)
        self.about_action.triggered.connect(lambda: window_actions.show_about(self))
        self.tabs.page_built.connect(self._connect_tab)
        self.online_timer.timeout.connect(self.check_online)
        self.outbox.recount_due.connect(self.refresh_outbox)
        self.outbox.ran.connect(self._outbox_ran)
        self.outbox.news.connect(self._tell)
        self.outbox.failed.connect(lambda message: self.status.showMessage(message, 30_000))
        self.outbox.synced.connect(self._inbox_synced)
        self.crisis.switched.connect(self._crisis_switched)
        self.crisis.told.connect(self.status.showMessage)
        self.status.reminders_label.linkActivated.connect(lambda _link: self.show_reminders())

    def _connect_tab(self, index: int, page: QWidget) -> None:
        """A tab's signals, as it is built: what it changed goes through `apply`; its requests to the window."""
        page.changed.connect(lambda changes: self.apply(changes, page))  # type: ignore[attr-defined]
        if index == INBOX:
            page.open_post.connect(self.show_post)  # type: ignore[attr-defined]
            page.fetch_requested.connect(self.outbox.sync_now)  # type: ignore[attr-defined]
            page.set_online(self.online)  # type: ignore[attr-defined]
        if index == VACATION:
            page.act.connect(self.put_right)  # type: ignore[attr-defined]
            page.open_post.connect(self.show_post)  # type: ignore[attr-defined]
        if index == CALENDAR:
            page.set_online(self.online)  # type: ignore[attr-defined]
            if self._started:
                page.finish_startup()  # type: ignore[attr-defined]

    def _add_exchange_menu(self) -> None:
        """File > Exchange (iCalendar, CSV, the month overview, the archive): built when File is first opened."""
        if self.exchange_menu is not None:
            return
        from ui.exchange_menu import ExchangeMenu

        self.exchange_menu = ExchangeMenu(self.store, self.data_dir, self.calendar,
                                          lambda: self.apply(Changes(posts=True)), self)
        self.file_menu.insertMenu(self._exchange_place, self.exchange_menu)

    # ---- tabs (ui/window_tabs.py builds each when first shown) -----------------------------------------------

    def tab_page(self, index: int) -> QWidget:
        """The tab's page (built if it was not yet)."""
        return self.tabs.page(index)

    def calendar(self):  # type: ignore[no-untyped-def]
        """The Calendar tab (built if it was not yet)."""
        return self.tabs.page(CALENDAR)

    def open_inbox(self) -> None:
        """Ctrl+I: the Inbox tab, with the keyboard in its list of messages."""
        self.tabs.setCurrentIndex(INBOX)
        self.tabs.focus_into_current()

    def inbox(self):  # type: ignore[no-untyped-def]
        """The Inbox tab (built if it was not yet)."""
        return self.tabs.page(INBOX)

    def replies(self):  # type: ignore[no-untyped-def]
        """The Replies tab (built if it was not yet)."""
        return self.tabs.page(REPLIES)

    # ---- what changed: the one place that refreshes ------------------------------------------------------------

    def apply(self, changes: Changes, source: QObject | None = None) -> None:
        """Shows a change to the data wherever it shows: the title, each built tab (but `source`, the part that
        made the change and has shown it), the banners and the status bar. A tab built later reads it all then."""
        if changes.settings or changes.staff or changes.absences:
            self.setWindowTitle(self._title())  # the municipality, or for whom the officer stands in
        calendar = self.tabs.built(CALENDAR, source)
        if calendar is not None:
            if changes.settings or changes.channels or changes.posts:
                calendar.reload()  # its filters, channels and holidays too
            elif changes.key_dates:
                calendar.refresh_view()
            if changes.deliveries:
                calendar.deliveries_changed()
        inbox = self.tabs.built(INBOX, source)
        if inbox is not None:
            if changes.settings or changes.channels or changes.staff or changes.absences or changes.templates:
                inbox.reload()
            elif changes.inbox or changes.deliveries:
                inbox.refresh_list()
        replies = self.tabs.built(REPLIES, source)
        if replies is not None and (changes.settings or changes.staff or changes.templates):
            replies.reload()
        vacation = self.tabs.built(VACATION, source)
        if vacation is not None and (changes.settings or changes.staff or changes.absences):
            vacation.reload()
        channels = self.tabs.built(CHANNELS, source)
        if channels is not None and (changes.settings or changes.channels):
            channels.reload()
        results = self.tabs.built(RESULTS, source)
        if results is not None and (changes.settings or changes.channels or changes.posts or changes.deliveries
                                    or changes.figures):
            results.reload()
        if calendar is not None and changes.figures and not (changes.posts or changes.channels):
            calendar.deliveries_changed()  # the open post's figures, the month's tooltips
        self.refresh_outbox()

    def _extend_series(self) -> None:
        """Endless repeating posts are laid out a year ahead; each start adds what came within that year."""
        from services.series import extend_series

        try:
            if extend_series(self.store, self.store.clock()):
                self.apply(Changes(posts=True))
        except KnownError as error:
            self.status.showMessage(error.message, 10_000)

    @property
    def started(self) -> bool:
        """Whether the rest of the start (`finish_startup`, right after the first paint) has run."""
        return self._started

    def finish_startup(self) -> None:
        """What the first frame does not need: shortcuts, the periodic checks. Runs right after the first
        paint, so that the window appears as fast as it can. Runs once: a second call changes nothing."""
        if self._started:
            return
        self._started = True
        self._install_shortcuts()
        self.tabs.follow_alt_letters()
        self.crisis.place_bar_with(self.centralWidget(), self._place_paused_bar)
        self._add_first_start()
        self._extend_series()
        self._set_up_tray()
        # Last, the parts that start work on other threads (the holidays, the connection check): their Python
        # shares the interpreter's lock with this thread, so they start once what is queued here (a key pressed
        # as the window appeared) has been handled.
        if self.tabs.built(CALENDAR) is not None:
            self.calendar().finish_startup()
        self.outbox.start()
        QTimer.singleShot(0, self, self.check_online)  # not once the window is gone
        self.online_timer.start()

    def _place_paused_bar(self, bar: QWidget) -> None:
        """The bar that says, as long as it lasts, that the crisis switch holds posts: over the tabs."""
        column = self.centralWidget().layout()
        column.insertWidget(column.indexOf(self.tabs), bar)  # type: ignore[attr-defined]
        self.paused_bar = bar

    def offer_first_start(self) -> None:
        """Once the window has painted, a new officer (services/first_start.py) is led through the first things."""
        self._offers_first_start = True

    def _add_first_start(self) -> None:
        """Help > Getting started, and on a first start the guide itself, over the window just painted."""
        from services.first_start import is_first_start

        action = QAction(self.tr("&Getting started…"), self)
        self.help_menu.insertAction(self.about_action, action)
        action.triggered.connect(self.show_first_start)
        if self._offers_first_start and is_first_start(self.store):
            QTimer.singleShot(0, self.show_first_start)

    def show_first_start(self) -> None:
        from ui.first_start_dialog import FirstStartDialog

        self.first_start = FirstStartDialog(self.store, self.ui_settings, self)
        self.first_start.finished.connect(lambda _result: self.apply(Changes.everything()))  # the title, the
        # holidays, the channels, the replies' signature
        self.first_start.import_requested.connect(lambda: (self.tabs.setCurrentIndex(VACATION),
                                                           self.tab_page(VACATION).import_handover()))
        self.first_start.open()

    # ---- layout memory ------------------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.ui_settings.value("window/geometry")
        restored = geometry is not None and self.restoreGeometry(geometry)
        if not restored:
            self.resize(*FIRST_SIZE)
        fit_on_screen(self, centre=not restored)
        tab = self.ui_settings.value("window/tab", 0)
        self.tabs.setCurrentIndex(int(tab) if isinstance(tab, (int, str)) and str(tab).isdigit() else 0)  # ui.ini
        # is a file anyone can edit: a value that is no tab's number opens the calendar

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.tabs.built(CALENDAR) is not None:
            self.calendar().flush()
        answers = self._answer_panel()
        if answers is not None:
            answers.flush()
        if (self.tray is None or self._quitting) and not self._unsaved_text_settled():
            event.ignore()  # the officer keeps the window open: what is being written could not be saved
            return
        if self.tray is not None and not self._quitting:
            # Closing the window keeps the outbox running from the tray until the officer quits.
            self.ui_settings.setValue("window/geometry", self.saveGeometry())
            self.hide()
            from services.sending import handed_to

            handed = handed_to(self.store)
            self.tray.tell(self.tr("Omroeper keeps sending scheduled posts. Quit from here.") if handed is None else
                           self.tr("Omroeper stays open in the tray and sends nothing: the sending is with {name}. "
                                   "Quit from here.").format(name=handed.name or self.tr("the other laptop")))
            event.ignore()
            return
        self._let_dialogs_go()
        self.ui_settings.setValue("window/geometry", self.saveGeometry())
        self.ui_settings.setValue("window/tab", self.tabs.currentIndex())
        self.ui_settings.sync()
        self.online_timer.stop()
        self.outbox.stop()
        super().closeEvent(event)

    def _let_dialogs_go(self) -> None:
        """Quitting closes the dialogs still open, and nobody may be there to answer their question about changes
        (a stop from outside: a logout, a shutdown): a reply template being written is kept as one of its own, and
        the others let go of what was typed in them (ui/typed_work.py)."""
        from PySide6.QtWidgets import QApplication

        from ui.typed_work import KeepsTypedWork

        replies = self.tabs.built(REPLIES)
        if replies is not None:
            replies.keep_unfinished()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, KeepsTypedWork) and widget.has_changes():
                log.info("quitting: what was typed in the open dialog %r is not kept", widget.objectName())
                widget.fields_kept()

    # ---- status -------------------------------------------------------------------------------------------

    def check_online(self) -> None:
        """Asks `online_check(hosts)` on a worker thread. The hosts are read here, on the GUI thread: the
        window's connection to the data file is never used from another thread."""
        from models.channel import ChannelAccount
        from services.connectivity import hosts_of
        from ui.background import run_in_background

        if self.store.closed:  # asked for at the start, and the window closed before its turn came
            return
        hosts = hosts_of(channel.base_url for channel in self.store.find(ChannelAccount))
        run_in_background(partial(self.online_check, hosts), self._online_checked,
                          lambda _error: self._online_checked(False))

    def _online_checked(self, online: bool) -> None:
        """The status bar says it; the composer's previews read link cards only while online."""
        self.online = online
        self.status.show_online(online)
        if self.tabs.built(CALENDAR) is not None:
            self.calendar().set_online(online)
        if self.tabs.built(INBOX) is not None:
            self.inbox().set_online(online)

    def refresh_outbox(self) -> None:
        """The status bar's counts (outbox, reminders due, channels needing attention, records left out) and the
        bars over the tabs, read from the store: also while the tabs they concern are not built."""
        from models.channel import ChannelAccount
        from services.delivery import count_due_reminders

        self.status.show_outbox(self.store.outbox_count())
        now = self.store.clock()
        self.status.show_reminders(count_due_reminders(self.store, now))
        self.status.show_attention(sum(c.needs_attention(now) for c in self.store.find(ChannelAccount)))
        self.status.show_unreadable(len(self.store.unreadable), self.store.unreadable.lines())  # rows left out
        self._refresh_sending_banner()
        self.crisis.refresh()
        self.show_inbox_count()

    def _refresh_sending_banner(self) -> None:
        """The bar over the tabs while a handover file has the sending: made the first time it is needed (most
        days it never is), then kept up to date."""
        if self.sending_banner is not None:
            self.sending_banner.refresh()
            return
        from services.sending import handed_to

        if handed_to(self.store) is None:
            return
        from ui.sending_banner import SendingBanner

        self.sending_banner = SendingBanner(self.store, self.centralWidget())
        self.sending_banner.taken_back.connect(self.run_outbox)
        self.centralWidget().layout().insertWidget(0, self.sending_banner)  # type: ignore[attr-defined]

    def show_inbox_count(self) -> None:
        """How many messages are open, in the Inbox tab's title and the tray; how long the oldest waits, in their
        tooltips (ui/inbox_text.py words it)."""
        from services.inbox_count import inbox_summary
        from ui.inbox_text import count_words

        summary = inbox_summary(self.store)
        title, tip = count_words(summary, self.store.clock(), load_municipality(self.store).time_zone)
        if self.tabs.built(INBOX) is not None:
            self.inbox().model.tick(self.store.clock())  # the clocks run on between refreshes
        if self.tabs.tabText(INBOX) != title:  # a new title lays the tabs out again and paints the page on screen
            self.tabs.setTabText(INBOX, title)
        self.tabs.setTabToolTip(INBOX, tip + "\n" + self.tr("Ctrl+I opens the inbox."))
        if self.tray is not None:
            self.tray.show_inbox(summary.open, tip)

    def run_outbox(self) -> None:
        """Sends what is due now, off the GUI thread (ui/outbox_timer.py)."""
        self.outbox.run_now()

    def _outbox_ran(self, report) -> None:  # type: ignore[no-untyped-def]
        moved = report.published or report.handed_over or report.taken_back or report.failures or report.overdue
        self.apply(Changes(deliveries=bool(moved)))

    def _inbox_synced(self, report) -> None:  # type: ignore[no-untyped-def]
        """A fetch of new messages ended: the inbox shows them, and with the window hidden the tray tells of new
        ones."""
        if self.tabs.built(INBOX) is not None:
            self.inbox().show_sync([*report.lines(), *report.failures])
        self.apply(Changes(inbox=bool(report.new or report.edited or report.deleted)))
        if report.new and self.tray is not None and not self.isVisible():
            self.tray.tell(self.tr("A new message in the inbox.") if report.new == 1 else
                           self.tr("{count} new messages in the inbox.").format(count=report.new))

    def _tell(self, lines: list[str]) -> None:
        """What the outbox has new to say, in the status bar and from the tray (seen with the window closed)."""
        self.status.showMessage(lines[0], 30_000)
        if self.tray is not None:
            self.tray.tell("\n".join(lines))

    def show_reminders(self) -> None:
        from ui.reminders_dialog import RemindersDialog

        RemindersDialog(self.store, self).exec()
        self.apply(Changes(deliveries=True))

    def show_post(self, post_id: str) -> None:
        """The calendar on the post's day, with the post open."""
        from models.post import Post

        post = self.store.get(Post, post_id)
        self.tabs.setCurrentIndex(CALENDAR)
        if post is not None and post.scheduled_at is not None:
            self.calendar().go_to(post.scheduled_at.astimezone().date())
        self.calendar().open_post(post_id)

    def put_right(self, finding) -> None:  # type: ignore[no-untyped-def]
        """Does what a coverage finding of the Vacation tab asks (ui/window_actions.py)."""
        window_actions.put_right(self, finding)

    # ---- the crisis switch and the tray ---------------------------------------------------------------------------

    def _crisis_switched(self, changes: Changes) -> None:
        """Posts were paused or resumed: shown at once, and the outbox runs to take back from the networks (or
        hand over again) what they hold."""
        self.apply(changes)
        self.run_outbox()

    def _set_up_tray(self) -> None:
        """Where the desktop has a tray, closing the window keeps the outbox running there until Quit."""
        from ui.tray import Tray

        if not Tray.available():
            return
        self.tray = Tray([self.crisis.pause_action, self.crisis.resume_action, None, self.quit_action], self)
        self.tray.open_requested.connect(self.show_normal)
        self.show_inbox_count()

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

    def _answer_panel(self):  # type: ignore[no-untyped-def]
        """The inbox's answer panel, if the Inbox tab was built."""
        inbox = self.tabs.built(INBOX)
        return inbox.answer_panel if inbox is not None else None

    def _unsaved_text_settled(self) -> bool:
        """Before the window closes for good: a post or an answer whose last save failed is not dropped without a
        word (ui/unsaved_text_dialog.py asks); True when the window may close."""
        from ui.unsaved_text_dialog import settle_unsaved

        composer = self.calendar().composer if self.tabs.built(CALENDAR) is not None else None
        answers = self._answer_panel()
        for holder, answer in ((composer, False), (answers, True)):
            if holder is None or not holder.has_unsaved_edit():
                continue
            self.show_normal()
            if not settle_unsaved(holder, self.store.clock(), self, self.status, answer=answer):
                return False
        return True

    # ---- actions: the menus' commands (ui/window_actions.py) --------------------------------------------------

    def edit_preferences(self) -> None:
        window_actions.edit_preferences(self)

    def restore_backup(self) -> None:
        window_actions.restore_backup(self)
