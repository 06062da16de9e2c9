"""Channel accounts: adding, checking and removing them, with their secret in the OS keychain only."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from models.channel import NETWORK_NAMES, ChannelAccount, Network
from services.errors import KnownError, translate
from services.secrets import delete_secret, read_secret, save_secret
from services.store import Store

if TYPE_CHECKING:  # the network clients load `requests` (about 80 ms): not before the first paint
    from services.networks.base import AccountInfo

DEFAULT_BASE_URLS = {Network.BLUESKY: "https://bsky.social"}
ADDRESSED = (Network.MASTODON, Network.BLUESKY)  # the others are reached through their platform's API address
BY_ID = (Network.FACEBOOK, Network.LINKEDIN)  # need the page or organization id
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


def check_base_url(url: str) -> str:
    """The URL as stored: https, or http only for this computer (tests, labs). Anything else is refused."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise KnownError(translate("Channels", "“{url}” is not a web address; it starts with https://.").format(
            url=url))
    if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS:
        raise KnownError(translate("Channels", "Use https:// for {host}: a token must never travel unencrypted."
                                   ).format(host=parts.hostname))
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


def add_channel(store: Store, network: Network, name: str, secret: str = "", *, base_url: str = "",
                handle: str = "", external_id: str = "") -> ChannelAccount:
    """Saves the account, and its secret in the keychain (first: no account without its token)."""
    name = name.strip()
    if not name:
        raise KnownError(translate("Channels", "Give the channel a name."))
    if any(channel.name.lower() == name.lower() for channel in store.find(ChannelAccount)):
        raise KnownError(translate("Channels", "There is already a channel named “{name}”.").format(name=name))
    if network in ADDRESSED:
        base_url = check_base_url(base_url or DEFAULT_BASE_URLS.get(network, ""))
    if network in BY_ID and not external_id.strip().isdigit():
        raise KnownError(translate("Channels", "{network} needs the page or organization id (a number).").format(
            network=NETWORK_NAMES[network]))
    if network is not Network.MANUAL:
        if not secret.strip():
            raise KnownError(translate("Channels", "{network} needs its access token or app password.").format(
                network=NETWORK_NAMES[network]))
    channel = ChannelAccount(network=network, name=name, base_url=base_url, handle=handle.strip(),
                             external_id=external_id.strip())
    if secret.strip():
        save_secret(channel.id, secret.strip())
        channel.has_secret = True
        channel.token_expires_at = _known_expiry(network, store.clock())
    return store.save(channel)


def _known_expiry(network: Network, entered: datetime) -> datetime | None:
    """LinkedIn tokens live 60 days (no refresh for most): counted from their entry, to warn in time."""
    if network is Network.LINKEDIN:
        from services.networks.linkedin import token_expiry

        return token_expiry(entered)
    return None


def update_channel(store: Store, channel: ChannelAccount, *, name: str, base_url: str = "", handle: str = "",
                   external_id: str = "", secret: str = "") -> ChannelAccount:
    """Changes an account; a new secret (when given) replaces the stored one and clears the last error."""
    name = name.strip()
    if not name:
        raise KnownError(translate("Channels", "Give the channel a name."))
    if any(other.id != channel.id and other.name.lower() == name.lower() for other in store.find(ChannelAccount)):
        raise KnownError(translate("Channels", "There is already a channel named “{name}”.").format(name=name))
    if channel.network in ADDRESSED:
        channel.base_url = check_base_url(base_url or DEFAULT_BASE_URLS.get(channel.network, ""))
    channel.name, channel.handle, channel.external_id = name, handle.strip(), external_id.strip()
    if secret.strip():
        save_secret(channel.id, secret.strip())
        channel.has_secret, channel.last_error = True, ""
        channel.token_expires_at = _known_expiry(channel.network, store.clock())
    return store.save(channel)


def remove_channel(store: Store, channel: ChannelAccount) -> None:
    """The account is marked deleted (its posts keep their history); its secret leaves the keychain."""
    if channel.has_secret:
        delete_secret(channel.id)
    store.mark_deleted(channel)


def find_channel(store: Store, name: str) -> ChannelAccount:
    for channel in store.find(ChannelAccount):
        if channel.name.lower() == name.strip().lower():
            return channel
    raise KnownError(translate("Channels", "There is no channel named “{name}”.").format(name=name))


def secret_of(channel: ChannelAccount) -> str:
    secret = read_secret(channel.id) if channel.has_secret else None
    if not secret:
        raise KnownError(translate("Channels", "No access token is stored for {name}. Enter it under Channels."
                                   ).format(name=channel.name))
    return secret


def check_connection_at(store_path: Path, channel_id: str, now: datetime) -> AccountInfo:
    """check_connection on its own connection to the data file, for a background thread."""
    store = Store.open(store_path)
    try:
        channel = store.get(ChannelAccount, channel_id)
        if channel is None:
            raise KnownError(translate("Channels", "This channel no longer exists."))
        return check_connection(store, channel, now)
    finally:
        store.close()


def check_connection(store: Store, channel: ChannelAccount, now: datetime) -> AccountInfo:
    """Asks the network who the token belongs to; remembers the limit it reports, or the error."""
    from services.networks.base import PublishError
    from services.networks.registry import client_for

    try:
        info = client_for(channel).who_am_i()
    except (PublishError, KnownError) as error:
        channel.last_error, channel.last_checked_at = error.message, now
        store.save(channel)
        raise
    channel.last_error, channel.last_checked_at = "", now
    channel.max_characters = info.max_characters or channel.max_characters
    channel.token_expires_at = info.token_expires_at or channel.token_expires_at
    channel.image_limits = info.image_limits.to_json() if info.image_limits else channel.image_limits
    store.save(channel)
    return info
