"""Text from outside (a resident's message, a name or handle from a network, a text from a handover file, what a
server answers) made into plain text that cannot reorder or hide what stands beside it. Each variant is for one kind
of place: `visible_text` for a text on lines of its own (a CSV cell), `shown_text` for a text shown whole (the Inbox
tab, the archive's overview), `one_line` for a text beside other words (a list row), and `printable_text` for a
few words a server said, quoted in a message or stored. (ui/plain_text.py keeps Qt from taking such text for
markup.)

The direction marks: a right-to-left override (U+202E) in a message would draw what follows it backwards
("LN99BANK" read as "KNAB99NL"), and an embedding or isolate left open would carry on into the author's name or the
time beside it. The explicit embedding, override and isolate characters are taken out; where the text stands on a
line with other words it is then put in one first-strong isolate of our own (U+2068 … U+2069): Arabic or Hebrew
still reads right to left inside it, and nothing outside it moves.

The control characters (C0 but tab and line feed, DEL, C1) could clear a line, ring a bell or hide the text after
them; each is shown as one visible mark (U+FFFD). A carriage return is taken as a line break.

What a server says is shorter and plainer still: `printable_text` keeps only the characters Python calls printable
(no control, format or direction character, no line break, no space but the plain one) and cuts the rest at a
limit, so a careless or hostile server cannot fill a message, the log or the data file with it."""

from __future__ import annotations

import html
import re

# LRE RLE PDF LRO RLO (U+202A-E) and LRI RLI FSI PDI (U+2066-9): each could reorder what stands beside the text.
_DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# C0 and C1 controls but tab and line feed (carriage returns are line breaks by then), and DEL.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# A carriage return and Unicode's line and paragraph separators: line breaks like any other.
_LINE_BREAKS = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n"})
ISOLATE, END_ISOLATE = "\u2068", "\u2069"
CONTROL_MARK = "\ufffd"


def visible_text(text: str) -> str:
    """The text with its direction controls out and every other control character as �; line breaks and tabs
    kept (a carriage return, a line or a paragraph separator becomes a line break). For a place that shows the
    text on lines of its own (a CSV cell)."""
    lines = text.replace("\r\n", "\n").translate(_LINE_BREAKS)
    return _CONTROLS.sub(CONTROL_MARK, _DIRECTION_CONTROLS.sub("", lines))


def shown_text(text: str) -> str:
    """The text shown whole (visible_text), each line in one isolate of its own: a line break ends an isolate,
    so one per line keeps every line's text to itself."""
    return "\n".join(f"{ISOLATE}{line}{END_ISOLATE}" if line else "" for line in visible_text(text).split("\n"))


def html_text(text: str) -> str:
    """A text from anyone (a name, a title, a note) for HTML that Qt or a browser lays out and prints: escaped,
    its direction controls out (an override in a name mirrored the whole printed sentence around it, dates too),
    other control characters as �."""
    return html.escape(visible_text(text))


def one_line(text: str, limit: int | None = 160) -> str:
    """The text on one line in one isolate (line breaks and tabs as spaces), to stand beside other words; cut at
    `limit` characters with an ellipsis (None: whole)."""
    flat = " ".join(visible_text(text).split())
    if limit is not None and len(flat) > limit:
        flat = flat[:limit - 1].rstrip() + "…"
    return f"{ISOLATE}{flat}{END_ISOLATE}" if flat else ""


def printable_text(value: object, limit: int = 200) -> str:
    """A value from a server as plain text to quote in a message or keep: only its printable characters, cut at
    `limit` characters with an ellipsis."""
    cleaned = "".join(char for char in str(value) if char.isprintable())
    return cleaned if len(cleaned) <= limit else cleaned[:limit - 1] + "…"
