"""At start: the data file cannot be opened. Says why and, for a damaged file, offers a backup."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from services.backup import Backup
from services.errors import CorruptStoreError, StoreError
from ui.backup_list_model import backup_label


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
