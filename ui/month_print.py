"""The month overview on paper or as a PDF, through Qt's printing support."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget


def _document(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    return document


def write_pdf(html: str, path: Path, *, landscape: bool = True) -> None:
    """An A4 PDF of the HTML: landscape for the month overview, portrait for the handover note."""
    writer = QPdfWriter(str(path))
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setTitle("Omroeper")
    writer.setResolution(96)  # the HTML is laid out for the screen's 96 dpi; print_() pages it from there
    _document(html).print_(writer)


def print_overview(html: str, parent: QWidget | None = None) -> bool:
    """Asks for a printer (the system dialog) and prints; False when the officer cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    _document(html).print_(printer)
    return True
