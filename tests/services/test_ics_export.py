"""The iCalendar export: one event per post and key date, following the calendar's filters; and with texts that
hold every control character there is: the file keeps to RFC 5545 (no
control character but the line breaks it folds and escapes) and a calendar reads back the words and the line
breaks."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from models.channel import ChannelAccount, Network
from models.planning import KeyDate, KeyDateKind
from models.post import Post, PostStatus, Variant
from models.settings import Municipality
from services.calendar_queries import CalendarFilter
from services.ics_export import build_ics, export_ics, plain_text
from services.post_editing import save_post
from services.preferences import save_municipality
from services.store import Store

AMS = ZoneInfo("Europe/Amsterdam")
C0 = "".join(chr(code) for code in range(0x20))
C1 = "".join(chr(code) for code in range(0x7F, 0xA0))  # DEL and the C1 controls
# What may stay in the raw file: CR LF that end and fold lines. Everything else of C0, DEL and C1 must be gone.
FORBIDDEN = re.compile(b"[\\x00-\\x09\\x0b\\x0c\\x0e-\\x1f\\x7f]|\\xc2[\\x80-\\x9f]")


def dirty(word: str) -> str:
    return f"{C0}{word}{C1}\r\nregel 2\u2028regel 3"


def clean(word: str) -> str:
    """What a calendar shows of dirty(word): the tab a space, each line break one (TAB LF VT FF CR of C0, NEL of
    C1, CR LF, the line separator), the rest gone."""
    return f" \n\n\n\n{word}\n\nregel 2\nregel 3"


def test_every_text_of_the_export_is_free_of_control_characters(store: Store) -> None:
    save_municipality(store, Municipality(name=dirty("Oosterzande")))
    channel = store.save(ChannelAccount(network=Network.MANUAL, name=dirty("WhatsApp")))
    post = Post(title=dirty("Kermis"), body=dirty("Kermis op het plein"), campaign=dirty("Zomer"),
                tags=[dirty("kermis")], status=PostStatus.DRAFT, scheduled_at=datetime(2026, 7, 4, 10, 0, tzinfo=AMS))
    save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)])
    store.save(KeyDate(title=dirty("Weekmarkt"), kind=KeyDateKind.MARKET, on_date=date(2026, 7, 4),
                       notes=dirty("Op het plein")))
    data = build_ics(store, date(2026, 7, 1), date(2026, 7, 31))
    assert FORBIDDEN.search(data) is None
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["x-wr-calname"]) == "Social media – Oosterzande regel 2 regel 3"  # the name: one line
    events = {str(event["uid"]).split("-")[0]: event for event in calendar.walk("VEVENT")}
    kermis, market = events["post"], events["keydate"]
    assert str(kermis["summary"]) == clean("Kermis")
    assert str(kermis["description"]) == (f"Campaign: {clean('Zomer')}\nChannels: {clean('WhatsApp')}\n"
                                          f"Status: Draft\n\n{clean('Kermis op het plein')}")
    assert [str(tag) for tag in kermis["categories"].cats] == [clean("kermis")]
    assert str(market["summary"]) == clean("Weekmarkt")
    assert str(market["description"]) == clean("Op het plein")


@pytest.mark.parametrize("code", [*range(0x20), *range(0x7F, 0xA0), 0xD800, 0xDBFF, 0xDC00, 0xDFFF])
def test_each_control_character_and_lone_surrogate_is_left_out(code: int) -> None:
    cleaned = plain_text(f"a{chr(code)}b")
    if chr(code) in "\n\r\x0b\x0c\x85":
        assert cleaned == "a\nb"  # a line break of any kind is the one the format carries
    elif chr(code) == "\t":
        assert cleaned == "a b"
    else:
        assert cleaned == "ab"


def test_text_without_controls_is_kept_as_it_is() -> None:
    text = "Één 👨‍👩‍👧 بلدية \u200d ‘quote’ ; , \\ \"x\"\nnext"
    assert plain_text(text) == text


def test_a_repeat_rule_no_calendar_can_follow_is_left_out_and_reported(store: Store) -> None:
    """Such a rule cannot come from the app's own editing (a file brought it): the key date is unreadable, left out
    of the export and noted, and the export still works."""
    store.save(KeyDate(title="Markt", kind=KeyDateKind.MARKET, on_date=date(2026, 7, 4)))
    strange = store.save(KeyDate(title="Vreemd", kind=KeyDateKind.OTHER, on_date=date(2026, 7, 4),
                                 rrule="FREQ=NOOIT;X"))
    from services.key_dates import set_awareness_shown

    set_awareness_shown(store, False)  # the built-in world days would be exported beside it
    calendar = icalendar.Calendar.from_ical(build_ics(store, date(2026, 7, 1), date(2026, 7, 31)))
    assert [str(event["summary"]) for event in calendar.walk("VEVENT")] == ["Markt"]
    assert ("key_dates", strange.id) in store.unreadable.found


def test_ics_parses_back_with_one_event_per_post_and_the_key_dates(planned: Store) -> None:
    calendar = icalendar.Calendar.from_ical(build_ics(planned, date(2026, 3, 1), date(2026, 3, 20)))
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    built_in = {str(e["summary"]) for e in calendar.walk("VEVENT") if str(e["uid"]).startswith("keydate-")
                and str(e["categories"].to_ical(), "utf-8") == "topical"}  # the world days the calendar shows too
    assert "Earth Day" in built_in
    assert set(events) - built_in == {"Oud papier", "Raad", "Weekmarkt"}
    raad = events["Raad"]
    assert raad.decoded("dtstart") == datetime(2026, 3, 12, 9, 30, tzinfo=AMS)
    assert "Facebook" in str(raad["description"]) and "Bluesky" in str(raad["description"])
    assert "één accent" in str(raad["description"])
    market = events["Weekmarkt"]
    assert market.decoded("dtstart") == date(2026, 3, 7)
    assert market["rrule"]["FREQ"] == ["WEEKLY"]


def test_ics_follows_the_filters(planned: Store, tmp_path: Path) -> None:
    bluesky = planned.find(ChannelAccount, "name = 'Bluesky'")[0]
    path = tmp_path / "bluesky.ics"
    assert export_ics(planned, path, only=CalendarFilter(channel_ids=frozenset({bluesky.id}))) == 2
    summaries = {str(e["summary"]) for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    assert summaries == {"Raad", "Kermis"}


@pytest.mark.parametrize("code", [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
def test_a_direction_control_is_left_out(code: int) -> None:
    """An override in the municipality's name (the calendar's name) or a title would mirror the line around it."""
    assert plain_text(f"a{chr(code)}b") == "ab"
