"""Preferences: the interface language (this laptop) and the municipality (travels with the data): its rhythm, its
grace for late posts, and how fast it means to answer residents (the inbox's response clock)."""

from __future__ import annotations

from datetime import time
from zoneinfo import available_timezones

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from models.inbox import ResponseTarget
from models.settings import DEFAULT_TIME_ZONES, Country, Municipality
from services.calendar_page import Rhythm
from ui.choice_box import ChoiceBox
from ui.typed_work import KeepsTypedWork


class PreferencesDialog(KeepsTypedWork, QDialog):
    """Edits a copy of the preferences; read `municipality()` and `language()` after it was accepted."""

    def __init__(self, municipality: Municipality, language: str, rhythm: Rhythm | None = None,
                 parent: QWidget | None = None, grace_hours: float = 6.0,
                 target: ResponseTarget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
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
        answering = self._answering_section(target or ResponseTarget())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.country_box.currentIndexChanged.connect(self._country_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(answering)
        layout.addWidget(buttons)

    def _answering_section(self, target: ResponseTarget) -> QGroupBox:
        """The inbox's response clock: the target, and what of the time counts (office hours, weekends, holidays)."""
        self.target_spin = QDoubleSpinBox(self)
        self.target_spin.setRange(0.5, 240)
        self.target_spin.setDecimals(1)
        self.target_spin.setSingleStep(1)
        self.target_spin.setValue(target.hours)
        self.target_spin.setSuffix(self.tr(" hours"))
        self.target_spin.setToolTip(self.tr("How fast the municipality means to answer a resident. Each open "
                                            "message in the Inbox shows how much of this is left."))
        self.office_check = QCheckBox(self.tr("Count &office hours only:"), self)
        start, end = target.office_hours or (time(9), time(17))
        self.office_start = QTimeEdit(self)
        self.office_start.setDisplayFormat("HH:mm")
        self.office_start.setTime(start)
        self.office_end = QTimeEdit(self)
        self.office_end.setDisplayFormat("HH:mm")
        self.office_end.setTime(end)
        self.office_check.setChecked(target.office_hours is not None)
        office_row = QHBoxLayout()
        office_row.addWidget(self.office_check)
        office_row.addWidget(self.office_start)
        office_row.addWidget(QLabel(self.tr("to"), self))
        office_row.addWidget(self.office_end)
        office_row.addStretch(1)
        self.skip_weekends_check = QCheckBox(self.tr("Leave &Saturdays and Sundays out"), self)
        self.skip_weekends_check.setChecked(target.skip_weekends)
        self.skip_holidays_check = QCheckBox(self.tr("Leave public holi&days out"), self)
        self.skip_holidays_check.setChecked(bool(target.holidays))
        box = QGroupBox(self.tr("Answering residents"), self)
        section = QFormLayout(box)
        section.addRow(self.tr("Answer &within:"), self.target_spin)
        section.addRow(office_row)
        section.addRow(self.skip_weekends_check)
        section.addRow(self.skip_holidays_check)
        self.office_check.toggled.connect(self._office_toggled)
        self._office_toggled(self.office_check.isChecked())
        return box

    def _office_toggled(self, on: bool) -> None:
        self.office_start.setEnabled(on)
        self.office_end.setEnabled(on)

    def response_target(self) -> tuple[float, str, bool, bool]:
        """What services.inbox.save_target takes: the hours, the office hours ("09:00-17:00" or "" for the whole
        day), and whether weekends and public holidays are left out."""
        office = ""
        start, end = self.office_start.time(), self.office_end.time()
        if self.office_check.isChecked() and end > start:
            office = f"{start.toString('HH:mm')}-{end.toString('HH:mm')}"
        return (self.target_spin.value(), office, self.skip_weekends_check.isChecked(),
                self.skip_holidays_check.isChecked())

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
