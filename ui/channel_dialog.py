"""Add or change a channel account; the fields follow the network, with where to find its token, and a note under
the token that says at once whether what was pasted can be one (what a PDF adds is left out by itself)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.channel import NETWORK_NAMES, ChannelAccount, Network
from services.channels import DEFAULT_BASE_URLS, read_token
from services.errors import KnownError
from ui.choice_box import ChoiceBox

NETWORKS = (Network.MASTODON, Network.BLUESKY, Network.FACEBOOK, Network.LINKEDIN, Network.MANUAL)


class ChannelDialog(QDialog):
    """For a new account (channel None) or an existing one; read the fields after it was accepted."""

    def __init__(self, channel: ChannelAccount | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a channel") if channel is None else self.tr("Change a channel"))
        self.setMinimumWidth(520)
        self.network_box = ChoiceBox(self)
        for network in NETWORKS:
            label = NETWORK_NAMES.get(network) or self.tr("By hand (WhatsApp, Instagram, …)")
            self.network_box.add_choice(label, network)
        self.name_edit = QLineEdit(self)
        self.base_url_edit = QLineEdit(self)
        self.handle_edit = QLineEdit(self)
        self.external_edit = QLineEdit(self)
        self.secret_edit = QLineEdit(self)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_note = QLabel(self)
        self.token_note.setTextFormat(Qt.TextFormat.PlainText)
        self.token_note.setWordWrap(True)
        self.help_label = QLabel(self)
        self.help_label.setWordWrap(True)
        self.help_label.setOpenExternalLinks(False)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Network:"), self.network_box)
        self.form.addRow(self.tr("Na&me:"), self.name_edit)
        self.form.addRow(self.tr("&Address:"), self.base_url_edit)
        self.form.addRow(self.tr("&Handle:"), self.handle_edit)
        self.form.addRow(self.tr("&Page or organization id:"), self.external_edit)
        self.form.addRow(self.tr("&Token:"), self.secret_edit)
        self.form.addRow("", self.token_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.help_label)
        layout.addWidget(buttons)
        self.network_box.currentIndexChanged.connect(self._network_chosen)
        self.secret_edit.textChanged.connect(self._token_changed)
        if channel is not None:
            self.network_box.select_value(channel.network)
            self.network_box.setEnabled(False)
            self.name_edit.setText(channel.name)
            self.base_url_edit.setText(channel.base_url)
            self.handle_edit.setText(channel.handle)
            self.external_edit.setText(channel.external_id)
            self.secret_edit.setPlaceholderText(self.tr("stored in the keychain; type a new one to replace it")
                                                if channel.has_secret else "")
        self._network_chosen()

    def network(self) -> Network:
        return Network(self.network_box.current_value())

    def _token_changed(self) -> None:
        """What will happen to the pasted token: cleaned (saying what was left out: spaces and invisible
        characters, quotation marks, "Bearer" or "access_token="), or refused (with the reason); never the token
        itself."""
        try:
            token, notes = read_token(self.network(), self.secret_edit.text())
        except KnownError as error:
            self.token_note.setText(error.message)
            self.token_note.setStyleSheet("color: #c0392b;")
            return
        self.token_note.setStyleSheet("")
        self.token_note.setText(" ".join(notes) if token else "")

    def _network_chosen(self) -> None:
        network = self.network()
        shown = {
            Network.MASTODON: (True, False, False, True),
            Network.BLUESKY: (True, True, False, True),
            Network.FACEBOOK: (False, False, True, True),
            Network.LINKEDIN: (False, False, True, True),
            Network.MANUAL: (False, False, False, False),
        }[network]
        self.token_note.setVisible(shown[3])
        self._token_changed()
        for widget, visible in zip((self.base_url_edit, self.handle_edit, self.external_edit, self.secret_edit),
                                   shown, strict=True):
            widget.setVisible(visible)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(visible)
        if not self.base_url_edit.text():
            self.base_url_edit.setPlaceholderText(DEFAULT_BASE_URLS.get(network, "https://"))
        self.help_label.setText({
            Network.MASTODON: self.tr("Address: your server, e.g. https://social.overheid.nl. Token: on the server, "
                                      "Preferences > Development > New application (scopes read, write:statuses, "
                                      "write:media), then copy “Your access token”."),
            Network.BLUESKY: self.tr("Handle: e.g. oosterzande.nl. Token: an app password (xxxx-xxxx-xxxx-xxxx) "
                                     "from Settings > Privacy and security > App passwords; never the account's "
                                     "own password."),
            Network.FACEBOOK: self.tr("The page id and a Page access token (from Graph API Explorer, via "
                                      "/me/accounts with a long-lived user token)."),
            Network.LINKEDIN: self.tr("The organization id (the number in the page's admin address) and an access "
                                      "token with w_organization_social. It lives 60 days; Omroeper warns before."),
            Network.MANUAL: self.tr("For channels without a usable API (WhatsApp, Instagram, Snapchat): their "
                                    "posts become reminders with the text ready to copy."),
        }[network])
