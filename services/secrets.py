"""Secrets (tokens, app passwords) in the OS keychain, never in the data file, the log or an export.

Each secret is stored under the service name "omroeper" with the owning record's UUID as the user name; the
record itself only says that a secret exists. Without a secure keychain, saving fails with a message that says
what to install: there is no plain-text fallback.
"""

from __future__ import annotations

from typing import Any

from services.errors import KnownError, NoKeychainError, translate

SERVICE_NAME = "omroeper"

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
