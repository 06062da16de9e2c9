"""Text and JSON that came from outside the process (a handover file, a template file, a server's answer): read
as a whole and refused when it nests deeper than anything the app writes or holds a text no file or database can
store, before any of it is used."""

from __future__ import annotations

import json
import re
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


def read_outside_json(text: str, max_depth: int = JSON_DEPTH_MAX, *, mend: bool = False, **options: Any) -> Any:
    """JSON that came from outside the process (a file, a server), parsed and checked as a whole: raises
    ValueError when it is not JSON or nests deeper than `max_depth`. A text that cannot be stored (a lone surrogate)
    is refused too, or with `mend` written as U+FFFD, the replacement character: a file is refused whole, but one
    resident's broken character in a server's page must not keep the rest of the page out at every fetch.
    `options` go to json.loads (object_pairs_hook, parse_constant)."""
    try:
        found = json.loads(text, **options)
    except RecursionError:
        raise TooDeep() from None
    if isinstance(found, str):
        return found if is_storable(found) else _storable(found, mend)
    waiting: list[tuple[Any, int]] = [(found, 0)]
    while waiting:
        value, depth = waiting.pop()
        if not isinstance(value, (dict, list)) or not value:
            continue
        if depth >= max_depth:  # its contents lie deeper than allowed
            raise TooDeep()
        if isinstance(value, dict):
            for key in list(value):
                item = value[key]
                if not is_storable(key):
                    del value[key]
                    key = _storable(key, mend)
                    value[key] = item
                if isinstance(item, str):
                    if not is_storable(item):
                        value[key] = _storable(item, mend)
                else:
                    waiting.append((item, depth + 1))
        else:
            for index, item in enumerate(value):
                if isinstance(item, str):
                    if not is_storable(item):
                        value[index] = _storable(item, mend)
                else:
                    waiting.append((item, depth + 1))
    return found


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # after parsing, a pair is one character: these stand alone


def _storable(text: str, mend: bool) -> str:
    if not mend:
        raise ValueError("a text that cannot be stored")
    return _LONE_SURROGATE.sub("\ufffd", text)
