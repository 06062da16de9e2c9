"""Add or change a channel account; the fields follow the network, with where to find its token, and a note under
the token that says at once whether what was pasted can be one (what a PDF adds is left out by itself)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.channel import MANUAL_NETWORK_NAMES, NETWORK_NAMES, ChannelAccount, ManualNetwork, Network
from services.channels import DEFAULT_BASE_URLS, add_channel, read_token
from services.errors import KnownError
from services.store import Store
from ui.choice_box import ChoiceBox
from ui.readable_colours import warning_css
from ui.typed_work import KeepsTypedWork

NETWORKS = (Network.MASTODON, Network.BLUESKY, Network.FACEBOOK, Network.LINKEDIN, Network.MANUAL)
MANUAL_NETWORKS = (ManualNetwork.INSTAGRAM, ManualNetwork.THREADS, ManualNetwork.X, ManualNetwork.WHATSAPP,
                   ManualNetwork.OTHER)


class ChannelDialog(KeepsTypedWork, QDialog):
    """For a new account (channel None) or an existing one; read the fields after it was accepted. A channel posted
    to by hand says which network it is for (`manual_network()`), whose counting rule then holds for its texts; a
    new one is named after that network until the officer types a name of their own."""

    def __init__(self, channel: ChannelAccount | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a channel") if channel is None else self.tr("Change a channel"))
        self.setMinimumWidth(520)
        self.network_box = ChoiceBox(self)
        for network in NETWORKS:
            label = NETWORK_NAMES.get(network) or self.tr("By hand (Instagram, Threads, X, WhatsApp, …)")
            self.network_box.add_choice(label, network)
        self.manual_box = ChoiceBox(self)
        for manual in MANUAL_NETWORKS:
            self.manual_box.add_choice(MANUAL_NETWORK_NAMES.get(manual) or self.tr("Something else"), manual)
        self.name_edit = QLineEdit(self)
        self._suggested_name = ""  # the name given after the chosen network, while the officer typed none
        self._new = channel is None
        self.base_url_edit = QLineEdit(self)
        self.handle_edit = QLineEdit(self)
        self.external_edit = QLineEdit(self)
        self.secret_edit = QLineEdit(self)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_note = QLabel(self)
        self.token_note.setTextFormat(Qt.TextFormat.PlainText)
        self.token_note.setWordWrap(True)
        self.account_label = QLabel(self)  # the account the channel was set up for: a token must be of it
        self.account_label.setTextFormat(Qt.TextFormat.PlainText)
        self.account_label.setWordWrap(True)
        self.help_label = QLabel(self)
        self.help_label.setWordWrap(True)
        self.help_label.setOpenExternalLinks(False)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Network:"), self.network_box)
        self.form.addRow(self.tr("Posted &on:"), self.manual_box)
        self.form.addRow(self.tr("Na&me:"), self.name_edit)
        self.form.addRow(self.tr("&Address:"), self.base_url_edit)
        self.form.addRow(self.tr("&Handle:"), self.handle_edit)
        self.form.addRow(self.tr("&Page or organization id:"), self.external_edit)
        self.form.addRow(self.tr("&Token:"), self.secret_edit)
        self.form.addRow("", self.token_note)
        self.form.addRow("", self.account_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.help_label)
        layout.addWidget(buttons)
        self.network_box.currentIndexChanged.connect(self._network_chosen)
        self.manual_box.currentIndexChanged.connect(self._manual_network_chosen)
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
            self.manual_box.select_value(channel.manual_network)
            if channel.account_name or channel.account_id:
                self.account_label.setText(self.tr(
                    "This channel posts as {account}: a token of another account is refused (another address or "
                    "page id is another account).").format(account=channel.account_name or channel.account_id))
        self.account_label.setVisible(bool(self.account_label.text()))
        self._network_chosen()

    def manual_network(self) -> ManualNetwork:
        """For a channel posted to by hand: the network it is for (OTHER for any other network)."""
        return ManualNetwork(self.manual_box.current_value()) if self.network() is Network.MANUAL \
            else ManualNetwork.OTHER

    def _manual_network_chosen(self) -> None:
        self._suggest_name()
        self._show_help()

    def _suggest_name(self) -> None:
        """A new channel posted to by hand is named after its network ("Instagram") until a name is typed."""
        if not self._new or self.name_edit.text().strip() not in ("", self._suggested_name):
            return
        name = MANUAL_NETWORK_NAMES.get(self.manual_network(), "") if self.network() is Network.MANUAL else ""
        self._suggested_name = name
        self.name_edit.setText(name)

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
            self.token_note.setStyleSheet(warning_css())
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
        self.manual_box.setVisible(network is Network.MANUAL)
        label = self.form.labelForField(self.manual_box)
        if label is not None:
            label.setVisible(network is Network.MANUAL)
        if not self.base_url_edit.text():
            self.base_url_edit.setPlaceholderText(DEFAULT_BASE_URLS.get(network, "https://"))
        self._suggest_name()
        self._show_help()

    def _show_help(self) -> None:
        network = self.network()
        if network is Network.MANUAL:
            self.help_label.setText(self.tr("Its posts become reminders with the text ready to copy; you post them "
                                            "yourself.") + " " + self._counting_help(self.manual_network()))
            return
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
        }[network])

    def _counting_help(self, manual: ManualNetwork) -> str:
        """How the composer counts this channel's texts: the rule of the network it is for."""
        number = QLocale().toString
        if manual is ManualNetwork.INSTAGRAM:
            return self.tr("Texts are counted as Instagram counts them: at most {characters} characters and {tags} "
                           "hashtags, and a post needs an image.").format(characters=number(2200), tags=number(30))
        if manual is ManualNetwork.THREADS:
            return self.tr("Texts are counted as Threads counts them: at most {characters} characters.").format(
                characters=number(500))
        if manual is ManualNetwork.X:
            return self.tr("Texts are counted as X counts them: at most {characters}, weighted (a link counts 23, "
                           "an emoji 2).").format(characters=number(280))
        return self.tr("Its texts have no length limit.")


def add_channel_by_dialog(store: Store, parent: QWidget | None = None) -> ChannelAccount | None:
    """Asks for a new channel and saves it (its token into the keychain). A problem (a bad address, no keychain on
    this computer) is told and the dialog comes back with what was typed, until it is saved or cancelled. Returns
    the channel, or None when cancelled."""
    from ui.messages import ProblemMessage

    dialog = ChannelDialog(None, parent)
    while dialog.exec() == ChannelDialog.DialogCode.Accepted:
        try:
            return add_channel(store, dialog.network(), dialog.name_edit.text(), dialog.secret_edit.text(),
                               base_url=dialog.base_url_edit.text(), handle=dialog.handle_edit.text(),
                               external_id=dialog.external_edit.text(), manual_network=dialog.manual_network())
        except KnownError as error:
            ProblemMessage(error.message, parent).exec()
    return None
