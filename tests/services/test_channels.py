from __future__ import annotations

from datetime import UTC, datetime

import pytest

from models.channel import ChannelAccount, Network
from services.channels import add_channel, check_base_url, check_connection, find_channel, remove_channel
from services.errors import KnownError
from services.networks.base import PublishError
from services.store import Store
from tests.conftest import MemoryKeyring
from tests.services.mastodon_server import TOKEN, MastodonServer


@pytest.mark.parametrize(("url", "ok"), [("https://social.overheid.nl/", True), ("http://localhost:3000", True),
                                         ("http://127.0.0.1:8080", True), ("http://social.example", False),
                                         ("social.example", False), ("ftp://x.nl", False)])
def test_only_https_except_on_this_computer(url: str, ok: bool) -> None:
    if ok:
        assert check_base_url(url) == url.rstrip("/")
    else:
        with pytest.raises(KnownError):
            check_base_url(url)


def test_an_account_keeps_its_token_in_the_keychain_only(store: Store, memory_keyring: MemoryKeyring) -> None:
    channel = add_channel(store, Network.MASTODON, "Mastodon", "geheim-token", base_url="https://social.example")
    assert channel.has_secret and list(memory_keyring.entries.values()) == ["geheim-token"]
    assert b"geheim-token" not in store.path.read_bytes()
    with pytest.raises(KnownError):
        add_channel(store, Network.BLUESKY, "mastodon", "x")  # names are unique, whatever the case
    with pytest.raises(KnownError):
        add_channel(store, Network.FACEBOOK, "Facebook", "")  # a network account needs its secret
    assert add_channel(store, Network.MANUAL, "WhatsApp").base_url == ""
    remove_channel(store, channel)
    assert memory_keyring.entries == {} and [c.name for c in store.find(ChannelAccount)] == ["WhatsApp"]


def test_checking_the_connection_remembers_the_limit_or_the_error(store: Store, server: MastodonServer) -> None:
    channel = add_channel(store, Network.MASTODON, "Mastodon", TOKEN, base_url=server.url)
    info = check_connection(store, channel, datetime(2026, 3, 1, tzinfo=UTC))
    assert info.name == "Gemeente Oosterzande (@oosterzande)"
    assert find_channel(store, "mastodon").max_characters == 1000
    wrong = add_channel(store, Network.MASTODON, "Tweede", "wrong-token", base_url=server.url)
    with pytest.raises(PublishError):
        check_connection(store, wrong, datetime(2026, 3, 1, tzinfo=UTC))
    assert "refused the access token" in find_channel(store, "Tweede").last_error


def test_an_account_is_updated_and_a_new_token_clears_its_error(store: Store, memory_keyring: MemoryKeyring) -> None:
    from services.channels import update_channel

    channel = add_channel(store, Network.MASTODON, "Mastodon", "oud", base_url="https://social.example")
    channel.last_error = "The token was refused."
    store.save(channel)
    now = datetime(2026, 3, 1, tzinfo=UTC)
    assert channel.needs_attention(now)
    update_channel(store, channel, name="Mastodon gemeente", base_url="https://social.example", secret="nieuw")
    assert not channel.needs_attention(now) and list(memory_keyring.entries.values()) == ["nieuw"]
    from datetime import timedelta

    channel.token_expires_at = now + timedelta(days=10)
    assert channel.needs_attention(now)
