"""The first start's first step: the language, the municipality and its country (the time zone and the public
holidays follow the country), and a way out for a stand-in who has a handover file to import instead. It names
the data folder: one to back up, and a new folder made by a mistyped `--data-dir` is noticed here, before the
officer wonders where the calendar went."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from models.settings import DEFAULT_TIME_ZONES, Country
from services.first_start import save_municipality_step
from services.preferences import load_municipality
from services.store import Store
from ui.choice_box import ChoiceBox
from ui.first_start_page import FirstStartPage


class MunicipalityPage(FirstStartPage):
    """Signals:
        language_chosen(str): the officer chose the interface language ("" for the system's, "nl", "en").
        import_requested(): a stand-in wants to import the handover file they received instead of setting up.
    """

    language_chosen = Signal(str)
    import_requested = Signal()

    def __init__(self, store: Store, language: str, parent: QWidget | None = None) -> None:
        super().__init__(store, "first_start_municipality", parent)
        self.intro = self.add_intro()
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)  # a folder's name is no markup
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.column.addWidget(self.folder_label)
        self.column.addSpacing(6)
        self.language_box = ChoiceBox(self)
        for value in ("", "nl", "en"):
            self.language_box.add_choice("", value)
        self.language_box.select_value(language)
        self.language_note = QLabel(self)
        self.language_note.setWordWrap(True)
        municipality = self.stored = load_municipality(store)
        self.name_edit = QLineEdit(municipality.name, self)
        self.netherlands_button = QRadioButton(self)
        self.belgium_button = QRadioButton(self)
        self.countries = QButtonGroup(self)
        self.countries.addButton(self.netherlands_button)
        self.countries.addButton(self.belgium_button)
        (self.belgium_button if municipality.country is Country.BE else self.netherlands_button).setChecked(True)
        country_row = QHBoxLayout()
        country_row.addWidget(self.netherlands_button)
        country_row.addWidget(self.belgium_button)
        country_row.addStretch(1)
        self.follows_label = QLabel(self)
        self.follows_label.setWordWrap(True)
        self.language_label, self.name_label, self.country_label = QLabel(self), QLabel(self), QLabel(self)
        self.language_label.setBuddy(self.language_box)
        self.name_label.setBuddy(self.name_edit)
        self.form = form = QFormLayout()
        form.addRow(self.language_label, self.language_box)
        form.addRow("", self.language_note)
        form.setRowVisible(self.language_note, False)  # until another language is chosen
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.country_label, country_row)
        form.addRow("", self.follows_label)
        self.standin_label = QLabel(self)
        self.standin_label.setWordWrap(True)
        self.import_button = QPushButton(self)
        standin_row = QHBoxLayout()
        standin_row.addWidget(self.standin_label, 1)
        standin_row.addWidget(self.import_button)
        self.column.addLayout(form)
        self.column.addStretch(1)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.column.addWidget(line)
        self.column.addLayout(standin_row)
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        self.netherlands_button.toggled.connect(self._show_what_follows)
        self.import_button.clicked.connect(self.import_requested)
        self.retranslate()

    def heading(self) -> str:
        return self.tr("Welcome to Omroeper")

    def country(self) -> Country:
        return Country.BE if self.belgium_button.isChecked() else Country.NL

    def save(self) -> bool:
        save_municipality_step(self.store, self.name_edit.text(), self.country())
        return True

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "A few things make Omroeper work: your municipality, who you are, and a first channel to post to. Each "
            "step can be skipped and done later; this guide stays under Help > Getting started."))
        self.folder_label.setText(self.tr("Omroeper keeps everything in this folder: {folder}").format(
            folder=self.store.path.parent))
        # The same choice as in Preferences, in its words there.
        same = QCoreApplication.translate("PreferencesDialog", "Same as the system")
        for index, text in enumerate((same, "Nederlands", "English")):
            self.language_box.setItemText(index, text)
        self.language_note.setText(self.tr("The guide speaks it at once; the rest of the window from the next "
                                           "start."))
        self.name_edit.setPlaceholderText(self.tr("for example Oosterzande"))
        self.netherlands_button.setText(self.tr("The Ne&therlands"))
        self.belgium_button.setText(self.tr("Bel&gium"))
        self.language_label.setText(self.tr("&Language:"))
        self.name_label.setText(self.tr("&Municipality:"))
        self.country_label.setText(self.tr("Country:"))
        self.standin_label.setText(self.tr(
            "Standing in for a colleague? Import the handover file they gave you instead: it brings the "
            "municipality, the calendar and the reply templates."))
        self.import_button.setText(self.tr("&Import handover…"))
        self._show_what_follows()

    def _show_what_follows(self) -> None:
        """The time zone and holidays the country brings (or, for the country already set, what Preferences set)."""
        country = self.country()
        zone = self.stored.time_zone if country is self.stored.country else DEFAULT_TIME_ZONES[country]
        region = self.stored.region if country is self.stored.country else ""
        holidays = self.tr("the Netherlands") if country is Country.NL else self.tr("Belgium")
        if region:
            holidays = self.tr("{country} ({region})").format(country=holidays, region=region)
        self.follows_label.setText(self.tr(
            "Time zone {zone}, and the public holidays of {country}. Another time zone, or a region's own holidays: "
            "File > Preferences.").format(zone=zone, country=holidays))

    def _language_chosen(self) -> None:
        self.form.setRowVisible(self.language_note, True)
        self.language_chosen.emit(str(self.language_box.current_value()))
