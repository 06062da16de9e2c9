"""The Content calendar tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from services.store import Store
from ui.placeholder import fill_with_placeholder


class CalendarTab(QWidget):
    """Until its issue is built, this tab says what it will hold."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("calendar_tab")
        fill_with_placeholder(
            self,
            self.tr("Content calendar"),
            self.tr(
                "The month, week and list views of the posts will appear here, with public holidays, the "
                "municipality's own key dates and the days without a planned post. Posts are written in the "
                "composer, also offline."
            ),
        )

    def reload(self) -> None:
        """Shows the store's current content (after a restore or an import)."""
