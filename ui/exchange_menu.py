"""The calendar's ways in and out: iCalendar and CSV export, CSV import, the month overview on paper or PDF."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QWidget

from services.errors import KnownError
from services.store import Store
from ui.messages import ProblemMessage, inform


class ExchangeMenu(QMenu):
    """Signals: none; after an import the calendar is told through `on_imported`."""

    def __init__(self, store: Store, data_dir: Path, calendar: Callable[[], object], on_imported: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Exchange"), parent)
        self.store, self.data_dir, self.calendar, self.on_imported = store, data_dir, calendar, on_imported
        self.ics_action = QAction(self.tr("Export to &iCalendar (Outlook, Google)…"), self)
        self.csv_export_action = QAction(self.tr("Export to &CSV (spreadsheet)…"), self)
        self.csv_import_action = QAction(self.tr("&Import from CSV…"), self)
        self.pdf_action = QAction(self.tr("Month overview as &PDF…"), self)
        self.print_action = QAction(self.tr("P&rint month overview…"), self)
        for action in (self.ics_action, self.csv_export_action, self.csv_import_action):
            self.addAction(action)
        self.addSeparator()
        self.addAction(self.pdf_action)
        self.addAction(self.print_action)
        self.archive_dialog: QDialog | None = None
        self.woo_dialog: QDialog | None = None
        self.archive_action = QAction(self.tr("&Archive for the archivist…"), self)
        self.woo_action = QAction(self.tr("Search for a &Woo request…"), self)
        self.addSeparator()
        self.addAction(self.archive_action)
        self.addAction(self.woo_action)
        self.archive_action.triggered.connect(self.write_archive)
        self.woo_action.triggered.connect(self.search_for_woo)
        self.ics_action.triggered.connect(self.export_ics)
        self.csv_export_action.triggered.connect(self.export_csv)
        self.csv_import_action.triggered.connect(self.import_csv)
        self.pdf_action.triggered.connect(self.export_pdf)
        self.print_action.triggered.connect(self.print_month)

    def _window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def _save_path(self, title: str, name: str, pattern: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _chosen = QFileDialog.getSaveFileName(self._window(), title, str(Path(folder) / name), pattern)
        return Path(path) if path else None

    def _done(self, text: str) -> None:
        inform(self._window(), "Omroeper", text)

    def _failed(self, error: KnownError) -> None:
        ProblemMessage(error.message, self._window()).exec()

    # The export and import services (and the PDF printer) are imported when a command is chosen: together they
    # load more than the whole calendar tab, for commands used a few times a month.

    def export_ics(self) -> None:
        from services.ics_export import export_ics

        calendar = self.calendar()
        start, end = calendar.visible_range()  # type: ignore[attr-defined]
        path = self._save_path(self.tr("Export to iCalendar"), "omroeper.ics", self.tr("iCalendar (*.ics)"))
        if path is None:
            return
        try:
            count = export_ics(self.store, path, start, end, calendar.current_filter())  # type: ignore[attr-defined]
        except KnownError as error:
            self._failed(error)
            return
        self._done(self.tr("%n post(s) exported to {path}.", "", count).format(path=path))

    def export_csv(self) -> None:
        from services.csv_exchange import export_csv

        path = self._save_path(self.tr("Export to CSV"), "omroeper.csv", self.tr("CSV (*.csv)"))
        if path is None:
            return
        try:
            count = export_csv(self.store, path)
        except KnownError as error:
            self._failed(error)
            return
        self._done(self.tr("%n post(s) exported to {path}.", "", count).format(path=path))

    def import_csv(self) -> None:
        from services.csv_exchange import apply_import, read_csv
        from ui.csv_import_dialog import CsvImportDialog

        path, _chosen = QFileDialog.getOpenFileName(self._window(), self.tr("Import from CSV"), "",
                                                    self.tr("CSV (*.csv *.txt)"))
        if not path:
            return
        try:
            report = read_csv(self.store, Path(path))
        except KnownError as error:
            self._failed(error)
            return
        dialog = CsvImportDialog(report, Path(path).name, self._window())
        if dialog.exec() != CsvImportDialog.DialogCode.Accepted:
            return
        try:
            added = apply_import(self.store, report)
        except KnownError as error:
            self._failed(error)
            return
        self.on_imported()
        self._done(self.tr("%n post(s) added to the calendar.", "", added))

    def _overview_html(self) -> str:
        from services.calendar_page import load_page
        from services.month_overview import month_overview_html

        calendar = self.calendar()
        month_first = calendar.shown_month  # type: ignore[attr-defined]
        start = month_first - timedelta(days=month_first.weekday())
        page = load_page(self.store, start, start + timedelta(days=41), municipality=calendar.municipality,  # type: ignore[attr-defined]
                         today=calendar.today(), ui_language=calendar.ui_language(),  # type: ignore[attr-defined]
                         only=calendar.current_filter())  # type: ignore[attr-defined]
        return month_overview_html(page, month_first, calendar.municipality.name)  # type: ignore[attr-defined]

    def export_pdf(self) -> None:
        from ui.month_print import write_pdf

        calendar = self.calendar()
        name = f"omroeper-{calendar.shown_month:%Y-%m}.pdf"  # type: ignore[attr-defined]
        path = self._save_path(self.tr("Month overview as PDF"), name, self.tr("PDF (*.pdf)"))
        if path is None:
            return
        try:
            write_pdf(self._overview_html(), path)
        except KnownError as error:
            self._failed(error)
            return
        self._done(self.tr("The month overview was saved as {path}.").format(path=path))

    def print_month(self) -> None:
        from ui.month_print import print_overview

        print_overview(self._overview_html(), self._window())

    def write_archive(self) -> None:
        """The archive dialog; one for the window, so a running export shows its progress when opened again."""
        from ui.archive_dialog import ArchiveDialog

        if self.archive_dialog is None:
            self.archive_dialog = ArchiveDialog(self.store.path, self.store.clock().date(), self._window())
        self.archive_dialog.open()

    def search_for_woo(self) -> None:
        """The Woo search; one for the window, keeping the last search and its results."""
        from models.channel import ChannelAccount
        from services.preferences import load_municipality
        from ui.woo_search_dialog import WooSearchDialog

        if self.woo_dialog is None:
            channels = [(channel.id, channel.name) for channel in self.store.find(ChannelAccount, order_by="name")]
            self.woo_dialog = WooSearchDialog(self.store.path, channels, load_municipality(self.store).time_zone,
                                              self.store.clock().date(), self._window())
        self.woo_dialog.open()
