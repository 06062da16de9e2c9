"""The client for a channel account, with its secret from the keychain."""

from __future__ import annotations

from models.channel import NETWORK_NAMES, ChannelAccount, Network
from services.errors import KnownError, translate
from services.networks.base import NetworkClient
from services.secrets import secret_of


def client_for(channel: ChannelAccount) -> NetworkClient:
    """The network client that posts to this account, with the account's secret from the keychain."""
    if channel.network is Network.MASTODON:
        from services.networks.mastodon import MastodonClient

        return MastodonClient(channel.base_url, secret_of(channel))
    if channel.network is Network.BLUESKY:
        from services.networks.bluesky import BlueskyClient

        return BlueskyClient(channel.base_url, channel.handle, secret_of(channel))
    if channel.network is Network.FACEBOOK:
        from services.networks.facebook import FacebookClient

        return FacebookClient(channel.external_id, secret_of(channel))
    if channel.network is Network.LINKEDIN:
        from services.networks.linkedin import LinkedInClient

        return LinkedInClient(channel.external_id, secret_of(channel))
    if channel.network is Network.MANUAL:
        raise KnownError(translate("Networks", "{name} is posted by hand.").format(name=channel.name))
    raise KnownError(translate(
        "Networks", "Publishing to {network} is not built yet: post {name} by hand for now.").format(
        network=NETWORK_NAMES.get(channel.network, channel.network.value), name=channel.name))
