"""The month overview on paper or as a PDF, through Qt's printing support."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from services.files import write_file_safely


def _document(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    return document


def pdf_of(document: QTextDocument, *, title: str, landscape: bool, margin_mm: float) -> bytes:
    """An A4 PDF of the document, made in memory: written into the file by `write_file_safely` like every file
    the app writes, so that a target that cannot be written is said as such (Qt's writer, drawing into the file
    itself, failed without a word) and the data file is never written over."""
    made = QBuffer()
    made.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(made)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                                     QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("Omroeper")
    writer.setResolution(96)  # the HTML is laid out for the screen's 96 dpi; print_() pages it from there
    document.print_(writer)
    del writer  # the PDF is complete once the writer is gone
    return bytes(made.data().data())


def write_pdf(html: str, path: Path, *, landscape: bool = True) -> None:
    """An A4 PDF of the HTML (landscape for the month overview, portrait for the handover note). Raises
    KnownError."""
    write_file_safely(path, pdf_of(_document(html), title="Omroeper", landscape=landscape, margin_mm=12))


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
