"""The reply templates found by a search, best first: title, with category, language and how often used."""

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

from models.reply import Audience, ReplyTemplate, TemplateCategory

_Index = QModelIndex | QPersistentModelIndex


def category_name(category: TemplateCategory) -> str:
    return {
        TemplateCategory.QUESTION: QCoreApplication.translate("TemplateListModel", "Question"),
        TemplateCategory.PROBLEM_REPORT: QCoreApplication.translate("TemplateListModel", "Report: public space"),
        TemplateCategory.COMPLAINT: QCoreApplication.translate("TemplateListModel", "Complaint"),
        TemplateCategory.THANKS: QCoreApplication.translate("TemplateListModel", "Thanks or compliment"),
        TemplateCategory.EVENT: QCoreApplication.translate("TemplateListModel", "Event information"),
        TemplateCategory.NEGATIVE: QCoreApplication.translate("TemplateListModel", "Negative or angry reaction"),
        TemplateCategory.LOOKING_INTO_IT: QCoreApplication.translate("TemplateListModel", "We are looking into it"),
        TemplateCategory.TO_PRIVATE: QCoreApplication.translate("TemplateListModel", "To a private message"),
        TemplateCategory.APOLOGY: QCoreApplication.translate("TemplateListModel", "Apology"),
        TemplateCategory.OUT_OF_OFFICE: QCoreApplication.translate("TemplateListModel", "Out of office"),
    }[category]


def audience_name(audience: Audience) -> str:
    if audience is Audience.PRIVATE:
        return QCoreApplication.translate("TemplateListModel", "private message")
    return QCoreApplication.translate("TemplateListModel", "public comment")


class TemplateListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.templates: list[ReplyTemplate] = []

    def set_templates(self, templates: list[ReplyTemplate]) -> None:
        self.beginResetModel()
        self.templates = templates
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.templates)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        template = self.templates[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            details = f"{category_name(template.category)} · {template.language} · {audience_name(template.audience)}"
            if template.use_count:
                details += " · " + self.tr("used %n time(s)", "", template.use_count)
            if template.last_used_at is not None:
                when = QLocale().toString(QDate(template.last_used_at.astimezone().date()),
                                          QLocale.FormatType.ShortFormat)
                details += " · " + self.tr("last {date}").format(date=when)
            return f"{template.title}\n{details}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return template.body
        return None
