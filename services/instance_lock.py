"""One running Omroeper per data folder: two writers on one file would undo each other's work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from services.errors import StoreLockedError, translate

LOCK_FILE_NAME = "omroeper.lock"


def acquire(data_dir: Path) -> QLockFile:
    """Takes the folder's lock or raises StoreLockedError. Keep the returned object alive while working.

    A lock left by a crashed Omroeper is recognised (its process is gone) and taken over.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data_dir / LOCK_FILE_NAME))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however long it has been held
    if not lock.tryLock(100):
        raise StoreLockedError(
            translate(
                "InstanceLock",
                "Omroeper is already running with the data folder {folder}. Switch to that window; "
                "two copies working on the same data would overwrite each other's changes.",
            ).format(folder=data_dir)
        )
    return lock
