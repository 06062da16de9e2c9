"""The planning as an iCalendar file (RFC 5545), for Outlook and Google Calendar: one event per post, and the
key dates as all-day events (recurring ones with their rule).

Every text goes through `plain_text` first: the format (and the calendars reading it) takes no control
characters but line breaks, and a title pasted from elsewhere may hold any.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from models import APP_VERSION
from models.channel import ChannelAccount
from models.planning import KeyDate
from services.calendar_queries import CalendarFilter, posts_between
from services.errors import translate
from services.files import write_file_safely
from services.i18n import status_word
from services.preferences import load_municipality
from services.store import Store

log = logging.getLogger("omroeper")

FAR_PAST = datetime(1970, 1, 1, tzinfo=UTC)
FAR_FUTURE = datetime(2200, 1, 1, tzinfo=UTC)
POST_MINUTES = 15

# Line breaks of every kind become the one the format carries (written as "\\n"); a tab becomes a space.
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# The other C0 and C1 control characters, DEL, and halves of a character (lone surrogates): left out.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_DIRECTION = re.compile("[\u202a-\u202e\u2066-\u2069]")  # LRE..RLO and the isolates: each reorders a line


def plain_text(text: str) -> str:
    """The text as an iCalendar TEXT value may hold it: line breaks kept (as "\\n"), tabs as spaces, every other
    control character removed, and the direction controls (an override would mirror a calendar's lines)."""
    return _DIRECTION.sub("", _CONTROL.sub("", _LINE_BREAKS.sub("\n", text).replace("\t", " ")))


def build_ics(store: Store, start: date | None = None, end: date | None = None,
              only: CalendarFilter = CalendarFilter(), now: datetime | None = None) -> bytes:  # noqa: B008
    """The calendar of posts (and key dates) from `start` to `end` inclusive; None means no bound."""
    import icalendar

    municipality = load_municipality(store)
    zone = ZoneInfo(municipality.time_zone)
    stamp = now or store.clock()
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//Omroeper {APP_VERSION}//NL")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", " ".join(plain_text(translate("IcsExport", "Social media – {name}").format(
        name=municipality.name or "Omroeper")).split()))  # an X- property: icalendar writes its line breaks raw
    channels = {channel.id: channel for channel in store.find(ChannelAccount)}
    first = datetime.combine(start, time(), zone) if start else FAR_PAST
    after_last = datetime.combine(end + timedelta(days=1), time(), zone) if end else FAR_FUTURE
    posts = posts_between(store, first, after_last, only)
    bodies = _bodies(store, [post.id for post in posts])
    for post in posts:
        assert post.scheduled_at is not None
        event = icalendar.Event()
        event.add("uid", f"post-{post.id}@omroeper")
        event.add("dtstamp", stamp)
        event.add("dtstart", post.scheduled_at.astimezone(UTC))
        event.add("dtend", post.scheduled_at.astimezone(UTC) + timedelta(minutes=POST_MINUTES))
        event.add("summary", plain_text(post.label))
        names = [channels[c.channel_id].name for c in post.channels if c.channel_id in channels]
        full = bodies.get(post.id, "")
        description = translate("IcsExport", "Channels: {channels}\nStatus: {status}\n\n{text}").format(
            channels=", ".join(names) or "–", status=status_word(post.status), text=full)
        if post.campaign:
            description = translate("IcsExport", "Campaign: {campaign}").format(campaign=post.campaign) + "\n" + \
                description
        event.add("description", plain_text(description))
        if post.tags:
            event.add("categories", [plain_text(tag) for tag in post.tags])
        calendar.add_component(event)
    if not only.channel_ids and not only.statuses and not only.campaign and not only.tag:
        from services.key_dates import all_key_dates, awareness_shown

        listed = all_key_dates(store, municipality.country, _language(), with_set=awareness_shown(store))
        for key_date in listed:  # as the calendar shows them: the built-in world days too, none switched off
            if key_date.enabled and (key_date.rrule or _within(key_date.on_date, start, end)):
                calendar.add_component(_key_date_event(icalendar, key_date, stamp))
    return bytes(calendar.to_ical())


def _bodies(store: Store, post_ids: list[str]) -> dict[str, str]:
    """The full texts, read in batches (an SQL statement takes a limited number of parameters)."""
    found: dict[str, str] = {}
    for start in range(0, len(post_ids), 500):
        batch = post_ids[start:start + 500]
        marks = ",".join("?" * len(batch))
        found.update(store.query_tuples(f"SELECT id, body FROM posts WHERE id IN ({marks})", batch))
    return found


def _language() -> str:
    from PySide6.QtCore import QLocale

    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def _within(day: date, start: date | None, end: date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


def _key_date_event(icalendar, key_date: KeyDate, stamp: datetime):  # type: ignore[no-untyped-def]
    event = icalendar.Event()
    event.add("uid", f"keydate-{key_date.id}@omroeper")
    event.add("dtstamp", stamp)
    event.add("dtstart", key_date.on_date)
    event.add("dtend", key_date.on_date + timedelta(days=max(1, key_date.days)))
    event.add("summary", plain_text(key_date.title))
    event.add("categories", [key_date.kind.value])
    event.add("transp", "TRANSPARENT")
    if key_date.rrule:
        try:
            event.add("rrule", icalendar.vRecur.from_ical(key_date.rrule))
        except ValueError:  # a rule no calendar could follow: the first day at least
            log.warning("Key date %s has a repeat rule iCalendar cannot hold; exported as one day", key_date.id)
    if key_date.notes:
        event.add("description", plain_text(key_date.notes))
    return event


def export_ics(store: Store, path: Path, start: date | None = None, end: date | None = None,
               only: CalendarFilter = CalendarFilter()) -> int:  # noqa: B008
    """Writes the file (whole or not at all) and returns the number of posts in it."""
    data = build_ics(store, start, end, only)
    write_file_safely(path, data)
    return data.count(b"UID:post-")
