"""The bar over the window while a handover file has the sending: with whom, since when, and a button to take it
back (which warns about posting twice)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from services.sending import HandedTo, handed_to, take_sending_back
from services.store import Store
from ui.plain_text import plain
from ui.readable_colours import SENDING_HUE, tint_css


class SendingBanner(QFrame):
    """Shown as long as this laptop sends nothing because it wrote a handover file (services/sending.py).

    Signals:
        taken_back(): the officer took the sending back to this laptop.
    """

    taken_back = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("sending_banner")
        self.setStyleSheet(f"#sending_banner {{ {tint_css(SENDING_HUE)} }}")  # the text keeps the theme's colour
        self.label = plain(QLabel(self))
        self.label.setObjectName("sending_label")
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-weight: bold;")
        self.take_back_button = QPushButton(self.tr("Take sending back…"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.take_back_button)
        self.take_back_button.clicked.connect(lambda: self.take_back())
        self.handed: HandedTo | None = None
        self.refresh()

    def refresh(self) -> None:
        self.handed = handed_to(self.store)
        self.setVisible(self.handed is not None)
        if self.handed is not None:
            self.label.setText(self._text(self.handed))

    def _since(self, handed: HandedTo) -> str:
        if handed.since is None:
            return ""
        local = handed.since.astimezone()
        return QLocale().toString(QDate(local.year, local.month, local.day), "d MMMM")

    def _text(self, handed: HandedTo) -> str:
        since = self._since(handed)
        if handed.back and handed.name:
            return self.tr("Sending went back to {name} with the handover file written here on {since}: this laptop "
                           "sends nothing, unless a handover file from {name} brings the sending here again.").format(
                name=handed.name, since=since or "?")
        if handed.name and since:
            return self.tr("Sending is with {name} since {since}: this laptop sends nothing until you import the file "
                           "{name} hands back.").format(name=handed.name, since=since)
        if handed.name:
            return self.tr("Sending is with {name}: this laptop sends nothing until you import the file {name} hands "
                           "back.").format(name=handed.name)
        return self.tr("Sending is with the laptop that imported the handover file written here: this laptop sends "
                       "nothing until you import the file that comes back.")

    def take_back(self) -> bool:
        """After a warning whose default is No: this laptop sends again."""
        handed = self.handed or handed_to(self.store)
        if handed is None:
            return False
        name = handed.name or self.tr("your colleague")
        text = self.tr(
            "Take sending back to this laptop without importing {name}'s file?\n\n{name}'s laptop may have sent "
            "posts or handed them to a network's schedule. This laptop does not know of those until you import "
            "the file {name} hands back, and would send them a second time.\n\nTake sending back only when {name}'s "
            "laptop sends no more (ask {name} to hand back, which stops it) and you checked the networks. Otherwise "
            "import {name}'s file: that brings the sending back by itself.").format(name=name)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Take sending back"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Take sending back"))
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        take_sending_back(self.store)
        self.refresh()
        self.taken_back.emit()
        return True
