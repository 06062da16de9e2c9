"""One Omroeper per data folder: a second one is refused and told who holds the folder (a window: switch to it;
a command: try again when it has finished); the crisis switch waits for a command's run to end."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from services.errors import StoreLockedError
from services.instance_lock import HOLDER_NOTE_NAME, acquire, release

ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from services.instance_lock import HOLDER_NOTE_NAME, acquire, release
lock = acquire(Path({folder!r}))
print("locked", flush=True)
time.sleep(60)
"""


@pytest.fixture
def other_instance(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A second Omroeper process holding the data folder's lock."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER.format(root=str(ROOT), folder=str(tmp_path))],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    yield process
    process.kill()
    process.wait()


@pytest.mark.slow
def test_a_second_instance_on_the_same_folder_is_refused(tmp_path: Path, other_instance: subprocess.Popen) -> None:
    with pytest.raises(StoreLockedError) as caught:
        acquire(tmp_path)
    assert "already running" in caught.value.message


@pytest.mark.slow
def test_the_lock_of_a_crashed_instance_is_taken_over(tmp_path: Path, other_instance: subprocess.Popen) -> None:
    os.kill(other_instance.pid, signal.SIGKILL)
    other_instance.wait()
    lock = acquire(tmp_path)
    assert lock.isLocked()
    lock.unlock()


def test_letting_go_leaves_the_folder_as_it_was_found(tmp_path: Path) -> None:
    """The lock and the note of who holds it are both made while the folder is held, and both gone after: a note
    left behind named a process that had stopped."""
    lock = acquire(tmp_path, command="publish-due")
    assert (tmp_path / HOLDER_NOTE_NAME).exists() and (tmp_path / "omroeper.lock").exists()
    release(lock, tmp_path)
    assert sorted(path.name for path in tmp_path.iterdir()) == []
    again = acquire(tmp_path)
    assert again.isLocked()
    release(again, tmp_path)


@pytest.mark.parametrize("note", ['{"pid": 1, "command": ""}', "not json", "[1, 2]"])
def test_letting_go_leaves_a_note_that_is_not_its_own(tmp_path: Path, note: str) -> None:
    """A note another process wrote (or one that is no note at all) is not this process's to remove."""
    lock = acquire(tmp_path)
    (tmp_path / HOLDER_NOTE_NAME).write_text(note, encoding="utf-8")
    release(lock, tmp_path)
    assert (tmp_path / HOLDER_NOTE_NAME).read_text(encoding="utf-8") == note
    assert not (tmp_path / "omroeper.lock").exists()


def test_another_folder_is_not_locked(tmp_path: Path) -> None:
    first = acquire(tmp_path / "a")
    second = acquire(tmp_path / "b")
    assert first.isLocked() and second.isLocked()


RELEASING_HOLDER = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from services.instance_lock import HOLDER_NOTE_NAME, acquire, release
lock = acquire(Path({folder!r}), command={command!r})
print("locked", flush=True)
sys.stdin.readline()
lock.unlock()
"""


@pytest.fixture
def holder(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Starts another Omroeper that holds the folder as `command` ("" for a window) until told to let go."""
    started: list[subprocess.Popen[str]] = []

    def start(command: str) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-c", RELEASING_HOLDER.format(root=str(ROOT), folder=str(tmp_path), command=command)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert process.stdout is not None and process.stdout.readline().strip() == "locked"
        started.append(process)
        return process

    yield start
    for process in started:
        process.kill()
        process.wait()


@pytest.mark.slow
def test_a_folder_held_by_a_command_is_named_so_and_not_as_a_window(tmp_path: Path, holder) -> None:  # type: ignore[no-untyped-def]
    process = holder("publish-due")
    told: list[str] = []
    with pytest.raises(StoreLockedError) as refused:
        acquire(tmp_path, command="pause-all", wait=timedelta(seconds=0.3), waiting=told.append)
    assert len(told) == 1 and "(publish-due, process" in told[0] and "waiting up to" in told[0]
    message = refused.value.message
    assert f"command (publish-due, process {process.pid})" in message and "window" not in message


@pytest.mark.slow
def test_a_folder_held_by_the_window_is_refused_at_once_with_switch_to_it(tmp_path: Path, holder) -> None:  # type: ignore[no-untyped-def]
    holder("")
    told: list[str] = []
    with pytest.raises(StoreLockedError) as refused:
        acquire(tmp_path, command="pause-all", wait=timedelta(minutes=3), waiting=told.append)  # no waiting
    assert told == [] and "Switch to that window" in refused.value.message


def test_the_crisis_switch_waits_longer_than_any_run_can_hold_the_folder() -> None:
    """A run starts no request after its budget, and the last one it started ends within LONGEST_REQUEST, its upload
    included: the wait for the lock covers both, so a run inside its budget never makes `pause-all` give up."""
    from services.instance_lock import LOCK_WAIT, REQUEST_SECONDS, RUN_SECONDS
    from services.networks.http import LONGEST_REQUEST
    from services.outbox_sending import RUN_BUDGET

    assert (RUN_SECONDS, REQUEST_SECONDS) == (RUN_BUDGET.total_seconds(), LONGEST_REQUEST)
    assert LOCK_WAIT.total_seconds() >= RUN_BUDGET.total_seconds() + LONGEST_REQUEST + 30


def test_a_file_where_the_data_folder_should_be_is_called_that(tmp_path: Path) -> None:
    """`--data-dir` naming a file: said so, not the system's "File exists"."""
    from services.instance_lock import folder_error

    in_the_way = tmp_path / "omroeper-data"
    in_the_way.write_text("een notitie")
    try:
        in_the_way.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        message = folder_error(in_the_way, error).message
    assert message == (f"{in_the_way} is a file, not a folder: Omroeper keeps its data in a folder. Give another "
                       "folder, or move the file away.")
    beneath = in_the_way / "sub"
    if os.name == "nt":  # Windows names this another way
        return
    try:
        beneath.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        message = folder_error(beneath, error).message
    assert message == f"The data folder {beneath} cannot be used: a part of the path is a file, not a folder"
    assert in_the_way.read_text() == "een notitie"
