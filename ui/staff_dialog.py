"""Staff and signatures: who can answer, how each signs per language, and who this copy of the app belongs to."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.staff import StaffMember
from services.errors import KnownError
from services.reply_templates import LANGUAGES
from services.staff import save_staff, signatures_of, staff_by_name
from services.store import Store
from ui.messages import ProblemMessage
from ui.staff_list_model import StaffListModel
from ui.typed_work import KeepsTypedWork


class StaffDialog(KeepsTypedWork, QDialog):
    """Edits working copies; OK saves them all at once, Cancel leaves the store as it was."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staff_dialog")
        self.setWindowTitle(self.tr("Staff and signatures"))
        self.store = store
        members = staff_by_name(store)
        self.signatures = {member.id: signatures_of(store, member.id) for member in members}
        self.model = StaffListModel(self)
        self.model.set_items(members)
        self.list_view = QListView(self)
        self.list_view.setModel(self.model)
        self.add_button = QPushButton(self.tr("&Add person"), self)
        self.name_edit = QLineEdit(self)
        self.role_edit = QLineEdit(self)
        self.role_edit.setPlaceholderText(self.tr("for example: communications adviser"))
        self.active_check = QCheckBox(self.tr("Acti&ve (can answer and stand in)"), self)
        self.self_check = QCheckBox(self.tr("This is &me: the person this computer belongs to"), self)
        self.signature_edits = {language: QLineEdit(self) for language in LANGUAGES}
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Role"), self.role_edit)
        form.addRow("", self.active_check)
        form.addRow("", self.self_check)
        form.addRow(self.tr("Signature in &Dutch"), self.signature_edits["nl"])
        form.addRow(self.tr("Signature in &English"), self.signature_edits["en"])
        form.addRow(self.tr("Signature in &French"), self.signature_edits["fr"])
        hint = QLabel(self.tr("Without a signature in a reply's language the Dutch one is used."), self)
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.form_widget = QWidget(self)
        self.form_widget.setLayout(form)
        left = QVBoxLayout()
        left.addWidget(self.list_view, 1)
        left.addWidget(self.add_button)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(self.form_widget, 3)  # room for a signature and its example
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.resize(960, 380)
        self._loading = False
        self.list_view.selectionModel().currentRowChanged.connect(self._show_current)
        self.add_button.clicked.connect(self.add_person)
        self.name_edit.textEdited.connect(self._edited)
        self.role_edit.textEdited.connect(self._edited)
        self.active_check.toggled.connect(self._edited)
        self.self_check.toggled.connect(self._self_toggled)
        for edit in self.signature_edits.values():
            edit.textEdited.connect(self._edited)
        if members:
            self.list_view.setCurrentIndex(self.model.index(0))
        else:
            self.add_person()

    def typed_state(self) -> object:
        """Everyone's details and signatures as edited so far (the form shows one person at a time; each
        person's edits are kept with them when another is chosen)."""
        people = [(member.id, member.name, member.role, member.active, member.is_self) for member in self.model.items]
        signatures = {member: {language: text for language, text in texts.items() if text}
                      for member, texts in self.signatures.items()}
        return people, signatures

    def current(self) -> StaffMember | None:
        row = self.list_view.currentIndex().row()
        return self.model.item_at(row)

    def add_person(self) -> None:
        member = StaffMember(name="", is_self=not any(m.is_self for m in self.model.items))
        self.signatures[member.id] = {}
        self.model.set_items([*self.model.items, member])
        self.list_view.setCurrentIndex(self.model.index(len(self.model.items) - 1))
        self.name_edit.setFocus()

    def _show_current(self) -> None:
        member = self.current()
        self.form_widget.setEnabled(member is not None)
        if member is None:
            return
        self._loading = True
        self.name_edit.setText(member.name)
        self.role_edit.setText(member.role)
        self.active_check.setChecked(member.active)
        self.self_check.setChecked(member.is_self)
        for language, edit in self.signature_edits.items():
            edit.setText(self.signatures[member.id].get(language, ""))
        # An example in each signature's own language, said to be one: grey text alone reads as a signature.
        first = member.name.split()[0] if member.name.strip() else "Sanne"
        for language, example in (("nl", f"Groet, {first}, team communicatie"),
                                  ("en", f"Kind regards, {first}, communications team"),
                                  ("fr", f"Cordialement, {first}, service communication")):
            self.signature_edits[language].setPlaceholderText(
                self.tr("for example: {signature}").format(signature=example))
        self._loading = False

    def _edited(self) -> None:
        member = self.current()
        if member is None or self._loading:
            return
        member.name = self.name_edit.text()
        member.role = self.role_edit.text().strip()
        member.active = self.active_check.isChecked()
        for language, edit in self.signature_edits.items():
            self.signatures[member.id][language] = edit.text()
        self.model.refresh(self.list_view.currentIndex().row())

    def _self_toggled(self, checked: bool) -> None:
        member = self.current()
        if member is None or self._loading:
            return
        for other in self.model.items:
            other.is_self = other is member and checked
        self.model.set_items(self.model.items)
        self.list_view.setCurrentIndex(self.model.index(self.model.items.index(member)))

    def accept(self) -> None:
        try:
            save_staff(self.store, self.model.items, self.signatures)
        except KnownError as error:
            ProblemMessage(error.message, self).exec()
            return
        super().accept()
