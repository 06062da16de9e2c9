"""Preferences: the interface language (this laptop) and the municipality (travels with the data)."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.settings import DEFAULT_TIME_ZONES, Country, Municipality
from services.calendar_page import Rhythm
from ui.choice_box import ChoiceBox


class PreferencesDialog(QDialog):
    """Edits a copy of the preferences; read `municipality()` and `language()` after it was accepted."""

    def __init__(self, municipality: Municipality, language: str, rhythm: Rhythm | None = None,
                 parent: QWidget | None = None, grace_hours: float = 6.0) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(460)

        self.language_box = ChoiceBox(self)
        self.language_box.add_choice(self.tr("Same as the system"), "")
        self.language_box.add_choice("Nederlands", "nl")
        self.language_box.add_choice("English", "en")
        self.language_box.setCurrentIndex(max(0, self.language_box.index_of(language)))
        self.language_note = QLabel(self.tr("A new language is used from the next start."), self)
        self.language_note.setEnabled(False)

        self.name_edit = QLineEdit(municipality.name, self)
        self.name_edit.setPlaceholderText(self.tr("for example Oosterzande"))
        self.country_box = ChoiceBox(self)
        self.country_box.add_choice(self.tr("The Netherlands"), Country.NL)
        self.country_box.add_choice(self.tr("Belgium"), Country.BE)
        self.country_box.select_value(municipality.country)
        self.zone_box = QComboBox(self)
        self.zone_box.setEditable(False)
        zones = sorted(zone for zone in available_timezones() if zone.startswith("Europe/"))
        self.zone_box.addItems(zones)
        self.zone_box.setCurrentText(municipality.time_zone)

        rhythm = rhythm or Rhythm()
        self.region_box = ChoiceBox(self)
        self._fill_regions(municipality.country, municipality.region)
        self.per_week_spin = QSpinBox(self)
        self.per_week_spin.setRange(0, 21)
        self.per_week_spin.setValue(rhythm.per_week)
        self.per_week_spin.setSpecialValueText(self.tr("no target"))
        self.per_week_spin.setSuffix(self.tr(" posts a week, all channels together"))
        self.per_week_spin.setToolTip(self.tr("How many posts the municipality publishes a week; a post on several "
                                              "channels counts once. A week with fewer is tinted in the calendar "
                                              "and named in the coverage check of an absence."))
        self.weekends_check = QCheckBox(self.tr("We also post on weekends"), self)
        self.weekends_check.setChecked(rhythm.weekends)
        self.grace_spin = QSpinBox(self)
        self.grace_spin.setRange(0, 72)
        self.grace_spin.setValue(round(grace_hours))
        self.grace_spin.setSuffix(self.tr(" hours late at most"))
        self.grace_spin.setToolTip(self.tr("A post that fell due while the laptop was off or offline goes out when "
                                           "it is back, unless it is later than this: then it waits for you."))

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow("", self.language_note)
        form.addRow(self.tr("&Municipality:"), self.name_edit)
        form.addRow(self.tr("&Country:"), self.country_box)
        form.addRow(self.tr("&Time zone:"), self.zone_box)
        form.addRow(self.tr("Holiday &region:"), self.region_box)
        form.addRow(self.tr("R&hythm:"), self.per_week_spin)
        form.addRow("", self.weekends_check)
        form.addRow(self.tr("Send late posts:"), self.grace_spin)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.country_box.currentIndexChanged.connect(self._country_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _country_changed(self) -> None:
        """A change of country brings its time zone along (the officer can still pick another)."""
        country = self.country_box.current_value()
        self.zone_box.setCurrentText(DEFAULT_TIME_ZONES[country])
        self._fill_regions(country, "")

    def _fill_regions(self, country: Country, current: str) -> None:
        """The regions whose own holidays the calendar shows (in Belgium the day of the region or community); the
        Netherlands has none, so the box offers only the whole country there."""
        from services.holiday_calendar import region_code, region_name, regions_of

        self.region_box.clear_choices()
        self.region_box.add_choice(self.tr("Whole country"), "")
        for region in regions_of(country):
            self.region_box.add_choice(region_name(region), region)
        self.region_box.select_value(region_code(country, current))
        self.region_box.setEnabled(bool(regions_of(country)))
        self.region_box.setToolTip(
            self.tr("The public holidays are the same all over the Netherlands.") if not regions_of(country) else
            self.tr("Adds the holiday of your region or community (Flanders: 11 July) to the calendar, the "
                    "coverage check and the answer dates in replies."))

    def rhythm(self) -> Rhythm:
        return Rhythm(per_week=self.per_week_spin.value(), weekends=self.weekends_check.isChecked())

    def municipality(self) -> Municipality:
        return Municipality(
            name=self.name_edit.text().strip(),
            country=self.country_box.current_value(),
            time_zone=self.zone_box.currentText(),
            region=str(self.region_box.current_value() or ""),
        )

    def language(self) -> str:
        """"" for the system's language, else "nl" or "en"."""
        return str(self.language_box.current_value())
