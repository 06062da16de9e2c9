"""The one SQLite file that holds everything: opening, migrating, reading and writing records.

Only SQLite opens the data file in this process. Opening and closing it any other way (even to peek at its
header) would drop the POSIX locks SQLite holds on it for the other connections of the process, and a command
run beside the window would then take the window's WAL file away from under it. A connection is used only on the
thread that made it (sqlite3 refuses anything else): a background job opens its own.
"""

from __future__ import annotations

import errno
import json
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from models.common import Record, from_utc_text, new_id, to_utc_text, utc_now
from models.post import OUTBOX_STATES
from services import schema
from services.errors import (
    CorruptStoreError,
    DiskFullError,
    KnownError,
    NewerStoreError,
    ReadOnlyError,
    StorageError,
    StoreBusyError,
    StoreError,
    translate,
)
from services.records import TABLES, Unreadable, UnreadableRecord, from_row, read_records, table_of, to_row

if TYPE_CHECKING:
    import sqlite_utils

R = TypeVar("R", bound=Record)
log = logging.getLogger(__name__)

STORE_FILE_NAME = "omroeper.sqlite"
STAMP_FLOOR = "store.stamp_floor"  # changes here stamp later than this: the newest handover taken in
_NO_FLOOR = datetime(1970, 1, 1, tzinfo=UTC)

Clock = Callable[[], datetime]


def corrupt_store_error(path: Path) -> CorruptStoreError:
    return CorruptStoreError(
        translate(
            "Store",
            "The data file {path} is damaged and cannot be read. You can restore one of the daily backups.",
        ).format(path=path)
    )


def disk_full_error(path: Path) -> DiskFullError:
    return DiskFullError(
        translate(
            "Store",
            "The disk is full, so the last change to {path} could not be saved. Everything saved before is "
            "intact. Free some space on the disk and try again.",
        ).format(path=path)
    )


def read_only_error(path: Path) -> ReadOnlyError:
    return ReadOnlyError(
        translate(
            "Store",
            "{path} cannot be written to: the file or its folder is read-only, or you lack the permission. "
            "Nothing was changed. Check the permissions, or move the data folder to a disk you can write to.",
        ).format(path=path)
    )


def storage_error(path: Path) -> StorageError:
    return StorageError(
        translate(
            "Store",
            "The disk did not read or write {path} as asked (was a USB stick or network drive removed?). "
            "Everything saved before is intact. Check the disk and try again.",
        ).format(path=path)
    )


# SQLite's primary result codes (the low byte of an extended code) that are the world's problem, not ours.
_SQLITE_WORLD: dict[int, Callable[[Path], KnownError]] = {
    sqlite3.SQLITE_FULL: disk_full_error,
    sqlite3.SQLITE_READONLY: read_only_error,
    sqlite3.SQLITE_PERM: read_only_error,
    sqlite3.SQLITE_CANTOPEN: read_only_error,
    sqlite3.SQLITE_CORRUPT: corrupt_store_error,
    sqlite3.SQLITE_NOTADB: corrupt_store_error,
    sqlite3.SQLITE_IOERR: storage_error,
}
_DISK_FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
_READ_ONLY_ERRNOS = (errno.EROFS, errno.EACCES, errno.EPERM)


def known_error_for(exc: BaseException, path: Path) -> KnownError | None:
    """The person-facing error for a failure of SQLite or the file system, or None for a bug.

    SQLite's errors are told apart by their result code, never by their text (which differs between versions)."""
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is None:
            return None  # raised by Python's sqlite3 itself (a closed connection, a wrong thread): a bug
        primary = code & 0xFF
        if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return StoreBusyError(translate(
                "Store", "The data file {path} is held by another program (a backup or sync tool?) for longer than "
                         "Omroeper waits. Nothing was changed; try again in a moment.").format(path=path))
        if primary == sqlite3.SQLITE_IOERR:  # a write, a sync, the shared-memory file: a full disk, often
            return _disk_full_or_storage(path)
        make = _SQLITE_WORLD.get(primary)
        return make(path) if make else None
    if isinstance(exc, OSError):
        if exc.errno in _DISK_FULL_ERRNOS:
            return disk_full_error(path)
        if exc.errno in _READ_ONLY_ERRNOS or isinstance(exc, PermissionError):
            return read_only_error(path)
        if exc.errno == errno.EIO:
            return storage_error(path)
    return None


def _disk_full_or_storage(path: Path) -> KnownError:
    """A write that failed: a full disk when the disk says so, else the disk's own trouble."""
    import shutil

    try:
        full = shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        full = False
    return disk_full_error(path) if full else storage_error(path)


def tolerant_text(data: bytes) -> str:
    """How this app's connections read text: bytes that are not UTF-8 (a row another program wrote, a value a
    trigger glued together from a blob) become replacement characters instead of failing the whole read."""
    return data.decode("utf-8", "replace")


def holds_user_data(conn: sqlite3.Connection) -> bool:
    """Whether a data file (the open store, or a backup) holds anything the user made: a record of any kind,
    deleted ones included, except the starter templates as shipped."""
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in TABLES.values():
        if table not in present:
            continue
        condition = "starter_key = '' OR edited = 1" if table == "reply_templates" else "1"
        if conn.execute(f"SELECT 1 FROM {table} WHERE {condition} LIMIT 1").fetchone():
            return True
    return False


class Store:
    """An open data file. One per thread: a background job opens its own (WAL lets them work side by side)."""

    def __init__(self, conn: sqlite3.Connection, path: Path, clock: Clock = utc_now) -> None:
        self.conn = conn
        self.path = path
        self.clock = clock
        self._db: sqlite_utils.Database | None = None
        self.unreadable = Unreadable()  # rows the reads met and left out, for the officer to be told
        self._floor: datetime | None = None  # see stamp(); read on first use
        self.closed = False  # a result of background work that comes after close() has nothing to show

    # ---- opening ------------------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, clock: Clock = utc_now, *, create: bool = True) -> Store:
        """Opens the data file (or, with `create`, makes a new one) and brings its schema up to date.

        SQLite itself tells a file that is not a database (SQLITE_NOTADB at the first read) before anything is
        written. A background job passes create=False: a data file that vanished is an error there, never a new
        empty calendar beside the window's.

        Raises NewerStoreError (file left untouched), CorruptStoreError or another KnownError.
        """
        if path.is_dir():
            raise StoreError(translate("Store", "{path} is a folder, not Omroeper's data file. Move it away, or "
                                                "choose another data folder.").format(path=path))
        if not create and not path.exists():
            raise StoreError(translate("Store", "The data file {path} is no longer there. Nothing was written; "
                                                "restart Omroeper to restore a backup.").format(path=path))
        try:
            if create:
                path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode={'rwc' if create else 'rw'}", uri=True,
                                   isolation_level=None, timeout=5)
        except (sqlite3.Error, OSError) as exc:
            raise known_error_for(exc, path) or exc from exc
        conn.row_factory = sqlite3.Row
        conn.text_factory = tolerant_text
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if version > schema.LATEST_VERSION:
                raise NewerStoreError(
                    translate(
                        "Store",
                        "The data file {path} was written by a newer version of Omroeper (data version {found}; "
                        "this version knows up to {known}). Install the newer version; the file was not changed.",
                    ).format(path=path, found=version, known=schema.LATEST_VERSION)
                )
            # Before anything writes: WAL for readers beside a writer; FULL so a committed edit survives power loss.
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA cache_size=-32000")  # 32 MB of pages: jumping between months stays in memory
        except KnownError:
            conn.close()
            raise
        except (sqlite3.Error, OSError) as exc:
            conn.close()
            raise known_error_for(exc, path) or exc from exc
        store = cls(conn, path, clock)
        try:
            store.migrate()
            store._check_tables()
        except BaseException:
            conn.close()
            raise
        return store

    def refresh_statistics(self) -> None:
        """Lets SQLite's query planner know the tables as they have grown: without statistics it walks the inbox
        by channel and sorts, instead of reading it newest first. ANALYZE with the analysis limit SQLite advises
        (it samples each index instead of reading it whole: about 10 ms for 50,000 posts and 20,000 messages):
        for a background run, not the window. (`PRAGMA optimize` of this SQLite looks only at tables the
        connection has queried, so it is not enough here.)"""
        try:
            self.conn.execute("PRAGMA analysis_limit=1000")
            self.conn.execute("ANALYZE")
        except sqlite3.Error as exc:
            raise known_error_for(exc, self.path) or exc from exc

    def close(self) -> None:
        self.closed = True
        self.conn.close()

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Applies the missing migrations in one transaction: all of them or none. A migration that cannot run on
        this file (its tables are not those its version number promises) means the file is damaged."""
        current = self.schema_version
        if current >= schema.LATEST_VERSION:
            return
        try:
            with self.transaction():
                schema.apply(self.db, current, schema.LATEST_VERSION)
                self.conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION}")
        except sqlite3.OperationalError as exc:
            log.warning("migrating %s from version %s failed: %s", self.path, current, exc)
            raise corrupt_store_error(self.path) from exc

    def _check_tables(self) -> None:
        """Every table and column the app reads is there: a file whose tables were dropped or changed by another
        program is damaged, said as such (with a backup offered) rather than failing at the first read."""
        from models.validation import columns

        try:
            for table, checks in columns().items():
                present = {row[1] for row in self.conn.execute(f'PRAGMA table_info("{table}")')}
                missing = ({"id", "created_at", "updated_at", "deleted_at"} | set(checks)) - present
                if missing:
                    log.warning("%s lacks %s.%s", self.path, table, ", ".join(sorted(missing)))
                    raise corrupt_store_error(self.path)
        except sqlite3.Error as exc:
            raise known_error_for(exc, self.path) or exc from exc

    @property
    def db(self) -> sqlite_utils.Database:
        """The sqlite-utils view of the same connection, loaded on first use."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    # ---- transactions and errors --------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """All or nothing; nested blocks join the outer transaction. Failures of the world become KnownError."""
        if self.conn.in_transaction:
            yield self
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
        except (sqlite3.Error, OSError) as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise known_error_for(exc, self.path) or exc from exc

    def query_tuples(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[tuple[Any, ...]]:
        """Like `query`, as plain tuples: a third faster for the large reads of the calendar."""
        try:
            cursor = self.conn.cursor()
            cursor.row_factory = None
            return cursor.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise known_error_for(exc, self.path) or exc from exc

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise known_error_for(exc, self.path) or exc from exc

    # ---- records ------------------------------------------------------------------------------------------

    def stamp(self) -> datetime:
        """The time a change is stamped with: the clock, but later than every change taken in from another laptop
        (`raise_stamp_floor`, by the handover import). The merge lets the later stamp win, so an edit made here
        after an import must stamp later than what came in, also when this laptop's clock runs behind the other
        laptop's: otherwise it would lose to the very version it changed, silently."""
        now = self.clock()
        if self._floor is None:
            text = self.get_setting(STAMP_FLOOR)
            try:
                self._floor = from_utc_text(text) if isinstance(text, str) else _NO_FLOOR
            except ValueError:
                self._floor = _NO_FLOOR
        return now if now > self._floor else self._floor + timedelta(microseconds=1)

    def raise_stamp_floor(self, moment: datetime) -> None:
        """From now on changes stamp later than `moment` (the time of a handover file just taken in)."""
        self.stamp()
        assert self._floor is not None
        if moment > self._floor:
            self.set_setting(STAMP_FLOOR, to_utc_text(moment))
            self._floor = moment

    def save(self, record: R, *, stamp: bool = True) -> R:
        """Inserts or updates a record. With `stamp` (the default) its times are set from the clock;
        a merge passes stamp=False to keep the other side's updated_at."""
        if stamp:
            now = self.stamp()
            if record.created_at is None:
                record.created_at = now
            record.updated_at = now
        elif record.created_at is None or record.updated_at is None:
            raise ValueError("an unstamped record needs its times")
        row = to_row(record)
        names = list(row)  # the record's own field names: never from outside
        updated = [name for name in names if name != "id"]
        with self.transaction():
            self.conn.execute(
                f"INSERT INTO {table_of(type(record))} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)}) "
                f"ON CONFLICT(id) DO UPDATE SET {', '.join(f'{name} = excluded.{name}' for name in updated)}",
                [row[name] for name in names])
        return record

    def update_fields(self, record: R, **fields: Any) -> R:
        """Sets only these fields of the stored row (and updated_at), leaving the others as they are in the
        file: two writers (the outbox, the composer) each touch only their own columns."""
        for name, value in fields.items():
            setattr(record, name, value)
        record.updated_at = self.stamp()
        row = to_row(record)
        names = [*fields, "updated_at"]
        with self.transaction():
            self.conn.execute(
                f"UPDATE {table_of(type(record))} SET {', '.join(f'{name} = ?' for name in names)} WHERE id = ?",
                [*(row[name] for name in names), record.id],
            )
        return record

    def save_all(self, records: Iterable[Record]) -> None:
        with self.transaction():
            for record in records:
                self.save(record)

    def mark_deleted(self, record: Record) -> None:
        """Deletion is a mark, so that the other copy of the data learns of it in a merge."""
        record.deleted_at = self.stamp()
        self.save(record)

    def get(self, record_type: type[R], record_id: str, *, include_deleted: bool = False) -> R | None:
        rows = self.query(f"SELECT * FROM {table_of(record_type)} WHERE id = ?", (record_id,))
        if not rows or (rows[0]["deleted_at"] is not None and not include_deleted):
            return None
        try:
            return from_row(record_type, rows[0])
        except UnreadableRecord as error:  # as if it were not there; noted for the officer
            self.unreadable.note(error.table, error.record_id, f"{error.column}: {error.reason}")
            return None

    def find(
        self,
        record_type: type[R],
        where: str = "",
        params: Sequence[Any] | dict[str, Any] = (),
        *,
        order_by: str = "",
        include_deleted: bool = False,
    ) -> list[R]:
        """Records of a type matching an SQL condition; marked-deleted ones only when asked."""
        conditions = [] if include_deleted else ["deleted_at IS NULL"]
        if where:
            conditions.append(f"({where})")
        sql = f"SELECT * FROM {table_of(record_type)}"
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        if order_by:
            sql += f" ORDER BY {order_by}"
        return read_records(record_type, self.query(sql, params), self.unreadable)

    def is_empty(self) -> bool:
        """True when the store holds nothing the user made (untouched starter templates do not count)."""
        try:
            return not holds_user_data(self.conn)
        except sqlite3.Error as exc:
            raise known_error_for(exc, self.path) or exc from exc

    # ---- settings -----------------------------------------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        rows = self.query("SELECT value FROM settings WHERE key = ? AND deleted_at IS NULL", (key,))
        if not rows:
            return default
        try:
            return json.loads(rows[0]["value"])
        except (TypeError, ValueError):
            self.unreadable.note("settings", key, "value: not JSON")
            return default

    def set_setting(self, key: str, value: Any) -> None:
        now = to_utc_text(self.stamp())
        text = json.dumps(value, ensure_ascii=False)
        with self.transaction():
            self.conn.execute(
                "INSERT INTO settings (id, key, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
                "deleted_at = NULL",
                (new_id(), key, text, now, now),
            )

    # ---- figures for the status bar -----------------------------------------------------------------------

    def outbox_count(self) -> int:
        """How many variants wait to go out through this laptop."""
        marks = ",".join("?" for _ in OUTBOX_STATES)
        rows = self.query(
            f"SELECT count(*) FROM variants WHERE deleted_at IS NULL AND state IN ({marks})",
            [state.value for state in OUTBOX_STATES],
        )
        return int(rows[0][0])
