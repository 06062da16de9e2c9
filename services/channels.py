"""Channel accounts: adding, checking and removing them, with their secret in the OS keychain only."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from models.channel import NETWORK_NAMES, ChannelAccount, ManualNetwork, Network
from models.post import DeliveryState
from services.errors import KnownError, translate
from services.secrets import delete_secret, read_secret, save_secret, without_invisible
from services.store import Store

if TYPE_CHECKING:  # the network clients load `requests`, a slow import: only when a connection is checked
    from services.networks.base import Account, AccountInfo

DEFAULT_BASE_URLS = {Network.BLUESKY: "https://bsky.social"}
ADDRESSED = (Network.MASTODON, Network.BLUESKY)  # the others are reached through their platform's API address
BY_ID = (Network.FACEBOOK, Network.LINKEDIN)  # need the page or organization id
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
MAX_TOKEN = 4096  # characters; the networks' tokens are a few hundred at most
# A Bluesky app password: four groups of four letters or digits. The account's own password is refused: it opens
# everything (changing the password, deleting the account), and the README promises it is never asked for.
_APP_PASSWORD = re.compile(r"[A-Za-z0-9]{4}(?:-[A-Za-z0-9]{4}){3}")
# Quotation marks a token is pasted between (or that come with it from a document): none is part of a token.
_QUOTES = frozenset("\"'`“”„‟‘’‚‛«»‹›")
# What is written before a token in an HTTP header, a configuration line or an address: "Bearer ",
# "Authorization: Bearer ", "access_token=" (also after the "#" or "?" of an address).
_TOKEN_PREFIX = re.compile(r"((?:authorization\s*:\s*)?bearer\s+|[#?&]?access_token\s*[=:]\s*)", re.IGNORECASE)
_HOST_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
# An access_token parameter anywhere in an address (at the start it is a prefix: _TOKEN_PREFIX).
_PARAMETER = re.compile(r"[#?&]access_token=", re.IGNORECASE)
# What a sentence, a list or a configuration line puts after a token (left out there); no token has it inside.
_AFTER_TOKEN = ";,"


def _token_in_address(network: Network, text: str, notes: list[str]) -> str:
    """The token out of a whole address it was copied from (…/me?access_token=…, or the …#access_token=…&expires_in=…
    a login page leaves in the address bar) or out of a JSON answer ({"access_token": "…", …}); anything else as
    it is. An address without a token in it is refused: it is no token."""
    found: list[str] = []
    if text.startswith("{"):
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        if isinstance(value, dict) and isinstance(value.get("access_token"), str):
            found = [value["access_token"]]
    elif "://" in text or (_PARAMETER.search(text) and not _TOKEN_PREFIX.match(text)):
        parts = urlsplit(text)
        for part in (parts.query, parts.fragment):
            found += parse_qs(part).get("access_token", [])
        if not found and "://" in text:
            raise KnownError(translate(
                "Channels", "This is a web address, not a {network} token: copy the token itself (or the whole "
                            "address with access_token= in it).").format(
                network=NETWORK_NAMES.get(network, network.value)))
    if not found:
        return text
    if len(set(found)) > 1:
        raise KnownError(translate("Channels", "The pasted text holds two different tokens; copy just the one to "
                                               "use."))
    notes.append(translate("Channels", "The token is taken out of the address (or the answer) it was copied from: "
                                       "its access_token."))
    return found[0].strip()


def clean_token(network: Network, pasted: str) -> str:
    """The token or app password as it is stored (see read_token); "" when nothing remains."""
    return read_token(network, pasted)[0]


def read_token(network: Network, pasted: str) -> tuple[str, list[str]]:
    """The token or app password as it is stored, and a note per kind of thing left out of what was pasted:
    what copying from a PDF, a mail or a chat adds (invisible characters, a line break in the middle, a trailing
    NBSP), quotation marks around it, and a leading `Bearer ` or `access_token=` (with what follows an `&` after
    that, as in an address the token was copied from). Raises KnownError, without quoting the token, when what
    remains cannot be one; returns ("", notes) when nothing remains."""
    notes: list[str] = []
    token = without_invisible(pasted)
    if token != pasted:
        notes.append(translate("Channels", "Spaces, line breaks and invisible characters that came with the paste "
                                           "are left out."))
    token = _token_in_address(network, token, notes)
    for _round in range(3):  # "Bearer 'abc'", 'access_token="abc"': each layer once
        found = _TOKEN_PREFIX.match(token)
        if found:
            token = token[found.end():].strip()
            if "bearer" in found.group(1).lower():
                notes.append(translate("Channels", "“Bearer” before the token is left out."))
            else:
                token = token.split("&", 1)[0]  # the address's next parameter (&expires_in=…)
                notes.append(translate("Channels", "“access_token=” before the token is left out."))
            continue
        if len(token) >= 2 and token[0] in _QUOTES and token[-1] in _QUOTES:
            token = token[1:-1].strip()
            notes.append(translate("Channels", "The quotation marks around the token are left out."))
            continue
        break
    if token[-1:] in _AFTER_TOKEN:
        token = token.rstrip(_AFTER_TOKEN).rstrip()
        notes.append(translate("Channels", "The “;” or “,” after the token is left out."))
    if not token:
        return "", notes
    network_name = NETWORK_NAMES.get(network, network.value)
    if len(token) > MAX_TOKEN:
        raise KnownError(translate("Channels", "The pasted text is far longer than a {network} token; copy just "
                                               "the token.").format(network=network_name))
    if any(char in _QUOTES for char in token):
        raise KnownError(translate("Channels", "The pasted token holds a quotation mark, which no {network} token "
                                               "has; copy just the token, without quotes.").format(
            network=network_name))
    if network is Network.BLUESKY:
        if not _APP_PASSWORD.fullmatch(token):
            raise KnownError(translate(
                "Channels", "This is not a Bluesky app password (those look like xxxx-xxxx-xxxx-xxxx). Make one "
                            "under Settings > Privacy and security > App passwords. Omroeper never takes the "
                            "account's own password: it opens everything, up to deleting the account."))
        return token, notes
    if any(char.isspace() for char in token):
        raise KnownError(translate("Channels", "The pasted token has a space in the middle, which no {network} "
                                               "token has; copy it again, in one piece.").format(network=network_name))
    for char in _AFTER_TOKEN:
        if char in token:
            raise KnownError(translate("Channels", "The pasted token holds a “{char}”, which no {network} token "
                                                   "has: copy just the token.").format(char=char,
                                                                                       network=network_name))
    if any(unicodedata.category(char) == "Cc" for char in token):
        raise KnownError(translate("Channels", "The pasted token holds a control character, which no {network} "
                                               "token has; copy it again.").format(network=network_name))
    if not all("!" <= char <= "~" for char in token):
        raise KnownError(translate("Channels", "The pasted token holds a letter with an accent or a sign from "
                                               "outside plain ASCII, which no {network} token has; copy it again."
                                   ).format(network=network_name))
    return token, notes


def check_base_url(url: str) -> str:
    """The server's address as it is stored: its root, https (http only on this computer, for tests and labs),
    the host in its ASCII form.

    Refused, each with its own message: an address that is not http(s); a user name or password in it
    (https://user:pass@host: it would travel with every request and land in logs); a query or fragment (?…, #…);
    a path, since Mastodon and a Bluesky PDS both answer at the server's root (/api/…, /xrpc/…): a profile
    address such as https://social.example/@gemeente is refused with the root to use instead. A host written
    with non-ASCII letters is kept as punycode (xn--…), the form the request goes out with, so that a look-alike
    letter (a Cyrillic о in “sоcial”) shows in the Channels tab instead of hiding.
    """
    text = without_invisible(url)
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or \
            any(char.isspace() or unicodedata.category(char) == "Cc" for char in text):
        raise KnownError(translate("Channels", "That is not a web address; the server's address starts with "
                                               "https://, for example https://social.example."))
    if "@" in parts.netloc:
        raise KnownError(translate("Channels", "The address holds a user name or password (the part before "
                                               "“@”). Omroeper never sends those in an address: remove that part."))
    try:
        port = parts.port
    except ValueError:
        port = 0
    host = _ascii_host(parts.hostname or "")
    if port == 0 or not host:
        raise KnownError(translate("Channels", "That is not a web address; the server's address starts with "
                                               "https://, for example https://social.example."))
    scheme = parts.scheme.lower()
    if scheme == "http" and host not in LOCAL_HOSTS:
        raise KnownError(translate("Channels", "Use https:// for {host}: a token must never travel unencrypted."
                                   ).format(host=host))
    root = f"{scheme}://{f'[{host}]' if ':' in host else host}{f':{port}' if port else ''}"
    if parts.query or parts.fragment or "?" in text or "#" in text or parts.path not in ("", "/"):
        raise KnownError(translate("Channels", "Give the server's own address, {root}, without anything after it: "
                                               "Omroeper talks to the server, not to a page on it.").format(root=root))
    return root


def _ascii_host(host: str) -> str:
    """The host name in the ASCII form a request uses (IDNA 2008, as requests itself sends it), or "" when it is
    no host name or IP address."""
    import ipaddress

    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    host = host.lower().rstrip(".")
    if not host.isascii():
        import idna

        try:
            host = idna.encode(host, uts46=True).decode("ascii")
        except idna.IDNAError:
            return ""
    labels = host.split(".")
    if len(host) > 253 or not all(_HOST_LABEL.fullmatch(label) for label in labels):
        return ""
    return host


def add_channel(store: Store, network: Network, name: str, secret: str = "", *, base_url: str = "",
                handle: str = "", external_id: str = "",
                manual_network: ManualNetwork = ManualNetwork.OTHER) -> ChannelAccount:
    """Saves the account, and its secret in the keychain (first: no account without its token). A channel posted
    to by hand (MANUAL) may say which network it is for (`manual_network`): that network's counting rule holds."""
    name = name.strip()
    if not name:
        raise KnownError(translate("Channels", "Give the channel a name."))
    _check_manual_network(network, manual_network)
    if any(channel.name.lower() == name.lower() for channel in store.find(ChannelAccount)):
        raise KnownError(translate("Channels", "There is already a channel named “{name}”.").format(name=name))
    if network in ADDRESSED:
        base_url = check_base_url(base_url or DEFAULT_BASE_URLS.get(network, ""))
    if network in BY_ID and not external_id.strip().isdigit():
        raise KnownError(translate("Channels", "{network} needs the page or organization id (a number).").format(
            network=NETWORK_NAMES[network]))
    secret = clean_token(network, secret)
    if network is not Network.MANUAL and not secret:
        raise KnownError(translate("Channels", "{network} needs its access token or app password.").format(
            network=NETWORK_NAMES[network]))
    channel = ChannelAccount(network=network, name=name, base_url=base_url, handle=handle.strip(),
                             external_id=external_id.strip(), manual_network=manual_network)
    if secret:
        save_secret(channel.id, secret)
        channel.has_secret = True
        channel.token_expires_at = _known_expiry(network, store.clock())
    return store.save(channel)


def _check_manual_network(network: Network, manual_network: ManualNetwork) -> None:
    if network is not Network.MANUAL and manual_network is not ManualNetwork.OTHER:
        raise KnownError(translate("Channels", "Only a channel posted to by hand is for another network; Omroeper "
                                               "posts to {network} itself.").format(
            network=NETWORK_NAMES.get(network, network.value)))


def _known_expiry(network: Network, entered: datetime) -> datetime | None:
    """LinkedIn tokens live 60 days (no refresh for most): counted from their entry, to warn in time."""
    if network is Network.LINKEDIN:
        from services.networks.linkedin import token_expiry

        return token_expiry(entered)
    return None


def update_channel(store: Store, channel: ChannelAccount, *, name: str, base_url: str = "", handle: str = "",
                   external_id: str = "", secret: str = "",
                   manual_network: ManualNetwork | None = None) -> ChannelAccount:
    """Changes an account; a new secret (when given) replaces the stored one and clears the last error. For a
    channel posted to by hand, `manual_network` (when given) changes which network it is for."""
    name = name.strip()
    if not name:
        raise KnownError(translate("Channels", "Give the channel a name."))
    if manual_network is not None:
        _check_manual_network(channel.network, manual_network)
    if any(other.id != channel.id and other.name.lower() == name.lower() for other in store.find(ChannelAccount)):
        raise KnownError(translate("Channels", "There is already a channel named “{name}”.").format(name=name))
    if channel.network in ADDRESSED:
        base_url = check_base_url(base_url or DEFAULT_BASE_URLS.get(channel.network, ""))
    if secret.strip():  # an empty field keeps the stored secret
        secret = clean_token(channel.network, secret)
        if not secret:
            raise KnownError(translate("Channels", "{network} needs its access token or app password.").format(
                network=NETWORK_NAMES.get(channel.network, channel.network.value)))
    before = (channel.base_url, channel.handle, channel.external_id)
    if channel.network in ADDRESSED:
        channel.base_url = base_url
    channel.name, channel.handle, channel.external_id = name, handle.strip(), external_id.strip()
    if manual_network is not None:
        channel.manual_network = manual_network
    other_account = (channel.base_url, channel.handle, channel.external_id) != before
    if other_account:
        # Another server, login or page is another account: it is learned anew at the next check. (A new token
        # alone never changes the account: a token of another account is refused, see account_problem.)
        channel.account_id, channel.account_name = "", ""
    if secret.strip():
        save_secret(channel.id, secret)
        channel.has_secret, channel.last_error = True, ""
        channel.token_expires_at = _known_expiry(channel.network, store.clock())
    with store.transaction():
        if other_account:  # where the old account's inbox was read up to means nothing on the new one (a
            # Mastodon cursor of a big server lies past every id of a small one): its first fetch comes next
            store.conn.execute("DELETE FROM inbox_sync WHERE channel_id = ?", [channel.id])
        return store.save(channel)


def remove_channel(store: Store, channel: ChannelAccount) -> int:
    """Removes the account: marked deleted (its posts keep their history), and its token leaves the keychain.

    Posts already handed to the network's own schedule would still go out there, and only the token can take them
    back. So while the network holds posts of ours for this account (or a post's outcome is still open), the
    token stays in the keychain: the next outbox run takes those posts back (each one it cannot is named in its
    report, with when the network publishes it), and the run after which nothing is left deletes the token. The
    Channels tab and `channels list` show such an account as removed, with how many posts are left to take back.
    Returns that number (0: the token is gone already)."""
    held = posts_held_for(store, channel.id)
    if channel.has_secret and not held:
        delete_secret(channel.id)
        channel.has_secret = False
    store.mark_deleted(channel)
    return held


_HELD_STATES = (DeliveryState.SCHEDULED_REMOTE.value, DeliveryState.SENDING.value)


def posts_held_for(store: Store, channel_id: str) -> int:
    """How many variants of this account (deleted ones too) a network holds in its schedule, or may have received
    (outcome still open): what its token is still needed for."""
    return int(store.query_tuples("SELECT count(*) FROM variants WHERE channel_id = ? AND state IN (?, ?)",
                                  [channel_id, *_HELD_STATES])[0][0])


def removed_but_holding(store: Store) -> list[tuple[ChannelAccount, int]]:
    """Removed accounts whose token is still kept, with how many posts their network still holds (by name)."""
    found = []
    for channel in store.find(ChannelAccount, "deleted_at IS NOT NULL", include_deleted=True, order_by="name"):
        held = posts_held_for(store, channel.id)
        if held and channel.has_secret:
            found.append((channel, held))
    return found


def release_removed_tokens(store: Store) -> None:
    """Deletes the token of every removed account whose network holds nothing more of ours (the outbox calls this
    after each run). Raises KnownError when the keychain refuses; the next run tries again."""
    for channel in store.find(ChannelAccount, "deleted_at IS NOT NULL", include_deleted=True):
        if channel.has_secret and not posts_held_for(store, channel.id):
            delete_secret(channel.id)
            store.update_fields(channel, has_secret=False)


def channels_by_name(store: Store) -> list[ChannelAccount]:
    """The municipality's channel accounts (removed ones left out), by name: as every list of channels shows them."""
    return store.find(ChannelAccount, order_by="name")


def find_channel(store: Store, name: str) -> ChannelAccount:
    for channel in store.find(ChannelAccount):
        if channel.name.lower() == name.strip().lower():
            return channel
    raise KnownError(translate("Channels", "There is no channel named “{name}”.").format(name=name))


def check_connection_at(store_path: Path, channel_id: str, now: datetime) -> AccountInfo:
    """check_connection on its own connection to the data file, for a background thread."""
    store = Store.open(store_path, create=False)  # a vanished data file is an error here, not a new calendar
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
        problem = account_problem(channel, info.account) if info.account is not None else ""
        if problem:
            raise KnownError(problem)
    except (PublishError, KnownError) as error:
        _leave_out_secret(error, channel)
        channel.last_error, channel.last_checked_at = error.message, now
        store.save(channel)
        raise
    if info.account is not None:
        channel.account_id, channel.account_name = info.account.id, info.account.name
    channel.last_error, channel.last_checked_at = "", now
    channel.max_characters = info.max_characters or channel.max_characters
    channel.token_expires_at = info.token_expires_at or channel.token_expires_at
    channel.image_limits = info.image_limits.to_json() if info.image_limits else channel.image_limits
    store.save(channel)
    return info


def expected_account(channel: ChannelAccount) -> str:
    """The network's id of the account this channel posts to: the one it was set up for (learned at "Test
    connection" or on first use), else for a page or organization the id entered with it; "" while unknown."""
    if channel.account_id:
        return channel.account_id
    return channel.external_id if channel.network in BY_ID else ""


def account_problem(channel: ChannelAccount, account: Account) -> str:
    """"" when the token belongs to the account this channel was set up for (or that is not known yet); else the
    message that says whose it is. Such a token sends nothing and takes nothing back: with it the network would
    answer "not found" for the municipality's own scheduled posts, and post in the wrong name."""
    expected = expected_account(channel)
    if not expected or account.id == expected:
        return ""
    network = NETWORK_NAMES.get(channel.network, channel.network.value)
    found = f"{account.name} ({account.id})" if account.name and account.name != account.id else account.id
    if channel.network in BY_ID and not channel.account_id:
        return translate(
            "Channels", "The token entered for {channel} belongs to {found}, not to the {network} page or "
                        "organization {expected} that this channel posts to (a user token instead of a Page token "
                        "does this too). Nothing was sent or taken back with it. Enter the token of {expected} "
                        "under Channels.").format(channel=channel.name, found=found, network=network,
                                                  expected=expected)
    wanted = channel.account_name or expected
    return translate(
        "Channels", "The token entered for {channel} belongs to {found}, not to {expected}, the {network} account "
                    "this channel was set up for. Nothing was sent or taken back with it. Enter a token of "
                    "{expected} under Channels; to post as {found} instead, add it as a channel of its own.").format(
        channel=channel.name, found=found, expected=wanted, network=network)


def _leave_out_secret(error: KnownError, channel: ChannelAccount) -> None:
    """A server's error text may quote what it was sent (a hostile or careless one the token itself): the
    message goes into the data file, the log and a handover file, so the token is blanked out of it."""
    try:
        secret = read_secret(channel.id) if channel.has_secret else None
    except KnownError:
        return
    if not secret or len(secret) < 4:
        return
    message = error.message
    for form in {secret, without_invisible(secret)}:
        if form:
            message = message.replace(form, "•••")
    error.message, error.args = message, (message,)
