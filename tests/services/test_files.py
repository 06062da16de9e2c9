"""Writing the files the officer asks for: whole or not at all, and never over what is not the officer's to lose
(the data file, a backup, a file or link that happens to bear the name the write works under)."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from models.post import Post, PostStatus
from services.csv_exchange import export_csv
from services.errors import KnownError
from services.files import write_file_safely
from services.handover import HandoverNote, export_handover
from services.ics_export import export_ics
from services.sending import handed_to
from services.store import Store


def test_an_export_chosen_over_the_data_file_or_a_backup_is_refused_and_every_post_stays(
        store: Store, tmp_path: Path) -> None:
    store.save(Post(title="Markt", body="Zaterdag markt", status=PostStatus.DRAFT))
    backup = tmp_path / "backup.sqlite"
    sqlite3.connect(backup).execute("CREATE TABLE t (x)").connection.commit()
    for target in (store.path, backup):
        with pytest.raises(KnownError, match="is a database"):
            export_csv(store, target)
        with pytest.raises(KnownError, match="is a database"):
            export_ics(store, target)
        with pytest.raises(KnownError, match="is a database"):
            export_handover(store, target, HandoverNote(), datetime(2026, 3, 2, 9, tzinfo=UTC))
        assert handed_to(store) is None  # the sending stayed here: nothing was announced
    assert [post.title for post in store.find(Post)] == ["Markt"]
    assert backup.read_bytes().startswith(b"SQLite format 3\x00")


def test_a_file_or_link_at_the_old_work_name_is_left_alone(tmp_path: Path) -> None:
    """The write went through "NAME.partial" whatever that was: a link there made it write into the file linked."""
    victim = tmp_path / "kostbaar.txt"
    victim.write_text("kostbaar")
    (tmp_path / "uit.csv.partial").symlink_to(victim)
    write_file_safely(tmp_path / "uit.csv", b"titel;datum\n")
    assert victim.read_text() == "kostbaar" and (tmp_path / "uit.csv.partial").is_symlink()
    assert (tmp_path / "uit.csv").read_bytes() == b"titel;datum\n" and not (tmp_path / "uit.csv").is_symlink()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["kostbaar.txt", "uit.csv", "uit.csv.partial"]


def test_a_new_file_is_readable_as_any_and_a_replaced_one_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "agenda.ics"
    write_file_safely(target, b"een")
    assert target.stat().st_mode & 0o777 == 0o644
    target.chmod(0o600)
    write_file_safely(target, b"twee")
    assert target.read_bytes() == b"twee" and target.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(("name", "said"), [("", "No file name was given"), (".", "No file name was given"),
                                            ("/", "/ is a folder, not a file name"), ("map", "is a folder")])
def test_no_file_name_or_a_folder_is_said_so(tmp_path: Path, name: str, said: str) -> None:
    (tmp_path / "map").mkdir()
    target = tmp_path / "map" if name == "map" else Path(name)
    with pytest.raises(KnownError, match=said):
        write_file_safely(target, b"x")


def test_a_disk_that_refuses_every_write_and_every_removal_gives_a_message(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a read-only disk even removing the work file that was never made fails: that ended in a traceback."""
    def refused(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(Path, "write_bytes", refused)
    monkeypatch.setattr(Path, "unlink", refused)
    with pytest.raises(KnownError, match="could not be written"):
        write_file_safely(tmp_path / "uit.csv", b"x")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_or_a_device_is_no_file_to_write(tmp_path: Path) -> None:
    """Reading a pipe's first bytes (to see whether it is a database) waited for ever; a rename would replace it."""
    pipe = tmp_path / "pijp"
    os.mkfifo(pipe)
    for target in (pipe, Path(os.devnull)):
        with pytest.raises(KnownError, match="no ordinary file"):
            write_file_safely(target, b"x")
    assert stat.S_ISFIFO(pipe.stat().st_mode) and stat.S_ISCHR(Path(os.devnull).stat().st_mode)


def test_the_index_or_log_beside_a_database_is_no_file_to_write(store: Store) -> None:
    """The shared-memory index has no mark of its own: written over while another program had the data file open,
    what that program saved next was lost."""
    for ending in ("-shm", "-wal", "-journal"):
        beside = store.path.with_name(store.path.name + ending)
        if not beside.exists():
            beside.write_bytes(b"\x00" * 32)
        with pytest.raises(KnownError, match="is a database"):
            write_file_safely(beside, b"titel;datum\n")
    journal = store.path.with_name(store.path.name + "-journal")
    journal.unlink()  # not there yet: a journal written under that name would be SQLite's to read
    with pytest.raises(KnownError, match="is a database"):
        write_file_safely(journal, b"titel;datum\n")
    assert not journal.exists()


def test_a_long_name_that_the_disk_takes_is_written(tmp_path: Path) -> None:
    """The work file's name is the target's with a few characters around it: a name near the longest a file
    system takes (255 bytes) could not be written."""
    target = tmp_path / ("é" * 120 + ".csv")  # 244 bytes
    write_file_safely(target, b"x")
    assert target.read_bytes() == b"x" and len(target.name.encode()) == 244


def test_a_loop_of_links_as_the_target_is_written_as_a_file(tmp_path: Path) -> None:
    """Two links pointing at each other: looking for the database beside it ended in a RuntimeError."""
    (tmp_path / "b").symlink_to(tmp_path / "a")
    (tmp_path / "a").symlink_to(tmp_path / "b")
    write_file_safely(tmp_path / "a", b"x")
    assert (tmp_path / "a").read_bytes() == b"x" and (tmp_path / "b").is_symlink()
