"""Every message box Omroeper shows, each with its text as plain text (a message may quote a file name, a server's
answer or a record's title, none of which may format the dialog; see ui/plain_text.py):
- `ask` a yes/no question and `inform` a notice;
- `ProblemMessage` a known problem of the world (offline, disk full, a bad file), in the user's language;
- `ErrorDialog` for a bug: it says the fault is ours and where the log with the details is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


class ErrorDialog(QMessageBox):
    """An unexpected error (a bug): no stack trace, but the path of the log that has it."""

    def __init__(self, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Omroeper: unexpected error"))
        self.setText(self.tr("Something went wrong that Omroeper did not expect. Your saved work is safe."))
        self.setInformativeText(
            self.tr("The details are in the log file:\n{path}\nPlease send it along when you report this.").format(
                path=log_path
            )
        )
        self.open_log_button = self.addButton(self.tr("Open log folder"), QMessageBox.ButtonRole.ActionRole)
        self.addButton(QMessageBox.StandardButton.Close)
        self.open_log_button.clicked.connect(self._open_log_folder)

    def _open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))


class ProblemMessage(QMessageBox):
    """A known problem (offline, disk full, bad file) in the user's language, with what to do. Always plain text:
    a message may quote a file name, a server's answer or a record's title, none of which may format the dialog."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Omroeper"))
        self.setText(message)
        self.addButton(QMessageBox.StandardButton.Ok)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question whose text is shown as plain text (it may name a template, a channel or a post from a
    file): QMessageBox.question would take a text that looks like HTML for markup. No is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """A message shown as plain text (as `ask`)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
