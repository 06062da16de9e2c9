"""Times the Calendar tab on a given store: switching the month view to another month (query and paint) and
showing search results for a word as it is typed. Run by bench/run.py in its own process; prints one JSON line.
Once the tab is built, its objects are kept out of the garbage collector's sight as the app does with what its
start built (main.settle_start_up), so that a full collection costs here what it costs in the app."""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from main import settle_start_up  # noqa: E402
from services.store import Store  # noqa: E402
from ui.calendar_tab import CalendarTab  # noqa: E402

WORDS = ["raad", "afval", "markt", "sinterklaas", "verkeer", "subsidie", "speeltuin", "bibliotheek"]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    store_path, tries = Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 40
    app = QApplication(sys.argv[:1])
    store = Store.open(store_path)
    tab = CalendarTab(store)
    tab.resize(1200, 800)
    tab.show()
    app.processEvents()
    settle_start_up()
    rng = random.Random(3)
    today = date.today()
    months = [date(today.year - rng.randrange(0, 10), rng.randrange(1, 13), 1) for _ in range(tries)]
    switch_ms = []
    for month in months:
        started = time.perf_counter()
        tab.go_to(month)
        tab.month_view.repaint()
        switch_ms.append((time.perf_counter() - started) * 1000)
    search_ms = []
    for n in range(tries):
        word = WORDS[n % len(WORDS)]
        typed = word[: 3 + n % (len(word) - 2)]
        started = time.perf_counter()
        tab.search_edit.setText(typed)  # results as you type: query, model, paint
        tab.agenda_view.viewport().repaint()
        search_ms.append((time.perf_counter() - started) * 1000)
        tab.search_edit.clear()
    print(json.dumps({
        "month_switch_ms_p50": round(statistics.median(switch_ms), 2),
        "month_switch_ms_p95": round(percentile(switch_ms, 0.95), 2),
        "search_ms_p50": round(statistics.median(search_ms), 2),
        "search_ms_p95": round(percentile(search_ms, 0.95), 2),
        "tries": tries,
    }))
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
