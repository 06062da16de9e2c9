"""Choose a backup to go back to."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListView, QVBoxLayout, QWidget

from services.backup import Backup
from ui.backup_list_model import BackupListModel


class RestoreBackupDialog(QDialog):
    """Lists the backups, newest first; `selected_backup()` after it was accepted."""

    def __init__(self, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumSize(480, 320)
        explanation = QLabel(
            self.tr(
                "Omroeper goes back to the state of the backup you choose. The current state is saved as a "
                "backup first, so this can be undone."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.model = BackupListModel(self, items=backups)
        self.list_view = QListView(self)
        self.list_view.setModel(self.model)
        if backups:
            self.list_view.setCurrentIndex(self.model.index(0))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        restore = self.buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setEnabled(bool(backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list_view.doubleClicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.list_view)
        layout.addWidget(self.buttons)

    def selected_backup(self) -> Backup | None:
        index = self.list_view.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None
