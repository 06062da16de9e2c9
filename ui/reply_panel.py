"""The right half of the Replies tab: the fields to fill, the text of this one reply, the reply as the resident
will read it (empty placeholders highlighted), the privacy check, the reply log's channel and time, and the copy.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.reply import Audience, ReplyTemplate
from models.reply_text import PersonalData, fill, personal_data_in, placeholders_in
from models.staff import StaffMember
from services.errors import KnownError
from services.preferences import load_municipality
from services.reply_templates import count_copy, expected_answer_date, record_use
from services.staff import signature_of
from services.store import Store
from ui.choice_box import ChoiceBox
from ui.plain_text import TextEdit, plain, typed_text
from ui.readable_colours import warning_css

FILLED_BY_HAND = ("name", "street", "case")
CHANNELS = ("Facebook", "Instagram", "Mastodon", "Bluesky", "LinkedIn", "WhatsApp")
EMPTY_MARK = "background-color: #ffd966; color: #000; font-weight: bold"


class ReplyPanel(QWidget):
    """Signals:
        copied(str): the reply was put on the clipboard (and recorded); the fields are cleared already.
    """

    copied = Signal(str)

    def __init__(self, store: Store, answerer: Callable[[], StaffMember | None], now: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reply_panel")
        self.store = store
        self.template: ReplyTemplate | None = None
        self._answerer, self._now_fn = answerer, now
        self.title_label = QLabel(self)
        self.title_label.setObjectName("template_title")
        self.title_label.setWordWrap(True)
        self.field_edits = {name: QLineEdit(self) for name in FILLED_BY_HAND}
        self.field_edits["name"].setPlaceholderText(self.tr("the resident's first name"))
        self.field_edits["street"].setPlaceholderText(self.tr("street"))
        self.field_edits["case"].setPlaceholderText(self.tr("case number"))
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(1, 60)
        self.days_spin.setValue(5)
        self.days_spin.setSuffix(self.tr(" working days"))
        self.date_label = QLabel(self)
        date_row = QHBoxLayout()
        date_row.addWidget(self.days_spin)
        date_row.addWidget(self.date_label, 1)
        self.fields_form = QFormLayout()
        self.fields_form.addRow(self.tr("{name}: resi&dent"), self.field_edits["name"])
        self.fields_form.addRow(self.tr("{street}: s&treet"), self.field_edits["street"])
        self.fields_form.addRow(self.tr("{case}: case nu&mber"), self.field_edits["case"])
        date_label = QLabel(self.tr("{date}: answer &within"), self)
        date_label.setBuddy(self.days_spin)
        self.fields_form.addRow(date_label, date_row)
        fields_box = QGroupBox(self.tr("Fill in"), self)
        fields_box.setLayout(self.fields_form)
        self.text_edit = TextEdit(self)
        self.text_edit.setObjectName("reply_text")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setToolTip(self.tr("The template's text for this reply. Change it freely; to leave a "
                                          "placeholder out, delete it here. The template itself stays as it was."))
        self.text_edit.setMaximumHeight(130)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("reply_preview")
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.warning_label = plain(QLabel(self))
        self.warning_label.setObjectName("reply_warning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(warning_css())
        self.channel_box = ChoiceBox(self)
        for channel in CHANNELS:
            self.channel_box.add_choice(channel, channel)
        self.channel_box.add_choice(self.tr("E-mail or other"), "other")
        self.received_edit = QDateTimeEdit(self)
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.log_check = QCheckBox(self.tr("Record in the reply &log"), self)
        self.log_check.setChecked(True)
        log_row = QHBoxLayout()
        log_row.addWidget(self.log_check)
        log_row.addWidget(QLabel(self.tr("channel"), self))
        log_row.addWidget(self.channel_box)
        received_label = QLabel(self.tr("message came in"), self)
        received_label.setBuddy(self.received_edit)
        log_row.addWidget(received_label)
        log_row.addWidget(self.received_edit)
        log_row.addStretch(1)
        self.copy_button = QPushButton(self.tr("Co&py reply (Ctrl+Enter)"), self)
        self.copy_button.setObjectName("copy_button")
        self.copy_button.setDefault(True)
        self.status_label = plain(QLabel(self))
        self.status_label.setObjectName("reply_status")
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.status_label, 1)
        right_layout = QVBoxLayout(self)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title_label)
        right_layout.addWidget(fields_box)
        text_label = QLabel(self.tr("Te&xt of this reply"), self)
        text_label.setBuddy(self.text_edit)
        right_layout.addWidget(text_label)
        right_layout.addWidget(self.text_edit)
        right_layout.addWidget(QLabel(self.tr("As the resident will read it"), self))
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.warning_label)
        right_layout.addLayout(log_row)
        right_layout.addLayout(copy_row)

        for edit in self.field_edits.values():
            edit.textChanged.connect(self._update_preview)
        self.days_spin.valueChanged.connect(self._update_preview)
        self.text_edit.textChanged.connect(self._update_preview)
        self.copy_button.clicked.connect(self.copy_reply)
        self.reset_received()

    def reset_received(self) -> None:
        """"Message came in" back to now (a new template, a new resident)."""
        self.received_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(self._now_fn().timestamp())))

    def refresh(self) -> None:
        """The answerer, signature or municipality changed: the preview follows."""
        self._update_preview()

    def show_template(self, template: ReplyTemplate | None) -> None:
        if template is self.template:
            return
        self.template = template
        if template is None:
            self.title_label.setText(self.tr("No template found: change the search or make a new template."))
            self.text_edit.setPlainText("")
        else:
            self.title_label.setText(f"<b>{html.escape(template.title)}</b>")
            self.text_edit.setPlainText(template.body)
            self.reset_received()
        used = set(placeholders_in(template.body)) if template else set()
        for name, edit in self.field_edits.items():
            edit.setEnabled(name in used)
        self.days_spin.setEnabled("date" in used)
        self._update_preview()

    def focus_first_field(self) -> None:
        for name in FILLED_BY_HAND:
            if self.field_edits[name].isEnabled() and not self.field_edits[name].text():
                self.field_edits[name].setFocus(Qt.FocusReason.TabFocusReason)
                return
        self.text_edit.setFocus(Qt.FocusReason.TabFocusReason)


    def values(self) -> dict[str, str]:
        language = self.template.language if self.template else "nl"
        answerer = self._answerer()
        values = {name: edit.text() for name, edit in self.field_edits.items()}
        answer_date = expected_answer_date(self.store, self._now_fn().date(), self.days_spin.value())
        values["date"] = QLocale(language).toString(QDate(answer_date), "dddd d MMMM")
        self.date_label.setText(values["date"])
        values["answerer"] = answerer.name if answerer else ""
        values["signature"] = signature_of(self.store, answerer, language)
        values["municipality"] = load_municipality(self.store).name
        return values

    def final_text(self) -> tuple[str, list[str]]:
        """The reply as it will be copied, and the placeholders still empty."""
        body = typed_text(self.text_edit)
        if self.template is not None and "{signature}" not in self.template.body and body.strip():
            body = body.rstrip() + "\n{signature}"  # a template written without it still gets signed
        return fill(body, self.values())

    def _update_preview(self) -> None:
        text, missing = self.final_text()
        marked = html.escape(text)
        for name in missing:
            marked = marked.replace("{" + name + "}", f'<span style="{EMPTY_MARK}">{{{name}}}</span>')
        self.preview.setHtml(marked.replace("\n", "<br>"))
        warnings = []
        if missing:
            warnings.append(self.tr("Still to fill in or delete from the text: {list}.").format(
                list=", ".join("{" + name + "}" for name in missing)))
            if "signature" in missing or "answerer" in missing:
                warnings.append(self.tr("Set up who answers and their signature under Staff and signatures."))
            if "municipality" in missing:
                warnings.append(self.tr("Enter the municipality's name in Preferences."))
        found = self._personal_data(text)
        if found:
            warnings.append(self._privacy_text(found))
        self.warning_label.setText("\n".join(warnings))
        self.copy_button.setEnabled(self.template is not None and not missing and bool(text.strip()))

    def _personal_data(self, text: str) -> list[tuple[str, str]]:
        if self.template is None or self.template.audience is not Audience.PUBLIC:
            return []
        return personal_data_in(text)

    def _privacy_text(self, found: list[tuple[str, str]]) -> str:
        names = {
            PersonalData.EMAIL: self.tr("an e-mail address"),
            PersonalData.PHONE: self.tr("a phone number"),
            PersonalData.ADDRESS: self.tr("an address"),
            PersonalData.CITIZEN_NUMBER: self.tr("a citizen service number"),
            PersonalData.IBAN: self.tr("a bank account number"),
        }
        items = ", ".join(f"{names[kind]} ({value})" for kind, value in found)
        return self.tr("⚠ This reply is meant for a public comment but contains what looks like personal "
                       "data: {items}. Take personal matters to a private message.").format(items=items)

    def confirm_personal_data(self, found: list[tuple[str, str]]) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Personal data in a public reply"),
                          self._privacy_text(found), QMessageBox.StandardButton.NoButton, self)
        copy_anyway = box.addButton(self.tr("Copy anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole))
        box.exec()
        return box.clickedButton() is copy_anyway

    def copy_reply(self) -> bool:
        """Copies the reply and records its use; refused while a placeholder is empty."""
        if self.template is None:
            return False
        text, missing = self.final_text()
        if missing or not text.strip():
            self.status_label.setText(self.tr("Fill in or delete the highlighted placeholders first."))
            self.focus_first_field()
            return False
        found = self._personal_data(text)
        if found and not self.confirm_personal_data(found):
            return False
        QGuiApplication.clipboard().setText(text)
        now = self._now_fn()
        try:
            if self.log_check.isChecked():
                received = datetime.fromtimestamp(self.received_edit.dateTime().toSecsSinceEpoch()).astimezone()
                channel = self.channel_box.current_value()
                record_use(self.store, self.template, self._answerer(),
                           self.channel_box.currentText() if channel == "other" else channel, received, now)
            else:
                count_copy(self.store, self.template, now)
        except KnownError as error:
            self.status_label.setText(self.tr("Copied, but not recorded: {reason}").format(reason=error.message))
        else:
            self.status_label.setText(self.tr("Copied to the clipboard. Paste it in the reply to the resident."))
        self._next_resident()
        self.copied.emit(text)
        return True

    def _next_resident(self) -> None:
        """After a copy the fields are cleared for the next resident."""
        for edit in self.field_edits.values():
            edit.clear()
        if self.template is not None:
            self.text_edit.setPlainText(self.template.body)
        self.reset_received()
