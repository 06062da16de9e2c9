"""The search for a Woo request: words, a period and a channel; the published posts (and messages and answers)
that hold them, listed; and "Export these…" for the archive of exactly those records."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.validation import one_line
from services.archive_search import Match, SearchResult
from services.errors import KnownError
from ui.background import run_in_background
from ui.choice_box import ChoiceBox
from ui.date_field import DateField

Index = QModelIndex | QPersistentModelIndex


class MatchTableModel(QAbstractTableModel):
    """The records a search found: when, what, channels, title (or who wrote), text. Every text from the store is
    one line of plain text."""

    def __init__(self, time_zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.time_zone = time_zone
        self.matches: list[Match] = []

    def set_matches(self, matches: list[Match]) -> None:
        self.beginResetModel()
        self.matches = matches
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's name and default)
        return 0 if parent.isValid() else len(self.matches)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("When"), self.tr("What"), self.tr("Channels"), self.tr("Title or from"),
                    self.tr("Text"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        match = self.matches[index.row()]
        column = index.column()
        if column == 0:
            from services.i18n import short_moment_text

            return short_moment_text(match.when, self.time_zone) if match.when else ""
        if column == 1:
            kind = {"post": self.tr("post"), "message": self.tr("message"), "answer": self.tr("answer")}[match.kind]
            return kind + (" " + self.tr("(deleted)") if match.deleted else "")
        if column == 2:
            return one_line(", ".join(match.channels), 60)
        limit = 200 if role == Qt.ItemDataRole.ToolTipRole else 80
        return one_line(match.title if column == 3 else match.excerpt, limit)


class WooSearchDialog(QDialog):
    """Signals: none; the archive of the findings is written by the ArchiveDialog it opens."""

    def __init__(self, store_path: Path, channels: list[tuple[str, str]], time_zone: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("woo_search_dialog")
        self.setWindowTitle(self.tr("Search for a Woo request"))
        self.store_path, self.today = store_path, today
        self.result: SearchResult | None = None
        self.archive_dialog: QDialog | None = None
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("words that must all be in a post or message"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_button = QPushButton(self.tr("&Search"), self)
        self.search_button.setDefault(True)
        self.period_check = QCheckBox(self.tr("Only &from"), self)
        self.from_edit = DateField(self)
        self.to_edit = DateField(self)
        self.from_edit.setDate(QDate(today.year, 1, 1))
        self.to_edit.setDate(QDate(today.year, today.month, today.day))
        self.channel_box = ChoiceBox(self)
        self.channel_box.add_choice(self.tr("all channels"), None)
        for channel_id, name in channels:
            self.channel_box.add_choice(one_line(name, 40), channel_id)
        self.model = MatchTableModel(time_zone, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = buttons.addButton(self.tr("&Export these…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setEnabled(False)
        buttons.rejected.connect(self.reject)

        words = QHBoxLayout()
        words.addWidget(self.search_edit, 1)
        words.addWidget(self.search_button)
        filters = QGridLayout()
        to_label = QLabel(self.tr("&to"), self)
        to_label.setBuddy(self.to_edit.edit)
        channel_label = QLabel(self.tr("C&hannel"), self)
        channel_label.setBuddy(self.channel_box)
        filters.addWidget(self.period_check, 0, 0)
        filters.addWidget(self.from_edit, 0, 1)
        filters.addWidget(to_label, 0, 2)
        filters.addWidget(self.to_edit, 0, 3)
        filters.addWidget(channel_label, 0, 4)
        filters.addWidget(self.channel_box, 0, 5)
        filters.setColumnStretch(6, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(words)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self.period_check.toggled.connect(self._period_toggled)
        self._period_toggled(False)
        self.search_button.clicked.connect(self.search)
        self.search_edit.returnPressed.connect(self.search)
        self.export_button.clicked.connect(self.export_matches)
        self.resize(860, 520)

    def _period_toggled(self, on: bool) -> None:
        self.from_edit.setEnabled(on)
        self.to_edit.setEnabled(on)

    @staticmethod
    def _day(edit: DateField) -> date:
        value = edit.date()
        return date(value.year(), value.month(), value.day())

    def search(self) -> None:
        """Searches in the background (ten years of posts take a moment); the list fills when it is done."""
        from services.archive import Period
        from services.archive_search import search_archive
        from services.store import Store

        text = self.search_edit.text()
        period = Period(self._day(self.from_edit), self._day(self.to_edit)) if self.period_check.isChecked() \
            else Period()
        channel_id, store_path = self.channel_box.current_value(), self.store_path

        def work() -> SearchResult:
            store = Store.open(store_path, create=False)
            try:
                return search_archive(store, text, period, channel_id)
            finally:
                store.close()

        self.search_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.count_label.setText(self.tr("Searching…"))
        run_in_background(work, self._found, self._failed)

    def _found(self, result: SearchResult) -> None:
        self.result = result
        self.model.set_matches(result.matches)
        self.table.resizeColumnsToContents()
        for column, widest in ((2, 200), (3, 260)):  # the text keeps room
            self.table.setColumnWidth(column, min(widest, self.table.columnWidth(column)))
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.search_button.setEnabled(True)
        self.export_button.setEnabled(bool(result.matches))
        self.count_label.setText(self.tr("%n record(s) found.", "", len(result.matches)) if result.matches
                                 else self.tr("Nothing found. Fewer or shorter words find more."))

    def _failed(self, error: BaseException) -> None:
        self.search_button.setEnabled(True)
        if not isinstance(error, KnownError):
            raise error
        self.count_label.setText(error.message)

    def export_matches(self) -> None:
        """Opens the archive dialog for the records found."""
        from ui.archive_dialog import ArchiveDialog

        if self.result is None:
            return
        dialog = ArchiveDialog(self.store_path, self.today, self, search=self.result)
        self.archive_dialog = dialog
        dialog.open()
