"""Asked when Omroeper is quit (or its window closed) while the post being written could not be saved to the data
file (a read-only or full disk): keep the window open, save the text to a file of the officer's choice and quit,
or quit without it. Without this question the post was lost without a word."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

KEEP_OPEN, SAVE_TO_FILE, QUIT_WITHOUT_SAVING = "keep_open", "save_to_file", "quit_without_saving"


class UnsavedPostDialog(QMessageBox):
    """The question, with the reason the save failed. Plain text: the reason names a path."""

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWindowTitle(self.tr("The post is not saved"))
        self.setText(self.tr("The post you are writing could not be saved:") + "\n" + reason + "\n\n" + self.tr(
            "Keep the window open to try again once the problem is solved, or save the text to a file of your "
            "choice before quitting."))
        self.keep_button = self.addButton(self.tr("&Keep the window open"), QMessageBox.ButtonRole.RejectRole)
        self.file_button = self.addButton(self.tr("&Save the text to a file…"), QMessageBox.ButtonRole.AcceptRole)
        self.quit_button = self.addButton(self.tr("&Quit without saving"), QMessageBox.ButtonRole.DestructiveRole)
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.keep_button)

    def choice(self) -> str:
        """What the officer chose (after exec): KEEP_OPEN, SAVE_TO_FILE or QUIT_WITHOUT_SAVING."""
        clicked = self.clickedButton()
        if clicked is self.file_button:
            return SAVE_TO_FILE
        if clicked is self.quit_button:
            return QUIT_WITHOUT_SAVING
        return KEEP_OPEN
