"""The backups as a Qt list model, newest first, labelled with local date, time and reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from services.backup import Backup


def backup_label(backup: Backup) -> str:
    local = backup.taken_at.astimezone()
    locale = QLocale()
    when = f"{locale.toString(local.date(), QLocale.FormatType.LongFormat)} {locale.toString(local.time(), 'HH:mm')}"
    reasons = {
        "daily": QCoreApplication.translate("BackupListModel", "daily backup"),
        "before-restore": QCoreApplication.translate("BackupListModel", "before a restore"),
        "before-import": QCoreApplication.translate("BackupListModel", "before an import"),
        "before-upgrade": QCoreApplication.translate("BackupListModel", "before an upgrade"),
    }
    return f"{when} ({reasons.get(backup.reason, backup.reason)})"


class BackupListModel(QAbstractListModel):
    def __init__(self, backups: list[Backup], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backups = backups

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.backups)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        backup = self.backups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return backup_label(backup)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        return None
