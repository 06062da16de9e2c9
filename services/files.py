"""Writing files the officer asked for (exports, handovers, archives) without ever leaving half of one behind, and
without ever writing over what is not the officer's to lose.

Every such file is first written to a new temporary name beside the target, made for this one write (never an
existing file or link of that name, which another program or person may own, and never shared by two writes at
once), then moved into place. A target that is a database (Omroeper's data file, a backup of it, or the journal
beside one) is refused: an export chosen over the data file by a slip in a file dialog would have destroyed every
post."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from services.errors import KnownError, os_reason, translate

# The first bytes of an SQLite database, and those of its write-ahead log (either byte order) and its rollback
# journal.
_SQLITE_START = b"SQLite format 3\x00"
_DATABASE_STARTS = (_SQLITE_START, b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83", b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7")
_COMPANIONS = ("-shm", "-wal", "-journal")  # SQLite's files beside a database, named after it
FILE_MODE = 0o644  # a new file: the officer's to read and write, others' to read (as any program's)
FOLDER_MODE = 0o755


def check_target(path: Path) -> None:
    """Raises KnownError when `path` cannot be a file to write: no name (an empty argument), a folder, something
    that is no ordinary file (a device, a pipe: the write would replace it, and reading its first bytes would wait
    for ever), or a database."""
    if not str(path).strip() or str(path) == ".":  # an empty argument: Path("") is the current folder
        raise KnownError(translate("Files", "No file name was given. Give the file a name; nothing was written."))
    if not path.name or path.is_dir():
        raise KnownError(translate("Files", "{path} is a folder, not a file name. Give the file a name; nothing was "
                                            "written.").format(path=path))
    if path.exists() and not path.is_file():
        raise KnownError(translate("Files", "{path} is no ordinary file (a device or a pipe). Choose another name; "
                                            "nothing was written.").format(path=path))
    try:
        with path.open("rb") as existing:
            start = existing.read(16)
    except OSError:
        start = b""  # no such file yet (or unreadable): the write itself will tell
    if start.startswith(_DATABASE_STARTS) or _beside_a_database(path):
        raise KnownError(translate("Files", "{path} is a database (Omroeper's data file or a backup of it). Choose "
                                            "another name; nothing was written.").format(path=path))


def _beside_a_database(path: Path) -> bool:
    """Whether `path` is the shared-memory index, the log or the journal beside a database ("NAME-shm" beside
    "NAME"): the index has no mark of its own, and replacing it under a program that has the database open loses
    what that program writes next."""
    try:
        real = path.resolve()
    except (OSError, RuntimeError):  # a loop of links (Python 3.11 raises RuntimeError): its own name is all
        real = path
    for ending in _COMPANIONS:
        if real.name.endswith(ending) and real.name != ending:
            try:
                with real.with_name(real.name[:-len(ending)]).open("rb") as database:
                    return database.read(16).startswith(_SQLITE_START)
            except OSError:
                return False
    return False


def partial_beside(path: Path, folder: bool = False) -> Path:
    """A new, empty file (or folder) beside `path` for a write to go to first; hidden, named after the target (its
    first 100 bytes: the longest name a file system takes must still leave room for the rest)."""
    shown = path.name.encode("utf-8", "surrogateescape")[:100].decode("utf-8", "ignore")
    if folder:
        made = Path(tempfile.mkdtemp(prefix=f".{shown}.", suffix=".partial", dir=path.parent))
        with contextlib.suppress(OSError):
            made.chmod(FOLDER_MODE)  # it becomes the folder itself: readable as any new folder is
        return made
    handle, name = tempfile.mkstemp(prefix=f".{shown}.", suffix=".partial", dir=path.parent)
    os.close(handle)
    return Path(name)


def move_into_place(partial: Path, path: Path) -> None:
    """The finished file takes the target's name, with the mode a new file gets (or the one the file it replaces
    had): the temporary file was made readable by its owner alone."""
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        mode = FILE_MODE
    with contextlib.suppress(OSError):  # a file system without modes (a FAT stick) takes the file as it is
        partial.chmod(mode)
    partial.replace(path)


def throw_away(partial: Path | None) -> None:
    """After a failed write: the temporary file goes, if it was made (on a read-only disk it was not, and even
    trying to remove it fails)."""
    if partial is not None:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def write_file_safely(path: Path, data: bytes) -> None:
    """Writes `data` as the file `path`, whole or not at all (see the module's docstring). Raises KnownError."""
    check_target(path)
    partial = None
    try:
        partial = partial_beside(path)
        partial.write_bytes(data)
        move_into_place(partial, path)
    except OSError as exc:
        throw_away(partial)
        raise KnownError(translate("Files", "{path} could not be written: {reason}").format(
            path=path, reason=os_reason(exc))) from None
