"""The backups as a Qt list model, newest first, labelled with local date, time and reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from services.backup import Backup
from ui.item_list_model import ItemListModel


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


class BackupListModel(ItemListModel[Backup]):
    def display(self, item: Backup) -> str:
        return backup_label(item)

    def tooltip(self, item: Backup) -> str:
        return str(item.path)
