"""The crisis switch's confirmation: what pausing everything does, and an optional reason shown with each post."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class PauseDialog(QDialog):
    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pause_dialog")
        self.setWindowTitle(self.tr("Pause all posts"))
        text = QLabel(self.tr(
            "%n post(s) not yet published will stop: the ones waiting here and the ones already handed to a "
            "network's schedule (removed there, kept here with all their content). Nothing goes out until you "
            "resume.", "", count), self)
        text.setWordWrap(True)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Reason (optional), for example: fire in the town centre"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.pause_button = buttons.addButton(self.tr("Pause all"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.pause_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.reason_edit)
        layout.addWidget(buttons)
        self.resize(480, 160)

    def reason(self) -> str:
        return self.reason_edit.text().strip()
