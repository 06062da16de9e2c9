"""A stop asked from outside the window quits as File > Quit does: `kill` (SIGTERM, also what a system sends at
shutdown), SIGHUP (the terminal that started Omroeper closed, or a logout, which may send it right after SIGTERM)
and Ctrl+C in that terminal (SIGINT). The post being written is saved, the window's
size and tab are kept, and the outbox stops between two runs. Before, SIGTERM ended the process on the spot, and
Ctrl+C did nothing until some Python code ran, then showed an "unexpected error".

Python runs a signal's handler only when Python code runs, and Qt's event loop runs none while it waits for events.
So the signal's arrival is also written to a socket that the event loop watches (`signal.set_wakeup_fd`); reading
it runs Python, and with it the handler, at once."""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

log = logging.getLogger(__name__)

STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))


class StopSignals(QObject):
    """While it lives, SIGTERM, SIGHUP (where the system has it) and SIGINT call `stop()` from the event loop.
    `release()` puts back what was there."""

    def __init__(self, stop: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = stop
        self._stopping = False
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {number: signal.signal(number, self._arrived) for number in STOP_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def stop_with(self, stop: Callable[[], None]) -> None:
        """From now on a stop calls `stop` (the window's Quit once it exists; before it, the application's exit,
        which also ends a dialog waiting for OK)."""
        self._stop = stop

    def _arrived(self, number: int, _frame: FrameType | None) -> None:
        log.info("asked to stop (%s)", signal.Signals(number).name)
        QTimer.singleShot(0, self, self._stop_once)  # from the event loop, not from inside whatever Python code ran

    def _stop_once(self) -> None:
        """A second signal while the first stop waits (for the officer, over a post that could not be saved) adds
        nothing; once that stop is over, the next signal asks again."""
        if self._stopping:
            return
        self._stopping = True
        try:
            self._stop()
        finally:
            self._stopping = False

    def _drain(self) -> None:
        """The bytes the signals wrote: read, so the socket is quiet again (the handlers themselves have run)."""
        try:
            while self._reader.recv(64):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def release(self) -> None:
        """The handlers and the wakeup socket as they were before."""
        self._notifier.setEnabled(False)
        for number, previous in self._previous.items():
            signal.signal(number, signal.SIG_DFL if previous is None else previous)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()
