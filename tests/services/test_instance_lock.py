from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from services.errors import StoreLockedError
from services.instance_lock import acquire

ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from services.instance_lock import acquire
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


def test_another_folder_is_not_locked(tmp_path: Path) -> None:
    first = acquire(tmp_path / "a")
    second = acquire(tmp_path / "b")
    assert first.isLocked() and second.isLocked()
