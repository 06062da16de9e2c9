"""Writing the archive for the archivist from the window: a period (or a search's findings) and a folder; the
package is written in the background with its progress shown, and can be stopped."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from services.errors import KnownError
from ui.background import run_in_background
from ui.date_field import DateField

if TYPE_CHECKING:
    from services.archive import ArchiveResult
    from services.archive_search import SearchResult


class _ProgressRelay(QObject):
    """Carries the export's progress from the worker thread to the dialog (a queued signal)."""

    moved = Signal(int, int)


class ArchiveDialog(QDialog):
    """Signals: archive_written(str): the folder of a package just written."""

    archive_written = Signal(str)

    def __init__(self, store_path: Path, today: date, parent: QWidget | None = None, *,
                 search: SearchResult | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("archive_dialog")
        self.store_path, self.search = store_path, search
        self.setWindowTitle(self.tr("Archive for the archivist") if search is None
                            else self.tr("Export what was found"))
        self._stop = threading.Event()
        self._running = False
        self.from_edit = DateField(self)
        self.to_edit = DateField(self)
        self.from_edit.setDate(QDate(today.year, 1, 1))
        self.to_edit.setDate(QDate(today.year, today.month, today.day))
        self.folder_edit = QLineEdit(self)
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(self.status.textFormat().PlainText)
        explained = QLabel(self.tr(
            "A BagIt package an archive can take in: every post published in the period per channel, with its "
            "images, links and what happened to it afterwards, as JSON (with its schema), CSV and a readable "
            "overview, and checksums. Tokens are never in it.") if search is None else self.tr(
            "A BagIt package of exactly the records found, in the same form as the archive of a period."), self)
        explained.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(explained)
        if search is None:
            form.addRow(self.tr("&From"), self.from_edit)
            form.addRow("", self.from_edit.problem_label())
            form.addRow(self.tr("&To (inclusive)"), self.to_edit)
            form.addRow("", self.to_edit.problem_label())
        else:
            self.from_edit.hide()
            self.to_edit.hide()
        folder_label = QLabel(self.tr("F&older"), self)
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow(self.progress)
        form.addRow(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.write_button = self.buttons.addButton(self.tr("&Write archive"), QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.folder_edit.setText(str(self._documents() / self._suggested_name()))
        self.resize(560, self.sizeHint().height())

    @staticmethod
    def _documents() -> Path:
        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))

    def _day(self, edit: DateField) -> date:
        value = edit.date()
        return date(value.year(), value.month(), value.day())

    def _suggested_name(self) -> str:
        if self.search is not None:
            return self.tr("woo-request")
        return self.tr("archive") + f"-{self._day(self.from_edit):%Y-%m-%d}-{self._day(self.to_edit):%Y-%m-%d}"

    def choose_folder(self) -> None:
        """The folder the package goes in: a new folder inside the one chosen."""
        current = Path(self.folder_edit.text()).parent if self.folder_edit.text() else self._documents()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Where to write the archive"), str(current))
        if chosen:
            self.folder_edit.setText(str(Path(chosen) / self._suggested_name()))

    def write(self) -> None:
        """Starts the export in the background; Close then stops it."""
        from services.archive import Period, Selection, export_archive
        from services.archive_search import export_matches
        from services.store import Store

        text = self.folder_edit.text().strip()
        if not text:
            self.status.setText(self.tr("Choose a folder for the archive."))
            return
        if self.search is None and self._day(self.to_edit) < self._day(self.from_edit):
            self.status.setText(self.tr("The last day is before the first day."))
            return
        folder = Path(text).expanduser()
        period = Period(self._day(self.from_edit), self._day(self.to_edit))
        search, store_path, stop = self.search, self.store_path, self._stop
        relay = _ProgressRelay(self)
        relay.moved.connect(self._moved)

        def work() -> ArchiveResult:
            store = Store.open(store_path, create=False)  # this thread's own connection
            try:
                if search is not None:
                    return export_matches(store, folder, search, progress=relay.moved.emit, stopped=stop.is_set)
                return export_archive(store, folder, Selection(period), progress=relay.moved.emit,
                                      stopped=stop.is_set)
            finally:
                store.close()

        self._stop.clear()
        self._set_running(True)
        self.status.setText(self.tr("Writing the archive…"))
        run_in_background(work, self._written, self._failed)

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.progress.setVisible(running or self.progress.value() > 0)
        if running:
            self.progress.setRange(0, 0)
        for widget in (self.write_button, self.folder_edit, self.choose_button, self.from_edit, self.to_edit):
            widget.setEnabled(not running)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Stop") if running else self.tr("&Close"))
        self._fit_height()

    def _fit_height(self) -> None:
        """Taller when the progress and the outcome show, so no line of the explanation is cut off."""
        layout = self.layout()
        layout.activate()
        wanted = layout.heightForWidth(self.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(self.tr("Writing the archive: post {done} of {total}…").format(done=done, total=total - 1)
                            if done < total - 1 else self.tr("Writing the checksums…"))

    def _written(self, result: ArchiveResult) -> None:
        self._set_running(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        lines = [self.tr("The archive was written to {path}: %n post(s)", "", result.posts).format(path=result.folder)
                 + self.tr(", %n image(s)", "", result.images) + self.tr(", %n message(s)", "", result.messages)
                 + self.tr(", %n answer(s).", "", result.answers)]
        if result.missing_images:
            lines.append(self.tr("%n image file(s) were missing; the records say so.", "", result.missing_images))
        self.status.setText("\n".join(lines))
        self._fit_height()
        self.archive_written.emit(str(result.folder))

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        self.progress.setVisible(False)
        if not isinstance(error, KnownError):
            raise error  # a bug: shown with the log's path
        self.status.setText(error.message)
        self._fit_height()

    def reject(self) -> None:
        """Close; while writing, Stop: the export ends at the next post and leaves nothing behind."""
        if self._running:
            self._stop.set()
            self.status.setText(self.tr("Stopping…"))
            return
        super().reject()
