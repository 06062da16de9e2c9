"""The Vacation and handover tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from services.store import Store
from ui.placeholder import fill_with_placeholder


class VacationTab(QWidget):
    """Until its issue is built, this tab says what it will hold."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("vacation_tab")
        fill_with_placeholder(
            self,
            self.tr("Vacation and handover"),
            self.tr(
                "Plan an absence here and name a stand-in. Omroeper will check the coverage, write a handover "
                "file for your colleague and merge their work when you are back."
            ),
        )

    def reload(self) -> None:
        """Shows the store's current content (after a restore or an import)."""
