"""Mapping between the dataclasses of models/ and rows of the store: one table per record type."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from models.common import Record, from_utc_text, to_utc_text

R = TypeVar("R", bound=Record)

# By class name, so that this module need not import every model (start-up loads only what the first screen uses).
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


def _reader_for(hint: Any) -> Callable[[Any], Any]:
    """A function that turns a column value back into the field's type."""
    optional = False
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional = len(args) < len(typing.get_args(hint))
        hint = args[0]
    origin = typing.get_origin(hint) or hint
    convert: Callable[[Any], Any]
    if origin is datetime:
        convert = from_utc_text
    elif origin is date:
        convert = date.fromisoformat
    elif origin is bool:
        convert = bool
    elif origin in (list, dict):
        convert = json.loads
    elif isinstance(origin, type) and issubclass(origin, Enum):
        convert = origin
    else:
        convert = _identity
    if optional:
        return lambda value: None if value is None else convert(value)
    return convert


def _identity(value: Any) -> Any:
    return value


_READERS: dict[type, dict[str, Callable[[Any], Any]]] = {}


def _readers(record_type: type[Record]) -> dict[str, Callable[[Any], Any]]:
    """The column readers of a record type, worked out once per type."""
    readers = _READERS.get(record_type)
    if readers is None:
        hints = typing.get_type_hints(record_type)
        readers = {f.name: _reader_for(hints[f.name]) for f in dataclasses.fields(record_type)}
        _READERS[record_type] = readers
    return readers


def from_row(record_type: type[R], row: Any) -> R:
    """Builds a record from a row (an sqlite3.Row or a mapping).

    Columns the record does not know (added by a newer migration) are skipped."""
    readers = _readers(record_type)
    values = {name: read(row[name]) for name, read in readers.items() if name in row.keys()}
    return record_type(**values)
