"""The reply templates found by a search, best first: title, with category, language and how often used."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from models.reply import Audience, ReplyTemplate, TemplateCategory
from ui.item_list_model import ItemListModel


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


class TemplateListModel(ItemListModel[ReplyTemplate]):
    def display(self, item: ReplyTemplate) -> str:
        details = f"{category_name(item.category)} · {item.language} · {audience_name(item.audience)}"
        if item.use_count:
            details += " · " + self.tr("used %n time(s)", "", item.use_count)
        if item.last_used_at is not None:
            when = QLocale().toString(QDate(item.last_used_at.astimezone().date()), QLocale.FormatType.ShortFormat)
            details += " · " + self.tr("last {date}").format(date=when)
        return f"{item.title}\n{details}"

    def tooltip(self, item: ReplyTemplate) -> str:
        return item.body
