"""The client for a channel account: the network's own client with the token from the keychain, or a message that
says why there is none."""

from __future__ import annotations

import pytest

from models.channel import ChannelAccount, ManualNetwork, Network
from services.channels import add_channel
from services.errors import KnownError
from services.networks.registry import client_for
from services.store import Store
from tests.conftest import MemoryKeyring
from tests.services.mastodon_server import TOKEN, MastodonServer


def test_a_mastodon_account_gets_a_client_that_speaks_with_its_token(store: Store, server: MastodonServer,
                                                                     memory_keyring: MemoryKeyring) -> None:
    channel = add_channel(store, Network.MASTODON, "Mastodon", TOKEN, base_url=server.url)
    assert client_for(channel).who_am_i().name == "Gemeente Oosterzande (@oosterzande)"


def test_a_token_pasted_before_tokens_were_cleaned_still_works(store: Store, server: MastodonServer,
                                                               memory_keyring: MemoryKeyring) -> None:
    channel = add_channel(store, Network.MASTODON, "Mastodon", TOKEN, base_url=server.url)
    memory_keyring.set_password("omroeper", channel.id, f"\u200b{TOKEN}\r\n ")  # as an old version kept it
    assert client_for(channel).who_am_i().name == "Gemeente Oosterzande (@oosterzande)"


def test_an_account_without_a_stored_token_is_told_to_enter_it(store: Store) -> None:
    channel = ChannelAccount(network=Network.FACEBOOK, name="Facebook", external_id="104857600012345")
    with pytest.raises(KnownError, match="No access token is stored for Facebook. Enter it under Channels."):
        client_for(channel)


def test_a_channel_posted_by_hand_has_no_client() -> None:
    channel = ChannelAccount(network=Network.MANUAL, name="Instagram", manual_network=ManualNetwork.INSTAGRAM)
    with pytest.raises(KnownError, match="Instagram is posted by hand"):
        client_for(channel)


def test_a_network_omroeper_does_not_post_to_itself_says_so() -> None:
    with pytest.raises(KnownError, match="Publishing to Threads is not built yet: post Buurt by hand for now."):
        client_for(ChannelAccount(network=Network.THREADS, name="Buurt"))
