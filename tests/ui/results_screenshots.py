"""Saves pictures of the Results tab (light and dark, English and Dutch) and of the monthly report's pages (Dutch
and English, through pdftoppm where it is installed), for a person to look at.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.results_screenshots OUTPUT_FOLDER
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from services.i18n import install_translators
from services.report import month_report
from services.store import Store
from tests.support.results_month import fill_month
from ui.report_pdf import write_report_pdf
from ui.results_tab import ResultsTab


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e8e8e8"),
                         (QPalette.ColorRole.Base, "#1f1f1f"), (QPalette.ColorRole.AlternateBase, "#2b2b2b"),
                         (QPalette.ColorRole.Text, "#e8e8e8"), (QPalette.ColorRole.Button, "#353535"),
                         (QPalette.ColorRole.ButtonText, "#e8e8e8"), (QPalette.ColorRole.Mid, "#777777"),
                         (QPalette.ColorRole.Highlight, "#2e86c1"), (QPalette.ColorRole.HighlightedText, "#ffffff")):
        palette.setColor(role, QColor(colour))
    return palette


def main(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    light = app.palette()
    with tempfile.TemporaryDirectory() as temporary:
        store = Store.open(Path(temporary) / "omroeper.sqlite", clock=lambda: datetime(2026, 11, 30, 9, tzinfo=UTC))
        store.set_setting("municipality.name", "Oosterzande")
        fill_month(store, posts=18)
        for language in ("en", "nl"):
            translators = install_translators(app, language)
            for theme, palette in (("light", light), ("dark", dark_palette())):
                app.setPalette(palette)
                tab = ResultsTab(store)
                tab.resize(1100, 1250)
                tab.show_month(date(2026, 11, 1))
                tab.show()
                app.processEvents()
                tab.grab().save(str(folder / f"results-{language}-{theme}.png"))
                tab.close()
            for translator in translators:
                app.removeTranslator(translator)
            app.setPalette(light)
            target = folder / f"report-{language}.pdf"
            write_report_pdf(month_report(store, date(2026, 11, 1), language, "Oosterzande"), target)
            if shutil.which("pdftoppm"):
                subprocess.run(["pdftoppm", "-r", "70", "-png", str(target), str(folder / f"report-{language}")],
                               check=True)
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
