"""One running Omroeper per data folder: two writers on one file would undo each other's work.

The lock is Qt's lock file. Beside it the holder leaves a note of what it is (the window, or which command), so
that a second Omroeper can say who holds the folder: "switch to that window" only when it is a window. A command
holds the folder for one run at most (an outbox run starts no request after its budget, and each request has its
own deadline), so the crisis switch's commands (`pause-all`, `resume-all`) wait for it, LOCK_WAIT at most, instead
of refusing at once.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QLockFile

from services.errors import DiskFullError, KnownError, StoreLockedError, translate
from services.store import known_error_for, read_only_error

LOCK_FILE_NAME = "omroeper.lock"
HOLDER_NOTE_NAME = "omroeper.lock-holder"  # JSON: {"pid": …, "command": "" for the window, else its name}
# Longer than a run can hold the folder: the outbox's budget (60 s), one request's deadline after it (30 s, an
# upload a little more), and the rest of the command.
LOCK_WAIT = timedelta(minutes=3)
_COMMANDS = ("publish-due", "pause-all", "resume-all", "channels", "handover", "import-csv")


def acquire(data_dir: Path, *, command: str = "", wait: timedelta | None = None,
            waiting: Callable[[str], None] | None = None) -> QLockFile:
    """Takes the folder's lock or raises a KnownError that says why not. Keep the returned object alive while
    working. `command`: the command that takes it ("" for the window), noted beside the lock for others to read.

    Only a lock held by another running Omroeper is reported as such; a folder that cannot be written to, a full
    disk or anything else that keeps the lock file from being made each has its own message. A lock left by a
    crashed Omroeper is recognised (its process is gone) and taken over. With `wait`, a lock held by a command
    (not a window, which holds it as long as it is open) is waited for that long; `waiting` is told once, with a
    line to show, before the wait begins.
    """
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise folder_error(data_dir, error) from None
    lock = QLockFile(str(data_dir / LOCK_FILE_NAME))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however long it has been held
    if lock.tryLock(100):
        _note_holder(data_dir, command)
        return lock
    problem = lock.error()
    if problem is QLockFile.LockError.LockFailedError:
        holder, pid = _holder(data_dir, lock)
        if wait is not None and holder not in ("", None):
            if waiting is not None:
                waiting(translate("InstanceLock", "Another Omroeper command ({command}, process {pid}) is working "
                                                  "with this data folder; waiting up to {minutes} minutes for it to "
                                                  "finish…").format(command=holder, pid=pid,
                                                                    minutes=round(wait.total_seconds() / 60)))
            if lock.tryLock(int(wait.total_seconds() * 1000)):
                _note_holder(data_dir, command)
                return lock
            problem = lock.error()
            holder, pid = _holder(data_dir, lock)
    if problem is QLockFile.LockError.LockFailedError:
        raise held_error(data_dir, holder, pid)
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


def held_error(data_dir: Path, holder: str | None, pid: int) -> StoreLockedError:
    """The message for a folder another Omroeper holds: its window (switch to it), a command (try again when it
    has finished), or one that did not say what it is."""
    if holder == "":
        return StoreLockedError(translate(
            "InstanceLock", "Omroeper is already running with the data folder {folder}. Switch to that window; two "
                            "copies working on the same data would overwrite each other's changes.").format(
            folder=data_dir))
    if holder:
        return StoreLockedError(translate(
            "InstanceLock", "Another Omroeper command ({command}, process {pid}) is already running with the data "
                            "folder {folder}; two at once would overwrite each other's changes. Try again when it "
                            "has finished.").format(command=holder, pid=pid, folder=data_dir))
    return StoreLockedError(translate(
        "InstanceLock", "Another Omroeper (process {pid}) is already running with the data folder {folder}: its "
                        "window or a command. Two at once would overwrite each other's changes; try again when it "
                        "has finished.").format(pid=pid, folder=data_dir))


def _note_holder(data_dir: Path, command: str) -> None:
    """Notes beside the lock what holds it; a note that cannot be written only makes the message vaguer."""
    try:
        (data_dir / HOLDER_NOTE_NAME).write_text(json.dumps({"pid": os.getpid(), "command": command}),
                                                 encoding="utf-8")
    except OSError:
        pass


def _holder(data_dir: Path, lock: QLockFile) -> tuple[str | None, int]:
    """What holds the lock, from the holder's note: "" for a window, a command's name, or None when that is not
    known (no note, or one left by another process); and the lock's process id (0 when unknown)."""
    info: tuple[object, ...]
    try:
        info = tuple(lock.getLockInfo())  # (pid, host name, process name)
    except (RuntimeError, TypeError, ValueError):
        info = ()
    pid = info[0] if isinstance(info, tuple) and info and isinstance(info[0], int) else 0
    try:
        with open(data_dir / HOLDER_NOTE_NAME, encoding="utf-8") as note_file:
            note = json.loads(note_file.read(4096))
    except (OSError, ValueError):
        return None, pid
    if not isinstance(note, dict) or note.get("pid") != pid or pid == 0:
        return None, pid
    command = note.get("command")
    if command == "" or command in _COMMANDS:
        return str(command), pid
    return None, pid


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
