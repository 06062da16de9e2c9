"""The rules every stored value keeps: what a file may bring, and what the store can show."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.common import new_id, to_utc_text
from models.validation import (
    Fault,
    is_image_name,
    one_line,
    parse_app_instant,
    record_problems,
    rule_problem,
    server_address_problem,
    setting_problem,
    shown_problem,
)

STAMP = "2026-07-01T08:00:00.000000Z"


def post(**changes: object) -> dict[str, object]:
    row: dict[str, object] = {"id": new_id(), "created_at": STAMP, "updated_at": STAMP, "deleted_at": None,
                              "title": "Braderie", "body": "Zaterdag", "language": "nl", "status": "draft",
                              "campaign": "", "tags": '["markt"]', "scheduled_at": None,
                              "time_zone": "Europe/Amsterdam", "series_id": None, "notes": "", "paused_at": None,
                              "pause_reason": "", "series_detached": 0}
    row.update(changes)
    return row


def faults(table: str, row: dict[str, object]) -> list[tuple[str, Fault]]:
    return [(problem.column, problem.fault) for problem in record_problems(table, row)]


def test_a_post_as_the_app_writes_it_passes() -> None:
    assert faults("posts", post()) == []


@pytest.mark.parametrize(("change", "expected"), [
    ({"status": "zombie"}, ("status", Fault.UNKNOWN_CHOICE)),
    ({"status": None}, ("status", Fault.MISSING)),
    ({"id": "1; DROP TABLE posts"}, ("id", Fault.NOT_ID)),
    ({"id": "6F9619FF-8B86-D011-B42D-00C04FC964FF"}, ("id", Fault.NOT_ID)),  # the app writes lower case
    ({"updated_at": "2026-07-01 08:00"}, ("updated_at", Fault.NOT_INSTANT)),
    ({"updated_at": "9999-12-31T23:59:59.000000Z"}, ("updated_at", Fault.TIME_OUT_OF_RANGE)),
    ({"scheduled_at": "2026-02-30T08:00:00.000000Z"}, ("scheduled_at", Fault.NOT_INSTANT)),
    ({"scheduled_at": "1969-12-31T23:59:59.000000Z"}, ("scheduled_at", Fault.TIME_OUT_OF_RANGE)),
    ({"title": b"\x00\xff"}, ("title", Fault.NOT_TEXT)),
    ({"title": "x" * 32_768}, ("title", Fault.TOO_LONG)),
    ({"tags": "markt"}, ("tags", Fault.NOT_TEXT_LIST)),
    ({"tags": "[1, 2]"}, ("tags", Fault.NOT_TEXT_LIST)),
    ({"time_zone": "../../etc/passwd"}, ("time_zone", Fault.NOT_ZONE)),
    ({"time_zone": "Mars/Olympus"}, ("time_zone", Fault.NOT_ZONE)),
    ({"series_detached": 2}, ("series_detached", Fault.OUT_OF_RANGE)),
    ({"language": "<b>nl</b>"}, ("language", Fault.NOT_LANGUAGE)),
])
def test_a_post_that_breaks_a_rule_is_named_with_its_column(change: dict[str, object],
                                                            expected: tuple[str, Fault]) -> None:
    assert faults("posts", post(**change))[0] == expected


@pytest.mark.parametrize("name", ["../../etc/passwd", "/home/x/secret.jpg", "a" * 64 + ".JPG", "a" * 64 + ".exe",
                                  "A" * 64 + ".png", "a" * 63 + ".png", "a" * 64 + ".png/../x", "a" * 64 + ".jpeg"])
def test_only_a_name_the_app_gives_is_an_image_name(name: str) -> None:
    assert not is_image_name(name)
    row = {"id": new_id(), "created_at": STAMP, "updated_at": STAMP, "sha256": "a" * 64, "file_name": name}
    assert faults("media", row)[0] == ("file_name", Fault.NOT_IMAGE_NAME)


def test_an_image_name_must_say_its_own_hash_and_type() -> None:
    good = {"id": new_id(), "created_at": STAMP, "updated_at": STAMP, "sha256": "a" * 64,
            "file_name": "a" * 64 + ".png", "mime_type": "image/png"}
    assert is_image_name(good["file_name"]) and faults("media", good) == []
    assert faults("media", {**good, "file_name": "b" * 64 + ".png"}) == [("file_name", Fault.NAME_NOT_CONTENT)]
    assert faults("media", {**good, "mime_type": "image/gif"}) == [("file_name", Fault.NAME_NOT_CONTENT)]


def test_periods_and_stand_ins_follow_the_absence_rules() -> None:
    me = new_id()
    absence = {"id": new_id(), "created_at": STAMP, "updated_at": STAMP, "staff_id": me, "starts_on": "2026-08-03",
               "ends_on": "2026-08-14", "standin_id": new_id(), "note": ""}
    assert faults("absences", absence) == []
    assert faults("absences", {**absence, "ends_on": "2026-08-01"}) == [("ends_on", Fault.ENDS_BEFORE_START)]
    assert faults("absences", {**absence, "standin_id": me}) == [("standin_id", Fault.OWN_STANDIN)]


@pytest.mark.parametrize(("address", "fine"), [
    ("", True), ("https://social.example.nl", True), ("http://127.0.0.1:8080", True),
    ("http://social.example.nl", False), ("https://user:pw@social.example.nl", False),
    ("file:///etc/passwd", False), ("javascript:alert(1)", False), ("https://", False),
    ("https://host:notaport", False), ("https://exa mple.nl", False),
])
def test_a_channel_address_is_https_or_this_computer_without_a_login(address: str, fine: bool) -> None:
    assert (server_address_problem(address) is None) is fine


def test_repeat_rules_as_written_and_as_read() -> None:
    assert rule_problem("FREQ=MONTHLY;BYDAY=+2TH") is None
    assert rule_problem("FREQ=SOMETIMES") is not None
    assert rule_problem("BYDAY=MO;FREQ=WEEKLY") is not None  # readable, but not as the app writes it
    assert rule_problem("BYDAY=MO;FREQ=WEEKLY", as_written=False) is None
    assert shown_problem("key_dates", "rrule", "FREQ=SOMETIMES") is not None


def test_settings_that_travel_keep_the_preferences_rules() -> None:
    assert setting_problem("rhythm.per_week", 3) is None
    assert setting_problem("rhythm.per_week", 22) is not None and setting_problem("rhythm.per_week", "3") is not None
    assert setting_problem("municipality.country", "XX") is not None
    assert setting_problem("municipality.time_zone", "Europe/Brussels") is None


def test_only_the_apps_own_instant_form_is_taken_from_outside() -> None:
    assert parse_app_instant(STAMP) == datetime(2026, 7, 1, 8, tzinfo=UTC)
    for text in ("2026-07-01T08:00:00Z", "2026-07-01T08:00:00.000000+00:00", " " + STAMP, 20260701):
        assert parse_app_instant(text) is None


@given(st.text(max_size=400))
def test_a_text_from_outside_shows_as_one_short_line(text: str) -> None:
    shown = one_line(text, 60)
    assert len(shown) <= 60 and "\n" not in shown and "\r" not in shown and "\u202e" not in shown
    assert shown == shown.strip()


@given(st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2199, 12, 31),
                    timezones=st.just(UTC)))
def test_every_instant_the_app_writes_is_one_it_takes(moment: datetime) -> None:
    assert parse_app_instant(to_utc_text(moment)) == moment
