"""Times the monthly report on a month of 1,000 published posts (two or three channels each, figures at a day and
a week, the follower counts): the month's figures read from the store, the report laid out and the PDF written
with its charts. Run by bench/run.py in its own process; prints one JSON line. (Messages join the count once the
inbox exists: services/results.py inbox_figures.)"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QGuiApplication  # noqa: E402

from services.report import month_report  # noqa: E402
from services.store import STORE_FILE_NAME, Store  # noqa: E402
from tests.support.results_month import fill_month  # noqa: E402
from ui.report_pdf import write_report_pdf  # noqa: E402


def main(runs: int = 5, posts: int = 1000) -> int:
    _app = QGuiApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="omroeper-report-") as work:
        folder = Path(work)
        store = Store.open(folder / STORE_FILE_NAME)
        fill_month(store, posts=posts)
        times = []
        for run in range(runs):
            began = time.perf_counter()
            report = month_report(store, date(2026, 11, 1), "nl" if run % 2 else "en", "Oosterzande")
            write_report_pdf(report, folder / f"report-{run}.pdf")
            times.append(time.perf_counter() - began)
        store.close()
    print(json.dumps({"report_month_s": round(statistics.median(times), 3), "report_posts": posts}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
