"""The Results tab: a month's figures per channel, the charts, the best posts, the posting rhythm and the inbox's
figures; fetching the figures that are due, and writing the monthly report as a PDF."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from services.changes import Changes
from services.errors import KnownError
from services.i18n import interface_language
from services.report import charts_of, inbox_lines, month_name, month_report
from services.results import MonthFigures, month_figures, sync_results_at
from services.store import Store
from ui.background import run_in_background
from ui.bar_chart import BarChart
from ui.choice_box import ChoiceBox
from ui.messages import ProblemMessage
from ui.plain_text import plain
from ui.results_models import BestPostModel, ChannelMonthModel


class ResultsTab(QWidget):
    """Signals:
        changed(Changes): a fetch stored new figures (the composer and calendar show the latest).
    """

    changed = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        today = store.clock().date()
        self.month = date(today.year, today.month, 1)
        self.figures: MonthFigures | None = None
        self._stale = True  # the month shown is not read yet (see reload)

        self.previous_button = QPushButton("◀", self)
        self.previous_button.setAccessibleName(self.tr("Previous month"))
        self.next_button = QPushButton("▶", self)
        self.next_button.setAccessibleName(self.tr("Next month"))
        self.month_label = QLabel(self)
        heading = self.month_label.font()
        heading.setPointSizeF(heading.pointSizeF() * 1.4)
        heading.setBold(True)
        self.month_label.setFont(heading)
        self.fetch_button = QPushButton(self.tr("Fetch fi&gures"), self)
        self.fetch_button.setToolTip(self.tr("Ask the networks for the figures that are due (a day, a week and a "
                                             "month after each post went out)"))
        self.language_box = ChoiceBox(self)
        self.language_box.add_choice(self.tr("Dutch"), "nl")
        self.language_box.add_choice(self.tr("English"), "en")
        self.language_box.select_value(interface_language())
        self.language_box.setAccessibleName(self.tr("Language of the report"))
        self.report_button = QPushButton(self.tr("&Monthly report (PDF)…"), self)
        top = QHBoxLayout()
        for widget in (self.previous_button, self.month_label, self.next_button):
            top.addWidget(widget)
        top.addStretch(1)
        for widget in (self.fetch_button, self.language_box, self.report_button):
            top.addWidget(widget)

        self.summary_label = plain(QLabel(self))
        self.summary_label.setWordWrap(True)
        self.problems_label = plain(QLabel(self))
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #c0392b")
        self.status_label = plain(QLabel(self))
        self.status_label.setWordWrap(True)

        self.channel_model = ChannelMonthModel(self)
        self.channel_table = QTableView(self)
        self.channel_table.setModel(self.channel_model)
        self.channel_table.verticalHeader().hide()
        self.channel_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.channel_table.setSizeAdjustPolicy(QTableView.SizeAdjustPolicy.AdjustToContents)

        self.charts = [BarChart(self) for _ in range(3)]
        chart_grid = QGridLayout()
        for number, chart in enumerate(self.charts):
            chart_grid.addWidget(chart, number // 2, number % 2)

        self.best_model = BestPostModel(self)
        self.best_list = QListView(self)
        self.best_list.setModel(self.best_model)
        self.best_list.setSizeAdjustPolicy(QListView.SizeAdjustPolicy.AdjustToContents)
        self.inbox_label = plain(QLabel(self))
        self.inbox_label.setWordWrap(True)

        page = QWidget(self)
        column = QVBoxLayout(page)
        column.addLayout(top)
        column.addWidget(self.summary_label)
        column.addWidget(self.problems_label)
        column.addWidget(self.channel_table)
        column.addLayout(chart_grid)
        best_heading = QLabel(self.tr("Best posts of the month"), self)
        best_heading.setBuddy(self.best_list)
        column.addWidget(best_heading)
        column.addWidget(self.best_list)
        inbox_heading = QLabel(self.tr("Messages and answers"), self)
        column.addWidget(inbox_heading)
        column.addWidget(self.inbox_label)
        column.addWidget(self.status_label)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.fetch_button.clicked.connect(self.fetch)
        self.report_button.clicked.connect(self.write_report)

    # ---- showing a month ----------------------------------------------------------------------------------

    def go(self, months: int) -> None:
        index = self.month.year * 12 + self.month.month - 1 + months
        self.show_month(date(index // 12, index % 12 + 1, 1))

    def show_month(self, first: date) -> None:
        self.month = first
        self.reload()

    def reload(self) -> None:
        """Reads the month again; while the tab is not on screen only at its next showing (the window builds every
        tab right after its first paint, and reloads them all after an import)."""
        self._stale = True
        if self.isVisible():
            self._read()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self._read()

    def _read(self) -> None:
        self._stale = False
        try:
            figures = month_figures(self.store, self.month)
        except KnownError as error:
            self.status_label.setText(error.message)
            return
        self.figures = figures
        self.month_label.setText(month_name(self.month))
        self.summary_label.setText("  ".join((
            self.tr("Posts published: {count}.").format(count=QLocale().toString(figures.posts)),
            self.tr("Reactions: {count}.").format(count=QLocale().toString(figures.reactions)),
            self.tr("Posting rhythm: {kept} of {weeks} weeks reached the target of {target} posts.").format(
                kept=figures.weeks_kept, weeks=len(figures.weeks), target=figures.per_week_target))))
        problems = [f"⚠ {channel.name}: {channel.problem}" for channel in figures.channels if channel.problem]
        self.problems_label.setText("\n".join(problems))
        self.problems_label.setVisible(bool(problems))
        self.channel_model.set_items(figures.channels)
        charts = charts_of(figures)
        for number, widget in enumerate(self.charts):
            widget.show_chart(charts[number] if number < len(charts) else None)
            widget.setVisible(number < len(charts))
        self.best_model.set_items(figures.best)
        self.inbox_label.setText("\n".join(inbox_lines(figures)))

    # ---- fetching and the report ----------------------------------------------------------------------------

    def fetch(self) -> None:
        self.fetch_button.setEnabled(False)
        self.status_label.setText(self.tr("Asking the networks for their figures…"))
        run_in_background(partial(sync_results_at, self.store.path, self.store.clock()), self._fetched,
                          self._fetch_failed)

    def _fetched(self, report) -> None:  # type: ignore[no-untyped-def]
        self.fetch_button.setEnabled(True)
        self.status_label.setText("\n".join(report.lines()))
        self.reload()
        self.changed.emit(Changes(figures=True))

    def _fetch_failed(self, error: BaseException) -> None:
        self.fetch_button.setEnabled(True)
        if not isinstance(error, KnownError):
            raise error
        self.status_label.setText(f"⚠ {error.message}")

    def write_report(self) -> None:
        suggested = Path.home() / f"{self.month:%Y-%m}.pdf"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Monthly report"), str(suggested),
                                                    self.tr("PDF (*.pdf)"))
        if path:
            self.write_report_to(Path(path))

    def write_report_to(self, path: Path) -> None:
        from services.preferences import load_municipality
        from ui.report_pdf import write_report_pdf

        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            report = month_report(self.store, self.month, str(self.language_box.current_value()),
                                  load_municipality(self.store).name)
            write_report_pdf(report, path)
        except KnownError as error:
            ProblemMessage(error.message, self).exec()
            return
        self.status_label.setText(self.tr("Wrote {path}.").format(path=path))
