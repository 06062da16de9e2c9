"""The Channels tab: add an account through its dialog, test it against a local Mastodon, see a failure, remove."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from models.channel import ChannelAccount, Network
from services.store import Store
from tests.conftest import MemoryKeyring
from tests.services.mastodon_server import TOKEN, MastodonServer
from ui.channel_dialog import ChannelDialog
from ui.channels_tab import ChannelsTab
from ui.messages import ProblemMessage


def fill(network: Network, name: str, url: str, token: str):  # type: ignore[no-untyped-def]
    def exec_(dialog: ChannelDialog) -> int:
        dialog.network_box.select_value(network)
        dialog.name_edit.setText(name)
        dialog.base_url_edit.setText(url)
        dialog.secret_edit.setText(token)
        return QDialog.DialogCode.Accepted
    return exec_


def test_add_an_account_and_see_its_connection_checked(qtbot, store: Store, server: MastodonServer,  # type: ignore[no-untyped-def]
                                                       memory_keyring: MemoryKeyring,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    tab = ChannelsTab(store)
    qtbot.addWidget(tab)
    changed = []
    tab.changed.connect(changed.append)
    monkeypatch.setattr(ChannelDialog, "exec", fill(Network.MASTODON, "Mastodon", server.url, TOKEN))
    tab.add()
    [channel] = store.find(ChannelAccount)
    assert channel.has_secret and list(memory_keyring.entries.values()) == [TOKEN]
    qtbot.waitUntil(lambda: "connected as Gemeente Oosterzande" in tab.status_label.text(), timeout=5000)
    assert "up to 1000 characters" in tab.status_label.text()
    assert tab.model.data(tab.model.index(0, 4)) == "connection checked"
    assert tab.model.data(tab.model.index(0, 3)) == "in the keychain"
    assert changed


def test_a_refused_token_shows_in_red_with_its_reason(qtbot, store: Store, server: MastodonServer,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    tab = ChannelsTab(store)
    qtbot.addWidget(tab)
    monkeypatch.setattr(ChannelDialog, "exec", fill(Network.MASTODON, "Mastodon", server.url, "wrong"))
    tab.add()
    qtbot.waitUntil(lambda: "⚠" in tab.status_label.text(), timeout=5000)
    state = tab.model.data(tab.model.index(0, 4))
    assert state.startswith("⚠") and "refused the access token" in state


def test_a_bad_address_is_refused_and_nothing_is_saved(qtbot, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    tab = ChannelsTab(store)
    qtbot.addWidget(tab)
    answers = iter([QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected])

    def once(dialog: ChannelDialog) -> int:
        fill(Network.MASTODON, "Mastodon", "http://social.example", "token")(dialog)
        return next(answers)

    shown: list[str] = []
    monkeypatch.setattr(ChannelDialog, "exec", once)
    monkeypatch.setattr(ProblemMessage, "exec", lambda message: shown.append(message.text()) or 0)
    tab.add()
    assert shown and "https://" in shown[0]
    assert store.find(ChannelAccount) == []


def test_remove_asks_first_and_takes_the_token_out_of_the_keychain(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                                  memory_keyring: MemoryKeyring,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from services.channels import add_channel

    add_channel(store, Network.MASTODON, "Mastodon", "token", base_url="https://social.example")
    tab = ChannelsTab(store)
    qtbot.addWidget(tab)
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    tab.remove()
    assert store.find(ChannelAccount) == [] and memory_keyring.entries == {}


def test_a_removed_channel_keeps_its_token_while_its_network_holds_posts_and_the_tab_says_so(  # type: ignore[no-untyped-def]
        qtbot, store: Store, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import UTC, datetime, timedelta

    from models.post import DeliveryState, Post, PostStatus, Variant
    from services.channels import add_channel, release_removed_tokens
    from services.post_editing import save_post, variants_of

    channel = add_channel(store, Network.MASTODON, "Mastodon", "token", base_url="https://social.example")
    post = Post(title="Braderie", body="Braderie", status=PostStatus.SCHEDULED,
                scheduled_at=datetime.now(UTC) + timedelta(days=2))
    save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)])
    [variant] = variants_of(store, post.id)
    store.update_fields(variant, state=DeliveryState.SCHEDULED_REMOTE, remote_id="s1")  # handed over
    tab = ChannelsTab(store)
    qtbot.addWidget(tab)
    tab.show()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.Yes)
    tab.remove()
    assert "taken back first" in asked[0]
    assert store.find(ChannelAccount) == [] and list(memory_keyring.entries.values()) == ["token"]
    assert "its token stays in the keychain until the outbox has taken back the 1 post" in tab.status_label.text()
    assert tab.removed_label.isVisible() and tab.removed_label.text().startswith(
        "Mastodon is removed; Mastodon still holds 1 post")
    store.update_fields(variant, state=DeliveryState.QUEUED, remote_id="")  # as the outbox takes it back
    release_removed_tokens(store)
    tab.reload()
    assert memory_keyring.entries == {} and not tab.removed_label.isVisible()
