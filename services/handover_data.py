"""The data.sqlite of a handover file, read as hostile input: only the app's own tables and columns, from a schema
exactly the app's own for the file's version, within a time and a row budget (see FileData)."""

from __future__ import annotations

import functools
import re
import sqlite3
import time as clock
from pathlib import Path
from typing import Any

from models.validation import one_line
from services import schema
from services.errors import KnownError, translate

# The tables a handover is read from: the records the merge takes in, and the settings for a new laptop (each
# record checked, one bad record refuses the file) ...
RECORD_TABLES = ("staff", "signatures", "channels", "key_dates", "absences", "reply_templates", "media",
                 "post_series", "posts", "variants", "post_media", "inbox_items", "inbox_answers",
                 "post_figures", "follower_counts")
CHECKED_TABLES = (*RECORD_TABLES, "settings")
# ... and the publish attempts, never merged: only read for when each network claim was made (services/merge.py),
# a bad or stray one left out of that.
READ_TABLES = (*CHECKED_TABLES, "attempts")
DERIVED = {"posts": ("excerpt", "variant_states"),  # kept by triggers: never read from a file
           "inbox_items": ("conversation_at",)}
MAX_ROWS = 2_000_000  # rows read from data.sqlite: ten years of posts with their channels are about 200,000
TIME_BUDGET = 120.0  # seconds of SQLite work on data.sqlite, checks and reading together


def refused(name: str, why: str) -> KnownError:
    return KnownError(translate("Handover", "{name} cannot be imported: {why} Nothing was changed.").format(
        name=name, why=why))


def _normalised(sql: str | None) -> str | None:
    """CREATE text without the differences that do not change what it makes: quoting, case, spacing."""
    if sql is None:
        return None
    text = re.sub(r"[\"'`\[\]]", "", sql).lower()
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"\s*([(),])\s*", r"\1", text).strip()


SchemaEntries = dict[str, tuple[str, str, str | None]]
ColumnInfo = dict[str, list[tuple[Any, ...]]]


@functools.cache
def reference_schema(version: int) -> tuple[SchemaEntries, ColumnInfo]:
    """The app's own schema at `version`, made by running its migrations on an empty database in memory: every
    object (type, table, normalised CREATE text) and every table's columns."""
    import sqlite_utils

    conn = sqlite3.connect(":memory:")
    try:
        schema.apply(sqlite_utils.Database(conn), 0, version)
        return _schema_of(conn)
    finally:
        conn.close()


def _schema_of(conn: sqlite3.Connection) -> tuple[SchemaEntries, ColumnInfo]:
    entries = {name: (kind, table, _normalised(sql)) for kind, name, table, sql in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master")}
    columns = {name: [tuple(row) for row in conn.execute(f'PRAGMA table_info("{name}")')]
               for name, (kind, _table, sql) in entries.items()
               if kind == "table" and not (sql or "").startswith("create virtual table")}
    return entries, columns


def _shadow_table(name: str, reference: SchemaEntries) -> bool:
    """FTS5's own tables behind the search index: their CREATE text is SQLite's, and differs between versions."""
    virtual = [table for table, (kind, _t, sql) in reference.items() if kind == "table" and sql and
               sql.startswith("create virtual table")]
    return any(name.startswith(table + "_") for table in virtual)


class FileData:
    """The data.sqlite of a handover file, opened as hostile input.

    Python 3.11 has no Connection.setconfig, so SQLITE_DBCONFIG_DEFENSIVE cannot be switched on. What stands in
    for it: the file is opened read-only and immutable (nothing can be written to it, so neither writable_schema
    nor a shadow table can be changed, and no journal is replayed); `PRAGMA trusted_schema=OFF` (no function or
    virtual table named in its schema runs with side effects); `PRAGMA query_only` and `cell_size_check`; an
    authorizer that allows only SELECT and reading the app's own columns of its own tables (while the schema is
    checked: sqlite_master and a few PRAGMAs) and denies everything else (ATTACH, PRAGMA, functions, writes);
    limits on the length of a value, of SQL, of expressions and columns, and no attached databases; a progress
    handler that stops SQLite past TIME_BUDGET; and at most MAX_ROWS rows read. `check` refuses a schema that is
    not exactly the app's own for the file's version (a view, a trigger, an extra table, index or column)."""

    _LIMITS = ((sqlite3.SQLITE_LIMIT_LENGTH, 16 * 1024**2), (sqlite3.SQLITE_LIMIT_SQL_LENGTH, 100_000),
               (sqlite3.SQLITE_LIMIT_COLUMN, 100), (sqlite3.SQLITE_LIMIT_EXPR_DEPTH, 100),
               (sqlite3.SQLITE_LIMIT_COMPOUND_SELECT, 3), (sqlite3.SQLITE_LIMIT_ATTACHED, 0),
               (sqlite3.SQLITE_LIMIT_FUNCTION_ARG, 8), (sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH, 1),
               (sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 100))
    _SCHEMA_PRAGMAS = {"quick_check", "user_version", "table_info"}

    def __init__(self, path: Path, source_name: str, schema_version: int) -> None:
        self.source_name = source_name
        self.schema_version = schema_version
        self.deadline = clock.monotonic() + TIME_BUDGET
        self.rows_left = MAX_ROWS
        self.checking = True
        _entries, columns = reference_schema(schema_version)
        self.readable = {(table, row[1]) for table in READ_TABLES for row in columns.get(table, ())}
        try:
            self.conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
        except sqlite3.Error:
            raise self._damaged() from None
        for limit, value in self._LIMITS:
            self.conn.setlimit(limit, value)
        for pragma in ("trusted_schema=OFF", "query_only=ON", "cell_size_check=ON"):
            self.conn.execute(f"PRAGMA {pragma}")
        self.conn.set_authorizer(self._authorize)
        self.conn.set_progress_handler(self._over_time, 1000)

    def _authorize(self, action: int, first: str | None, second: str | None, _database: str | None,
                   _source: str | None) -> int:
        if action == sqlite3.SQLITE_SELECT:
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_READ:
            if (first, second) in self.readable or (self.checking and first in ("sqlite_master", "sqlite_schema")):
                return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_PRAGMA and self.checking and first in self._SCHEMA_PRAGMAS:
            return sqlite3.SQLITE_OK
        return sqlite3.SQLITE_DENY

    def _over_time(self) -> int:
        return 1 if clock.monotonic() > self.deadline else 0

    def _damaged(self) -> KnownError:
        return refused(self.source_name, translate("Handover", "its data is damaged."))

    def _run(self, sql: str) -> list[tuple[Any, ...]]:
        """Runs a read; SQLite's refusals become the officer's message, and the row and time budgets hold (the
        progress handler stops SQLite within a statement, the checks here between batches)."""
        try:
            cursor = self.conn.execute(sql)
            found: list[tuple[Any, ...]] = []
            while batch := cursor.fetchmany(1000):
                self.rows_left -= len(batch)
                if self.rows_left < 0:
                    raise refused(self.source_name, translate("Handover", "it holds far more records than any "
                                                                          "calendar."))
                if self._over_time():
                    raise sqlite3.OperationalError("interrupted")
                found.extend(batch)
            return found
        except sqlite3.DatabaseError as error:
            if self._over_time():
                raise refused(self.source_name, translate("Handover", "reading it takes far longer than any "
                                                                      "handover.")) from None
            if (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF == sqlite3.SQLITE_AUTH:  # the authorizer said no
                raise refused(self.source_name, translate("Handover", "its data is not the data of a handover "
                                                                      "file.")) from None
            raise self._damaged() from None

    def check(self) -> None:
        """Refuses damaged data, a schema version other than the manifest's, and any schema that is not exactly
        the app's own for that version. Afterwards only the app's own columns can be read."""
        if self._run("PRAGMA quick_check") != [("ok",)]:
            raise self._damaged()
        if self._run("PRAGMA user_version") != [(self.schema_version,)]:
            raise refused(self.source_name, translate("Handover", "its data does not match its manifest."))
        reference, reference_columns = reference_schema(self.schema_version)
        entries = {name: (kind, table, _normalised(sql)) for kind, name, table, sql in self._run(
            "SELECT type, name, tbl_name, sql FROM sqlite_master")}
        extra = sorted(set(entries) - set(reference))
        missing = sorted(set(reference) - set(entries))
        changed = sorted(name for name in set(entries) & set(reference) if entries[name] != reference[name]
                         and not (_shadow_table(name, reference) and entries[name][:2] == reference[name][:2]))
        if not changed:
            changed = sorted(name for name, columns in reference_columns.items()
                             if not _shadow_table(name, reference)
                             and [tuple(row) for row in self._run(f'PRAGMA table_info("{name}")')] != columns)
        if extra or missing or changed:
            what = one_line(", ".join([*extra, *missing, *changed][:3]), 80)
            raise refused(self.source_name, translate("Handover", "its data holds something a handover never "
                                                                  "holds ({what}).").format(what=what))
        self.checking = False

    def rows(self, table: str) -> list[dict[str, Any]]:
        """The records of one of the app's tables, with the app's own columns (derived ones left out)."""
        assert table in READ_TABLES
        self.checking = False
        skipped = DERIVED.get(table, ())
        names = [column for known, column in sorted(self.readable) if known == table and column not in skipped]
        if not names:
            return []  # a table the file's version did not have yet (the inbox before 13, the figures before 14)
        found = self._run(f'SELECT {", ".join(f"{chr(34)}{name}{chr(34)}" for name in names)} FROM "{table}"')
        return [dict(zip(names, row, strict=True)) for row in found]

    def close(self) -> None:
        self.conn.close()
