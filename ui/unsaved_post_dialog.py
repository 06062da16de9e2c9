"""Asked when Omroeper is quit (or its window closed) while the post being written could not be saved to the data
file (a read-only or full disk): keep the window open, save the text to a file of the officer's choice and quit,
or quit without it. Without this question the post was lost without a word."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from services.errors import KnownError, translate

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


def settle_unsaved_post(composer: Any, now: datetime, window: QWidget, status: QStatusBar) -> bool:
    """Asks what to do with the composer's post that could not be saved: keep the window open (False), save the
    text to a file and quit, or quit without it (True: the window may close)."""
    dialog = UnsavedPostDialog(composer.save_problem or translate("MainWindow", "The data file cannot be written to."),
                               window)
    dialog.exec()
    choice = dialog.choice()
    if choice == SAVE_TO_FILE and not _save_post_to_file(composer, now, window, status):
        return False
    if choice not in (SAVE_TO_FILE, QUIT_WITHOUT_SAVING):
        return False
    composer.forget_unsaved_edit()
    return True


def _save_post_to_file(composer: Any, now: datetime, window: QWidget, status: QStatusBar) -> bool:
    """Writes the post's text to a file the officer picks (the Documents folder is offered: the data folder may be
    the one that cannot be written). False when nothing was written."""
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from services.files import write_file_safely
    from ui.messages import ProblemMessage

    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
    name = translate("MainWindow", "Omroeper post {time}.txt").format(time=now.astimezone().strftime(
        "%Y-%m-%d %H.%M"))
    chosen, _filter = QFileDialog.getSaveFileName(window, translate("MainWindow", "Save the post's text"),
                                                  str(folder / name), translate("MainWindow", "Text files (*.txt)"))
    if not chosen:
        return False
    try:
        write_file_safely(Path(chosen), composer.as_text().encode("utf-8"))
    except KnownError as error:
        ProblemMessage(error.message, window).exec()
        return False
    status.showMessage(translate("MainWindow", "The post's text was saved to {path}.").format(path=chosen), 10_000)
    return True
