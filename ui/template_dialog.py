"""Adding or changing a reply template: title, category, language, audience, tags and the text with placeholders.
Nothing typed goes without a word: Cancel, Escape or closing the dialog asks before throwing changes away
(ui/typed_work.py), and a stop from outside keeps them (RepliesTab.keep_unfinished)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.reply import Audience, ReplyTemplate, TemplateCategory
from models.reply_text import PLACEHOLDERS
from services.reply_templates import LANGUAGES
from ui.choice_box import ChoiceBox
from ui.plain_text import TextEdit, plain, typed_text
from ui.readable_colours import warning_css
from ui.template_list_model import audience_name, category_name
from ui.typed_work import KeepsTypedWork

_ANY_BRACES = re.compile(r"\{([^{}\s]*)\}")


class TemplateDialog(KeepsTypedWork, QDialog):
    def __init__(self, template: ReplyTemplate | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template_dialog")
        self.setWindowTitle(self.tr("Reply template") if template is None else template.title)
        self.title_edit = QLineEdit(self)
        self.category_box = ChoiceBox(self)
        for category in TemplateCategory:
            self.category_box.add_choice(category_name(category), category)
        self.language_box = ChoiceBox(self)
        for code, name in zip(LANGUAGES, (self.tr("Dutch"), self.tr("English"), self.tr("French")), strict=True):
            self.language_box.add_choice(name, code)
        self.audience_box = ChoiceBox(self)
        for audience in Audience:
            self.audience_box.add_choice(audience_name(audience), audience)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setPlaceholderText(self.tr("words to find it by, separated by commas"))
        self.body_edit = TextEdit(self)
        self.body_edit.setTabChangesFocus(True)
        hint = QLabel(self.tr("Placeholders: {list}. {signature} is the signature of whoever answers.").format(
            list=", ".join("{" + name + "}" for name in PLACEHOLDERS), signature="{signature}"), self)
        hint.setWordWrap(True)
        self.problem_label = plain(QLabel(self))
        self.problem_label.setObjectName("problem_label")
        self.problem_label.setStyleSheet(warning_css())
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Category"), self.category_box)
        form.addRow(self.tr("&Language"), self.language_box)
        form.addRow(self.tr("&Meant for"), self.audience_box)
        form.addRow(self.tr("T&ags"), self.tags_edit)
        form.addRow(self.tr("Te&xt"), self.body_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self.resize(560, 460)
        if template is not None:
            self.title_edit.setText(template.title)
            self.category_box.select_value(template.category)
            self.language_box.select_value(template.language)
            self.audience_box.select_value(template.audience)
            self.tags_edit.setText(", ".join(template.tags))
            self.body_edit.setPlainText(template.body)

    def problem(self) -> str:
        if not self.title_edit.text().strip():
            return self.tr("A template needs a title.")
        body = typed_text(self.body_edit)
        if not body.strip():
            return self.tr("A template needs a text.")
        unknown = [name for name in _ANY_BRACES.findall(body) if name not in PLACEHOLDERS]
        if unknown:
            return self.tr("Unknown placeholder {{{name}}}: use one of the placeholders below.").format(
                name=unknown[0])
        return ""

    def accept(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem)
        if not problem:
            super().accept()

    def apply_to(self, template: ReplyTemplate) -> ReplyTemplate:
        template.title = self.title_edit.text().strip()
        template.category = self.category_box.current_value()
        template.language = self.language_box.current_value()
        template.audience = self.audience_box.current_value()
        template.tags = [tag.strip() for tag in self.tags_edit.text().split(",") if tag.strip()]
        template.body = typed_text(self.body_edit).strip()
        return template
