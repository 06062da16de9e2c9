"""Text and JSON that came from outside the process (a handover file, a template file, a server's answer): read
as a whole and refused when it nests deeper than anything the app writes or holds a text no file or database can
store, before any of it is used."""

from __future__ import annotations

import json
from typing import Any

JSON_DEPTH_MAX = 32  # deeper than anything the app writes; far below where Python's parser would run out of stack


def is_storable(text: str) -> bool:
    """Whether a text can be stored and written out: no lone UTF-16 surrogate (which JSON's \\ud800 or a broken
    UTF-8 byte can bring), which SQLite and every file writer would refuse later, halfway through a change."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class TooDeep(ValueError):
    """JSON nested deeper than JSON_DEPTH_MAX."""


def read_outside_json(text: str, max_depth: int = JSON_DEPTH_MAX, **options: Any) -> Any:
    """JSON that came from outside the process (a file, a server), parsed and checked as a whole: raises
    ValueError when it is not JSON, nests deeper than `max_depth` or holds a text that cannot be stored.
    `options` go to json.loads (object_pairs_hook, parse_constant)."""
    try:
        found = json.loads(text, **options)
    except RecursionError:
        raise TooDeep() from None
    waiting: list[tuple[Any, int]] = [(found, 0)]
    while waiting:
        value, depth = waiting.pop()
        if depth > max_depth:
            raise TooDeep()
        if isinstance(value, str):
            if not is_storable(value):
                raise ValueError("a text that cannot be stored")
        elif isinstance(value, dict):
            waiting.extend((key, depth + 1) for key in value)
            waiting.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            waiting.extend((item, depth + 1) for item in value)
    return found
