"""The monthly report as a PDF: its HTML with the charts drawn in (ui/bar_chart.py), through Qt's PDF writer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication, QTextDocument

from services.errors import KnownError, translate
from services.files import write_file_safely
from services.report import MonthReport
from ui.bar_chart import chart_image
from ui.month_print import pdf_of


def painting_app() -> None:
    """The command line writes the report without a window, but Qt draws text only with a QGuiApplication: made
    here, before the command makes its plain application. It draws into the PDF only, so it needs no screen: on
    Qt's offscreen platform (unless QT_QPA_PLATFORM names another), a report is written from a task scheduler, over
    ssh or on a server as on a desktop. (On the desktop's own platform, a Linux without a display ended the command
    with Qt's "could not load the Qt platform plugin", before even a wrong month was told.)"""
    import os
    import sys

    if QGuiApplication.instance() is None:
        chosen = ["-platform", "offscreen"] if not os.environ.get("QT_QPA_PLATFORM") else []
        QGuiApplication([sys.argv[0], *chosen])


def report_document(report: MonthReport) -> QTextDocument:
    document = QTextDocument()
    for chart in report.charts:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{chart.name}"),
                             chart_image(chart, 520, 200))
    document.setHtml(report.html)
    return document


def write_report_pdf(report: MonthReport, path: Path) -> None:
    """An A4 portrait PDF of the report, made in memory and then written as every file the app writes
    (services/files.py): a file that cannot be replaced (held by a reader, read-only) keeps what it held and is
    said as such. Drawn straight into the file, it failed without a word, and an old report passed for the new
    one. A folder that does not exist is said as such."""
    if not path.parent.is_dir():
        raise KnownError(translate("Report", "The folder {folder} does not exist; nothing was written.").format(
            folder=path.parent))
    write_file_safely(path, pdf_of(report_document(report), title=report.title, landscape=False, margin_mm=15))
