"""The list view: posts in time order, one a row; also shows the search results."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.agenda_model import AgendaModel


class AgendaView(QTableView):
    """Signals:
        post_selected(str), post_activated(str), delete_requested(str): as in the month view.
    """

    post_selected = Signal(str)
    post_activated = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda_view")
        self.agenda = AgendaModel(self)
        self.setModel(self.agenda)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        # Widths from the font, not ResizeToContents: that measures every row at each search keystroke.
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        widths = {AgendaModel.DATE: "Wed 30 Sep 2026", AgendaModel.TIME: "00:00",
                  AgendaModel.STATUS: "Gepubliceerd  ✓✓", AgendaModel.CHANNELS: "Facebook Gemeente✓ Bluesky✓"}
        for column, sample in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(AgendaModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.doubleClicked.connect(self._activate)
        self.selectionModel().currentRowChanged.connect(self._selected)
        self.agenda.modelReset.connect(self._reselect)
        self._wanted: str | None = None

    def select_post(self, post_id: str | None) -> None:
        self._wanted = post_id
        self._reselect()

    def selected_post(self) -> str | None:
        index = self.currentIndex()
        return self.agenda.post_at(index.row()).id if index.isValid() else None

    def _reselect(self) -> None:
        row = self.agenda.row_of(self._wanted) if self._wanted else None
        if row is not None:
            self.setCurrentIndex(self.agenda.index(row, AgendaModel.TEXT))

    def _selected(self, current: QModelIndex) -> None:
        if current.isValid():
            self._wanted = self.agenda.post_at(current.row()).id
            self.post_selected.emit(self._wanted)

    def _activate(self, index: QModelIndex) -> None:
        self.post_activated.emit(self.agenda.post_at(index.row()).id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        post_id = self.selected_post()
        if post_id and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.post_activated.emit(post_id)
        elif post_id and event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit(post_id)
        else:
            super().keyPressEvent(event)
