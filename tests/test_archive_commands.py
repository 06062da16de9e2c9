"""`archive export` and `archive search` on the command line: what the officer reads, the package written, and
a folder that is not empty refused."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import bagit
import pytest

from models.channel import ChannelAccount, Network
from models.post import DeliveryState, Post, PostStatus, Variant
from services.store import STORE_FILE_NAME, Store
from tests.test_publish_commands import environment

ROOT = Path(__file__).resolve().parent.parent


def run_main(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=environment(data, LANGUAGE="en", LC_ALL="C"),
                          timeout=60)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    store = Store.open(folder / STORE_FILE_NAME)
    channel = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    for title, when in (("Windpark\x1b[2J", datetime(2026, 3, 1, 18, 0, tzinfo=UTC)),
                        ("Markt", datetime(2026, 5, 2, 8, 0, tzinfo=UTC))):
        post = store.save(Post(title=title, body=f"{title} tekst", status=PostStatus.PUBLISHED, scheduled_at=when))
        store.save(Variant(post_id=post.id, channel_id=channel.id, state=DeliveryState.PUBLISHED, published_at=when,
                           remote_url="https://social.example/@gemeente/1"))
    store.close()
    return folder


@pytest.mark.slow
def test_export_writes_a_valid_package_for_the_period(data: Path, tmp_path: Path) -> None:
    target = tmp_path / "archief"
    done = run_main(data, "archive", "export", str(target), "--from", "2026-04-01", "--to", "2026-12-31")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (f"Archive written to {target}. Posts: 1; images: 0; messages: 0; answers: 0.")
    bagit.Bag(str(target)).validate()
    posts = json.loads((target / "data" / "posts.json").read_text(encoding="utf-8"))
    assert [post["title"] for post in posts] == ["Markt"]

    again = run_main(data, "archive", "export", str(target))
    assert again.returncode == 2 and "is not an empty folder" in again.stderr and "Traceback" not in again.stderr


@pytest.mark.slow
def test_search_lists_what_it_found_and_exports_it(data: Path, tmp_path: Path) -> None:
    found = run_main(data, "archive", "search", "windpark", "--export", str(tmp_path / "woo"))
    assert found.returncode == 0, found.stderr
    lines = found.stdout.splitlines()
    assert lines[0].startswith("2026-03-01 19:00  post  Mastodon  Windpark [2J — Windpark [2J tekst")
    assert "\x1b" not in found.stdout
    assert lines[1] == "Found: 1." and lines[2].startswith("Archive written to ")
    bagit.Bag(str(tmp_path / "woo")).validate()
    assert run_main(data, "archive", "search", "gemeenteraad").stdout.strip() == "Found: 0."


def test_an_empty_folder_name_or_an_export_over_the_data_file_is_refused(data: Path, tmp_path: Path) -> None:
    """`archive export ""` (a script's unset variable) wrote the package into whatever the current folder was;
    `export-csv` and `handover export` over the data file replaced every post with the export."""
    empty = run_main(data, "archive", "export", "")
    assert empty.returncode == 2 and "an empty name is no folder" in empty.stderr
    for command in (["export-csv"], ["export-ics"], ["handover", "export"]):
        over = run_main(data, *command, str(data / STORE_FILE_NAME))
        assert over.returncode != 0 and "is a database" in over.stderr + over.stdout, command
        assert "sends nothing" not in over.stdout  # refused before the sending was said to go
    store = Store.open(data / STORE_FILE_NAME)
    try:
        assert sorted(post.title for post in store.find(Post)) == ["Markt", "Windpark\x1b[2J"]
    finally:
        store.close()
