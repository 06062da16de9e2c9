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


class UnkeepableError(KnownError):
    """A record the officer made breaks a rule a handover file is read by (too long, too many tags): it is refused
    rather than stored to be left out of every handover (services/records.py)."""


class DemoRefusedError(KnownError):
    """Demo data would mix with real data."""


def os_reason(error: OSError) -> str:
    """Why a file could not be read or written, in the interface's language where it is one the officer can act on
    (a full disk, no permission, a read-only disk, a missing folder); otherwise the system's own words."""
    import errno

    words = {
        errno.ENOSPC: translate("Files", "the disk is full"),
        errno.EDQUOT: translate("Files", "the disk quota is used up"),
        errno.EACCES: translate("Files", "there is no permission to write there"),
        errno.EPERM: translate("Files", "there is no permission to write there"),
        errno.EROFS: translate("Files", "the disk is read-only"),
        errno.ENOENT: translate("Files", "the folder does not exist"),
        errno.EISDIR: translate("Files", "that is a folder, not a file"),
        errno.ENOTDIR: translate("Files", "a part of the path is a file, not a folder"),
        errno.ENAMETOOLONG: translate("Files", "the name is too long"),
    }
    return words.get(error.errno or 0) or error.strerror or type(error).__name__
