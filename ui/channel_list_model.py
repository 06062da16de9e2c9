"""The channel accounts as a table: name, network, address, token, state."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from models.channel import MANUAL_NETWORK_NAMES, NETWORK_NAMES, ChannelAccount, Network
from ui.plain_text import tooltip
from ui.readable_colours import warning_colour

_Index = QModelIndex | QPersistentModelIndex


class ChannelListModel(QAbstractTableModel):
    NAME, NETWORK, ADDRESS, TOKEN, STATE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.channels: list[ChannelAccount] = []
        self.now = datetime.now().astimezone()

    def set_channels(self, channels: list[ChannelAccount], now: datetime) -> None:
        self.beginResetModel()
        self.channels, self.now = channels, now
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.channels)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Channel"), self.tr("Network"), self.tr("Address"), self.tr("Token"),
                    self.tr("State")][section]
        return None

    def network_text(self, channel: ChannelAccount) -> str:
        """The network, and for a channel posted to by hand the one it is for ("Instagram, by hand")."""
        if channel.network is not Network.MANUAL:
            return NETWORK_NAMES.get(channel.network, channel.network.value)
        name = MANUAL_NETWORK_NAMES.get(channel.manual_network)
        return self.tr("{network}, by hand").format(network=name) if name else self.tr("by hand")

    def state_text(self, channel: ChannelAccount) -> str:
        if channel.last_error:
            return "⚠ " + channel.last_error
        if channel.network is Network.MANUAL:
            return self.tr("posted by hand: reminders")
        if channel.token_expires_at is not None:
            when = QLocale().toString(channel.token_expires_at.astimezone().date(), QLocale.FormatType.ShortFormat)
            prefix = "⚠ " if channel.needs_attention(self.now) else ""
            return prefix + self.tr("token valid until {date}").format(date=when)
        if channel.last_checked_at is not None:
            return self.tr("connection checked")
        return self.tr("not checked yet")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        channel = self.channels[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return channel.name
            if column == self.NETWORK:
                return self.network_text(channel)
            if column == self.ADDRESS:
                return " ".join(part for part in (channel.base_url, channel.handle, channel.external_id) if part)
            if column == self.TOKEN:
                if channel.network is Network.MANUAL:
                    return "–"
                return self.tr("in the keychain") if channel.has_secret else self.tr("missing")
            return self.state_text(channel)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE and channel.needs_attention(self.now):
            return warning_colour()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATE:
            return tooltip(self.state_text(channel))
        return None
