"""Secrets (tokens, app passwords) in the OS keychain, never in the data file, the log or an export.

Each secret is stored under the service name "omroeper" with the owning record's UUID as the user name; the
record itself only says that a secret exists. Without a secure keychain, saving fails with a message that says
what to install: there is no plain-text fallback.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from models.channel import ChannelAccount
from services.errors import KnownError, NoKeychainError, translate

SERVICE_NAME = "omroeper"

# Whitespace around a line break (a token wrapped in a PDF or an e-mail), and the line break itself.
_WRAPPED = re.compile(r"\s*[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]\s*")

# Backends that do not keep a secret safely (or at all).
_UNSAFE_BACKEND_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _is_safe(backend: Any) -> bool:
    module = type(backend).__module__
    if module.startswith(_UNSAFE_BACKEND_MODULES) or "plaintext" in type(backend).__name__.lower():
        return False
    nested = getattr(backend, "backends", None)  # keyring's chainer
    if nested is not None:
        return bool(nested) and all(_is_safe(inner) for inner in nested)
    return True


def _keyring() -> Any:
    import keyring

    backend = keyring.get_keyring()
    if not _is_safe(backend):
        raise NoKeychainError(
            translate(
                "Secrets",
                "No secure keychain was found on this computer, so the token cannot be saved. "
                "Windows and macOS have one built in; on Linux install and unlock GNOME Keyring "
                "(package gnome-keyring) or KWallet, then start Omroeper again.",
            )
        )
    return backend


def _keychain_failed(exc: Exception) -> KnownError:
    return KnownError(
        translate("Secrets", "The keychain refused the request ({reason}). Unlock it and try again.").format(
            reason=type(exc).__name__
        )
    )


def save_secret(record_id: str, secret: str) -> None:
    import keyring.errors

    backend = _keyring()
    try:
        backend.set_password(SERVICE_NAME, record_id, secret)
    except keyring.errors.KeyringError as exc:
        raise _keychain_failed(exc) from None


def read_secret(record_id: str) -> str | None:
    import keyring.errors

    backend = _keyring()
    try:
        value = backend.get_password(SERVICE_NAME, record_id)
    except keyring.errors.KeyringError as exc:
        raise _keychain_failed(exc) from None
    return None if value is None else str(value)


def delete_secret(record_id: str) -> None:
    import keyring.errors

    backend = _keyring()
    try:
        backend.delete_password(SERVICE_NAME, record_id)
    except keyring.errors.PasswordDeleteError:
        pass  # nothing stored: already gone
    except keyring.errors.KeyringError as exc:
        raise _keychain_failed(exc) from None


def without_invisible(text: str) -> str:
    """The text without format characters (zero-width space, joiner and non-joiner, byte order mark, soft hyphen,
    bidi marks and isolates: none is ever part of a token or an address), line breaks with the spaces around
    them, and whitespace (NBSP too) at either end: what a paste from a PDF, a mail or a chat adds."""
    visible = "".join(char for char in text if unicodedata.category(char) != "Cf")
    return _WRAPPED.sub("", visible).strip()


def secret_of(channel: ChannelAccount) -> str:
    """The stored secret of a channel account, without what a paste may have added before tokens were cleaned on
    entry (a line break or a space at the end would otherwise make requests quote the whole token in its error)."""
    secret = read_secret(channel.id) if channel.has_secret else None
    secret = without_invisible(secret) if secret else None
    if not secret:
        raise KnownError(translate("Channels", "No access token is stored for {name}. Enter it under Channels."
                                   ).format(name=channel.name))
    return secret
