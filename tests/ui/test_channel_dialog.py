"""The channel dialog's note under the token: what a paste from a PDF brings is left out, and a token that cannot
be one is refused at once, without the token ever being shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from models.channel import ChannelAccount, Network
from services.store import Store
from tests.conftest import MemoryKeyring
from ui.channel_dialog import ChannelDialog
from ui.channels_tab import ChannelsTab
from ui.messages import ProblemMessage

TOKEN = "Zq8v3KpLx1-aB_cD9eFgHiJkLmNoPqRsTuVwXyZ0123"


def test_a_token_pasted_from_a_pdf_is_said_to_be_cleaned(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ChannelDialog()
    qtbot.addWidget(dialog)
    dialog.network_box.select_value(Network.MASTODON)
    QApplication.clipboard().setText("Zq8v3KpLx1-aB_cD9eFgHi\nJkLmNoPqRsTuVwXyZ0123\u00a0\u200b")
    dialog.secret_edit.paste()
    assert dialog.token_note.text() == ("Spaces, line breaks and invisible characters that came with the paste are "
                                        "left out.")
    dialog.secret_edit.setText(TOKEN)
    assert dialog.token_note.text() == ""


def test_quotes_and_a_bearer_prefix_are_said_to_be_left_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ChannelDialog()
    qtbot.addWidget(dialog)
    dialog.network_box.select_value(Network.MASTODON)
    dialog.secret_edit.setText(f'Bearer "{TOKEN}"')
    assert dialog.token_note.text() == ("“Bearer” before the token is left out. The quotation marks around the "
                                        "token are left out.")
    dialog.secret_edit.setText(f"Zq8v3'{TOKEN}")
    assert "quotation mark" in dialog.token_note.text() and "Zq8v3" not in dialog.token_note.text()


def test_a_token_that_cannot_be_one_is_refused_in_the_dialog_before_ok(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ChannelDialog()
    qtbot.addWidget(dialog)
    dialog.network_box.select_value(Network.MASTODON)
    dialog.secret_edit.setText("Zq8v3KpLx1 aB_cD9eFgHiJkLm")
    assert "space in the middle" in dialog.token_note.text() and "Zq8v3" not in dialog.token_note.text()
    dialog.network_box.select_value(Network.BLUESKY)  # the note follows the network
    assert "not a Bluesky app password" in dialog.token_note.text()
    dialog.secret_edit.setText("abcd-efgh-\nijkl-mnop")
    assert "left out" in dialog.token_note.text()


def test_the_channels_tab_stores_the_cleaned_token(qtbot, store: Store, memory_keyring: MemoryKeyring,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    tab = ChannelsTab(store)
    qtbot.addWidget(tab)
    answers = iter([QDialog.DialogCode.Accepted, QDialog.DialogCode.Accepted])
    pasted = iter(["Zq8v3KpLx1\u00e9aB_cD9eFgHiJkLm", "\u200bZq8v3KpLx1-aB_cD9eFgHi\r\nJkLmNoPqRsTuVwXyZ0123\n"])

    def fill(dialog: ChannelDialog) -> int:
        dialog.network_box.select_value(Network.MANUAL)  # no connection check afterwards: nothing to wait for
        dialog.network_box.select_value(Network.MASTODON)
        dialog.name_edit.setText("Mastodon")
        dialog.base_url_edit.setText("https://social.example")
        dialog.secret_edit.setText(next(pasted))
        return next(answers)

    shown: list[str] = []
    monkeypatch.setattr(ChannelDialog, "exec", fill)
    monkeypatch.setattr(ProblemMessage, "exec", lambda message: shown.append(message.text()) or 0)
    monkeypatch.setattr(ChannelsTab, "test", lambda self, channel: None)  # the network is not part of this test
    tab.add()
    assert len(shown) == 1 and "outside plain ASCII" in shown[0] and "Zq8v3" not in shown[0]
    [channel] = store.find(ChannelAccount)
    assert list(memory_keyring.entries.values()) == [TOKEN] and channel.has_secret


def test_the_dialog_names_the_account_a_token_must_belong_to(qtbot) -> None:  # type: ignore[no-untyped-def]
    channel = ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url="https://social.example",
                             has_secret=True, account_id="1", account_name="@oosterzande\u202e")
    dialog = ChannelDialog(channel)
    qtbot.addWidget(dialog)
    assert "posts as @oosterzande" in dialog.account_label.text() and not dialog.account_label.isHidden()
    assert dialog.account_label.textFormat() is Qt.TextFormat.PlainText  # a name from a server, shown as text
    fresh = ChannelDialog()
    qtbot.addWidget(fresh)
    assert fresh.account_label.isHidden()
