from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from models.post import Post
from services.backup import (
    KEEP_PER_REASON,
    backup_holds_data,
    check_backup,
    check_not_lost,
    daily_backup,
    list_backups,
    restore_file,
    restore_into,
    take_backup,
)
from services.errors import CorruptStoreError, KnownError, MissingStoreError
from services.store import Store
from tests.conftest import FakeClock


def titles(store: Store) -> list[str]:
    return sorted(post.title for post in store.find(Post))


def store_with_a_backup(tmp_path: Path, clock: FakeClock, title: str) -> tuple[Path, Path, Path]:
    """A closed store holding one post, and a backup of it: the store's path, the backups folder, the backup."""
    path = tmp_path / "omroeper.sqlite"
    backups = tmp_path / "backups"
    store = Store.open(path, clock=clock)
    store.save(Post(title=title))
    backup = take_backup(store.conn, backups, "daily", clock.now)
    store.close()
    return path, backups, backup


def test_daily_backup_is_taken_once_a_day(store: Store, tmp_path: Path, clock: FakeClock) -> None:
    store.save(Post(title="Eerste"))
    backups = tmp_path / "backups"
    first = daily_backup(store.path, backups, clock.now)
    assert first is not None and first.exists()
    assert daily_backup(store.path, backups, clock.advance(hours=3)) is None
    assert daily_backup(store.path, backups, clock.advance(days=1)) is not None
    assert len(list_backups(backups)) == 2


def test_a_backup_is_a_consistent_copy_including_uncheckpointed_writes(store: Store, tmp_path: Path,
                                                                       clock: FakeClock) -> None:
    store.save_all(Post(title=f"Bericht {n}") for n in range(20))  # still in the WAL file
    path = daily_backup(store.path, tmp_path / "backups", clock.now)
    assert path is not None
    copy = sqlite3.connect(path)
    assert copy.execute("SELECT count(*) FROM posts").fetchone()[0] == 20
    assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_only_the_newest_fourteen_are_kept(store: Store, tmp_path: Path, clock: FakeClock) -> None:
    backups = tmp_path / "backups"
    store.save(Post(title="Iets om te bewaren"))
    for _ in range(KEEP_PER_REASON + 5):
        daily_backup(store.path, backups, clock.advance(days=1))
    kept = list_backups(backups)
    assert len(kept) == KEEP_PER_REASON
    assert kept[0].taken_at == clock.now.replace(microsecond=0)


def test_restore_round_trip_saves_the_current_state_first(store: Store, tmp_path: Path, clock: FakeClock) -> None:
    backups = tmp_path / "backups"
    store.save(Post(title="Voor de backup"))
    backup = daily_backup(store.path, backups, clock.now)
    assert backup is not None
    clock.advance(hours=1)
    store.save(Post(title="Na de backup"))
    safety = restore_into(store, backup, backups, clock.now)
    assert titles(store) == ["Voor de backup"]
    # and the state from before the restore is itself restorable: nothing is lost
    restore_into(store, safety, backups, clock.advance(minutes=1))
    assert titles(store) == ["Na de backup", "Voor de backup"]


def test_a_damaged_store_file_is_replaced_by_a_backup_and_kept_aside(tmp_path: Path, clock: FakeClock) -> None:
    path, backups, backup = store_with_a_backup(tmp_path, clock, "Veilig")
    path.write_bytes(b"garbage" * 1000)
    with pytest.raises(CorruptStoreError):
        Store.open(path)
    kept = restore_file(path, backup, backups, clock.now)
    assert kept is not None and kept.read_bytes() == b"garbage" * 1000
    reopened = Store.open(path)
    assert titles(reopened) == ["Veilig"]
    reopened.close()


def test_a_damaged_store_gives_no_daily_backup_and_keeps_the_good_ones(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "omroeper.sqlite"
    store = Store.open(path, clock=clock)
    store.save_all(Post(title=f"Bericht {n}", body="x" * 300) for n in range(300))
    store.close()
    backups = tmp_path / "backups"
    good = daily_backup(path, backups, clock.now)
    data = bytearray(path.read_bytes())
    data[len(data) // 2: len(data) // 2 + 8192] = b"\x00\x13" * 4096
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptStoreError):
        daily_backup(path, backups, clock.advance(days=1))
    assert [b.path for b in list_backups(backups)] == [good]


def test_a_file_that_is_no_backup_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "omroeper-20260101-000000-daily.sqlite"
    fake.write_bytes(b"not sqlite at all" * 50)
    with pytest.raises(KnownError) as caught:
        check_backup(fake)
    assert "not a readable Omroeper backup" in caught.value.message


def test_a_store_with_nothing_in_it_gets_no_daily_backup(store: Store, tmp_path: Path, clock: FakeClock) -> None:
    assert daily_backup(store.path, tmp_path / "backups", clock.now) is None
    assert list_backups(tmp_path / "backups") == []


def test_backups_of_an_emptied_store_never_push_out_the_last_good_one(tmp_path: Path, clock: FakeClock) -> None:
    """As an older version did with a data file that came back empty: a backup of nothing, day after day."""
    backups = tmp_path / "backups"
    good_store = Store.open(tmp_path / "good.sqlite", clock=clock)
    good_store.save(Post(title="Tien jaar werk"))
    good = take_backup(good_store.conn, backups, "daily", clock.now)
    good_store.close()
    empty = Store.open(tmp_path / "omroeper.sqlite", clock=clock)
    for _ in range(KEEP_PER_REASON + 3):
        take_backup(empty.conn, backups, "daily", clock.advance(days=1))
    empty.close()
    kept = [backup.path for backup in list_backups(backups)]
    assert good in kept and len(kept) == KEEP_PER_REASON + 1


def test_a_missing_or_empty_data_file_is_not_started_anew_while_a_backup_holds_data(tmp_path: Path,
                                                                                    clock: FakeClock) -> None:
    path, backups = tmp_path / "omroeper.sqlite", tmp_path / "backups"
    check_not_lost(path, backups)  # a new data folder: nothing to lose
    store = Store.open(path, clock=clock)
    store.save(Post(title="Bewaard"))
    take_backup(store.conn, backups, "daily", clock.now)
    store.close()
    check_not_lost(path, backups)  # the file is there
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    with pytest.raises(MissingStoreError) as caught:
        check_not_lost(path, backups)
    assert "missing or empty" in caught.value.message and str(path) in caught.value.message
    path.write_bytes(b"")  # a zero-byte file, as a sync tool or a crash can leave it
    with pytest.raises(MissingStoreError):
        check_not_lost(path, backups)


def test_backups_that_hold_nothing_do_not_stop_a_new_start(tmp_path: Path, clock: FakeClock) -> None:
    path, backups = tmp_path / "omroeper.sqlite", tmp_path / "backups"
    store = Store.open(path, clock=clock)
    take_backup(store.conn, backups, "before-restore", clock.now)
    store.close()
    path.unlink()
    check_not_lost(path, backups)


def test_a_backup_is_one_file_that_looking_into_leaves_alone(tmp_path: Path, clock: FakeClock) -> None:
    """Every start looks into the backups (is there data?), and so does the list to restore from: a backup in
    write-ahead-log mode got a -wal and a -shm file beside it each time, which outlived the backup when it was
    pruned. Restored, the store writes ahead again."""
    path, backups, backup = store_with_a_backup(tmp_path, clock, "Veilig")
    check_backup(backup)
    assert backup_holds_data(backup)
    path.unlink()
    with pytest.raises(MissingStoreError):
        check_not_lost(path, backups)
    restore_file(path, backup, backups, clock.now)
    assert sorted(file.name for file in backups.iterdir()) == [backup.name]
    reopened = Store.open(path, clock=clock)
    assert reopened.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert titles(reopened) == ["Veilig"]
    safety = restore_into(reopened, backup, backups, clock.advance(minutes=1))
    assert reopened.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert titles(reopened) == ["Veilig"]
    reopened.close()
    assert sorted(file.name for file in backups.iterdir()) == sorted([backup.name, safety.name])


def test_pruning_takes_the_files_earlier_versions_left_beside_a_backup(store: Store, tmp_path: Path,
                                                                        clock: FakeClock) -> None:
    backups = tmp_path / "backups"
    store.save(Post(title="Iets om te bewaren"))
    first = daily_backup(store.path, backups, clock.now)
    assert first is not None
    for suffix in ("-wal", "-shm"):
        Path(f"{first}{suffix}").write_bytes(b"")
    for _ in range(KEEP_PER_REASON):
        daily_backup(store.path, backups, clock.advance(days=1))
    assert not first.exists()
    assert [file for file in backups.iterdir() if not file.name.endswith(".sqlite")] == []
