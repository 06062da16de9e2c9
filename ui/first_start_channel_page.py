"""The first start's third step: a first channel, through the Channels tab's own dialog (a network with its token
in the keychain, or a channel posted to by hand)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from models.channel import ChannelAccount, Network
from services.channels import channels_by_name
from services.store import Store
from ui.channel_dialog import add_channel_by_dialog
from ui.channel_list_model import ChannelListModel
from ui.first_start_page import FirstStartPage
from ui.plain_text import plain


class FirstChannelPage(FirstStartPage):
    """Signals:
        channel_added(): a channel was saved.
    """

    channel_added = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, "first_start_channel", parent)
        self.intro = self.add_intro()
        self.add_button = QPushButton(self)
        self.channels_label = plain(QLabel(self))  # the channels' names as the officer typed them
        self.channels_label.setWordWrap(True)
        self.added_label = plain(QLabel(self))
        self.added_label.setWordWrap(True)
        self.names = ChannelListModel(self)  # says what each channel is, as the Channels tab does
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.column.addLayout(row)
        self.column.addWidget(self.channels_label)
        self.column.addWidget(self.added_label)
        self.column.addStretch(1)
        self.add_button.clicked.connect(self.add)
        self.added: ChannelAccount | None = None
        self.channels: list[ChannelAccount] = []
        self.refresh()

    def refresh(self) -> None:
        """The channels there are now (read here, not on a change of language: the texts only follow that)."""
        self.channels = channels_by_name(self.store)
        self.retranslate()

    def heading(self) -> str:
        return self.tr("A first channel")

    def add(self) -> None:
        """The Channels tab's dialog; a problem (no keychain on this computer, a bad address) is told there, and
        this step can still be skipped."""
        channel = add_channel_by_dialog(self.store, self)
        if channel is None:
            return
        self.added = channel
        self.channel_added.emit()
        self.refresh()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Where do the posts go? Add an account Omroeper posts to itself (Mastodon, Bluesky, a Facebook Page, a "
            "LinkedIn page) with its token, which stays in this computer's keychain; or a channel you post to by "
            "hand (Instagram, Threads, X, WhatsApp…): Omroeper then reminds you at the post's time, with the text "
            "ready to copy. More channels can be added later in the Channels tab."))
        self.add_button.setText(self.tr("&Add a channel…"))
        channels = self.channels
        self.channels_label.setText(self.tr("Channels: {names}").format(names=", ".join(
            f"{channel.name} ({self.names.network_text(channel)})" for channel in channels))
            if channels else self.tr("No channel yet."))
        added = self.added
        if added is None:
            self.added_label.hide()
            return
        self.added_label.setText(self.tr("{name} is added. Test its token with Test connection in the Channels "
                                         "tab.").format(name=added.name) if added.network is not Network.MANUAL
                                 else self.tr("{name} is added: its posts become reminders.").format(name=added.name))
        self.added_label.show()
