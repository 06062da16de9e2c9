"""A handover file is data, never instructions: one test per attack. Each file is made by the app's own export
and then changed as an attacker would, hashes recomputed (a hash is no signature), so that only the check under
test can refuse it. A refused file changes nothing: the whole store, rows and media folder, is compared."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from models.channel import ChannelAccount, Network
from models.common import new_id, to_utc_text
from models.media import Media, PostMedia
from models.planning import Absence
from models.post import Post, PostStatus, Variant
from models.staff import StaffMember
from services.errors import KnownError
from services.handover import DATA, MANIFEST, NOTE, HandoverNote, export_handover, read_handover
from services.media_library import NOT_AN_IMAGE_NAME, add_image, media_dir, media_path
from services.merge import plan_merge
from services.post_editing import images_of, save_post
from services.store import Store
from tests.conftest import FakeClock
from tests.services.handover_craft import PNG, craft, import_file, members_of, store_rows, write_file

NOW = datetime(2026, 7, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def exported(store: Store, tmp_path: Path) -> Path:
    """The officer's file: staff, a Mastodon channel with its token, two posts with an image, an idea."""
    store.save(StaffMember(name="Sanne", is_self=True))
    channel = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url="https://social.example",
                                        has_secret=True))
    picture = tmp_path / "markt.png"
    picture.write_bytes(PNG)
    for days, title in ((5, "Braderie"), (40, "Kermis")):
        post = Post(title=title, body=title, status=PostStatus.SCHEDULED, scheduled_at=NOW + timedelta(days=days))
        media = add_image(store, picture)
        save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)],
                  [PostMedia(post_id=post.id, media_id=media.id, alt_text="Markt")])
    store.save(Post(title="Idee zonder datum", status=PostStatus.IDEA))
    target = tmp_path / "overdracht.omroeper"
    export_handover(store, target, HandoverNote(running_topics="Braderie"), NOW)
    return target


@pytest.fixture
def receiver(tmp_path: Path, exported: Path) -> Iterator[Store]:
    """The stand-in's laptop, which took in the good file once already."""
    opened = Store.open(tmp_path / "joris" / "omroeper.sqlite", clock=FakeClock(NOW + timedelta(hours=2)))
    import_file(opened, exported)
    yield opened
    opened.close()


def refused_and_unchanged(store: Store, path: Path, *expected: str) -> str:
    """Imports `path` into `store`; asserts it is refused with a message holding `expected` and that not one row
    nor one media file changed. Returns the message."""
    before = store_rows(store)
    with pytest.raises(KnownError) as raised:
        import_file(store, path)
    message = raised.value.message
    for text in expected:
        assert text in message
    assert "Nothing was changed" in message
    assert store_rows(store) == before
    return message


def the_image(members: dict[str, bytes]) -> str:
    [name] = [name for name in members if name.startswith("media/")]
    return name


# ---- names in the zip ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "message"), [
    ("media/../../evil.png", "outside its folder"),
    ("/home/x/evil.png", "outside its folder"),
    ("media\\..\\evil.png", "outside its folder"),
    ("C:/Windows/evil.png", "outside its folder"),
    ("media/./" + "a" * 64 + ".png", "no handover holds"),
    ("media//" + "a" * 64 + ".png", "no handover holds"),
    ("media/", "no handover holds"),
    ("media/evil.png", "no handover holds"),
    ("MEDIA/" + "a" * 64 + ".png", "no handover holds"),
    ("media/" + "A" * 64 + ".PNG", "no handover holds"),
    ("autorun.inf", "no handover holds"),
])
def test_a_member_named_other_than_the_app_names_it_is_refused(receiver: Store, exported: Path, tmp_path: Path,
                                                               name: str, message: str) -> None:
    members = members_of(exported)
    members[name] = members.pop(the_image(members))
    bad = write_file(tmp_path / "bad.omroeper", members)
    refused_and_unchanged(receiver, bad, message)
    assert not (tmp_path / "evil.png").exists() and not (tmp_path.parent / "evil.png").exists()


def test_a_link_in_the_zip_is_refused(receiver: Store, exported: Path, tmp_path: Path) -> None:
    members = members_of(exported)
    name = the_image(members)
    link = zipfile.ZipInfo(name)
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    members[name] = b"/etc/passwd"
    bad = write_file(tmp_path / "link.omroeper", members, infos={name: link})
    refused_and_unchanged(receiver, bad, "a link or a folder")


def test_a_member_needing_a_newer_zip_reader_is_refused_not_a_crash(receiver: Store, exported: Path,
                                                                    tmp_path: Path) -> None:
    """A "version needed to extract" above what Python's zipfile reads (one flipped byte does it) made reading
    the file end in NotImplementedError: an unexpected error instead of a refusal in words."""
    raw = bytearray(exported.read_bytes())
    directory = raw.index(b"PK\x01\x02")  # the first member's entry in the central directory
    raw[directory + 6:directory + 8] = (84).to_bytes(2, "little")  # "version needed to extract": 8.4
    bad = tmp_path / "newer.omroeper"
    bad.write_bytes(bytes(raw))
    refused_and_unchanged(receiver, bad, "damaged or incomplete")


def test_an_image_whose_content_is_not_its_name_is_refused(receiver: Store, exported: Path, tmp_path: Path) -> None:
    members = members_of(exported)
    members[the_image(members)] = b"GIF89a not the picture it says it is"
    refused_and_unchanged(receiver, write_file(tmp_path / "swapped.omroeper", members), "does not hold what its name")


# ---- image records that point outside the data folder ----------------------------------------------------------

@pytest.mark.parametrize("file_name", ["../../etc/passwd", "/home/x/secret.jpg", "a" * 64 + ".png"])
def test_an_image_record_naming_a_file_elsewhere_is_refused(receiver: Store, exported: Path, tmp_path: Path,
                                                           file_name: str) -> None:
    secret = tmp_path / "secret.jpg"
    secret.write_bytes(b"the officer's passport scan")
    bad = craft(exported, tmp_path / "elsewhere.omroeper",
                lambda conn: conn.execute("UPDATE media SET file_name = ?", (file_name.replace("/home/x/secret.jpg",
                                                                                              str(secret)),)))
    message = refused_and_unchanged(receiver, bad, "images")
    assert "file_name" in message or "file name" in message


def test_an_image_name_from_anywhere_never_becomes_a_path_outside_the_media_folder(store: Store,
                                                                                   tmp_path: Path) -> None:
    """A record that got into a store another way (an older version's import): publishing and the next handover
    export find no image there, and never read the named file."""
    secret = tmp_path / "secret.jpg"
    secret.write_bytes(b"the officer's passport scan")
    store.save(StaffMember(name="Sanne", is_self=True))
    channel = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    post = Post(title="Braderie", body="Braderie", status=PostStatus.DRAFT, scheduled_at=NOW + timedelta(days=2))
    media = Media(sha256="ab" * 32, file_name=str(secret), mime_type="image/jpeg")
    store.conn.execute("INSERT INTO media (id, created_at, updated_at, sha256, file_name, mime_type) VALUES "
                       "(?, ?, ?, ?, ?, ?)", (media.id, to_utc_text(NOW), to_utc_text(NOW), media.sha256,
                                              media.file_name, media.mime_type))
    save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)],
              [PostMedia(post_id=post.id, media_id=media.id, alt_text="Paspoort")])
    [(_link, stored)] = images_of(store, post.id)
    assert media_path(store, stored) == media_dir(store) / NOT_AN_IMAGE_NAME
    assert ("media", media.id) in store.unreadable.found
    target = tmp_path / "overdracht.omroeper"
    export_handover(store, target, HandoverNote(), NOW)
    packed = b"".join(members_of(target).values())
    assert b"passport" not in packed and not any(name.startswith("media/") for name in members_of(target))
    handover = read_handover(target)  # the record was left out, so the file is one the import takes
    handover.discard()


# ---- the data file ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sql", "what"), [
    ("CREATE VIEW everything AS SELECT * FROM posts", "everything"),
    ("CREATE TRIGGER on_read AFTER INSERT ON staff BEGIN DELETE FROM posts; END", "on_read"),
    ("CREATE TABLE instructions (what TEXT)", "instructions"),
    ("ALTER TABLE posts ADD COLUMN run_me TEXT", "posts"),
    ("CREATE INDEX posts_by_title ON posts(title)", "posts_by_title"),
    ("DROP TRIGGER posts_excerpt_update", "posts_excerpt_update"),
])
def test_a_schema_other_than_the_apps_own_is_refused(receiver: Store, exported: Path, tmp_path: Path, sql: str,
                                                     what: str) -> None:
    bad = craft(exported, tmp_path / "schema.omroeper", lambda conn: conn.execute(sql))
    refused_and_unchanged(receiver, bad, "holds something a handover never holds", what)


def test_a_view_in_place_of_a_table_is_refused(receiver: Store, exported: Path, tmp_path: Path) -> None:
    def swap(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE key_dates RENAME TO key_dates_real")
        conn.execute("CREATE VIEW key_dates AS SELECT * FROM key_dates_real")
    refused_and_unchanged(receiver, craft(exported, tmp_path / "view.omroeper", swap), "key_dates")


def test_data_of_another_schema_version_than_its_manifest_says_is_refused(receiver: Store, exported: Path,
                                                                          tmp_path: Path) -> None:
    bad = craft(exported, tmp_path / "version.omroeper", lambda conn: conn.execute("PRAGMA user_version = 3"))
    refused_and_unchanged(receiver, bad, "does not match its manifest")


def test_reading_stops_at_the_row_and_time_budget(receiver: Store, exported: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import services.handover_data as data_module

    monkeypatch.setattr(data_module, "MAX_ROWS", 3)
    refused_and_unchanged(receiver, exported, "far more records than any calendar")
    monkeypatch.setattr(data_module, "MAX_ROWS", 2_000_000)
    monkeypatch.setattr(data_module, "TIME_BUDGET", -1.0)
    with pytest.raises(KnownError, match="far longer than any handover"):
        read_handover(exported)


# ---- the records --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sql", "expected"), [
    ("UPDATE posts SET status = 'zombie' WHERE title = 'Braderie'", ("posts “Braderie”", "status", "zombie")),
    ("UPDATE variants SET state = 'teleported'", ("channel texts", "state", "teleported")),
    ("UPDATE channels SET network = 'myspace'", ("channels “Mastodon”", "network")),
    ("UPDATE channels SET base_url = 'http://evil.example'", ("channels “Mastodon”", "base_url")),
    ("UPDATE posts SET scheduled_at = '2026-07-06 10:00' WHERE title = 'Braderie'", ("posts “Braderie”",
                                                                                     "scheduled_at")),
    ("UPDATE posts SET id = 'not-a-uuid' WHERE title = 'Kermis'", ("posts “Kermis”", "not-a-uuid")),
    ("UPDATE posts SET title = zeroblob(10) WHERE title = 'Kermis'", ("posts", "title", "not text")),
    ("UPDATE variants SET channel_id = '6f9619ff-8b86-4011-b42d-00c04fc964ff'", ("channel texts", "channel_id",
                                                                                  "channels")),
    ("UPDATE staff SET name = '  '", ("staff members", "name")),
    ("UPDATE settings SET value = '\"XX\"' WHERE key = 'municipality.country'", ("settings", "value")),
])
def test_a_record_that_breaks_a_rule_refuses_the_whole_file(receiver: Store, exported: Path, tmp_path: Path,
                                                            sql: str, expected: tuple[str, ...]) -> None:
    def change(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT OR IGNORE INTO settings (id, key, value, created_at, updated_at) VALUES "
                     "(?, 'municipality.country', '\"NL\"', ?, ?)", (new_id(), to_utc_text(NOW), to_utc_text(NOW)))
        conn.execute(sql)
    refused_and_unchanged(receiver, craft(exported, tmp_path / "record.omroeper", change), *expected)


def test_a_change_after_the_files_own_time_is_refused_naming_the_clock(receiver: Store, exported: Path,
                                                                       tmp_path: Path) -> None:
    later = to_utc_text(NOW + timedelta(days=30))
    bad = craft(exported, tmp_path / "ahead.omroeper",
                lambda conn: conn.execute("UPDATE posts SET updated_at = ? WHERE title = 'Kermis'", (later,)))
    refused_and_unchanged(receiver, bad, "posts “Kermis”", "after the file was made", "clock of the laptop")


def test_a_file_made_more_than_a_day_ahead_of_this_clock_is_refused(receiver: Store, exported: Path,
                                                                    tmp_path: Path) -> None:
    ahead = to_utc_text(NOW + timedelta(days=3))
    bad = craft(exported, tmp_path / "future.omroeper", manifest_changes={"exported_at": ahead})
    refused_and_unchanged(receiver, bad, "more than a day after this laptop's clock", "clocks is wrong")
    within = craft(exported, tmp_path / "skew.omroeper",
                   manifest_changes={"exported_at": to_utc_text(NOW + timedelta(hours=20))})
    import_file(receiver, within)  # a few hours of skew is taken


def test_the_manifests_own_fields_are_covered_by_its_hash(receiver: Store, exported: Path, tmp_path: Path) -> None:
    members = members_of(exported)
    manifest = json.loads(members[MANIFEST])
    manifest["exported_by"] = "De burgemeester"  # without recomputing manifest_sha256
    members[MANIFEST] = json.dumps(manifest).encode()
    bad = write_file(tmp_path / "forged.omroeper", members, rehash=False)
    refused_and_unchanged(receiver, bad, "manifest was changed")


def test_a_format_1_file_is_still_read(receiver: Store, exported: Path, tmp_path: Path) -> None:
    members = members_of(exported)
    manifest = json.loads(members[MANIFEST])
    for newer in ("manifest_sha256", "laptop_id", "carries_sending"):
        del manifest[newer]
    digest = hashlib.sha256()
    for name in sorted(name for name in members if name != MANIFEST):
        digest.update(name.encode() + b"\0" + members[name] + b"\0")
    manifest.update(format_version=1, content_sha256=digest.hexdigest())
    members[MANIFEST] = json.dumps(manifest).encode()
    old = write_file(tmp_path / "old.omroeper", members, rehash=False)
    assert import_file(receiver, old).lines() == ["Nothing new in this file."]


def test_what_a_file_says_about_a_channel_cannot_send_its_token_elsewhere(receiver: Store, exported: Path,
                                                                          store: Store, tmp_path: Path) -> None:
    [channel] = receiver.find(ChannelAccount)
    assert not channel.has_secret  # never arrives with a token
    receiver.update_fields(channel, has_secret=True, account_id="109", account_name="gemeente")  # Joris's token
    later = to_utc_text(NOW + timedelta(hours=3))
    moved = craft(exported, tmp_path / "moved.omroeper", lambda conn: conn.execute(
        "UPDATE channels SET base_url = 'https://evil.example', name = 'Mastodon (nieuw)', account_id = '666', "
        "account_name = 'evil', updated_at = ?", (later,)), manifest_changes={"exported_at": later})
    import_file(receiver, moved)
    arrived = receiver.get(ChannelAccount, channel.id)
    assert arrived is not None and arrived.name == "Mastodon (nieuw)"
    assert arrived.base_url == "https://social.example" and arrived.has_secret
    assert (arrived.account_id, arrived.account_name) == ("109", "gemeente")  # the account the token was read as


def test_derived_columns_come_from_this_laptop_not_the_file(tmp_path: Path, exported: Path) -> None:
    fresh = Store.open(tmp_path / "nieuw" / "omroeper.sqlite", clock=FakeClock(NOW))
    try:
        bad = craft(exported, tmp_path / "derived.omroeper", lambda conn: conn.execute(
            "UPDATE posts SET variant_states = 'x teleported', excerpt = '<b>nep</b>'"))
        import_file(fresh, bad)
        states = {row[0] for row in fresh.conn.execute("SELECT variant_states FROM posts")}
        assert not any("teleported" in value for value in states)
        assert "<b>nep</b>" not in {row[0] for row in fresh.conn.execute("SELECT excerpt FROM posts")}
    finally:
        fresh.close()


def test_the_same_picture_under_another_id_is_this_laptops(tmp_path: Path, exported: Path) -> None:
    other = Store.open(tmp_path / "fatima" / "omroeper.sqlite", clock=FakeClock(NOW))
    try:
        picture = tmp_path / "zelfde.png"
        picture.write_bytes(PNG)
        mine = add_image(other, picture)
        import_file(other, exported)  # a unique index on the hash made this a crash before
        [media] = other.find(Media)
        assert media.id == mine.id
        assert {link.media_id for link in other.find(PostMedia)} == {mine.id}
    finally:
        other.close()


# ---- sizes, before anything is written -----------------------------------------------------------------------

def test_a_bomb_is_refused_with_nothing_written_to_disk(receiver: Store, exported: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import services.handover as handover_module

    monkeypatch.setattr(handover_module, "MAX_DATA_BYTES", 2 * 1024 * 1024)  # the same check, at a size a test makes
    work = tmp_path / "tmp"
    work.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(work))
    members = members_of(exported)
    members[DATA] = members[DATA] + b"\0" * (64 * 1024 * 1024)  # 64 MB of zeros: a few hundred KB packed
    bomb = write_file(tmp_path / "bomb.omroeper", members)
    assert bomb.stat().st_size < 1024 * 1024
    refused_and_unchanged(receiver, bomb, "far more than any handover", DATA)
    assert list(work.iterdir()) == []  # the first pass wrote nothing


def test_a_note_or_manifest_far_too_big_is_refused_before_unpacking(receiver: Store, exported: Path,
                                                                    tmp_path: Path) -> None:
    members = members_of(exported)
    members[NOTE] = json.dumps({"contacts": "x" * (2 * 1024 * 1024)}).encode()
    refused_and_unchanged(receiver, write_file(tmp_path / "note.omroeper", members), "far more than any handover")


@pytest.mark.parametrize("note", [b"[" * 100_000 + b"]" * 100_000,  # deeper than Python's parser goes
                                  b'{"contacts": "Bel Sanne \\ud800"}'])  # a text no file or database can hold
def test_a_note_nested_too_deep_or_holding_a_broken_text_is_refused(receiver: Store, exported: Path,
                                                                     tmp_path: Path, note: bytes) -> None:
    members = members_of(exported)
    members[NOTE] = note
    refused_and_unchanged(receiver, write_file(tmp_path / "note.omroeper", members), "handover note is damaged")


def test_a_manifest_nested_too_deep_is_refused(receiver: Store, exported: Path, tmp_path: Path) -> None:
    members = members_of(exported)
    members[MANIFEST] = b"[" * 100_000 + b"]" * 100_000
    refused_and_unchanged(receiver, write_file(tmp_path / "deep.omroeper", members, rehash=False),
                          "manifest is damaged")


def test_a_file_with_far_too_many_members_is_refused(receiver: Store, exported: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import services.handover as handover_module

    monkeypatch.setattr(handover_module, "MAX_MEMBERS", 3)
    refused_and_unchanged(receiver, exported, "far too many files")


def test_a_refusal_names_the_post_and_the_problem_before_anything_is_planned(receiver: Store, exported: Path,
                                                                            tmp_path: Path) -> None:
    bad = craft(exported, tmp_path / "plan.omroeper",
                lambda conn: conn.execute("UPDATE posts SET status = 'zombie' WHERE title = 'Kermis'"))
    handover = read_handover(bad)  # the zip and the schema are fine: the record is what is wrong
    try:
        with pytest.raises(KnownError, match="Kermis"):
            plan_merge(receiver, handover)
    finally:
        handover.discard()


# ---- a network's claim on a post ----------------------------------------------------------------------------

_NEW_POST = ("INSERT INTO posts (id, title, body, language, status, campaign, tags, scheduled_at, time_zone, notes, "
             "paused_at, pause_reason, series_detached, created_at, updated_at) VALUES ('{post}', 'Oud bericht', "
             "'x', 'nl', 'draft', '', '[]', '{now}', 'Europe/Amsterdam', '', NULL, '', 0, '{now}', '{now}')")
_NEW_VARIANT = ("INSERT INTO variants (id, post_id, channel_id, body, state, remote_id, remote_url, idempotency_key, "
                "last_error, attempt_count, remote_fingerprint, send_late, created_at, updated_at) VALUES "
                "('{variant}', '{post}', (SELECT id FROM channels), NULL, 'scheduled_remote', '109_777', '', '', '', "
                "1, 'x', 0, '{now}', '{now}')")


@pytest.mark.parametrize(("sql", "expected"), [
    # A draft the officer never had, "held" by Mastodon under the id of a post already published there: the
    # outbox would take it back, that is, delete the published post.
    ((_NEW_POST, _NEW_VARIANT), ("channel texts", "while its post is not scheduled")),
    (("UPDATE variants SET state = 'scheduled_remote', remote_id = '', remote_fingerprint = 'x'",),
     ("channel texts", "without “remote_id”")),
    (("UPDATE variants SET state = 'scheduled_remote', remote_id = '109', remote_fingerprint = ''",),
     ("channel texts", "without “remote_fingerprint”")),
    (("UPDATE variants SET state = 'sending', sending_since = NULL",), ("channel texts", "“sending_since” is empty")),
    (("UPDATE channels SET network = 'bluesky'",
      "UPDATE variants SET state = 'scheduled_remote', remote_id = '109', remote_fingerprint = 'x'"),
     ("channel texts", "bluesky keeps no schedule")),
    (("UPDATE channels SET network = 'manual'", "UPDATE variants SET state = 'unconfirmed', remote_id = '109'"),
     ("channel texts", "Omroeper does not send to manual")),
    (("UPDATE posts SET status = 'idea'",
      "UPDATE variants SET state = 'sending', sending_since = '2026-07-01T08:00:00.000000Z'"),
     ("channel texts", "while its post is not scheduled")),
])
def test_a_claim_on_a_network_that_does_not_fit_its_post_and_channel_is_refused(
        receiver: Store, exported: Path, tmp_path: Path, sql: tuple[str, ...], expected: tuple[str, ...]) -> None:
    values = {"post": new_id(), "variant": new_id(), "now": to_utc_text(NOW)}

    def change(conn: sqlite3.Connection) -> None:
        for statement in sql:
            conn.execute(statement.format(**values))
    refused_and_unchanged(receiver, craft(exported, tmp_path / "claim.omroeper", change), *expected)


def test_a_second_channel_text_of_a_post_for_one_channel_is_refused(receiver: Store, exported: Path,
                                                                   tmp_path: Path) -> None:
    """Both would be sent: the post would go out twice on that channel."""
    double = craft(exported, tmp_path / "double.omroeper", lambda conn: conn.execute(
        "INSERT INTO variants (id, post_id, channel_id, body, state, remote_id, remote_url, idempotency_key, "
        "last_error, attempt_count, remote_fingerprint, send_late, created_at, updated_at) SELECT ?, post_id, "
        "channel_id, body, 'queued', '', '', '', '', 0, '', 0, created_at, updated_at FROM variants LIMIT 1",
        (new_id(),)))
    refused_and_unchanged(receiver, double, "channel texts", "“channel_id” appears twice in the file")


def test_a_claim_that_fits_arrives(receiver: Store, exported: Path, tmp_path: Path) -> None:
    from models.post import DeliveryState
    from services.post_editing import variants_of

    later = to_utc_text(NOW + timedelta(hours=1))
    held = craft(exported, tmp_path / "held.omroeper", lambda conn: conn.execute(
        "UPDATE variants SET state = 'scheduled_remote', remote_id = '109', remote_fingerprint = 'x', updated_at = ? "
        "WHERE post_id = (SELECT id FROM posts WHERE title = 'Braderie')", (later,)),
        manifest_changes={"exported_at": later})
    import_file(receiver, held)
    [braderie] = receiver.find(Post, "title = 'Braderie'")
    [variant] = variants_of(receiver, braderie.id)
    assert (variant.state, variant.remote_id) == (DeliveryState.SCHEDULED_REMOTE, "109")


def test_a_post_a_network_still_holds_after_it_was_taken_off_the_schedule_is_not_handed_over(
        store: Store, tmp_path: Path) -> None:
    """The file could not carry it, and the laptop that writes the file sends and takes back nothing afterwards:
    the file is not written until the outbox took the post back."""
    from models.post import DeliveryState
    from services.post_editing import variants_of
    from services.sending import handed_to

    store.save(StaffMember(name="Sanne", is_self=True))
    channel = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url="https://social.example"))
    post = save_post(store, Post(title="Kermis", body="Kermis", status=PostStatus.DRAFT,
                                 scheduled_at=NOW + timedelta(days=5)), [])
    save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)])
    [variant] = variants_of(store, post.id)
    store.update_fields(variant, state=DeliveryState.SCHEDULED_REMOTE, remote_id="109", remote_fingerprint="x")
    target = tmp_path / "overdracht.omroeper"
    with pytest.raises(KnownError) as raised:
        export_handover(store, target, HandoverNote(), NOW)
    assert "• “Kermis” on Mastodon (no longer scheduled)" in raised.value.message
    assert not target.exists() and handed_to(store) is None


# ---- deletions ----------------------------------------------------------------------------------------------

def test_a_file_deleting_channels_key_dates_templates_and_channel_texts_asks_the_second_question(
        store: Store, tmp_path: Path) -> None:
    """Not one post deleted, but every channel taken off every post, and every channel, key date and reply template
    deleted: the preview lists what goes, and the import needs the second question (or --allow-deletions)."""
    from datetime import date

    from models.planning import KeyDate
    from models.reply import ReplyTemplate, TemplateCategory
    from services.handover import read_handover

    store.save(StaffMember(name="Sanne", is_self=True))
    channel = store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
    for number in range(3):
        post = Post(title=f"Post {number}", body="tekst", status=PostStatus.SCHEDULED,
                    scheduled_at=NOW + timedelta(days=2 + number))
        save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)])
    store.save(KeyDate(title="Raad", on_date=date(2026, 7, 9)))
    store.save(ReplyTemplate(title="Dank", category=TemplateCategory.THANKS, language="nl", body="Dank u!"))
    exported = tmp_path / "heen.omroeper"
    export_handover(store, exported, HandoverNote(), NOW)
    receiver = Store.open(tmp_path / "joris" / "omroeper.sqlite", clock=FakeClock(NOW + timedelta(hours=2)))
    try:
        import_file(receiver, exported)
        later = to_utc_text(NOW + timedelta(hours=1))

        def delete_all(conn: sqlite3.Connection) -> None:
            for table in ("variants", "reply_templates", "key_dates", "channels"):
                conn.execute(f"UPDATE {table} SET deleted_at = ?, updated_at = ?", (later, later))
        bad = craft(exported, tmp_path / "leeg.omroeper", delete_all, {"exported_at": later})
        handover = read_handover(bad)
        try:
            plan = plan_merge(receiver, handover)
        finally:
            handover.discard()
        assert plan.posts_deleted == 0 and plan.deletes_many
        assert plan.many_deleted == ["variants", "key_dates", "reply_templates", "channels"]
        assert plan.deletion_lines() == [
            "This file takes 3 channels off posts that stay (of 3 channel texts).",
            "This file deletes 1 of the 1 key dates.", "This file deletes 1 of the 1 reply templates.",
            "This file deletes 1 of the 1 channels."]
        lines = plan.lines()
        for line in ("Channel deleted on the other side: WhatsApp", "Key date deleted on the other side: Raad",
                     "Reply template deleted on the other side: Dank",
                     "Channel taken off a post on the other side: Post 0 on WhatsApp"):
            assert line in lines
    finally:
        receiver.close()


# ---- rules between records ------------------------------------------------------------------------------------

def _second_channel_named(name: str) -> Any:
    def change(conn: sqlite3.Connection) -> None:
        row = dict(zip([c[0] for c in conn.execute("SELECT * FROM channels").description],
                       conn.execute("SELECT * FROM channels").fetchone(), strict=True))
        row.update(id=new_id(), name=name)
        conn.execute(f"INSERT INTO channels ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                     list(row.values()))
    return change


@pytest.mark.parametrize("name", ["Mastodon", " mastodon "])
def test_a_second_channel_of_the_same_name_is_refused(receiver: Store, exported: Path, tmp_path: Path,
                                                      name: str) -> None:
    twice = craft(exported, tmp_path / "twice.omroeper", _second_channel_named(name))
    refused_and_unchanged(receiver, twice, "two channels named")


def test_an_absence_overlapping_one_of_the_same_person_here_is_refused(receiver: Store, exported: Path,
                                                                         tmp_path: Path) -> None:
    [sanne] = [member for member in receiver.find(StaffMember) if member.name == "Sanne"]
    receiver.save(Absence(staff_id=sanne.id, starts_on=datetime(2026, 7, 10).date(),
                          ends_on=datetime(2026, 7, 20).date()))
    stamp = to_utc_text(NOW)
    overlapping = craft(exported, tmp_path / "overlap.omroeper", lambda conn: conn.execute(
        "INSERT INTO absences (id, staff_id, starts_on, ends_on, standin_id, note, created_at, updated_at) "
        "VALUES (?, ?, '2026-07-18', '2026-07-25', NULL, '', ?, ?)", (new_id(), sanne.id, stamp, stamp)))
    refused_and_unchanged(receiver, overlapping, "Sanne two absences that overlap")
    apart = craft(exported, tmp_path / "apart.omroeper", lambda conn: conn.execute(
        "INSERT INTO absences (id, staff_id, starts_on, ends_on, standin_id, note, created_at, updated_at) "
        "VALUES (?, ?, '2026-07-21', '2026-07-25', NULL, '', ?, ?)", (new_id(), sanne.id, stamp, stamp)))
    import_file(receiver, apart)
    assert len(receiver.find(Absence)) == 2
