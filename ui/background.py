"""Runs slow work (network, disk, a query longer than a frame) off the GUI thread and hands the result or the
exception back to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives in the GUI thread; the worker's signals reach it queued, so callbacks run in the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> None:
        super().__init__()
        self._on_done: Callable[[Any], None] | None = on_done
        self._on_error: Callable[[BaseException], None] | None = on_error
        self.finished.connect(self._deliver)
        self.failed.connect(self._fail)

    @Slot()
    def forget(self) -> None:
        """The widget waiting for the result is gone: the result is dropped when it comes."""
        self._on_done = self._on_error = None

    @Slot(object)
    def _deliver(self, result: Any) -> None:
        _running.discard(self)
        if self._on_done is not None:
            self._on_done(result)

    @Slot(object)
    def _fail(self, error: BaseException) -> None:
        _running.discard(self)
        if self._on_error is not None:
            self._on_error(error)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # handed to the GUI thread, which decides what to show
            self._relay.failed.emit(error)
        else:
            self._relay.finished.emit(result)


_running: set[_Relay] = set()


def _reraise(error: BaseException) -> None:
    raise error  # reaches sys.excepthook: a known error is shown as a message, a bug with the log's path


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] = _reraise,
    pool: QThreadPool | None = None,
    *,
    receiver: QObject | None = None,
) -> None:
    """Runs `work()` on the thread pool; `on_done(result)` or `on_error(exception)` then runs in the GUI thread.

    `work` must not touch widgets; it is a services function with its arguments bound, reading the store on a
    connection of its own. With `receiver` (the widget the result is for), a result that comes after the widget
    was deleted is dropped.
    """
    relay = _Relay(on_done, on_error)
    if receiver is not None:
        receiver.destroyed.connect(relay.forget)
    _running.add(relay)
    (pool or QThreadPool.globalInstance()).start(_Job(work, relay))
