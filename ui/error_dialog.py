"""What the officer sees when something goes wrong: a plain message for the world's problems, and for a bug
a dialog that says it is ours and where the log with the details is."""

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
