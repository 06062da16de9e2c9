"""The world's problems, which a person can act on, as opposed to bugs.

A `KnownError` carries a message in the user's language (translated when raised, through Qt's translator
which main.py installs before anything else runs). Anything else that escapes is a bug: it is logged and shown
with the log's path.
"""

from __future__ import annotations

# How the process ends, for the commands and for a window that could not open.
EXIT_OK, EXIT_FAILED, EXIT_REFUSED = 0, 1, 2


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translation lookup; source text (English) when no translator is installed. With `n`, "%n" is
    replaced and the plural form chosen. (QtCore is imported here, on first use, not above: the store and the
    other services that raise these errors load without Qt.)"""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, disambiguation, n)


class KnownError(Exception):
    """A problem of the world (offline, disk full, bad file) with a message a person can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class StoreError(KnownError):
    """The data file cannot be used as it is."""


class NewerStoreError(StoreError):
    """The data file was written by a newer Omroeper; it is left untouched."""


class CorruptStoreError(StoreError):
    """The data file is damaged; a backup can be restored."""


class MissingStoreError(StoreError):
    """The data file is missing or empty while backups with data exist: starting anew would hide them."""


class StoreLockedError(KnownError):
    """Another Omroeper already works on this data folder."""


class StoreBusyError(KnownError):
    """Another program holds the data file for longer than Omroeper waits."""


class DiskFullError(KnownError):
    """Nothing more can be written; what was stored before is intact."""


class ReadOnlyError(KnownError):
    """The data file or its folder cannot be written to (permissions, a read-only disk)."""


class StorageError(KnownError):
    """The disk failed to read or write (a removed USB stick, a network drive gone)."""


class NoKeychainError(KnownError):
    """No usable OS keychain, so secrets cannot be kept."""


class DemoRefusedError(KnownError):
    """Demo data would mix with real data."""
