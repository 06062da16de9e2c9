"""One running Omroeper per data folder: two writers on one file would undo each other's work.

The lock is Qt's lock file. Beside it the holder leaves a note of what it is (the window, or which command), so
that a second Omroeper can say who holds the folder: "switch to that window" only when it is a window. A command
holds the folder for one run at most (an outbox run starts no request after its budget, and no request takes
longer than LONGEST_REQUEST), so the crisis switch's commands (`pause-all`, `resume-all`) wait for it, LOCK_WAIT
at most, instead of refusing at once. `pause-all` does not even wait to pause: beside a running `publish-due` it
marks the posts paused at once (paused_at_once) and waits only to take back what the networks hold.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile

from services.errors import DiskFullError, KnownError, StoreLockedError, os_reason, translate
from services.store import Store, known_error_for, read_only_error

if TYPE_CHECKING:
    from services.crisis import PauseReport

LOCK_FILE_NAME = "omroeper.lock"
HOLDER_NOTE_NAME = "omroeper.lock-holder"  # JSON: {"pid": …, "command": "" for the window, else its name}
# How long a command's run can hold the folder: the outbox starts no request after its budget (RUN_BUDGET in
# services/outbox_sending.py), and the last one it started may take LONGEST_REQUEST (services/networks/http.py),
# uploads included. (Written out here: the window takes the lock at start, before those modules are worth loading.)
RUN_SECONDS = 60
REQUEST_SECONDS = 120
# The crisis switch waits that long, and a minute for the rest of the command (fitting an image, writing the
# results).
LOCK_WAIT = timedelta(seconds=RUN_SECONDS + REQUEST_SECONDS + 60)
_COMMANDS = ("publish-due", "pause-all", "resume-all", "channels", "handover", "import-csv")
# Commands beside whose run `pause-all` pauses at once: they write only the outbox's own columns and read each post
# again right before they send it, so a post paused meanwhile is not sent. (A handover or CSV import writes whole
# posts, a resume clears the pause: those are waited for first.)
PAUSES_BESIDE = ("publish-due", "pause-all")


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
                                                  "finish (a run of the outbox starts no request after {run} "
                                                  "seconds, and no request takes longer than {request} seconds)…"
                                  ).format(command=holder, pid=pid, minutes=round(wait.total_seconds() / 60),
                                           run=RUN_SECONDS, request=REQUEST_SECONDS))
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


@contextmanager
def paused_at_once(store: Store, data_dir: Path, reason: str, say: Callable[[str], None]) -> Iterator[PauseReport]:
    """`pause-all`'s own way to the data folder: every scheduled post is paused at once, and the folder's lock is
    held for the block, in which what the networks hold is taken back.

    Free: the lock is taken and the posts paused. Held by a `publish-due` run (PAUSES_BESIDE): the posts are paused
    at once, without the lock (one short transaction, which SQLite itself puts after any write of that run; the run
    reads each post again right before it sends it, so it sends none of them), said with `say`, and then the lock
    is waited for, LOCK_WAIT at most (the run's budget and its last request's longest time), only for the take-back.
    Held by the window: refused at once (its own Pause all is the way; its composer could save a post over the
    pause). Held by another command: waited for, then paused. Raises StoreLockedError (or another KnownError) when
    the lock cannot be had; after a pause at once, its message says the posts are paused here.
    """
    from services.crisis import pause_all

    try:
        lock = acquire(data_dir, command="pause-all")
    except StoreLockedError:
        holder, pid = _holder(data_dir, QLockFile(str(data_dir / LOCK_FILE_NAME)))
        if holder not in PAUSES_BESIDE:
            lock = acquire(data_dir, command="pause-all", wait=LOCK_WAIT, waiting=say)
        else:
            report = pause_all(store, store.clock(), reason)
            say(translate("InstanceLock", "Paused at once: {posts} posts. The run of {command} (process {pid}) that "
                                          "is busy now sends none of them; what the networks hold in their own "
                                          "schedules is taken back once it has ended.").format(
                posts=report.posts, command=holder, pid=pid))
            try:
                lock = acquire(data_dir, command="pause-all", wait=LOCK_WAIT, waiting=say)
            except KnownError as error:
                raise StoreLockedError(error.message + " " + translate(
                    "InstanceLock", "The {posts} posts stay paused here, but what a network holds in its own "
                                    "schedule was not taken back yet: run pause-all again when that command has "
                                    "finished.").format(posts=report.posts)) from None
            try:
                yield report
            finally:
                release(lock, data_dir)
            return
    try:
        yield pause_all(store, store.clock(), reason)
    finally:
        release(lock, data_dir)


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


def release(lock: QLockFile, data_dir: Path) -> None:
    """Lets go of the folder: the holder's note first (only this process's own: a note another Omroeper wrote is
    left alone), then the lock, so that a folder nobody works in holds neither."""
    note = _read_note(data_dir)
    if note is not None and note.get("pid") == os.getpid():
        try:
            (data_dir / HOLDER_NOTE_NAME).unlink()
        except OSError:
            pass  # a note left behind names a process that no longer holds the lock: it is not believed
    lock.unlock()


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
    note = _read_note(data_dir)
    if note is None or note.get("pid") != pid or pid == 0:
        return None, pid
    command = note.get("command")
    if command == "" or command in _COMMANDS:
        return str(command), pid
    return None, pid


def _read_note(data_dir: Path) -> dict[str, object] | None:
    """The holder's note beside the lock, or None when there is none that can be read as one."""
    try:
        with open(data_dir / HOLDER_NOTE_NAME, encoding="utf-8") as note_file:
            note = json.loads(note_file.read(4096))
    except (OSError, ValueError):
        return None
    return note if isinstance(note, dict) else None


def folder_full_error(folder: Path) -> DiskFullError:
    return DiskFullError(translate(
        "InstanceLock", "The disk that holds the data folder {folder} is full, so Omroeper cannot start its work "
                        "there. Your data is intact. Free some space on the disk and start Omroeper again.").format(
        folder=folder))


def folder_error(folder: Path, error: OSError) -> KnownError:
    """The data folder (or its log) cannot be made or written: a full disk, a read-only folder, or else."""
    if folder.exists() and not folder.is_dir():
        return KnownError(translate(
            "InstanceLock", "{folder} is a file, not a folder: Omroeper keeps its data in a folder. Give another "
                            "folder, or move the file away.").format(folder=folder))
    known = known_error_for(error, folder)
    if isinstance(known, DiskFullError):
        return folder_full_error(folder)
    return known or KnownError(
        translate("InstanceLock", "The data folder {folder} cannot be used: {reason}").format(
            folder=folder, reason=os_reason(error))
    )


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 64 * 1024
    except OSError:
        return False
