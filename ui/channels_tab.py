"""The Channels tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from services.store import Store
from ui.placeholder import fill_with_placeholder


class ChannelsTab(QWidget):
    """Until its issue is built, this tab says what it will hold."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("channels_tab")
        fill_with_placeholder(
            self,
            self.tr("Channels"),
            self.tr(
                "Connect the municipality's accounts here: Mastodon, Bluesky, Facebook, LinkedIn and channels "
                "you post to by hand. Tokens are kept in the system keychain, never in the data file."
            ),
        )

    def reload(self) -> None:
        """Shows the store's current content (after a restore or an import)."""
