"""Whatever a store holds, the window opens: rows this app never writes (an unknown status or delivery state, a
time that does not read, text that is a number, an unknown network, a repeat rule that is no rule, an image
named outside the media folder) are written straight into the SQLite file; the real window opens, every tab
and view shows, the officer is told, and the commands and exports run and say it on stderr."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from models.common import new_id
from models.post import Post
from services.demo import fill_demo
from services.store import STORE_FILE_NAME, Store
from tests.conftest import FakeClock
from tests.test_publish_commands import run_main

TODAY = date(2026, 11, 18)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 18, 9, 0, tzinfo=UTC))


def spoil(path: Path) -> dict[str, str]:
    """Writes rows no version of this app writes, beside SQLite's own connection of the store; returns the ids of
    the posts touched by what they now hold."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            posts = [row[0] for row in conn.execute(
                "SELECT id FROM posts WHERE scheduled_at >= '2026-11-01' AND scheduled_at < '2026-12-01' "
                "AND deleted_at IS NULL AND variant_states != '' ORDER BY scheduled_at")]
            spoiled = dict(zip(("status", "state", "time", "tags", "title", "zone", "image"), posts, strict=False))
            conn.execute("UPDATE posts SET status = 'zombie' WHERE id = ?", (spoiled["status"],))
            conn.execute("UPDATE variants SET state = 'teleported' WHERE post_id = ?", (spoiled["state"],))
            conn.execute("UPDATE posts SET scheduled_at = '2026-11-20 ergens' WHERE id = ?", (spoiled["time"],))
            conn.execute("UPDATE posts SET tags = 'geen json' WHERE id = ?", (spoiled["tags"],))
            conn.execute("UPDATE posts SET title = X'00ff' WHERE id = ?", (spoiled["title"],))
            conn.execute("UPDATE posts SET time_zone = 'Mars/Olympus' WHERE id = ?", (spoiled["zone"],))
            conn.execute("UPDATE key_dates SET rrule = 'FREQ=SOMETIMES' WHERE id = (SELECT id FROM key_dates "
                         "WHERE rrule != '' LIMIT 1)")
            conn.execute("UPDATE key_dates SET kind = 'party' WHERE id = (SELECT id FROM key_dates WHERE rrule = '' "
                         "LIMIT 1)")
            conn.execute("UPDATE channels SET network = 'myspace' WHERE id = (SELECT id FROM channels LIMIT 1)")
            conn.execute("UPDATE staff SET name = '' WHERE is_self = 0 AND id IN (SELECT standin_id FROM absences)")
            conn.execute("UPDATE reply_templates SET category = 'gossip' WHERE id = (SELECT id FROM reply_templates "
                         "LIMIT 1)")
            conn.execute("UPDATE settings SET value = '\"heel veel\"' WHERE key = 'rhythm.per_week'")
            conn.execute("UPDATE settings SET value = '\"XX\"' WHERE key = 'municipality.country'")
            conn.execute("INSERT INTO settings (id, key, value, created_at, updated_at) VALUES "
                         "(?, 'handover.received_note', '[1, 2]', ?, ?)", (new_id(), "2026-11-01T00:00:00.000000Z",
                                                                          "2026-11-01T00:00:00.000000Z"))
            conn.execute("UPDATE settings SET value = '\"Mars/Olympus\"' WHERE key = 'municipality.time_zone'")
            conn.execute("INSERT INTO settings (id, key, value, created_at, updated_at) VALUES (?, 'rhythm.weekends', "
                         "'{kapot', '2026-11-01T00:00:00.000000Z', '2026-11-01T00:00:00.000000Z') "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (new_id(),))
            media_id, stamp = new_id(), "2026-11-01T00:00:00.000000Z"
            conn.execute("INSERT INTO absences (id, created_at, updated_at, staff_id, starts_on, ends_on, standin_id) "
                         "SELECT ?, ?, ?, other.id, '2026-11-01', 'nooit', me.id FROM staff other, staff me "
                         "WHERE me.is_self = 1 AND other.is_self = 0 LIMIT 1", (new_id(), stamp, stamp))
            conn.execute("INSERT INTO media (id, created_at, updated_at, sha256, file_name, mime_type) VALUES "
                         "(?, ?, ?, ?, '../../etc/passwd', 'image/png')", (media_id, stamp, stamp, "ab" * 32))
            conn.execute("INSERT INTO post_media (id, created_at, updated_at, post_id, media_id, alt_text) VALUES "
                         "(?, ?, ?, ?, ?, 'geheim')", (new_id(), stamp, stamp, spoiled["image"], media_id))
    finally:
        conn.close()
    return spoiled


@pytest.fixture
def spoiled(store: Store, tmp_path: Path) -> dict[str, str]:
    from services.reply_templates import ensure_starters

    fill_demo(store, TODAY)
    ensure_starters(store)
    store.set_setting("rhythm.per_week", 3)
    return spoil(tmp_path / STORE_FILE_NAME)


@pytest.mark.usefixtures("english")
def test_the_window_opens_on_a_spoiled_store_and_says_what_it_left_out(  # type: ignore[no-untyped-def]
        make_window, qtbot, store: Store, spoiled: dict[str, str], tmp_path: Path) -> None:
    window = make_window()
    window.show()
    qtbot.waitUntil(lambda: window.started)  # the rest of start-up has run
    calendar = window.calendar()
    shown = {post.id for posts in calendar.page.posts.values() for post in posts}
    assert spoiled["status"] not in shown and spoiled["time"] not in shown and spoiled["title"] not in shown
    assert {spoiled["state"], spoiled["image"], spoiled["tags"]} <= shown  # a bad state, image or tags: still shown
    assert next(post for posts in calendar.page.posts.values() for post in posts
                if post.id == spoiled["tags"]).tags == ()
    for view in (1, 2, 0):
        calendar.set_view(view)
        calendar.step(1)
        calendar.step(-1)
    calendar.search_edit.setText("Oosterzande")
    calendar.search_edit.clear()
    calendar.open_post(spoiled["image"])  # its image's name points outside the media folder: shown missing
    calendar.open_post(spoiled["state"])
    calendar.open_post(spoiled["zone"])  # a time zone that does not exist: the post cannot be opened, and says so
    calendar.open_post(spoiled["tags"])  # tags that are no list: likewise
    for index in range(6):
        window.tabs.setCurrentIndex(index)
        window.tab_page(index).reload()
    window.refresh_outbox()
    label = window.status.unreadable_label
    assert not label.isHidden()
    assert label.text().startswith(f"⚠ {len(store.unreadable)} record") and "see the log" in label.text()
    assert f"posts {spoiled['status']}: status: zombie" in label.toolTip()
    left_out = set(store.unreadable.found)
    assert {("posts", spoiled["status"]), ("posts", spoiled["time"]), ("posts", spoiled["title"]),
            ("posts", spoiled["tags"]), ("posts", spoiled["zone"])} <= left_out
    assert {table for table, _id in left_out} >= {"posts", "variants", "media", "channels", "key_dates", "settings",
                                                   "reply_templates"}


def test_exports_run_on_a_spoiled_store(store: Store, spoiled: dict[str, str], tmp_path: Path) -> None:
    from services.csv_exchange import export_csv
    from services.handover import HandoverNote, export_handover, read_handover
    from services.handover_note import handover_note_html
    from services.ics_export import export_ics

    assert export_csv(store, tmp_path / "posts.csv") > 0
    assert export_ics(store, tmp_path / "posts.ics") > 0
    html = handover_note_html(store, None, HandoverNote(), TODAY)
    assert "Posts, day by day" in html
    export_handover(store, tmp_path / "overdracht.omroeper", HandoverNote(), store.clock(), date(2026, 11, 1))
    handover = read_handover(tmp_path / "overdracht.omroeper")  # what was left out keeps the file importable
    try:
        with handover.data() as data:
            titles = {row["id"] for row in data.rows("posts")}
    finally:
        handover.discard()
    assert spoiled["status"] not in titles and spoiled["state"] in titles
    assert any(reason.startswith("left out of the handover file") for reason in store.unreadable.found.values())


@pytest.mark.slow
@pytest.mark.parametrize("command", [["export-csv", "posts.csv"], ["export-ics", "posts.ics"],
                                     ["handover", "export", "overdracht.omroeper"], ["channels", "list"],
                                     ["publish-due"]])
def test_the_commands_run_on_a_spoiled_store_and_say_so(store: Store, spoiled: dict[str, str], tmp_path: Path,
                                                        command: list[str]) -> None:
    store.close()
    args = [str(tmp_path / part) if "." in part else part for part in command]
    result = run_main(tmp_path, *args)
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 1), result.stderr
    assert re.search(r"\d+ records? could not be read and (was|were) left out; see the log", result.stderr)
    reopened = Store.open(tmp_path / STORE_FILE_NAME)
    try:
        assert reopened.get(Post, spoiled["state"]) is not None
    finally:
        reopened.close()
