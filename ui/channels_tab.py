"""The Channels tab: the municipality's accounts, their tokens (in the keychain) and whether they work."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.channel import NETWORK_NAMES, ChannelAccount, Network
from services.changes import Changes
from services.channels import (
    channels_by_name,
    check_connection_at,
    remove_channel,
    removed_but_holding,
    update_channel,
)
from services.errors import KnownError
from services.store import Store
from ui.background import run_in_background
from ui.channel_dialog import ChannelDialog, add_channel_by_dialog
from ui.channel_list_model import ChannelListModel
from ui.messages import ProblemMessage
from ui.plain_text import plain


class ChannelsTab(QWidget):
    """Signals:
        changed(object): an account was added, changed, removed or checked (a services.changes.Changes).

    A removed account whose network still holds posts of ours in its own schedule keeps its token until the outbox
    has taken them back (services/channels.py, remove_channel); the line under the table names such accounts.
    """

    changed = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channels_tab")
        self.store = store
        intro = QLabel(self.tr("The municipality's accounts. Tokens are kept in this computer's keychain, never in "
                               "the data file or a handover."), self)
        intro.setWordWrap(True)
        self.model = ChannelListModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(ChannelListModel.STATE, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.change_button = QPushButton(self.tr("Chan&ge…"), self)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.status_label = plain(QLabel(self))
        self.removed_label = plain(QLabel(self))
        self.removed_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.remove_button, self.test_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.removed_label)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        self.add_button.clicked.connect(self.add)
        self.change_button.clicked.connect(self.change)
        self.remove_button.clicked.connect(self.remove)
        self.test_button.clicked.connect(self.test_selected)
        self.table.doubleClicked.connect(self.change)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.reload()

    def reload(self) -> None:
        self.model.set_channels(channels_by_name(self.store), self.store.clock())
        for column in range(ChannelListModel.STATE):
            self.table.resizeColumnToContents(column)
        holding = removed_but_holding(self.store)
        self.removed_label.setText("\n".join(self.tr(
            "{name} is removed; {network} still holds %n post(s) of it in its own schedule. Omroeper takes them back "
            "at the next run of the outbox and keeps the token in the keychain until then.", "", held).format(
            name=channel.name, network=NETWORK_NAMES.get(channel.network, channel.network.value))
            for channel, held in holding))
        self.removed_label.setVisible(bool(holding))
        self._selected()

    def selected(self) -> ChannelAccount | None:
        row = self.table.currentIndex().row()
        return self.model.channels[row] if 0 <= row < len(self.model.channels) else None

    def _selected(self) -> None:
        channel = self.selected()
        for button in (self.change_button, self.remove_button):
            button.setEnabled(channel is not None)
        self.test_button.setEnabled(channel is not None and channel.network is not Network.MANUAL)

    def _changed(self) -> None:
        self.reload()
        self.changed.emit(Changes(channels=True))

    def add(self) -> None:
        channel = add_channel_by_dialog(self.store, self)  # a problem is told, and the dialog keeps what was typed
        if channel is None:
            return
        self._changed()
        if channel.network is not Network.MANUAL:
            self.test(channel)

    def change(self) -> None:
        channel = self.selected()
        if channel is None:
            return
        dialog = ChannelDialog(channel, self)
        while dialog.exec() == ChannelDialog.DialogCode.Accepted:
            try:
                update_channel(self.store, channel, name=dialog.name_edit.text(),
                               base_url=dialog.base_url_edit.text(), handle=dialog.handle_edit.text(),
                               external_id=dialog.external_edit.text(), secret=dialog.secret_edit.text(),
                               manual_network=dialog.manual_network() if channel.network is Network.MANUAL
                               else None)
            except KnownError as error:
                ProblemMessage(error.message, self).exec()
                continue
            self._changed()
            return

    def remove(self) -> None:
        channel = self.selected()
        if channel is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove channel"), self.tr(
            "Remove {name}? Its posts stay in the calendar and no longer go out there. Posts already in the "
            "network's own schedule are taken back first; its token leaves the keychain once that is done.").format(
            name=channel.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            held = remove_channel(self.store, channel)
        except KnownError as error:
            ProblemMessage(error.message, self).exec()
            return
        self.status_label.setText(self.tr(
            "{name} is removed; its token stays in the keychain until the outbox has taken back the %n post(s) its "
            "network still holds.", "", held).format(name=channel.name) if held else self.tr(
            "{name} is removed, and its token with it.").format(name=channel.name))
        self._changed()

    def test_selected(self) -> None:
        channel = self.selected()
        if channel is not None:
            self.test(channel)

    def test(self, channel: ChannelAccount) -> None:
        """Asks the network who the token belongs to, off the GUI thread."""
        self.status_label.setText(self.tr("Checking {name}…").format(name=channel.name))
        run_in_background(partial(check_connection_at, self.store.path, channel.id, self.store.clock()),
                          partial(self._tested, channel.name), partial(self._test_failed, channel.name))

    def _tested(self, name: str, info) -> None:  # type: ignore[no-untyped-def]
        limit = self.tr("; up to {count} characters").format(count=info.max_characters) if info.max_characters else ""
        self.status_label.setText(self.tr("{name}: connected as {account}{limit}.").format(
            name=name, account=info.name, limit=limit))
        self._changed()

    def _test_failed(self, name: str, error: BaseException) -> None:
        message = error.message if isinstance(error, KnownError) else str(error)
        self.status_label.setText(f"{name}: ⚠ {message}")
        self._changed()
