"""For bench/run.py: main.py with OMROEPER_BENCH_FIRST_PAINT set prints when its window first painted, and the
peak memory, then quits."""

from __future__ import annotations

import json
import time

from PySide6.QtCore import QTimer

from bench.memory import peak_rss_mb


def report_first_paint(window, app) -> None:  # type: ignore[no-untyped-def]
    """For bench/run.py: print the wall-clock time of the window's first paint and the peak memory, then quit.
    The time is taken as bench/bare_qt.py takes it: in a zero timer queued at the window's first paint event, so
    it falls after the whole window (the tabs, the month) has painted and been flushed, and before
    finish_startup, which is queued after it."""

    def report() -> None:
        # Runs after finish_startup: the peak memory includes it.
        print(json.dumps({"painted_at": painted_at[0], "peak_rss_mb": peak_rss_mb()}), flush=True)
        app.quit()

    def painted() -> None:
        painted_at.append(time.time())
        QTimer.singleShot(50, report)

    painted_at: list[float] = []
    window.first_painted.connect(lambda: QTimer.singleShot(0, painted))
