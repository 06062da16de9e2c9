"""At start: the data file cannot be opened. Says why and, for a damaged file, offers a backup."""

from __future__ import annotations

import logging
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from models.common import utc_now
from services.backup import BACKUP_DIR_NAME, Backup, list_backups, newest_good_backup, restore_file
from services.errors import CorruptStoreError, KnownError, MissingStoreError, StoreError
from ui.backup_list_model import backup_label
from ui.messages import ProblemMessage
from ui.restore_backup_dialog import RestoreBackupDialog

log = logging.getLogger(__name__)


class StoreChoice(Enum):
    QUIT = "quit"
    RESTORE_NEWEST = "restore_newest"
    CHOOSE_BACKUP = "choose_backup"
    START_EMPTY = "start_empty"  # a missing or empty data file: begin a new calendar after all


class StoreOutcome(Enum):
    """What start-up does after the dialog."""

    QUIT = "quit"
    RETRY = "retry"  # a backup was put in place (or the officer went back): open the data file again
    START_EMPTY = "start_empty"


class StoreProblemDialog(QMessageBox):
    """Shows a StoreError; `choice()` after exec tells what the officer chose."""

    def __init__(self, error: StoreError, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Omroeper cannot open its data"))
        self.setTextFormat(Qt.TextFormat.PlainText)  # a path can hold anything
        self.setText(error.message)
        self._buttons = {}
        if isinstance(error, MissingStoreError) and backups:
            self.setInformativeText(self.tr(
                "Restore the newest backup that holds your data, choose another one, or start with an empty "
                "calendar if you removed the data file on purpose."))
            newest = self.addButton(self.tr("Restore the newest backup"), QMessageBox.ButtonRole.AcceptRole)
            choose = self.addButton(self.tr("Choose a backup…"), QMessageBox.ButtonRole.ActionRole)
            empty = self.addButton(self.tr("Start with an empty calendar"), QMessageBox.ButtonRole.DestructiveRole)
            self._buttons = {newest: StoreChoice.RESTORE_NEWEST, choose: StoreChoice.CHOOSE_BACKUP,
                             empty: StoreChoice.START_EMPTY}
            self.setDefaultButton(newest)
        elif isinstance(error, CorruptStoreError) and backups:
            self.setInformativeText(
                self.tr("The newest backup is from {when}. The damaged file is kept aside.").format(
                    when=backup_label(backups[0])
                )
            )
            newest = self.addButton(self.tr("Restore the newest backup"), QMessageBox.ButtonRole.AcceptRole)
            choose = self.addButton(self.tr("Choose a backup…"), QMessageBox.ButtonRole.ActionRole)
            self._buttons = {newest: StoreChoice.RESTORE_NEWEST, choose: StoreChoice.CHOOSE_BACKUP}
            self.setDefaultButton(newest)
        elif isinstance(error, CorruptStoreError):
            self.setInformativeText(self.tr("There is no backup yet. Move the damaged file away to start afresh."))
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)

    def choice(self) -> StoreChoice:
        return self._buttons.get(self.clickedButton(), StoreChoice.QUIT)


def offer_backup(error: StoreError, path: Path, data_dir: Path) -> StoreOutcome:
    """Shows why the store cannot be opened and restores the backup the officer picks (for a missing or empty
    data file, the newest one that holds data)."""
    backups_dir = data_dir / BACKUP_DIR_NAME
    backups = list_backups(backups_dir)
    if isinstance(error, MissingStoreError):
        good = newest_good_backup(backups)
        backups = [good, *(backup for backup in backups if backup != good)] if good else backups
    dialog = StoreProblemDialog(error, backups)
    dialog.exec()
    choice = dialog.choice()
    if choice is StoreChoice.QUIT:
        return StoreOutcome.QUIT
    if choice is StoreChoice.START_EMPTY:
        return StoreOutcome.START_EMPTY
    backup = backups[0]
    if choice is StoreChoice.CHOOSE_BACKUP:
        chooser = RestoreBackupDialog(backups)
        picked = chooser.selected_backup() if chooser.exec() == RestoreBackupDialog.DialogCode.Accepted else None
        if picked is None:
            return StoreOutcome.RETRY  # back to the first question
        backup = picked
    try:
        kept = restore_file(path, backup.path, backups_dir, utc_now())
        log.info("restored %s; the file it replaced is kept as %s", backup.path, kept)
    except KnownError as restore_error:
        ProblemMessage(restore_error.message).exec()
    return StoreOutcome.RETRY
