"""At start: the data file cannot be opened. Says why and, for a damaged file, offers a backup."""

from __future__ import annotations

import logging
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from models.common import utc_now
from services.backup import BACKUP_DIR_NAME, Backup, list_backups, restore_file
from services.errors import CorruptStoreError, KnownError, StoreError
from ui.backup_list_model import backup_label
from ui.error_dialog import ProblemMessage
from ui.restore_backup_dialog import RestoreBackupDialog

log = logging.getLogger(__name__)


class StoreChoice(Enum):
    QUIT = "quit"
    RESTORE_NEWEST = "restore_newest"
    CHOOSE_BACKUP = "choose_backup"


class StoreProblemDialog(QMessageBox):
    """Shows a StoreError; `choice()` after exec tells what the officer chose."""

    def __init__(self, error: StoreError, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Omroeper cannot open its data"))
        self.setText(error.message)
        self._buttons = {}
        if isinstance(error, CorruptStoreError) and backups:
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


def offer_backup(error: StoreError, path: Path, data_dir: Path) -> bool:
    """Shows why the store cannot be opened and restores the backup the officer picks.
    Returns False when the officer chose to quit (main.py imports this only on that rare path)."""
    backups_dir = data_dir / BACKUP_DIR_NAME
    backups = list_backups(backups_dir)
    dialog = StoreProblemDialog(error, backups)
    dialog.exec()
    choice = dialog.choice()
    if choice is StoreChoice.QUIT:
        return False
    backup = backups[0]
    if choice is StoreChoice.CHOOSE_BACKUP:
        chooser = RestoreBackupDialog(backups)
        picked = chooser.selected_backup() if chooser.exec() == RestoreBackupDialog.DialogCode.Accepted else None
        if picked is None:
            return True  # back to the first question
        backup = picked
    try:
        kept = restore_file(path, backup.path, backups_dir, utc_now())
        log.info("restored %s; damaged file kept as %s", backup.path, kept)
    except KnownError as restore_error:
        ProblemMessage(restore_error.message).exec()
    return True
