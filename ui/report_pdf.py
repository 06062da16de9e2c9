"""The monthly report as a PDF: its HTML with the charts drawn in (ui/bar_chart.py), through Qt's PDF writer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from services.errors import KnownError, translate
from services.report import MonthReport
from ui.bar_chart import chart_image


def painting_app() -> None:
    """The command line writes the report without a window, but Qt draws text only with a QGuiApplication: made
    here, before the command makes its plain application."""
    import sys

    if QGuiApplication.instance() is None:
        QGuiApplication([sys.argv[0]])


def report_document(report: MonthReport) -> QTextDocument:
    document = QTextDocument()
    for chart in report.charts:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{chart.name}"),
                             chart_image(chart, 520, 200))
    document.setHtml(report.html)
    return document


def write_report_pdf(report: MonthReport, path: Path) -> None:
    """An A4 portrait PDF of the report. A folder that cannot be written to is said as such."""
    if not path.parent.is_dir():
        raise KnownError(translate("Report", "The folder {folder} does not exist; nothing was written.").format(
            folder=path.parent))
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setTitle(report.title)
    writer.setCreator("Omroeper")
    writer.setResolution(96)
    document = report_document(report)
    document.print_(writer)
    del writer  # the file is complete once the writer is gone
    if not path.is_file() or path.stat().st_size == 0:
        raise KnownError(translate("Report", "{path} could not be written (is it open elsewhere, or the disk "
                                             "full?).").format(path=path))
