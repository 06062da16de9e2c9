"""The Replies tab: find a template, fill it in, see the answer as the resident will read it, copy it.

The whole flow works from the keyboard: Ctrl+F searches, the arrow keys pick a template, Enter goes to the first
field to fill, Tab moves on, Ctrl+Enter copies the reply and records it in the reply log, after which the focus
returns to the search field for the next resident.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.reply import Audience, ReplyTemplate
from models.reply_text import PersonalData, fill, personal_data_in, placeholders_in
from models.staff import StaffMember
from services.errors import KnownError
from services.preferences import load_municipality
from services.reply_templates import (
    ensure_starters,
    expected_answer_date,
    export_templates,
    import_templates,
    read_templates,
    record_use,
    reply_figures,
    restore_starters,
    save_template,
    search,
)
from services.staff import choose_answerer, current_answerer, self_user, signature_of
from services.store import Store
from ui.choice_box import ChoiceBox
from ui.error_dialog import ProblemMessage
from ui.staff_dialog import StaffDialog
from ui.template_dialog import TemplateDialog
from ui.template_list_model import TemplateListModel

FILLED_BY_HAND = ("name", "street", "case")
CHANNELS = ("Facebook", "Instagram", "Mastodon", "Bluesky", "LinkedIn", "WhatsApp")
EMPTY_MARK = "background-color: #ffd966; color: #000; font-weight: bold"


class RepliesTab(QWidget):
    """Signals:
        copied(str): a reply was put on the clipboard (the text).
    """

    copied = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replies_tab")
        self.store = store
        self.template: ReplyTemplate | None = None
        self._all: list[ReplyTemplate] = []
        try:
            ensure_starters(store)
        except (KnownError, OSError, ValueError) as error:  # a damaged resources folder must not stop the tab
            self._starter_problem = getattr(error, "message", str(error))
        else:
            self._starter_problem = ""

        # ---- who answers
        self.answerer_box = ChoiceBox(self)
        self.answerer_box.setObjectName("answerer_box")
        self.answerer_note = QLabel(self)
        self.staff_button = QPushButton(self.tr("Staff and &signatures…"), self)
        answerer_label = QLabel(self.tr("&Answering today:"), self)
        answerer_label.setBuddy(self.answerer_box)
        top = QHBoxLayout()
        top.addWidget(answerer_label)
        top.addWidget(self.answerer_box)
        top.addWidget(self.answerer_note, 1)
        top.addWidget(self.staff_button)

        # ---- finding a template
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("template_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search templates: title, text or tag (Ctrl+F)"))
        self.language_box = ChoiceBox(self)
        self.language_box.add_choice(self.tr("All languages"), "")
        for code, name in (("nl", self.tr("Dutch")), ("en", self.tr("English")), ("fr", self.tr("French"))):
            self.language_box.add_choice(name, code)
        self.model = TemplateListModel(self)
        self.list_view = QListView(self)
        self.list_view.setObjectName("template_list")
        self.list_view.setModel(self.model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setSpacing(1)
        self.new_button = QPushButton(self.tr("&New…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.duplicate_button = QPushButton(self.tr("D&uplicate"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.more_button = QToolButton(self)
        self.more_button.setText(self.tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        more.addAction(self.tr("Restore starter templates"), self.restore_starters)
        more.addSeparator()
        more.addAction(self.tr("Export templates…"), self.export)
        more.addAction(self.tr("Import templates…"), self.import_file)
        self.more_button.setMenu(more)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.language_box)
        template_buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.duplicate_button, self.delete_button):
            template_buttons.addWidget(button)
        template_buttons.addStretch(1)
        template_buttons.addWidget(self.more_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addLayout(template_buttons)

        # ---- filling it in
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
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("reply_text")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setToolTip(self.tr("The template's text for this reply. Change it freely; to leave a "
                                          "placeholder out, delete it here. The template itself stays as it was."))
        self.text_edit.setMaximumHeight(130)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("reply_preview")
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("reply_warning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #b03a2e")
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
        self.status_label = QLabel(self)
        self.status_label.setObjectName("reply_status")
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.status_label, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
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

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.figures_label = QLabel(self)
        self.figures_label.setObjectName("reply_figures")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.figures_label)

        # ---- behaviour
        for sequence in ("Ctrl+F",):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.focus_search)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.copy_reply)
        self.search_edit.installEventFilter(self)
        self.list_view.installEventFilter(self)
        self.search_edit.textChanged.connect(self._search)
        self.language_box.currentIndexChanged.connect(self._search)
        self.list_view.selectionModel().currentRowChanged.connect(self._picked)
        self.list_view.doubleClicked.connect(self.edit)
        for edit in self.field_edits.values():
            edit.textChanged.connect(self._update_preview)
        self.days_spin.valueChanged.connect(self._update_preview)
        self.text_edit.textChanged.connect(self._update_preview)
        self.answerer_box.activated.connect(self._answerer_chosen)
        self.staff_button.clicked.connect(self.edit_staff)
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button.clicked.connect(self.delete)
        self.copy_button.clicked.connect(self.copy_reply)
        self.setFocusProxy(self.search_edit)
        self.reload()

    # ---- loading ------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Shows the store's current content (after a restore, an import or a change of staff)."""
        self._all = self.store.find(ReplyTemplate, order_by="title")
        self._fill_answerers()
        self._search()
        self._update_figures()
        self.received_edit.setDateTime(self._now_qt())
        if self._starter_problem:
            self.status_label.setText(self._starter_problem)

    def _now(self) -> datetime:
        return self.store.clock().astimezone()

    def _now_qt(self) -> QDateTime:
        return QDateTime.fromSecsSinceEpoch(int(self._now().timestamp()))

    def _fill_answerers(self) -> None:
        today = self._now().date()
        answerer = current_answerer(self.store, today)
        self.answerer_box.blockSignals(True)
        self.answerer_box.clear_choices()
        members = self.store.find(StaffMember, "active = 1", order_by="name")
        if answerer is not None and answerer not in members:
            members.append(answerer)
        for member in members:
            self.answerer_box.add_choice(member.name, member)
        if answerer is not None:
            self.answerer_box.select_value(answerer)
        self.answerer_box.blockSignals(False)
        me = self_user(self.store)
        if not members:
            self.answerer_note.setText(self.tr("Add the people who answer, with their signatures."))
        elif answerer is not None and me is not None and answerer != me:
            self.answerer_note.setText(self.tr("(instead of {name})").format(name=me.name))
        elif me is None:
            self.answerer_note.setText(self.tr("Mark who you are in Staff and signatures."))
        else:
            self.answerer_note.setText("")

    def answerer(self) -> StaffMember | None:
        value = self.answerer_box.current_value()
        return value if isinstance(value, StaffMember) else None

    def _answerer_chosen(self) -> None:
        member = self.answerer()
        if member is not None:
            choose_answerer(self.store, member, self._now().date())
            self._fill_answerers()
            self._update_preview()

    def _update_figures(self) -> None:
        figures = reply_figures(self.store, self._now())
        median = self.tr("no replies yet this month")
        if figures.median_response is not None:
            minutes = round(figures.median_response.total_seconds() / 60)
            median = (self.tr("%n minute(s)", "", minutes) if minutes < 120 else
                      self.tr("%n hour(s)", "", round(minutes / 60)))
        self.figures_label.setText(
            self.tr("Replies this week: {week} · this month: {month} · median response time this month: "
                    "{median}").format(week=figures.this_week, month=figures.this_month, median=median))

    # ---- finding --------------------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _search(self) -> None:
        chosen = self.template
        found = search(self._all, self.search_edit.text(), self.language_box.current_value() or "")
        self.model.set_templates(found)
        row = found.index(chosen) if chosen in found and not self.search_edit.hasFocus() else 0
        if found:
            self.list_view.setCurrentIndex(self.model.index(row))
        else:
            self._picked()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """In the search field, Up and Down move through the results and Enter goes on to filling in; in the
        list, Enter does the same."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            key = Qt.Key(event.key())
            if watched is self.search_edit and key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp,
                                                       Qt.Key.Key_PageDown):
                row = self.list_view.currentIndex().row()
                step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5, Qt.Key.Key_PageDown: 5}[key]
                row = max(0, min(self.model.rowCount() - 1, row + step))
                if self.model.rowCount():
                    self.list_view.setCurrentIndex(self.model.index(row))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.template is not None:
                self.focus_first_field()
                return True
        return super().eventFilter(watched, event)

    def focus_first_field(self) -> None:
        for name in FILLED_BY_HAND:
            if self.field_edits[name].isEnabled() and not self.field_edits[name].text():
                self.field_edits[name].setFocus(Qt.FocusReason.TabFocusReason)
                return
        self.text_edit.setFocus(Qt.FocusReason.TabFocusReason)

    def selected(self) -> ReplyTemplate | None:
        row = self.list_view.currentIndex().row()
        return self.model.templates[row] if 0 <= row < len(self.model.templates) else None

    def _picked(self) -> None:
        template = self.selected()
        for button in (self.edit_button, self.duplicate_button, self.delete_button):
            button.setEnabled(template is not None)
        if template is self.template:
            return
        self.template = template
        if template is None:
            self.title_label.setText(self.tr("No template found: change the search or make a new template."))
            self.text_edit.setPlainText("")
        else:
            self.title_label.setText(f"<b>{html.escape(template.title)}</b>")
            self.text_edit.setPlainText(template.body)
            self.received_edit.setDateTime(self._now_qt())
        used = set(placeholders_in(template.body)) if template else set()
        for name, edit in self.field_edits.items():
            edit.setEnabled(name in used)
        self.days_spin.setEnabled("date" in used)
        self._update_preview()

    # ---- the reply ----------------------------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        language = self.template.language if self.template else "nl"
        answerer = self.answerer()
        values = {name: edit.text() for name, edit in self.field_edits.items()}
        answer_date = expected_answer_date(self.store, self._now().date(), self.days_spin.value())
        values["date"] = QLocale(language).toString(QDate(answer_date), "dddd d MMMM")
        self.date_label.setText(values["date"])
        values["answerer"] = answerer.name if answerer else ""
        values["signature"] = signature_of(self.store, answerer, language)
        values["municipality"] = load_municipality(self.store).name
        return values

    def final_text(self) -> tuple[str, list[str]]:
        """The reply as it will be copied, and the placeholders still empty."""
        body = self.text_edit.toPlainText()
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
        now = self._now()
        try:
            if self.log_check.isChecked():
                received = datetime.fromtimestamp(self.received_edit.dateTime().toSecsSinceEpoch()).astimezone()
                channel = self.channel_box.current_value()
                record_use(self.store, self.template, self.answerer(),
                           self.channel_box.currentText() if channel == "other" else channel, received, now)
            else:
                self.store.update_fields(self.template, use_count=self.template.use_count + 1, last_used_at=now)
        except KnownError as error:
            self.status_label.setText(self.tr("Copied, but not recorded: {reason}").format(reason=error.message))
        else:
            self.status_label.setText(self.tr("Copied to the clipboard. Paste it in the reply to the resident."))
        self.copied.emit(text)
        self._next_resident()
        return True

    def _next_resident(self) -> None:
        """After a copy the fields are cleared for the next resident and the search field takes the keyboard."""
        for edit in self.field_edits.values():
            edit.clear()
        if self.template is not None:
            self.text_edit.setPlainText(self.template.body)
        self.received_edit.setDateTime(self._now_qt())
        self._all = self.store.find(ReplyTemplate, order_by="title")
        self._search()
        self._update_figures()
        self.model.layoutChanged.emit()
        self.focus_search()

    # ---- managing templates -------------------------------------------------------------------------------------

    def _after_change(self, template: ReplyTemplate | None) -> None:
        self.template = None
        self._all = self.store.find(ReplyTemplate, order_by="title")
        self._search()
        if template is not None and template in self.model.templates:
            self.list_view.setCurrentIndex(self.model.index(self.model.templates.index(template)))

    def new(self) -> None:
        dialog = TemplateDialog(None, self)
        if dialog.exec() == TemplateDialog.DialogCode.Accepted:
            self._save(dialog.new_template())

    def edit(self) -> None:
        template = self.selected()
        if template is None:
            return
        dialog = TemplateDialog(template, self)
        if dialog.exec() == TemplateDialog.DialogCode.Accepted:
            self._save(dialog.apply_to(template))

    def duplicate(self) -> None:
        template = self.selected()
        if template is None:
            return
        copy = ReplyTemplate(title=self.tr("{title} (copy)").format(title=template.title),
                             category=template.category, language=template.language, body=template.body,
                             audience=template.audience, tags=list(template.tags))
        dialog = TemplateDialog(copy, self)
        if dialog.exec() == TemplateDialog.DialogCode.Accepted:
            self._save(dialog.apply_to(copy))

    def _save(self, template: ReplyTemplate) -> None:
        try:
            save_template(self.store, template)
        except KnownError as error:
            ProblemMessage(error.message, self).exec()
            return
        self._after_change(template)

    def delete(self) -> None:
        template = self.selected()
        if template is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete template"),
                                      self.tr("Delete the template “{title}”?").format(title=template.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.mark_deleted(template)
        except KnownError as error:
            ProblemMessage(error.message, self).exec()
            return
        self._after_change(None)

    def restore_starters(self) -> None:
        try:
            added = restore_starters(self.store)
        except (KnownError, OSError, ValueError) as error:
            ProblemMessage(getattr(error, "message", str(error)), self).exec()
            return
        self.status_label.setText(self.tr("%n starter template(s) restored; templates you changed were left as "
                                          "they are.", "", added))
        self._after_change(None)

    def export(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Export templates"),
                                                    str(Path.home() / "omroeper-templates.json"),
                                                    self.tr("Templates (*.json)"))
        if not path:
            return
        try:
            count = export_templates(self.store, Path(path))
        except KnownError as error:
            ProblemMessage(error.message, self).exec()
            return
        self.status_label.setText(self.tr("%n template(s) exported.", "", count))

    def import_file(self, path: str = "") -> None:
        if not path:
            path, _chosen = QFileDialog.getOpenFileName(self, self.tr("Import templates"), "",
                                                        self.tr("Templates (*.json)"))
        if not path:
            return
        try:
            added = import_templates(self.store, read_templates(Path(path)))
        except KnownError as error:
            ProblemMessage(error.message, self).exec()
            return
        self.status_label.setText(self.tr("%n template(s) imported; ones with a title you already have were "
                                          "skipped.", "", added))
        self._after_change(None)

    def edit_staff(self) -> None:
        if StaffDialog(self.store, self).exec() == StaffDialog.DialogCode.Accepted:
            self._fill_answerers()
            self._update_preview()
