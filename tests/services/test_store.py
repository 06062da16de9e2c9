from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from models.channel import ChannelAccount, Network
from models.planning import KeyDate, KeyDateKind
from models.post import DeliveryState, Post, PostStatus, Variant
from models.reply import ReplyTemplate, TemplateCategory
from services import schema
from services.errors import CorruptStoreError, DiskFullError, NewerStoreError
from services.records import TABLES
from services.store import Store
from tests.conftest import FakeClock


def test_a_new_store_is_at_the_latest_version_in_wal_with_foreign_keys(store: Store) -> None:
    assert store.schema_version == schema.LATEST_VERSION
    assert store.query("PRAGMA journal_mode")[0][0] == "wal"
    assert store.query("PRAGMA foreign_keys")[0][0] == 1


def test_every_table_has_uuid_times_and_deletion_mark(store: Store) -> None:
    for table in [*TABLES.values(), "settings", "post_series"]:
        columns = {row["name"]: row for row in store.query(f"PRAGMA table_info({table})")}
        assert {"id", "created_at", "updated_at", "deleted_at"} <= set(columns), table
        assert columns["id"]["pk"] == 1 and columns["id"]["type"] == "TEXT", table


def test_records_round_trip_with_their_types(store: Store, clock: FakeClock) -> None:
    post = Post(
        title="Oud papier",
        body="Zaterdag halen we oud papier op ♻️",
        status=PostStatus.SCHEDULED,
        tags=["afval", "vrijwilligers"],
        scheduled_at=datetime(2026, 3, 7, 8, 30, tzinfo=UTC),
    )
    store.save(post)
    loaded = store.get(Post, post.id)
    assert loaded == post
    assert loaded is not None and loaded.created_at == clock.now and loaded.tags == ["afval", "vrijwilligers"]


def test_save_updates_and_keeps_created_at(store: Store, clock: FakeClock) -> None:
    post = store.save(Post(title="Eerst"))
    created = post.created_at
    clock.advance(minutes=5)
    post.title = "Daarna"
    store.save(post)
    loaded = store.get(Post, post.id)
    assert loaded is not None
    assert (loaded.title, loaded.created_at, loaded.updated_at) == ("Daarna", created, clock.now)


def test_deletion_is_a_mark_that_hides_the_record(store: Store, clock: FakeClock) -> None:
    key_date = store.save(KeyDate(title="Weekmarkt", kind=KeyDateKind.MARKET, on_date=date(2026, 3, 7)))
    store.mark_deleted(key_date)
    assert store.get(KeyDate, key_date.id) is None
    assert store.find(KeyDate) == []
    kept = store.get(KeyDate, key_date.id, include_deleted=True)
    assert kept is not None and kept.deleted_at == clock.now
    assert store.query("SELECT count(*) FROM key_dates")[0][0] == 1


def test_foreign_keys_refuse_a_variant_of_no_post(store: Store) -> None:
    channel = store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
    with pytest.raises(sqlite3.IntegrityError):
        store.save(Variant(post_id="no-such-post", channel_id=channel.id))


def test_settings_are_stored_as_json(store: Store) -> None:
    assert store.get_setting("municipality.name", "") == ""
    store.set_setting("municipality.name", "Oosterzande")
    store.set_setting("rhythm", {"per_week": 3})
    store.set_setting("municipality.name", "Westerzande")
    assert store.get_setting("municipality.name") == "Westerzande"
    assert store.get_setting("rhythm") == {"per_week": 3}
    assert store.query("SELECT count(*) FROM settings")[0][0] == 2


def test_outbox_count_counts_only_variants_waiting_here(store: Store) -> None:
    post = store.save(Post(title="x"))
    channel = store.save(ChannelAccount(network=Network.BLUESKY, name="Bluesky"))
    states = [DeliveryState.QUEUED, DeliveryState.SENDING, DeliveryState.PUBLISHED, DeliveryState.SCHEDULED_REMOTE]
    variants = [store.save(Variant(post_id=post.id, channel_id=channel.id, state=state)) for state in states]
    assert store.outbox_count() == 2
    store.mark_deleted(variants[0])
    assert store.outbox_count() == 1


def test_is_empty_ignores_untouched_starter_templates(store: Store) -> None:
    store.save(ReplyTemplate(title="Bedankt", category=TemplateCategory.THANKS, language="nl", body="Dank",
                             starter_key="thanks-nl"))
    assert store.is_empty()
    store.save(Post(title="Eigen werk"))
    assert not store.is_empty()


# ---- migrations ---------------------------------------------------------------------------------------------


def _schema_of(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
    return [(name, sql) for name, sql in rows]


def _store_at_version(path: Path, version: int) -> None:
    """A data file as an older Omroeper left it: migrations up to `version` only."""
    import sqlite_utils

    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    conn.execute("BEGIN")
    schema.apply(db, 0, version)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("COMMIT")
    conn.close()


@pytest.mark.parametrize("version", range(schema.LATEST_VERSION))
def test_every_earlier_version_migrates_to_the_same_schema_as_a_new_store(tmp_path: Path, version: int) -> None:
    fresh = Store.open(tmp_path / "fresh.sqlite")
    expected = _schema_of(fresh.conn)
    fresh.close()
    old = tmp_path / "old.sqlite"
    _store_at_version(old, version)
    migrated = Store.open(old)
    assert migrated.schema_version == schema.LATEST_VERSION
    assert _schema_of(migrated.conn) == expected
    migrated.close()


def test_a_failing_migration_leaves_the_store_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "omroeper.sqlite"
    Store.open(path).close()
    before = _schema_of(sqlite3.connect(path))

    def broken(db: object) -> None:
        db.execute("CREATE TABLE half_done (id TEXT)")  # type: ignore[attr-defined]
        raise RuntimeError("migration bug")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    monkeypatch.setattr(schema, "LATEST_VERSION", len(schema.MIGRATIONS))
    with pytest.raises(RuntimeError):
        Store.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS) - 1
    assert _schema_of(conn) == before


def test_a_store_from_a_newer_version_is_refused_and_not_modified(tmp_path: Path) -> None:
    path = tmp_path / "omroeper.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (id TEXT)")
    conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerStoreError) as caught:
        Store.open(path)
    assert "newer version of Omroeper" in caught.value.message
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


def test_a_file_that_is_not_a_database_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "omroeper.sqlite"
    path.write_bytes(b"this is a spreadsheet, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(CorruptStoreError) as caught:
        Store.open(path)
    assert "damaged" in caught.value.message and "backup" in caught.value.message
    assert path.read_bytes() == before


def test_a_database_with_damaged_pages_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "omroeper.sqlite"
    store = Store.open(path)
    store.save_all(Post(title=f"Bericht {n}", body="x" * 500) for n in range(200))
    store.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptStoreError):
        Store.open(path)


def test_a_full_disk_gives_a_clear_message_and_keeps_what_was_stored(store: Store) -> None:
    kept = store.save(Post(title="Al bewaard"))
    pages = store.query("PRAGMA page_count")[0][0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")  # the file cannot grow: as a full disk
    with pytest.raises(DiskFullError) as caught:
        store.save_all(Post(title="Nieuw", body="x" * 4000) for _ in range(50))
    assert "disk is full" in caught.value.message
    assert [post.title for post in store.find(Post)] == [kept.title]


def test_a_background_job_never_makes_a_new_data_file(tmp_path: Path) -> None:
    from services.errors import StoreError

    with pytest.raises(StoreError) as caught:
        Store.open(tmp_path / "omroeper.sqlite", create=False)
    assert "no longer there" in caught.value.message
    assert not (tmp_path / "omroeper.sqlite").exists()


def test_a_row_the_app_did_not_write_is_left_out_and_noted_never_a_crash(store: Store) -> None:
    """Each column is read by its field's rules: a wrong type, an unknown choice, an instant outside 1970-2200
    or a time zone that does not exist leaves the row out of every read and notes it once; an empty column of a
    field with a default takes the default."""
    from models.common import new_id
    from models.post import Post, PostStatus

    good = store.save(Post(title="Braderie", status=PostStatus.DRAFT))
    stamp = "2026-03-02T09:00:00.000000Z"
    bad = {new_id(): ("status", "zombie"), new_id(): ("scheduled_at", "9999-12-31T23:59:59.000000Z"),
           new_id(): ("title", b"\x00"), new_id(): ("time_zone", "Mars/Olympus"), new_id(): ("tags", "{}")}
    for post_id, (column, value) in bad.items():
        store.conn.execute(f"INSERT INTO posts (id, created_at, updated_at, status, {column}) VALUES "
                           f"(?, ?, ?, 'draft', ?)" if column != "status" else
                           "INSERT INTO posts (id, created_at, updated_at, status) VALUES (?, ?, ?, ?)",
                           (post_id, stamp, stamp, value))
    no_zone = new_id()
    store.conn.execute("INSERT INTO posts (id, created_at, updated_at, status, time_zone) VALUES "
                       "(?, ?, ?, 'idea', NULL)", (no_zone, stamp, stamp))
    assert {post.id for post in store.find(Post)} == {good.id, no_zone}
    assert store.get(Post, no_zone).time_zone == "Europe/Amsterdam"  # type: ignore[union-attr]
    assert all(store.get(Post, post_id) is None for post_id in bad)
    assert set(store.unreadable.found) == {("posts", post_id) for post_id in bad}
    assert store.unreadable.found[("posts", next(iter(bad)))].startswith("status:")


def test_every_column_of_every_record_table_has_its_rule(store: Store) -> None:
    """A migration that adds a column adds its rule to models/validation.py too: a handover file's value for a
    column without a rule would be taken in unchecked."""
    from models.validation import columns
    from services.handover_data import DERIVED

    derived = {(table, column) for table, names in DERIVED.items() for column in names}  # kept by triggers
    common = {"id", "created_at", "updated_at", "deleted_at"}
    missing = [(table, row["name"]) for table in columns()
               for row in store.query(f"PRAGMA table_info({table})")
               if row["name"] not in common and row["name"] not in columns()[table]
               and (table, row["name"]) not in derived]
    assert missing == []


def test_the_old_holiday_copies_leave_the_settings_on_upgrade(tmp_path: Path) -> None:
    """Holidays were once kept in the settings; such a key broke the handover's rules for setting names and went
    stale when the holidays package was updated."""
    path = tmp_path / "omroeper.sqlite"
    _store_at_version(path, 8)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO settings (id, key, value, created_at, updated_at) VALUES "
                 "('a1', 'holidays.v1.NL.-.en_US', '{}', '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z')")
    conn.execute("INSERT INTO settings (id, key, value, created_at, updated_at) VALUES "
                 "('a2', 'municipality.name', '\"Oosterzande\"', '2026-01-01T00:00:00.000000Z', "
                 "'2026-01-01T00:00:00.000000Z')")
    conn.commit()
    conn.close()
    store = Store.open(path)
    try:
        assert [row["key"] for row in store.query("SELECT key FROM settings")] == ["municipality.name"]
    finally:
        store.close()


@pytest.mark.parametrize("damage", ["DROP TABLE channels", "ALTER TABLE key_dates DROP COLUMN notes",
                                    "PRAGMA user_version = 3"])
def test_a_file_whose_tables_another_program_changed_is_called_damaged(tmp_path: Path, damage: str) -> None:
    """Not a traceback at the first read: the same message (and backup offer) as any damaged file."""
    path = tmp_path / "omroeper.sqlite"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(damage)
    conn.commit()
    conn.close()
    with pytest.raises(CorruptStoreError) as caught:
        Store.open(path)
    assert "is damaged" in caught.value.message


def test_a_folder_where_the_data_file_belongs_is_named_as_such(tmp_path: Path) -> None:
    from services.errors import StoreError

    (tmp_path / "omroeper.sqlite").mkdir()
    with pytest.raises(StoreError) as caught:
        Store.open(tmp_path / "omroeper.sqlite")
    assert "is a folder" in caught.value.message
