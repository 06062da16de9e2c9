"""The rules every stored value keeps, whoever wrote it: the app's own editing, a handover file from another
laptop, or the store read back. Pure functions: each says what is wrong (a `Fault` with a detail) or nothing;
the services put it into the officer's words.

Two strengths of the same rules:
- to accept a value from outside (a handover file), every rule of its column holds, instants in exactly the form
  the app writes (`to_utc_text`: text order is time order, which the merge and the calendar rely on) and repeat
  rules in the form the app writes;
- to show a value the store already holds, only what a screen needs: the right type, a known choice, an instant
  or date that reads and lies between 1970 and 2200, a time zone that exists, a repeat rule that reads
  (`shown_problem`). A value past one of the generous length limits is still shown.

Lengths follow the app's own editing: a single-line field is a QLineEdit, which holds at most 32,767 characters;
a text field (a post's text, a note, a signature) has no editor limit, and a million characters is far beyond
any network's (Facebook's 63,206 is the largest).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from enum import Enum, StrEnum
from functools import cache
from typing import Any, NamedTuple

from models.outside_json import is_storable, read_outside_json

EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)  # a sane range: an instant outside it is a wrong clock or a crafted file
EARLIEST_DAY, LATEST_DAY = EARLIEST.date(), LATEST.date()
LINE_MAX = 32_767
TEXT_MAX = 1_000_000
# The longest text an editor takes (a post, a reply, a note): no network takes more than Facebook's 63,206, and
# every keystroke in the composer counts the text for each of its channels.
LONGEST_TEXT = 100_000
JSON_MAX = 1_000_000
TAGS_MAX = 500
COUNT_MAX = 2**53  # as high as a count gets and still an exact number everywhere
KEY_DATE_DAYS_MAX = 366  # a key date lasts a day, a week, at most a year

IMAGE_EXTENSIONS = {"jpg": "image/jpeg", "png": "image/png", "gif": "image/gif", "webp": "image/webp"}
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")

# The forms, compiled on first use.
_FORMS = {
    "instant": r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z",
    "day": r"\d{4}-\d{2}-\d{2}",
    "local_time": r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?",
    "uuid": r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
    "sha256": r"[0-9a-f]{64}",
    "image_name": r"([0-9a-f]{64})\.(jpg|png|gif|webp)",
    "language": r"[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}",
    "zone": r"[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+){0,2}",
    "setting_key": r"[a-z][a-z0-9_]*(\.[a-z0-9_]+){0,4}",
}


@cache
def _form(name: str) -> re.Pattern[str]:
    return re.compile(_FORMS[name])


def _matches(name: str, value: object) -> bool:
    return isinstance(value, str) and _form(name).fullmatch(value) is not None


class Fault(StrEnum):
    """What is wrong with a value or a record."""

    MISSING = "missing"
    BLANK = "blank"
    NOT_TEXT = "not_text"
    TOO_LONG = "too_long"
    NOT_WHOLE_NUMBER = "not_whole_number"
    OUT_OF_RANGE = "out_of_range"  # detail: "low–high"
    UNKNOWN_CHOICE = "unknown_choice"  # detail: the value, shortened
    NOT_INSTANT = "not_instant"
    NOT_DAY = "not_day"
    NOT_LOCAL_TIME = "not_local_time"
    TIME_OUT_OF_RANGE = "time_out_of_range"
    NOT_ID = "not_id"
    NOT_TEXT_LIST = "not_text_list"
    NOT_JSON = "not_json"
    NOT_RULE = "not_rule"
    NOT_ZONE = "not_zone"
    NOT_LANGUAGE = "not_language"
    NOT_ADDRESS = "not_address"
    NOT_LINK = "not_link"
    NOT_IMAGE_NAME = "not_image_name"
    NOT_HASH = "not_hash"
    NOT_SETTING_KEY = "not_setting_key"
    NAME_NOT_CONTENT = "name_not_content"  # an image's name does not say its hash and type
    ENDS_BEFORE_START = "ends_before_start"
    OWN_STANDIN = "own_standin"
    # across the records of a file
    DANGLING = "dangling"  # points at a record neither in the file nor on the laptop
    CLAIM_WITHOUT_ID = "claim_without_id"  # held by a network's schedule, without its id or what was handed over
    CLAIM_NOT_SCHEDULED = "claim_not_scheduled"  # held by or being sent to a network, its post not scheduled
    CLAIM_NO_SCHEDULE = "claim_no_schedule"  # held by the schedule of a network that keeps none; detail: network
    CLAIM_NOT_SENT = "claim_not_sent"  # sent to a network Omroeper does not send to; detail: the network
    ANSWERED_WITHOUT_ANSWER = "answered_without_answer"  # an inbox item answered, without its published answer
    DUPLICATE = "duplicate"
    LATER_THAN_FILE = "later_than_file"  # happened after the file was made: a wrong clock


class Problem(NamedTuple):
    """One broken rule: the column (or "" for the record as a whole), the fault and a detail for the message."""

    column: str
    fault: Fault
    detail: str = ""


Check = Callable[[Any], "tuple[Fault, str] | None"]


# ---- texts shown from outside -------------------------------------------------------------------------------

_INVISIBLE = {"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"}


def one_line(text: object, limit: int = 80) -> str:
    """A text from outside as one short line to show: control and format characters (new lines, right-to-left
    overrides, zero-width characters) become spaces, runs of space one, and a long text ends in "…". What it
    shows cannot pose as another line of a dialog."""
    import unicodedata

    raw = text if isinstance(text, str) else repr(text)
    raw = raw[: limit * 4]  # enough to fill the line after cleaning, without walking a huge text
    cleaned = "".join(" " if unicodedata.category(char) in _INVISIBLE else char for char in raw)
    cleaned = " ".join(cleaned.split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1].rstrip() + "…"


# ---- single values ------------------------------------------------------------------------------------------

def parse_app_instant(text: object) -> datetime | None:
    """An instant in exactly the form the app writes, within the sane range; None otherwise."""
    if not isinstance(text, str) or not _matches("instant", text):
        return None
    try:
        moment = datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)
    except ValueError:
        return None
    return moment if EARLIEST <= moment < LATEST else None


def instant_in_range(moment: datetime) -> bool:
    return EARLIEST <= moment < LATEST


def day_in_range(day: date) -> bool:
    return EARLIEST_DAY <= day < LATEST_DAY


def is_id(value: object) -> bool:
    """A record key as the app makes it: a UUID in lower-case text."""
    return _matches("uuid", value)


def is_image_name(name: object) -> bool:
    """An image's file name as the app gives it: the SHA-256 of its content (lower-case hex) and its type."""
    return _matches("image_name", name)


def image_name_hash(name: str) -> str | None:
    """The content hash an image name says, or None when it is not a name the app gives."""
    found = _form("image_name").fullmatch(name)
    return found.group(1) if found else None


def zone_problem(value: object) -> tuple[Fault, str] | None:
    if not isinstance(value, str) or len(value) > 64 or not _matches("zone", value):
        return Fault.NOT_ZONE, one_line(value, 40)
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return Fault.NOT_ZONE, one_line(value, 40)
    return None


def rule_problem(value: object, *, as_written: bool = True) -> tuple[Fault, str] | None:
    """A repeat rule (RFC 5545 RRULE text as the app stores it); "" is none. `as_written`: exactly in the form
    the app writes (what a file must hold); otherwise any rule the app can read (what the store may show)."""
    if not isinstance(value, str):
        return Fault.NOT_TEXT, ""
    if value == "":
        return None
    if len(value) > 500:
        return Fault.TOO_LONG, "500"
    from models.recurrence import Recurrence  # brings dateutil: only when there is a rule to check

    try:
        rule = Recurrence.from_text(value)
        written = rule.to_text()
    except (ValueError, KeyError, IndexError, TypeError, OverflowError):
        return Fault.NOT_RULE, one_line(value, 40)
    if as_written and written != value:
        return Fault.NOT_RULE, one_line(value, 40)
    return None


def server_address_problem(value: object) -> tuple[Fault, str] | None:
    """Where a channel's token goes: "" (the network's own API address), https, or http only to this computer;
    never with a user name or password in it."""
    if not isinstance(value, str):
        return Fault.NOT_TEXT, ""
    if value == "":
        return None
    if len(value) > 2000 or any(char.isspace() or ord(char) < 32 for char in value):
        return Fault.NOT_ADDRESS, one_line(value, 60)
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(value)
        host = parts.hostname
        has_login = parts.username is not None or parts.password is not None
        parts.port  # noqa: B018  (a port that is no number raises here)
    except ValueError:
        return Fault.NOT_ADDRESS, one_line(value, 60)
    if not host or has_login or parts.scheme not in ("http", "https") or (
            parts.scheme == "http" and host not in LOCAL_HOSTS):
        return Fault.NOT_ADDRESS, one_line(value, 60)
    return None


def link_problem(value: object) -> tuple[Fault, str] | None:
    """A link to a published post, which the officer may open: "" or http(s), nothing else (no file:, no
    javascript:)."""
    if not isinstance(value, str):
        return Fault.NOT_TEXT, ""
    if value == "":
        return None
    if len(value) > 2000 or any(char.isspace() or ord(char) < 32 for char in value):
        return Fault.NOT_LINK, one_line(value, 60)
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        return Fault.NOT_LINK, one_line(value, 60)
    if parts.scheme not in ("http", "https") or not host:
        return Fault.NOT_LINK, one_line(value, 60)
    return None


# ---- column checks ------------------------------------------------------------------------------------------

def _optional(check: Check) -> Check:
    return lambda value: None if value is None else check(value)


def _text(limit: int, *, blank: bool = True) -> Check:
    def check(value: Any) -> tuple[Fault, str] | None:
        if value is None:
            return Fault.MISSING, ""
        if not isinstance(value, str):
            return Fault.NOT_TEXT, ""
        if len(value) > limit:
            return Fault.TOO_LONG, str(limit)
        if not is_storable(value):
            return Fault.NOT_TEXT, ""
        if not blank and not value.strip():
            return Fault.BLANK, ""
        return None
    return check


LINE, NAME, TEXT = _text(LINE_MAX), _text(LINE_MAX, blank=False), _text(TEXT_MAX)


def _choice(choices: type[Enum]) -> Check:
    known = {member.value for member in choices}

    def check(value: Any) -> tuple[Fault, str] | None:
        if value is None:
            return Fault.MISSING, ""
        return None if isinstance(value, str) and value in known else (Fault.UNKNOWN_CHOICE, one_line(value, 40))
    return check


def _instant(value: Any) -> tuple[Fault, str] | None:
    if value is None:
        return Fault.MISSING, ""
    if not _matches("instant", value):
        return Fault.NOT_INSTANT, one_line(value, 40)
    try:
        moment = datetime.fromisoformat(value[:-1]).replace(tzinfo=UTC)
    except ValueError:
        return Fault.NOT_INSTANT, value
    return None if instant_in_range(moment) else (Fault.TIME_OUT_OF_RANGE, value)


def _day(value: Any) -> tuple[Fault, str] | None:
    if value is None:
        return Fault.MISSING, ""
    if not _matches("day", value):
        return Fault.NOT_DAY, one_line(value, 40)
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return Fault.NOT_DAY, one_line(value, 40)
    return None if day_in_range(day) else (Fault.TIME_OUT_OF_RANGE, value)


def _local_time(value: Any) -> tuple[Fault, str] | None:
    """A wall-clock time without zone, as a series keeps its first occurrence ("2026-03-16T09:00:00")."""
    if not _matches("local_time", value):
        return Fault.NOT_LOCAL_TIME, one_line(value, 40)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return Fault.NOT_LOCAL_TIME, one_line(value, 40)
    return None if day_in_range(moment.date()) else (Fault.TIME_OUT_OF_RANGE, value)


def _id(value: Any) -> tuple[Fault, str] | None:
    if value is None:
        return Fault.MISSING, ""
    return None if is_id(value) else (Fault.NOT_ID, one_line(value, 40))


def _whole(low: int, high: int) -> Check:
    def check(value: Any) -> tuple[Fault, str] | None:
        if value is None:
            return Fault.MISSING, ""
        if type(value) is not int:
            return Fault.NOT_WHOLE_NUMBER, ""
        return None if low <= value <= high else (Fault.OUT_OF_RANGE, f"{low}–{high}")
    return check


FLAG = _whole(0, 1)


def _text_list(value: Any) -> tuple[Fault, str] | None:
    """Tags: a JSON list of texts, as the app stores them."""
    if not isinstance(value, str):
        return Fault.NOT_TEXT_LIST, ""
    if len(value) > JSON_MAX:
        return Fault.TOO_LONG, str(JSON_MAX)
    try:
        items = read_outside_json(value)
    except ValueError:
        return Fault.NOT_TEXT_LIST, ""
    if not isinstance(items, list) or len(items) > TAGS_MAX or not all(
            isinstance(item, str) and len(item) <= LINE_MAX for item in items):
        return Fault.NOT_TEXT_LIST, ""
    return None


def _json(value: Any) -> tuple[Fault, str] | None:
    if not isinstance(value, str):
        return Fault.NOT_JSON, ""
    if len(value) > JSON_MAX:
        return Fault.TOO_LONG, str(JSON_MAX)
    try:
        read_outside_json(value)
    except ValueError:
        return Fault.NOT_JSON, ""
    return None


def _json_object(value: Any) -> tuple[Fault, str] | None:
    """A JSON object (a network's limits as it reported them): read tolerantly where it is used."""
    if _json(value) is not None:
        return _json(value)
    return None if isinstance(json.loads(value), dict) else (Fault.NOT_JSON, "")


def _json_list(value: Any) -> tuple[Fault, str] | None:
    """A JSON list (an inbox item's images as {"url", "alt"}): read tolerantly where it is used."""
    if _json(value) is not None:
        return _json(value)
    return None if isinstance(json.loads(value), list) else (Fault.NOT_JSON, "")


def _language(value: Any) -> tuple[Fault, str] | None:
    if isinstance(value, str) and len(value) <= 35 and _matches("language", value):
        return None
    return Fault.NOT_LANGUAGE, one_line(value, 20)


def _sha256(value: Any) -> tuple[Fault, str] | None:
    return None if _matches("sha256", value) else (Fault.NOT_HASH, one_line(value, 40))


def _image_name(value: Any) -> tuple[Fault, str] | None:
    return None if is_image_name(value) else (Fault.NOT_IMAGE_NAME, one_line(value, 60))


def _image_type(value: Any) -> tuple[Fault, str] | None:
    if value == "" or value in IMAGE_EXTENSIONS.values():
        return None
    return Fault.UNKNOWN_CHOICE, one_line(value, 40)


def _setting_key(value: Any) -> tuple[Fault, str] | None:
    if isinstance(value, str) and len(value) <= 200 and _matches("setting_key", value):
        return None
    return Fault.NOT_SETTING_KEY, one_line(value, 40)


def _rule(value: Any) -> tuple[Fault, str] | None:
    return rule_problem(value, as_written=True)


_COMMON: dict[str, Check] = {"id": _id, "created_at": _instant, "updated_at": _instant,
                             "deleted_at": _optional(_instant)}


@cache
def columns() -> dict[str, dict[str, Check]]:
    """Every column a record table has, with its check. (Derived columns, kept by triggers, are no record's
    values: posts.excerpt and posts.variant_states are never taken from outside.) Built on first use: it needs
    every model's choices."""
    from models.channel import ManualNetwork, Network
    from models.inbox import ItemKind, ItemState, Visibility
    from models.planning import KeyDateKind
    from models.post import DeliveryState, PostStatus
    from models.reply import Audience, TemplateCategory
    from models.results import FigureAge

    return {
        "settings": {"key": _setting_key, "value": _json},
        "staff": {"name": NAME, "role": LINE, "email": LINE, "phone": LINE, "active": FLAG, "is_self": FLAG},
        "signatures": {"staff_id": _id, "language": _language, "text": TEXT},
        "channels": {"network": _choice(Network), "name": NAME, "base_url": server_address_problem, "handle": LINE,
                     "external_id": LINE, "has_secret": FLAG, "max_characters": _optional(_whole(1, 10_000_000)),
                     "token_expires_at": _optional(_instant), "last_checked_at": _optional(_instant),
                     "last_error": TEXT, "image_limits": _json_object, "held_until": _optional(_instant),
                     "manual_network": _choice(ManualNetwork), "account_id": LINE, "account_name": LINE},
        "key_dates": {"title": NAME, "kind": _choice(KeyDateKind), "on_date": _day, "rrule": _rule, "notes": TEXT,
                      "days": _whole(1, KEY_DATE_DAYS_MAX), "source": LINE, "starter_key": LINE, "enabled": FLAG},
        "absences": {"staff_id": _id, "starts_on": _day, "ends_on": _day, "standin_id": _optional(_id),
                     "note": TEXT},
        "reply_templates": {"title": NAME, "category": _choice(TemplateCategory), "language": _language,
                            "body": TEXT, "audience": _choice(Audience), "tags": _text_list,
                            "use_count": _whole(0, COUNT_MAX), "last_used_at": _optional(_instant),
                            "starter_key": LINE, "edited": FLAG},
        "media": {"sha256": _sha256, "file_name": _image_name, "mime_type": _image_type,
                  "width": _whole(0, 1_000_000), "height": _whole(0, 1_000_000),
                  "size_bytes": _whole(0, COUNT_MAX), "frames": _whole(1, 100_000),
                  "original_id": _optional(_id), "fitted_for": LINE},
        "post_series": {"rrule": _rule, "starts_at_local": _local_time, "time_zone": zone_problem,
                        "template_post_id": _optional(_id)},
        "posts": {"title": LINE, "body": TEXT, "language": _language, "status": _choice(PostStatus),
                  "campaign": LINE, "tags": _text_list, "scheduled_at": _optional(_instant),
                  "time_zone": _optional(zone_problem), "series_id": _optional(_id), "notes": TEXT,
                  "paused_at": _optional(_instant), "pause_reason": TEXT, "series_detached": FLAG},
        "variants": {"post_id": _id, "channel_id": _id, "body": _optional(TEXT), "state": _choice(DeliveryState),
                     "remote_id": LINE, "remote_url": link_problem, "idempotency_key": LINE, "last_error": TEXT,
                     "published_at": _optional(_instant), "next_try_at": _optional(_instant),
                     "attempt_count": _whole(0, COUNT_MAX), "remote_fingerprint": LINE,
                     "sending_since": _optional(_instant), "send_late": FLAG},
        "post_media": {"post_id": _id, "media_id": _id, "position": _whole(0, 10_000), "alt_text": TEXT},
        "attempts": {"variant_id": _id, "started_at": _instant, "finished_at": _optional(_instant),
                     "outcome": LINE, "remote_id": LINE, "remote_url": link_problem, "error": TEXT},
        "reply_log": {"staff_id": _optional(_id), "template_id": _optional(_id), "channel": LINE,
                      "received_at": _instant, "answered_at": _instant},
        "inbox_items": {"channel_id": _id, "network": _choice(Network), "kind": _choice(ItemKind),
                        "remote_id": NAME, "remote_cid": LINE, "url": link_problem, "conversation_key": LINE,
                        "thread_root": _optional(_json_object), "answers_remote_id": LINE,
                        "answers_post_id": _optional(_id), "author_name": LINE, "author_handle": LINE,
                        "author_ref": LINE, "text": TEXT, "source": TEXT, "images": _json_list,
                        "visibility": _choice(Visibility), "received_at": _instant,
                        "fetched_at": _optional(_instant), "state": _choice(ItemState), "owner_id": _optional(_id),
                        "answered_by": _optional(_id), "answered_at": _optional(_instant),
                        "answer_id": _optional(_id), "edited_at": _optional(_instant),
                        "deleted_there_at": _optional(_instant)},
        "inbox_answers": {"item_id": _id, "channel_id": _id, "body": TEXT, "visibility": _choice(Visibility),
                          "private": FLAG, "staff_id": _optional(_id), "template_id": _optional(_id),
                          "state": _choice(DeliveryState), "remote_id": LINE, "remote_url": link_problem,
                          "idempotency_key": LINE, "last_error": TEXT, "sending_since": _optional(_instant),
                          "attempt_count": _whole(0, COUNT_MAX), "next_try_at": _optional(_instant),
                          "published_at": _optional(_instant)},
        "post_figures": {"variant_id": _id, "age": _choice(FigureAge), "taken_at": _instant,
                         **{name: _optional(_whole(0, COUNT_MAX))
                            for name in ("likes", "shares", "replies", "quotes", "views", "reach")},
                         "problem": TEXT},
        "follower_counts": {"channel_id": _id, "taken_at": _instant, "followers": _whole(0, COUNT_MAX)},
    }


# What each record points at: (column, table). A file's record must point at a record in the file or on the
# laptop that takes it in. (A series' template post is a memory of where it came from, not a reference: it may
# lie before the handed-over period.)
REFERENCES: dict[str, tuple[tuple[str, str], ...]] = {
    "signatures": (("staff_id", "staff"),),
    "absences": (("staff_id", "staff"), ("standin_id", "staff")),
    "posts": (("series_id", "post_series"),),
    "variants": (("post_id", "posts"), ("channel_id", "channels")),
    "post_media": (("post_id", "posts"), ("media_id", "media")),
    "attempts": (("variant_id", "variants"),),
    "reply_log": (("staff_id", "staff"), ("template_id", "reply_templates")),
    "inbox_items": (("channel_id", "channels"), ("owner_id", "staff"), ("answered_by", "staff")),
    "inbox_answers": (("item_id", "inbox_items"), ("channel_id", "channels"), ("staff_id", "staff"),
                      ("template_id", "reply_templates")),
    "post_figures": (("variant_id", "variants"),),
    "follower_counts": (("channel_id", "channels"),),
}

# Instants that say when something happened (not when it is planned): none can lie after the moment a file was
# made on the same laptop's clock.
HAPPENED = ("created_at", "updated_at", "deleted_at", "paused_at", "published_at", "sending_since",
            "last_checked_at", "last_used_at", "started_at", "finished_at", "fetched_at", "answered_at", "taken_at")


def value_problem(table: str, column: str, value: Any) -> Problem | None:
    check = _COMMON.get(column) or columns()[table].get(column)
    if check is None:
        return None
    found = check(value)
    return Problem(column, *found) if found else None


def record_problems(table: str, row: Mapping[str, Any]) -> list[Problem]:
    """Every rule of the table's columns present in `row`, and those across columns (a period that ends before
    it starts, someone standing in for themselves, an image whose name does not say its content)."""
    problems = [problem for column in (*_COMMON, *columns()[table]) if column in row
                if (problem := value_problem(table, column, row[column])) is not None]
    if problems:
        return problems
    if table == "absences":
        if row["ends_on"] < row["starts_on"]:
            problems.append(Problem("ends_on", Fault.ENDS_BEFORE_START))
        if row.get("standin_id") and row.get("standin_id") == row["staff_id"]:
            problems.append(Problem("standin_id", Fault.OWN_STANDIN))
    elif table == "channels" and row.get("manual_network") and row.get("network") != "manual":
        problems.append(Problem("manual_network", Fault.UNKNOWN_CHOICE, one_line(row["manual_network"], 40)))
    elif table == "media":
        extension = row["file_name"].rsplit(".", 1)[-1]
        if row["file_name"] != f"{row['sha256']}.{extension}" or row.get("mime_type", "") not in (
                "", IMAGE_EXTENSIONS[extension]):
            problems.append(Problem("file_name", Fault.NAME_NOT_CONTENT, one_line(row["file_name"], 60)))
    return problems


def shown_problem(table: str, column: str, value: Any) -> Problem | None:
    """The rules a value the store holds must keep to be shown at all, for the text columns a screen turns into
    something else (a time zone, a repeat rule, a wall-clock time). The type, the choice and the readable instant
    follow from the record's own fields (services/records.py)."""
    if value is None:
        return None
    found: tuple[Fault, str] | None = None
    if column == "time_zone" and table in ("posts", "post_series"):
        found = zone_problem(value)
    elif column == "rrule" and table in ("post_series", "key_dates"):
        found = rule_problem(value, as_written=False)
    elif column == "starts_at_local" and table == "post_series":
        found = _local_time(value)
    return Problem(column, *found) if found else None


SHOWN_COLUMNS = {"posts": ("time_zone",), "post_series": ("time_zone", "rrule", "starts_at_local"),
                 "key_dates": ("rrule",)}


# ---- settings that travel -----------------------------------------------------------------------------------

RHYTHM_MAX = 21  # the Preferences dialog's highest number of posts a week


def setting_problem(key: str, value: Any) -> tuple[Fault, str] | None:
    """The rules of the settings a handover brings to a new laptop (the municipality and the posting rhythm), on
    their JSON values; other keys only need to be JSON."""
    if key == "municipality.country":
        return None if value in ("NL", "BE") else (Fault.UNKNOWN_CHOICE, one_line(value, 20))
    if key == "municipality.time_zone":
        return zone_problem(value)
    if key in ("municipality.name", "municipality.region"):
        return LINE(value)
    if key == "rhythm.per_week":
        return _whole(0, RHYTHM_MAX)(value)
    if key == "rhythm.weekends":
        return None if isinstance(value, bool) else (Fault.UNKNOWN_CHOICE, one_line(value, 20))
    return None
