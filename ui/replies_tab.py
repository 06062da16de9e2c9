"""The Replies tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from services.store import Store
from ui.placeholder import fill_with_placeholder


class RepliesTab(QWidget):
    """Until its issue is built, this tab says what it will hold."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("replies_tab")
        fill_with_placeholder(
            self,
            self.tr("Replies"),
            self.tr(
                "Reply templates will appear here: search, fill in the resident's name and the expected answer "
                "date, and copy a personal answer signed by whoever answers today."
            ),
        )

    def reload(self) -> None:
        """Shows the store's current content (after a restore or an import)."""
