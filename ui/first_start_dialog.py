"""The first start's guide: a new officer sets up the municipality, who "this is me" is, and a first channel, one
page each, every step skippable and the guide as a whole too. It speaks the interface language; choosing another
on its first page switches the guide at once (the window follows at the next start).

Each page saves when the officer goes on with Next; "Skip this step" goes on without saving. Finishing or skipping
the guide (closing it too) marks it done for this data folder (services/first_start.py), so it is not offered
again; Help > Getting started opens it at any time, filled with what is set up.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTranslator, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from services.errors import KnownError
from services.first_start import mark_done
from services.store import Store
from ui.first_start_channel_page import FirstChannelPage
from ui.first_start_me_page import MePage
from ui.first_start_municipality_page import MunicipalityPage
from ui.first_start_page import FirstStartPage
from ui.first_start_ready_page import ReadyPage

log = logging.getLogger(__name__)
STEPS = 3  # the pages that set something up; the last one only shows what is set up


class FirstStartDialog(QDialog):
    """Signals:
        import_requested(): a stand-in leaves the guide to import the handover file they received.
    """

    import_requested = Signal()

    def __init__(self, store: Store, ui_settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_start_dialog")
        self.store = store
        self.ui_settings = ui_settings
        self.setMinimumWidth(600)
        self.municipality_page = MunicipalityPage(store, str(ui_settings.value("language", "")), self)
        self.me_page = MePage(store, self)
        self.channel_page = FirstChannelPage(store, self)
        self.ready_page = ReadyPage(store, self)
        self.pages: list[FirstStartPage] = [
            self.municipality_page, self.me_page, self.channel_page, self.ready_page]
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.stack.addWidget(page)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.step_label = QLabel(self)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.step_label)
        self.skip_all_button = QPushButton(self)
        self.back_button = QPushButton(self)
        self.skip_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_all_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.skip_button, self.next_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading_row)
        layout.addSpacing(4)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.skip_all_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(self.back)
        self.skip_button.clicked.connect(self.skip_step)
        self.next_button.clicked.connect(self.next_step)
        self.municipality_page.language_chosen.connect(self.use_language)
        self.municipality_page.import_requested.connect(self._import_instead)
        self.finished.connect(self._done)
        self.retranslate()

    def page(self) -> int:
        return self.stack.currentIndex()

    def show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        if self.pages[index] is self.ready_page:
            self.ready_page.refresh()  # what the steps before it saved
        self.retranslate()
        focus = {0: self.municipality_page.name_edit, 1: self.me_page.name_edit,
                 2: self.channel_page.add_button}.get(index, self.next_button)
        focus.setFocus()

    def next_step(self) -> None:
        """Saves the page and goes on; on the last page, closes the guide."""
        try:
            if not self.pages[self.page()].save():
                return  # the page says why
        except KnownError as error:  # the data file cannot be written (a full disk, a read-only folder)
            from ui.messages import ProblemMessage

            ProblemMessage(error.message, self).exec()
            return
        if self.page() == len(self.pages) - 1:
            self.accept()
            return
        self.show_page(self.page() + 1)

    def skip_step(self) -> None:
        self.show_page(min(self.page() + 1, len(self.pages) - 1))

    def back(self) -> None:
        self.show_page(max(self.page() - 1, 0))

    def use_language(self, language: str) -> None:
        """The chosen interface language, for this laptop (as Preferences keeps it) and at once for the guide: the
        application's translations are swapped, and every page retranslates itself."""
        from services.i18n import choose_language, install_translators

        self.ui_settings.setValue("language", language)
        app = QCoreApplication.instance()
        if app is None:
            return
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
        install_translators(app, choose_language(language))

    def _done(self, _result: int) -> None:
        """Finished, skipped or closed: not offered again (unless the data file cannot be written: then the next
        start offers it once more, which is the lesser harm)."""
        try:
            mark_done(self.store)
        except KnownError as error:
            log.warning("the first start's guide could not be marked done: %s", error.message)

    def _import_instead(self) -> None:
        self.reject()
        self.import_requested.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        index = self.page()
        last = index == len(self.pages) - 1
        self.setWindowTitle(self.tr("Getting started with Omroeper"))
        self.heading.setText(self.pages[index].heading())
        self.step_label.setText(self.tr("Step {number} of {steps}").format(number=index + 1, steps=STEPS)
                                if index < STEPS else "")
        self.skip_all_button.setText(self.tr("S&kip the guide"))
        self.skip_all_button.setVisible(not last)
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setEnabled(index > 0)
        self.skip_button.setText(self.tr("&Skip this step"))
        self.skip_button.setVisible(not last)
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next"))
