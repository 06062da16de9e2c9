"""What a command prints on the terminal: plain text only. What a server, a file or the data brings (an account's
name, a channel's name from a handover file, a post's title, an error text) never reaches the terminal as a control
sequence (ESC, C1, DEL, bidi controls), and makes no line break of its own. Every command module prints through
`say`."""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Sequence

# Bidi controls (embeddings, overrides, isolates, marks): they reorder what a terminal shows.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_BREAKS = frozenset("\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def terminal_text(value: object, keep: str = "") -> str:
    """The value as a terminal may show it: without control characters (C0, C1, DEL) and bidi controls. A line
    break or tab becomes a space, except those in `keep` (the command's own layout)."""
    kept = []
    for char in str(value):
        if char in keep:
            kept.append(char)
        elif char in _BREAKS:
            kept.append(" ")
        elif char not in _BIDI and unicodedata.category(char) != "Cc":
            kept.append(char)
    return "".join(kept)


def say(text: str, *, err: bool = False, **values: object) -> None:
    """Prints `text`, the command's own words (on stderr with `err`), with `values` put in its {placeholders}.
    The text's own line breaks and tabs are kept; a value is one line of plain text (a list of values: one line
    each); nothing else of either reaches the terminal as a control character (terminal_text)."""
    shown = {name: "\n".join(terminal_text(item) for item in value)
             if isinstance(value, Sequence) and not isinstance(value, str) else terminal_text(value)
             for name, value in values.items()}
    line = text.format(**shown) if values else text
    print(terminal_text(line, keep="\n\t"), file=sys.stderr if err else sys.stdout, flush=True)
