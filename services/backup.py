"""Consistent copies of the data file through SQLite's backup API, and restoring one.

Backups are named `omroeper-YYYYMMDD-HHMMSS-REASON.sqlite` (UTC) in the data folder's backups/; of each reason
(daily, before-restore, before-import, ...) the newest 14 are kept, except that the newest backup holding the
officer's data is never pruned: a store that lost its data (an emptied or replaced file) cannot push the last
good copy out, and a store with nothing in it is not backed up daily at all.

A data file that is missing or empty while a backup holds data is never started anew silently
(`check_not_lost`): the officer is told and offered the newest good backup.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from services import schema
from services.errors import KnownError, MissingStoreError, translate
from services.store import Store, corrupt_store_error, holds_user_data, known_error_for

BACKUP_DIR_NAME = "backups"
KEEP_PER_REASON = 14
DAILY = "daily"

_NAME = re.compile(r"^omroeper-(\d{8}-\d{6})-([a-z-]+)\.sqlite$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str


def list_backups(backups_dir: Path) -> list[Backup]:
    """The backups in the folder, newest first."""
    found = []
    if backups_dir.is_dir():
        for path in backups_dir.iterdir():
            match = _NAME.match(path.name)
            if match:
                taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
                found.append(Backup(path, taken, match.group(2)))
    return sorted(found, key=lambda backup: (backup.taken_at, backup.path.name), reverse=True)


def take_backup(conn: sqlite3.Connection, backups_dir: Path, reason: str, now: datetime) -> Path:
    """Copies the open database consistently (also while another connection writes) and prunes old copies."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    target = backups_dir / f"omroeper-{stamp}-{reason}.sqlite"
    copy_database(conn, target)
    _prune(backups_dir, reason)
    return target


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of `source` at `target`, which appears whole or not at all. The copy is one file, in
    SQLite's rollback-journal mode: a copy of the store would say write-ahead log, and every look into it (the
    start's check for data, the list of backups) would leave a -wal and a -shm file beside it, which stayed
    behind when the backup itself was pruned. A store restored from it goes back to the write-ahead log when
    opened (services/store.py)."""
    partial = target.with_name(target.name + ".partial")
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise known_error_for(exc, target) or exc from exc


def _prune(backups_dir: Path, reason: str) -> None:
    backups = list_backups(backups_dir)
    same_reason = [backup for backup in backups if backup.reason == reason]
    if len(same_reason) <= KEEP_PER_REASON:
        return
    last_good = newest_good_backup(backups)
    for old in same_reason[KEEP_PER_REASON:]:
        if last_good is None or old.path != last_good.path:
            old.path.unlink(missing_ok=True)
            for suffix in ("-wal", "-shm"):  # left beside backups made by earlier versions, when looked into
                Path(f"{old.path}{suffix}").unlink(missing_ok=True)


def backup_holds_data(path: Path) -> bool:
    """True for a sound backup (quick_check passes) that holds something the officer made."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok" and holds_user_data(conn))
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def newest_good_backup(backups: list[Backup]) -> Backup | None:
    """The newest of the backups (listed newest first) that is sound and holds the officer's data."""
    return next((backup for backup in backups if backup_holds_data(backup.path)), None)


def check_not_lost(store_path: Path, backups_dir: Path) -> None:
    """Raises MissingStoreError when the data file is missing or empty while a backup holds data.

    Only the file's size is looked at here (a stat, no open: see services/store.py); a file with content is
    SQLite's to judge. A zero-byte file with a write-ahead log beside it may still be a database, so it is too."""
    try:
        if store_path.stat().st_size > 0:
            return
    except FileNotFoundError:
        pass
    wal = store_path.with_name(store_path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return
    good = newest_good_backup(list_backups(backups_dir))
    if good is None:
        return  # a new data folder, or one whose backups hold nothing: a new calendar is what the officer wants
    raise MissingStoreError(translate(
        "Backup", "The data file {path} is missing or empty, while a backup holds your data (the newest, from "
                  "{when}). Omroeper did not start a new, empty calendar over it.").format(
        path=store_path, when=_when(good.taken_at)))


def _when(moment: datetime) -> str:
    """On the laptop's clock: without a data file there is no municipality to take the time zone from."""
    from services.i18n import moment_text  # Qt's locale, only for this message

    return moment_text(moment, None)


def daily_backup(store_path: Path, backups_dir: Path, now: datetime) -> Path | None:
    """Takes today's backup unless one exists. Runs on its own connection, so it can run off the GUI thread.

    The file is checked first: a damaged store raises CorruptStoreError rather than pushing out good backups.
    """
    today = now.astimezone(UTC).date()
    if any(b.reason == DAILY and b.taken_at.date() == today for b in list_backups(backups_dir)):
        return None
    conn = sqlite3.connect(f"{store_path.resolve().as_uri()}?mode=rw", uri=True, timeout=10)
    try:
        verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise corrupt_store_error(store_path)
        if not holds_user_data(conn):
            return None  # nothing to keep; and it must not push a good backup out
        return take_backup(conn, backups_dir, DAILY, now)
    except sqlite3.DatabaseError as exc:
        raise known_error_for(exc, store_path) or exc from exc
    finally:
        conn.close()


def inspect_database(path: Path) -> tuple[int, str]:
    """(schema version, quick_check verdict) of a data file opened read-only; sqlite3.Error when unreadable."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0], conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()


def check_backup(path: Path) -> None:
    """Refuses a file that is not a sound backup this version can read."""
    try:
        version, verdict = inspect_database(path)
    except sqlite3.Error:
        raise KnownError(
            translate("Backup", "The file {path} is not a readable Omroeper backup.").format(path=path)
        ) from None
    if verdict != "ok":
        raise KnownError(translate("Backup", "The backup {path} is damaged.").format(path=path))
    if version > schema.LATEST_VERSION:
        raise KnownError(
            translate("Backup", "The backup {path} was made by a newer version of Omroeper.").format(path=path)
        )


def restore_into(store: Store, backup_path: Path, backups_dir: Path, now: datetime) -> Path:
    """Replaces the open store's content with a backup, after taking a backup of the current state.

    Returns the path of that safety backup. The store stays open and is migrated if the backup is older.
    """
    check_backup(backup_path)
    safety = take_backup(store.conn, backups_dir, "before-restore", now)
    source = sqlite3.connect(f"{backup_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        source.backup(store.conn)
    except sqlite3.Error as exc:
        raise known_error_for(exc, store.path) or exc from exc
    finally:
        source.close()
    store.migrate()
    return safety


def restore_file(store_path: Path, backup_path: Path, backups_dir: Path, now: datetime) -> Path | None:
    """Puts a backup in place of a data file that cannot be opened (damaged, missing or empty). The file it
    replaces is kept aside as `omroeper.sqlite.damaged-STAMP` in the backups folder, with its write-ahead log
    beside it (which may hold the last changes); its path is returned."""
    check_backup(backup_path)
    kept: Path | None = None
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
        if store_path.exists():
            kept = backups_dir / f"{store_path.name}.damaged-{now.astimezone(UTC):%Y%m%d-%H%M%S}"
            os.replace(store_path, kept)
        wal = Path(f"{store_path}-wal")
        if wal.exists() and kept is not None:
            os.replace(wal, Path(f"{kept}-wal"))
        for suffix in ("-wal", "-shm"):
            Path(f"{store_path}{suffix}").unlink(missing_ok=True)
    except OSError as exc:
        raise known_error_for(exc, store_path) or exc from exc
    source = sqlite3.connect(f"{backup_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy_database(source, store_path)
    finally:
        source.close()
    return kept
