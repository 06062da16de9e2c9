"""Drives a window from outside and reports what a person would feel of its start, as one JSON line:

    python -m bench.drive [--seconds 10] [--bare] -- [main.py's arguments]

- `painted_at`: the wall-clock time the window first painted (in a zero timer queued at its first paint event, so
  after the whole window has painted);
- `interactive_at`: when a key press made at that first paint is handled. The press is posted to the window just
  after the paint, so it waits behind whatever start-up work the window queued by then, as a person's would: from
  then on a key press gets an answer;
- `longest_stall_ms`: the longest time the GUI thread did not come back to its event loop from the first paint on,
  for `--seconds` (a 1 ms timer notes each return; the longest gap between two, less the timer's own millisecond);
- `peak_rss_mb`: the process's peak memory.

With `--bare` it drives a bare PySide6 QMainWindow of the same size, the yardstick; otherwise it runs main.main()
in this process with the arguments after `--`. main.py knows nothing of this: the driver makes the QApplication,
which main.py then takes, and watches the main window's own events.

The driver watches the main window only, never the whole application: a Python filter on the application makes
PySide6 build a Python type (with all its enums) for every kind of object that gets an event, a cost of the
measurement that a bare window hardly pays and the measured program would pay in its own time. The window is
found at the event loop's first turn, before its first paint (which needs the loop)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.memory import peak_rss_mb  # noqa: E402

PROBE_KEY = Qt.Key.Key_F35  # bound to nothing: the press only tells when input is handled


class Observer(QObject):
    """Watches the main window's events (its first paint, the probe key's arrival) and the stalls."""

    def __init__(self, app: QApplication, seconds: float) -> None:
        super().__init__()
        self.app, self.seconds = app, seconds
        self.painted_at: float | None = None
        self.interactive_at: float | None = None
        self.window: QMainWindow | None = None
        self.waiting_paint = False
        self.last_tick = 0.0
        self.longest_gap = 0.0
        self.ticker = QTimer(self)
        self.ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self.ticker.setInterval(1)
        self.ticker.timeout.connect(self._tick)

    def find_window(self) -> None:
        """At the event loop's first turn: the main window to watch (a dialog shown before it, such as a
        problem with the store, is waited out)."""
        found = [widget for widget in self.app.topLevelWidgets() if isinstance(widget, QMainWindow)]
        if not found:
            QTimer.singleShot(1, self.find_window)
            return
        self.window = found[0]
        self.window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if self.painted_at is None and kind == QEvent.Type.Paint and not self.waiting_paint:
            self.waiting_paint = True
            QTimer.singleShot(0, self._painted)
        elif (self.interactive_at is None and kind == QEvent.Type.KeyPress and watched is self.window
              and isinstance(event, QKeyEvent) and event.key() == PROBE_KEY):
            self.interactive_at = time.time()
            return True  # the probe is ours alone
        return False

    def _painted(self) -> None:
        """Runs right after the paint event was handled (and what it queued, queued): the probe key is posted
        behind whatever the window queued at its first paint."""
        self.painted_at = time.time()
        assert self.window is not None
        QCoreApplication.postEvent(self.window, QKeyEvent(QEvent.Type.KeyPress, PROBE_KEY,
                                                          Qt.KeyboardModifier.NoModifier))
        self.last_tick = time.perf_counter()
        self.ticker.start()
        QTimer.singleShot(int(self.seconds * 1000), self._report)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest_gap = max(self.longest_gap, now - self.last_tick)
        self.last_tick = now

    def _report(self) -> None:
        self.ticker.stop()
        print(json.dumps({"painted_at": self.painted_at, "interactive_at": self.interactive_at,
                          "longest_stall_ms": round(max(0.0, self.longest_gap - 0.001) * 1000, 1),
                          "peak_rss_mb": round(peak_rss_mb(), 1)}), flush=True)
        for window in self.app.topLevelWidgets():
            window.close()
        self.app.quit()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.drive", description="Drives a window and reports its start.")
    parser.add_argument("--seconds", type=float, default=10.0, help="how long stalls are watched after the paint")
    parser.add_argument("--bare", action="store_true", help="a bare QMainWindow instead of Omroeper")
    parser.add_argument("app_args", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    observer = Observer(app, args.seconds)
    QTimer.singleShot(0, observer.find_window)  # runs once the event loop has started
    if args.bare:
        window = QMainWindow()
        window.resize(1100, 720)
        window.show()
        return app.exec()
    import main as omroeper

    return omroeper.main([argument for argument in args.app_args if argument != "--"])


if __name__ == "__main__":
    sys.exit(main())
