"""How a resident's text is shown in the inbox: as plain text whatever it holds (services/plain_text.py: its
direction marks unable to turn the rest of the line around, control characters visible as a mark), one line elided
in the list and whole in the detail; and the inbox's words for a duration and for the response clock."""

from __future__ import annotations

from datetime import timedelta

from models.inbox import ClockStage
from services.errors import translate


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
