"""The icon in the system tray: with the window closed Omroeper keeps running from here, so the outbox keeps
sending until the officer quits; it shows how many messages wait in the inbox, and tells of new ones."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from services.plain_text import visible_text
from ui.icons import app_icon

# A desktop notification on Linux may take its text for markup (the freedesktop specification's "body-markup":
# <b>, <a href>, <img src>), so a server's error or a name from a handover file could draw a link there or have an
# image fetched. Angle brackets become the look-alike quotation marks, which no daemon reads as a tag.
_NO_TAGS = str.maketrans({"<": "‹", ">": "›"})


def notification_text(text: str) -> str:
    """The text as a notification shows it, whatever the desktop makes of markup: no tag, no direction or control
    character (services/plain_text.py)."""
    return visible_text(text).translate(_NO_TAGS)


class Tray(QSystemTrayIcon):
    """The tray icon (Omroeper's own, ui/icons.py) and its menu: Open Omroeper, the given actions (the crisis
    switch, Quit; None for a line).

    Signals:
        open_requested(): the officer clicked the icon or chose Open Omroeper.
    """

    open_requested = Signal()

    @staticmethod
    def available() -> bool:
        """Some desktops have no tray: there closing the window quits, as usual."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def __init__(self, actions: list[QAction | None], window: QWidget) -> None:
        super().__init__(app_icon(), window)
        self.menu = QMenu(window)
        self.open_action = self.menu.addAction(self.tr("Open Omroeper"), self.open_requested.emit)
        for action in [None, *actions]:
            if action is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(action)
        self.setContextMenu(self.menu)
        self.setToolTip("Omroeper")
        self.activated.connect(lambda _reason: self.open_requested.emit())
        self.show()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setQuitOnLastWindowClosed(False)  # closing the window leaves Omroeper running here

    def show_inbox(self, open_count: int, tip: str) -> None:
        """How many messages wait in the inbox, in the icon's tooltip (and the menu's first line)."""
        self.setToolTip("Omroeper – " + tip if open_count else "Omroeper")
        self.open_action.setText(self.tr("Open Omroeper ({count} open)").format(count=open_count) if open_count
                                 else self.tr("Open Omroeper"))

    def tell(self, text: str) -> None:
        """A message from the tray, seen also with the window closed."""
        self.showMessage("Omroeper", notification_text(text))
