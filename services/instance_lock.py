"""One running Omroeper per data folder: two writers on one file would undo each other's work."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QLockFile

from services.errors import DiskFullError, KnownError, StoreLockedError, translate
from services.store import known_error_for, read_only_error

LOCK_FILE_NAME = "omroeper.lock"


def acquire(data_dir: Path) -> QLockFile:
    """Takes the folder's lock or raises a KnownError that says why not. Keep the returned object alive while
    working.

    Only a lock held by another running Omroeper is reported as such; a folder that cannot be written to, a full
    disk or anything else that keeps the lock file from being made each has its own message. A lock left by a
    crashed Omroeper is recognised (its process is gone) and taken over.
    """
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise folder_error(data_dir, error) from None
    lock = QLockFile(str(data_dir / LOCK_FILE_NAME))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however long it has been held
    if lock.tryLock(100):
        return lock
    problem = lock.error()
    if problem is QLockFile.LockError.LockFailedError:
        raise StoreLockedError(
            translate(
                "InstanceLock",
                "Omroeper is already running with the data folder {folder}. Switch to that window; "
                "two copies working on the same data would overwrite each other's changes.",
            ).format(folder=data_dir)
        )
    if problem is QLockFile.LockError.PermissionError:
        raise read_only_error(data_dir)
    if _nearly_full(data_dir):
        raise folder_full_error(data_dir)
    raise KnownError(
        translate(
            "InstanceLock",
            "Omroeper could not make its lock file in the data folder {folder}, so it cannot make sure no other "
            "copy works on the same data. Check the folder and the disk, and try again.",
        ).format(folder=data_dir)
    )


def folder_full_error(folder: Path) -> DiskFullError:
    return DiskFullError(translate(
        "InstanceLock", "The disk that holds the data folder {folder} is full, so Omroeper cannot start its work "
                        "there. Your data is intact. Free some space on the disk and start Omroeper again.").format(
        folder=folder))


def folder_error(folder: Path, error: OSError) -> KnownError:
    """The data folder (or its log) cannot be made or written: a full disk, a read-only folder, or else."""
    known = known_error_for(error, folder)
    if isinstance(known, DiskFullError):
        return folder_full_error(folder)
    return known or KnownError(
        translate("InstanceLock", "The data folder {folder} cannot be used: {reason}").format(
            folder=folder, reason=error.strerror or error)
    )


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 64 * 1024
    except OSError:
        return False
