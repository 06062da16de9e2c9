from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from models.channel import ChannelAccount, Network
from services.errors import NoKeychainError
from services.secrets import SERVICE_NAME, delete_secret, read_secret, save_secret
from services.store import Store
from tests.conftest import MemoryKeyring

TOKEN = "mastodon-token-Zq8v3KpLx1"


def all_store_bytes(path: Path) -> bytes:
    """The data file and its WAL, where fresh writes live before a checkpoint."""
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def test_a_secret_lives_in_the_keychain_under_the_record_id_and_never_in_the_file(
    store: Store, memory_keyring: MemoryKeyring
) -> None:
    channel = ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url="https://social.example")
    save_secret(channel.id, TOKEN)
    channel.has_secret = True
    store.save(channel)
    assert memory_keyring.entries == {(SERVICE_NAME, channel.id): TOKEN}
    assert read_secret(channel.id) == TOKEN
    assert TOKEN.encode() not in all_store_bytes(store.path)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert TOKEN.encode() not in all_store_bytes(store.path)


def test_deleting_a_secret_removes_it_and_is_quiet_when_there_is_none(memory_keyring: MemoryKeyring) -> None:
    save_secret("record-1", TOKEN)
    delete_secret("record-1")
    delete_secret("record-1")
    assert read_secret("record-1") is None
    assert memory_keyring.entries == {}


def test_without_a_keychain_saving_fails_with_what_to_install() -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(NoKeychainError) as caught:
        save_secret("record-1", TOKEN)
    assert "keychain" in caught.value.message and "gnome-keyring" in caught.value.message


def test_a_plain_text_keyring_is_refused() -> None:
    class PlaintextKeyring(MemoryKeyring):
        """Stands for keyrings.alt's file backend: secrets readable on disk."""

    keyring.set_keyring(PlaintextKeyring())
    with pytest.raises(NoKeychainError):
        save_secret("record-1", TOKEN)
