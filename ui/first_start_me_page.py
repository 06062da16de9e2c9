"""The first start's second step: who "this is me" is on this laptop, with their role and signature per language
(replies are signed with it)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from services.errors import KnownError
from services.first_start import me_and_signatures, save_me
from services.reply_templates import LANGUAGES
from services.store import Store
from ui.first_start_page import FirstStartPage
from ui.readable_colours import warning_css


class MePage(FirstStartPage):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, "first_start_me", parent)
        self.intro = self.add_intro()
        me, signatures = me_and_signatures(store)
        self.name_edit = QLineEdit(me.name if me else "", self)
        self.role_edit = QLineEdit(me.role if me else "", self)
        self.signature_edits = {language: QLineEdit(signatures.get(language, ""), self) for language in LANGUAGES}
        self.labels = {key: QLabel(self) for key in ("name", "role", *LANGUAGES)}
        for key, field in (("name", self.name_edit), ("role", self.role_edit), *self.signature_edits.items()):
            self.labels[key].setBuddy(field)
        form = QFormLayout()
        form.addRow(self.labels["name"], self.name_edit)
        form.addRow(self.labels["role"], self.role_edit)
        for language, edit in self.signature_edits.items():
            form.addRow(self.labels[language], edit)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(warning_css())
        self.problem_label.hide()
        self.column.addLayout(form)
        self.column.addWidget(self.hint)
        self.column.addWidget(self.problem_label)
        self.column.addStretch(1)
        self.name_edit.textEdited.connect(lambda _text: self.problem_label.hide())
        self.retranslate()

    def heading(self) -> str:
        return self.tr("This is me")

    def save(self) -> bool:
        """Saves "me"; without a name it says so and stays (Skip this step goes on without it)."""
        try:
            save_me(self.store, self.name_edit.text(), self.role_edit.text(),
                    {language: edit.text() for language, edit in self.signature_edits.items()})
        except KnownError as error:
            self.problem_label.setText(error.message)
            self.problem_label.show()
            self.name_edit.setFocus()
            return False
        return True

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Replies to residents are signed with the name of whoever answers: a personal answer, not the town "
            "hall's. Who are you on this laptop? A colleague who stands in for you later is added under Replies > "
            "Staff and signatures."))
        self.labels["name"].setText(self.tr("Your na&me:"))
        self.labels["role"].setText(self.tr("&Role:"))
        self.labels["nl"].setText(self.tr("Signature in &Dutch:"))
        self.labels["en"].setText(self.tr("Signature in &English:"))
        self.labels["fr"].setText(self.tr("Signature in &French:"))
        self.role_edit.setPlaceholderText(self.tr("for example: communications adviser"))
        self.signature_edits["nl"].setPlaceholderText(self.tr("for example: Groet, Sanne, team communicatie"))
        self.signature_edits["en"].setPlaceholderText(self.tr("for example: Kind regards, Sanne, communications"))
        self.hint.setText(self.tr("Without a signature in a reply's language the Dutch one is used, and without "
                                  "any, your name."))
