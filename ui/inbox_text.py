"""How a resident's text is shown in the inbox: as plain text whatever it holds, its direction marks unable to turn
the rest of the line around, control characters visible as a mark, one line elided in the list and whole in the
detail; and the inbox's words for a duration and for the response clock.

The direction marks: a right-to-left override (U+202E) in a message would draw what follows it, on the same line,
backwards (the author's name or the time beside it). The explicit embedding, override and isolate characters are
taken out, and the text is then put in one first-strong isolate (U+2068 … U+2069): Arabic or Hebrew still reads
right to left inside it, and nothing outside it moves."""

from __future__ import annotations

import re
from datetime import timedelta

from models.inbox import ClockStage
from services.errors import translate

# LRE RLE PDF LRO RLO (U+202A-E) and LRI RLI FSI PDI (U+2066-9): each could reorder what stands beside the text.
_DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# C0 and C1 controls but tab and line feed (and carriage return, taken as a line break), shown as one mark.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
ISOLATE, END_ISOLATE = "\u2068", "\u2069"
CONTROL_MARK = "\ufffd"
LINE_LENGTH = 160  # a list's line: the rest is in the detail


def shown_text(text: str) -> str:
    """The resident's text as the detail shows it whole: direction controls out, other controls as �, in one
    isolate per line (a line break ends an isolate, so each line gets its own)."""
    cleaned = _CONTROLS.sub(CONTROL_MARK, _DIRECTION_CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n")))
    return "\n".join(f"{ISOLATE}{line}{END_ISOLATE}" if line else "" for line in cleaned.split("\n"))


def one_line(text: str, limit: int = LINE_LENGTH) -> str:
    """The text on one line for a list (line breaks as spaces), cut at `limit` characters with an ellipsis."""
    flat = " ".join(_CONTROLS.sub(CONTROL_MARK, _DIRECTION_CONTROLS.sub("", text)).split())
    if len(flat) > limit:
        flat = flat[:limit - 1].rstrip() + "…"
    return f"{ISOLATE}{flat}{END_ISOLATE}" if flat else ""


def duration_text(span: timedelta) -> str:
    """"under a minute", "45 min", "3 h 20 min", "2 d 4 h": how long, in a list's few characters."""
    minutes = int(span.total_seconds() // 60)
    if minutes < 1:
        return translate("InboxText", "under a minute")
    if minutes < 60:
        return translate("InboxText", "{minutes} min").format(minutes=minutes)
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        if minutes:
            return translate("InboxText", "{hours} h {minutes} min").format(hours=hours, minutes=minutes)
        return translate("InboxText", "{hours} h").format(hours=hours)
    days, hours = divmod(hours, 24)
    if hours:
        return translate("InboxText", "{days} d {hours} h").format(days=days, hours=hours)
    return translate("InboxText", "{days} d").format(days=days)


# The clock's colours: a light background with black text, so it reads the same in a light and a dark palette;
# the word and the mark in front say the same without the colour.
STAGE_BACKGROUND = {ClockStage.SOON: "#ffd966", ClockStage.LATE: "#f4a3a3"}
STAGE_TEXT = "#000000"


def stage_text(stage: ClockStage, left: timedelta) -> str:
    """The clock of an open item: "4 h left", "◑ 1 h 20 min left" (over half used), "⚠ late by 2 h". The marks
    are in the fonts every desktop has (an emoji would be an empty box on some)."""
    if stage is ClockStage.LATE:
        return translate("InboxText", "⚠ late by {time}").format(time=duration_text(-left))
    if stage is ClockStage.SOON:
        return translate("InboxText", "◑ {time} left").format(time=duration_text(left))
    return translate("InboxText", "{time} left").format(time=duration_text(left))
