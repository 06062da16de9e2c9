"""The staff members as a list: name and role, marked when inactive or the app's own user."""

from __future__ import annotations

from models.staff import StaffMember
from ui.item_list_model import ItemListModel


class StaffListModel(ItemListModel[StaffMember]):
    def display(self, item: StaffMember) -> str:
        text = item.name or self.tr("(no name yet)")
        if item.role:
            text += f" – {item.role}"
        if item.is_self:
            text += " " + self.tr("(me)")
        if not item.active:
            text += " " + self.tr("(inactive)")
        return text
