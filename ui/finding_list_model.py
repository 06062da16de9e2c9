"""The coverage check's findings, each with the action that puts it right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from services.coverage import Action, Finding
from ui.item_list_model import ItemListModel


def action_name(action: Action) -> str:
    return {
        Action.ADD_POST: QCoreApplication.translate("FindingListModel", "Add a post"),
        Action.HAND_OVER_OR_MOVE: QCoreApplication.translate("FindingListModel", "Hand over or move"),
        Action.RENEW_TOKEN: QCoreApplication.translate("FindingListModel", "Renew the token"),
        Action.FINISH_POST: QCoreApplication.translate("FindingListModel", "Finish the post"),
        Action.ADD_SIGNATURE: QCoreApplication.translate("FindingListModel", "Add a signature"),
    }[action]


class FindingListModel(ItemListModel[Finding]):
    def display(self, item: Finding) -> str:
        day = QLocale().toString(QDate(item.day), "ddd d MMM") + ": " if item.day else ""
        return f"{action_name(item.action)}  ·  {day}{item.text}"

    def tooltip(self, item: Finding) -> str:
        return self.tr("Enter or double-click: {action}").format(action=action_name(item.action))
