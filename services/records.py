"""Mapping between the dataclasses of models/ and rows of the store: one table per record type.

A row the app did not write (a damaged file, a record from an older import, a hand edit) may hold anything
SQLite takes. Reading it never crashes a screen: `from_row` raises UnreadableRecord, and the reading calls
(`read_records`, the store's find and get) leave the row out and note it in the store's `Unreadable`."""

from __future__ import annotations

import dataclasses
import json
import logging
import types
import typing
from collections.abc import Callable, Iterable
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from models.common import Record, from_utc_text, to_utc_text
from models.validation import (
    EARLIEST,
    EARLIEST_DAY,
    LATEST,
    LATEST_DAY,
    SHOWN_COLUMNS,
    TAGS_MAX,
    one_line,
    record_problems,
    shown_problem,
)
from services.errors import UnkeepableError, translate

R = TypeVar("R", bound=Record)
log = logging.getLogger("omroeper")

# By class name, so that this module need not import every model.
TABLES: dict[str, str] = {
    "Post": "posts",
    "PostSeries": "post_series",
    "Variant": "variants",
    "Media": "media",
    "PostMedia": "post_media",
    "PublishAttempt": "attempts",
    "ChannelAccount": "channels",
    "StaffMember": "staff",
    "Signature": "signatures",
    "KeyDate": "key_dates",
    "Absence": "absences",
    "ReplyTemplate": "reply_templates",
    "ReplyLogEntry": "reply_log",
    "InboxItem": "inbox_items",
    "InboxAnswer": "inbox_answers",
    "PostFigures": "post_figures",
    "FollowerCount": "follower_counts",
}


def table_of(record_type: type[Record]) -> str:
    return TABLES[record_type.__name__]


def _value_to_column(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, datetime):
        return to_utc_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def to_row(record: Record) -> dict[str, Any]:
    """The record as a row: instants as UTC text, dates as ISO, enums by value, lists as JSON."""
    return {f.name: _value_to_column(getattr(record, f.name)) for f in dataclasses.fields(record)}


class UnreadableRecord(ValueError):
    """A stored row that cannot become its record: a value of the wrong type, a choice the app does not know, an
    instant or date that does not read or lies outside 1970-2200, a time zone or repeat rule that does not exist."""

    def __init__(self, table: str, record_id: object, column: str, reason: str) -> None:
        super().__init__(f"{table} {record_id!r}: {column}: {reason}")
        self.table, self.record_id, self.column, self.reason = table, str(record_id), column, reason


class Unreadable:
    """The records the reads of one store met and could not show, by table and id: each one logged once and
    counted, so that the window can say "N records could not be read; see the log" and a command can print it.
    Reading goes on without them: one bad row never stops a screen, a command or an export."""

    def __init__(self) -> None:
        self.found: dict[tuple[str, str], str] = {}

    def note(self, table: str, record_id: object, reason: str) -> None:
        key = (table, _shown_id(record_id))
        if key not in self.found:
            self.found[key] = reason
            log.warning("a record could not be read and is left out: %s %s: %s", table, key[1], reason)

    def __len__(self) -> int:
        return len(self.found)

    def lines(self, limit: int = 10) -> list[str]:
        """The first records, "table id: what", for a tooltip or the command line."""
        return [f"{table} {record_id}: {reason}" for (table, record_id), reason in list(self.found.items())[:limit]]


def _shown_id(record_id: object) -> str:
    return one_line(record_id, 40)


def _reader_for(hint: Any, table: str, name: str) -> Callable[[Any], Any]:
    """A function that turns a column value back into the field's type, and raises TypeError or ValueError when
    the value is not one the field can hold (a row written by something other than this app)."""
    optional = False
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional = len(args) < len(typing.get_args(hint))
        hint = args[0]
    origin = typing.get_origin(hint) or hint
    convert: Callable[[Any], Any]
    if origin is datetime:
        convert = _instant
    elif origin is date:
        convert = _day
    elif origin is bool:
        convert = _flag
    elif origin is int:
        convert = _whole
    elif origin is str:
        convert = _text
    elif origin is list:
        convert = _text_list
    elif origin is dict:
        convert = _mapping
    elif isinstance(origin, type) and issubclass(origin, Enum):
        convert = origin
    else:
        convert = _identity
    if name in SHOWN_COLUMNS.get(table, ()):
        plain = convert

        def convert(value: Any) -> Any:
            found = shown_problem(table, name, value)
            if found is not None:
                raise ValueError(f"{found.fault.value} {found.detail}".strip())
            return plain(value)

    if optional:
        return lambda value: None if value is None else convert(value)
    return convert


def _identity(value: Any) -> Any:
    return value


def _missing_or(kind: str, value: Any) -> TypeError:
    return TypeError("missing" if value is None else f"not {kind}")


def _instant(value: Any) -> datetime:
    if type(value) is not str:
        raise _missing_or("an instant", value)
    moment = from_utc_text(value)
    if not EARLIEST <= moment < LATEST:
        raise ValueError("outside 1970-2200")
    return moment


def _day(value: Any) -> date:
    if type(value) is not str:
        raise _missing_or("a date", value)
    day = date.fromisoformat(value)
    if not EARLIEST_DAY <= day < LATEST_DAY:
        raise ValueError("outside 1970-2200")
    return day


def _flag(value: Any) -> bool:
    if type(value) is not int:
        raise _missing_or("a flag", value)
    return bool(value)


def _whole(value: Any) -> int:
    if type(value) is not int:
        raise _missing_or("a whole number", value)
    return value


def _text(value: Any) -> str:
    if type(value) is not str:
        raise _missing_or("text", value)
    return value


def _text_list(value: Any) -> list[str]:
    if type(value) is not str:
        raise _missing_or("a list", value)
    items = json.loads(value)
    if type(items) is not list or not all(type(item) is str for item in items):
        raise ValueError("not a list of texts")
    return items


def _mapping(value: Any) -> dict[str, Any]:
    if type(value) is not str:
        raise _missing_or("a mapping", value)
    found = json.loads(value)
    if type(found) is not dict:
        raise ValueError("not a mapping")
    return found


_READERS: dict[type, tuple[tuple[str, Callable[[Any], Any], bool], ...]] = {}


def _readers(record_type: type[Record]) -> tuple[tuple[str, Callable[[Any], Any], bool], ...]:
    """The column readers of a record type, worked out once per type, each with whether its field has a
    default."""
    readers = _READERS.get(record_type)
    if readers is None:
        hints = typing.get_type_hints(record_type)
        table = table_of(record_type)
        readers = tuple((f.name, _reader_for(hints[f.name], table, f.name), f.name != "id" and (
                            f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING))
                        for f in dataclasses.fields(record_type))
        _READERS[record_type] = readers
    return readers


def from_row(record_type: type[R], row: Any) -> R:
    """Builds a record from a row (an sqlite3.Row or a mapping); raises UnreadableRecord when a value is not one
    its field can hold. An empty (NULL) column of a field that has a default takes the default (a row written
    without that column, as the bench's store is).

    Columns the record does not know (added by a newer migration) are skipped."""
    present = row.keys()
    values = {}
    for name, read, has_default in _readers(record_type):
        if name in present:
            value = row[name]
            if value is None and has_default:
                continue
            try:
                values[name] = read(value)
            except (TypeError, ValueError, OverflowError) as error:
                raise UnreadableRecord(table_of(record_type), row["id"] if "id" in present else "?", name,
                                       str(error) or type(error).__name__) from None
    try:
        return record_type(**values)
    except TypeError as error:  # a field without a default has no column: not this app's row
        raise UnreadableRecord(table_of(record_type), values.get("id", "?"), "", str(error)) from None


def read_records(record_type: type[R], rows: Iterable[Any], unreadable: Unreadable) -> list[R]:
    """The records of the rows that can be read; the others are noted in `unreadable` and left out."""
    found = []
    for row in rows:
        try:
            found.append(from_row(record_type, row))
        except UnreadableRecord as error:
            unreadable.note(error.table, error.record_id, f"{error.column}: {error.reason}")
    return found


def refuse_unkeepable(table: str, record: Record, texts: list[tuple[str, str, int]]) -> None:
    """Raises UnkeepableError for a record the officer made that breaks a rule a handover file is read by
    (models/validation.py): stored, it would be left out of every handover file, and the stand-in would never see
    it. Said in words first for the named `texts` (what, text, limit) longer than a record may hold (a paste gone
    wrong) and for too many tags; anything else names the field."""
    from services.i18n import number_text  # Qt's locale: only when a problem is told

    for what, text, limit in texts:
        if len(text) > limit:
            raise UnkeepableError(translate("Records", "{what} is longer than Omroeper can keep: {count} "
                                                       "characters, at most {limit}. Shorten it.").format(
                what=what, count=number_text(len(text)), limit=number_text(limit)))
    tags = getattr(record, "tags", None)
    if isinstance(tags, list) and len(tags) > TAGS_MAX:
        raise UnkeepableError(translate("Records", "At most {limit} tags can be kept; this has {count}.").format(
            limit=number_text(TAGS_MAX), count=number_text(len(tags))))
    row = {column: value for column, value in to_row(record).items()  # the store stamps these when it saves
           if column not in ("id", "created_at", "updated_at", "deleted_at")}
    problems = record_problems(table, row)
    if problems:
        raise UnkeepableError(translate("Records", "This cannot be kept as it is: {field} ({fault}).").format(
            field=problems[0].column, fault=problems[0].fault.value))
