"""The outbox's clock while Omroeper runs: a run every minute (the first a few seconds after start-up), off the GUI
thread on its own connection to the data file, and a recount of the status bar every 15 seconds.

The inbox is fetched in the same worker, right after a run, every SYNC_EVERY (and at the first run, and when the
officer asks): one writer at a time on the data file, and the answers the run sent are on the network before the
fetch reads the conversations again."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from services.errors import KnownError
from services.store import Store

log = logging.getLogger(__name__)

RECOUNT_MS = 15_000
RUN_MS = 60_000
FIRST_RUN_MS = 3000
SYNC_EVERY = timedelta(minutes=5)


class OutboxTimer(QObject):
    """Runs the outbox on time and says what came of it.

    Signals:
        recount_due(): time to recount what the status bar shows (commands beside the window change it too).
        ran(object): a run ended, with its report (services.outbox.OutboxReport).
        news(list): lines the officer was not told yet (failures, decisions waiting, reminders now due); a line
            already told is not told again while it lasts.
        failed(str): a run failed, with the message to show.
        synced(object): the inbox was fetched after a run, with its report (services.inbox_sync.SyncReport).
    """

    recount_due = Signal()
    ran = Signal(object)
    news = Signal(list)
    failed = Signal(str)
    synced = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._running = False
        self._again = False  # asked during a run (a pause, a resume): once more right after it
        self._stopped = False
        self._told: set[str] = set()
        self._last_sync: datetime | None = None
        self._sync_asked = False
        self.recount_timer = QTimer(self)
        self.recount_timer.setInterval(RECOUNT_MS)
        self.run_timer = QTimer(self)
        self.run_timer.setInterval(RUN_MS)
        self.first_run_timer = QTimer(self)
        self.first_run_timer.setSingleShot(True)
        self.first_run_timer.setInterval(FIRST_RUN_MS)
        self.recount_timer.timeout.connect(self.recount_due)
        self.run_timer.timeout.connect(self.run_now)
        self.first_run_timer.timeout.connect(self.run_now)

    @property
    def running(self) -> bool:
        """A run is under way on its worker."""
        return self._running

    def start(self) -> None:
        """The first run in a few seconds, then one a minute, and the recounts."""
        self.run_timer.start()
        self.first_run_timer.start()
        self.recount_timer.start()

    def stop(self) -> None:
        """No more runs; a run still under way ends without a word (the window is gone: the next start shows it)."""
        self._stopped = True
        for timer in (self.recount_timer, self.run_timer, self.first_run_timer):
            timer.stop()

    def run_now(self) -> None:
        """Sends what is due, off the GUI thread; asked during a run, runs once more right after it."""
        if self._running:
            self._again = True
            return
        self._again = False
        from services.inbox_view import run_and_sync_at
        from ui.background import run_in_background

        self._running = True
        now = self.store.clock()
        sync = self._sync_asked or self._last_sync is None or now - self._last_sync >= SYNC_EVERY
        if sync:
            self._last_sync, self._sync_asked = now, False
        run_in_background(partial(run_and_sync_at, self.store.path, now, sync), self._done, self._failed)

    def sync_now(self) -> None:
        """The officer asked for new messages: the inbox is fetched with a run now."""
        self._sync_asked = True
        self.run_now()

    def _done(self, reports) -> None:  # type: ignore[no-untyped-def]
        report, synced = reports
        self._running = False
        if self._stopped or self.store.closed:
            return
        if self._again:
            self.run_now()
        self.ran.emit(report)
        self.tell(report)
        if synced is not None:
            self.synced.emit(synced)

    def _failed(self, error: BaseException) -> None:
        self._running = False
        if self._stopped or self.store.closed:
            return
        if isinstance(error, KnownError):
            message = error.message
            log.error("outbox run failed: %s", message)
        else:  # a bug, or an answer nobody foresaw: in words for the officer, the details in the log
            message = self.tr("Omroeper met an unexpected error while sending and fetching ({reason}); the details "
                              "are in the log. It tries again at the next run.").format(reason=type(error).__name__)
            log.error("outbox run failed", exc_info=error)
        self.failed.emit(message)

    def tell(self, report) -> None:  # type: ignore[no-untyped-def]
        """Emits `news` with what is new since the last run: failures, decisions, reminders now due."""
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
            self.news.emit(fresh)
