"""How a resident's text is shown in the inbox: as plain text whatever it holds (services/plain_text.py: its
direction marks unable to turn the rest of the line around, control characters visible as a mark), one line elided
in the list and whole in the detail; and the inbox's words for a duration and for the response clock."""

from __future__ import annotations

from datetime import datetime, timedelta

from models.inbox import ClockStage
from services.errors import translate
from services.inbox_count import InboxSummary


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


def count_words(summary: InboxSummary, now: datetime, time_zone: str) -> tuple[str, str]:
    """The Inbox tab's title ("Inbox (3)") and the words for its tooltip and the tray: how many are open and how
    long the oldest has waited (in the main window's translation context, where they were first said)."""
    from services.i18n import moment_text

    title, tip = translate("MainWindow", "Inbox"), translate("MainWindow", "No open messages.")
    if summary.open:
        title = translate("MainWindow", "Inbox ({count})").format(count=summary.open)
        tip = translate("MainWindow", "1 open message.") if summary.open == 1 else translate(
            "MainWindow", "{count} open messages.").format(count=summary.open)
    if summary.oldest_open_at is not None:
        tip += " " + translate("MainWindow", "The oldest has been waiting since {time} ({age}).").format(
            time=moment_text(summary.oldest_open_at, time_zone), age=duration_text(now - summary.oldest_open_at))
    return title, tip
