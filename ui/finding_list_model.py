"""The coverage check's findings, each with the action that puts it right."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from services.coverage import Action, Finding

_Index = QModelIndex | QPersistentModelIndex


def action_name(action: Action) -> str:
    return {
        Action.ADD_POST: QCoreApplication.translate("FindingListModel", "Add a post"),
        Action.HAND_OVER_OR_MOVE: QCoreApplication.translate("FindingListModel", "Hand over or move"),
        Action.RENEW_TOKEN: QCoreApplication.translate("FindingListModel", "Renew the token"),
        Action.FINISH_POST: QCoreApplication.translate("FindingListModel", "Finish the post"),
        Action.ADD_SIGNATURE: QCoreApplication.translate("FindingListModel", "Add a signature"),
    }[action]


class FindingListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self.findings = findings
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.findings)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding = self.findings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            day = QLocale().toString(QDate(finding.day), "ddd d MMM") + ": " if finding.day else ""
            return f"{action_name(finding.action)}  ·  {day}{finding.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Enter or double-click: {action}").format(action=action_name(finding.action))
        return None
