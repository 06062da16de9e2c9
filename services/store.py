"""The one SQLite file that holds everything: opening, migrating, reading and writing records.

Reads on the start-up path use plain sqlite3; sqlite-utils (which costs about 80 ms to import) is loaded on the
first write or migration, so that the window appears as fast as a bare Qt window would.
"""

from __future__ import annotations

import errno
import json
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
    StoreLockedError,
    translate,
)
from services.records import TABLES, Unreadable, UnreadableRecord, from_row, read_records, table_of, to_row

if TYPE_CHECKING:
    import sqlite_utils

R = TypeVar("R", bound=Record)

STORE_FILE_NAME = "omroeper.sqlite"
STAMP_FLOOR = "store.stamp_floor"  # changes here stamp later than this: the newest handover taken in
_NO_FLOOR = datetime(1970, 1, 1, tzinfo=UTC)
_SQLITE_HEADER = b"SQLite format 3\x00"

Clock = Callable[[], datetime]


def corrupt_store_error(path: Path) -> CorruptStoreError:
    return CorruptStoreError(
        translate(
            "Store",
            "The data file {path} is damaged and cannot be read. You can restore one of the daily backups.",
        ).format(path=path)
    )


def known_error_for(exc: BaseException, path: Path) -> KnownError | None:
    """The person-facing error for a failure of SQLite or the file system, or None for a bug."""
    if isinstance(exc, (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError)):
        return None  # the program's mistake, not the world's
    text = str(exc).lower()
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "disk is full" in text:
        return DiskFullError(
            translate(
                "Store",
                "The disk is full, so the last change could not be saved. Everything saved before is intact. "
                "Free some space on the disk and try again.",
            )
        )
    if "database is locked" in text or "database is busy" in text:
        return StoreLockedError(
            translate("Store", "The data file {path} is in use by another program. Close it and try again.").format(
                path=path
            )
        )
    if type(exc) is sqlite3.DatabaseError or any(
        marker in text for marker in ("not a database", "malformed", "disk i/o error")
    ):
        return corrupt_store_error(path)
    if isinstance(exc, (OSError, sqlite3.OperationalError)) and (
        "readonly" in text or "read-only" in text or isinstance(exc, PermissionError)
    ):
        return KnownError(
            translate("Store", "The data file {path} cannot be written to. Check its permissions.").format(path=path)
        )
    return None


class Store:
    """An open data file. One per thread: a background job opens its own (WAL lets them work side by side)."""

    def __init__(self, conn: sqlite3.Connection, path: Path, clock: Clock = utc_now) -> None:
        self.conn = conn
        self.path = path
        self.clock = clock
        self._db: sqlite_utils.Database | None = None
        self.unreadable = Unreadable()  # rows the reads met and left out, for the officer to be told
        self._floor: datetime | None = None  # see stamp(); read on first use

    # ---- opening ------------------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, clock: Clock = utc_now) -> Store:
        """Opens (or creates) the data file and brings its schema up to date.

        Raises NewerStoreError (file left untouched), CorruptStoreError or another KnownError.
        """
        path.parent.mkdir(parents=True, exist_ok=True)
        _check_header(path)
        try:
            conn = sqlite3.connect(path, isolation_level=None, timeout=5)
        except sqlite3.Error as exc:
            raise known_error_for(exc, path) or exc from exc
        conn.row_factory = sqlite3.Row
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
        except BaseException:
            conn.close()
            raise
        return store

    def close(self) -> None:
        self.conn.close()

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Applies the missing migrations in one transaction: all of them or none."""
        current = self.schema_version
        if current >= schema.LATEST_VERSION:
            return
        with self.transaction():
            schema.apply(self.db, current, schema.LATEST_VERSION)
            self.conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION}")

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
        with self.transaction():
            self.db.table(table_of(type(record))).upsert(to_row(record), pk="id")
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
        for table in TABLES.values():
            condition = "starter_key = '' OR edited = 1" if table == "reply_templates" else "1"
            if self.query(f"SELECT 1 FROM {table} WHERE {condition} LIMIT 1"):
                return False
        return True

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


def _check_header(path: Path) -> None:
    """Refuses a file that is not an SQLite database before SQLite gets to touch it."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    if size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(_SQLITE_HEADER))
    if header != _SQLITE_HEADER:
        raise corrupt_store_error(path)
