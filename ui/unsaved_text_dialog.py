"""Asked when Omroeper is quit (or its window closed) while the post being written, or an answer to a resident, could
not be saved to the data file (a read-only or full disk): keep the window open, save the text to a file of the
officer's choice and quit, or quit without it. Without this question the words were lost without a word.

What holds the text (the composer, the inbox's answer panel) offers `save_problem`, `has_unsaved_edit()`,
`forget_unsaved_edit()` and `as_text()`."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from services.errors import KnownError, translate

KEEP_OPEN, SAVE_TO_FILE, QUIT_WITHOUT_SAVING = "keep_open", "save_to_file", "quit_without_saving"


class UnsavedTextDialog(QMessageBox):
    """The question, with the reason the save failed. Plain text: the reason names a path."""

    def __init__(self, reason: str, parent: QWidget | None = None, *, answer: bool = False) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWindowTitle(self.tr("The answer is not saved") if answer else self.tr("The post is not saved"))
        intro = (self.tr("The answer you are writing could not be saved:") if answer else
                 self.tr("The post you are writing could not be saved:"))
        self.setText(intro + "\n" + reason + "\n\n" + self.tr(
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


def settle_unsaved(holder: Any, now: datetime, window: QWidget, status: QStatusBar, *, answer: bool = False) -> bool:
    """Asks what to do with the post (or with `answer`, the answers) that could not be saved: keep the window open
    (False), save the text to a file and quit, or quit without it (True: the window may close)."""
    dialog = UnsavedTextDialog(holder.save_problem or translate("MainWindow", "The data file cannot be written to."),
                               window, answer=answer)
    dialog.exec()
    choice = dialog.choice()
    if choice == SAVE_TO_FILE and not _save_to_file(holder, now, window, status, answer):
        return False
    if choice not in (SAVE_TO_FILE, QUIT_WITHOUT_SAVING):
        return False
    holder.forget_unsaved_edit()
    return True


def _save_to_file(holder: Any, now: datetime, window: QWidget, status: QStatusBar, answer: bool) -> bool:
    """Writes the text to a file the officer picks (the Documents folder is offered: the data folder may be the
    one that cannot be written). False when nothing was written."""
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from services.files import write_file_safely
    from ui.messages import ProblemMessage

    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
    name = (translate("MainWindow", "Omroeper answer {time}.txt") if answer else
            translate("MainWindow", "Omroeper post {time}.txt")).format(time=now.astimezone().strftime(
                "%Y-%m-%d %H.%M"))
    title = translate("MainWindow", "Save the answer's text") if answer else translate("MainWindow",
                                                                                      "Save the post's text")
    chosen, _filter = QFileDialog.getSaveFileName(window, title, str(folder / name),
                                                  translate("MainWindow", "Text files (*.txt)"))
    if not chosen:
        return False
    try:
        write_file_safely(Path(chosen), holder.as_text().encode("utf-8"))
    except KnownError as error:
        ProblemMessage(error.message, window).exec()
        return False
    saved = (translate("MainWindow", "The answer's text was saved to {path}.") if answer else
             translate("MainWindow", "The post's text was saved to {path}."))
    status.showMessage(saved.format(path=chosen), 10_000)
    return True
