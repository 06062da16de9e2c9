"""`channels add/test` and `publish-due` as the OS task scheduler runs them, against a local Mastodon."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from models.post import DeliveryState, Post, PostStatus, Variant
from services.channels import find_channel
from services.post_editing import save_post, variants_of
from services.store import STORE_FILE_NAME, Store
from tests.services.mastodon_server import TOKEN, MastodonServer, serve

ROOT = Path(__file__).resolve().parent.parent


def run_main(data: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.TestFileKeyring",
           "OMROEPER_TEST_KEYRING_FILE": str(data / "test-keyring.json"), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=60)


@pytest.mark.slow
def test_add_test_and_publish_due_post_once(tmp_path: Path) -> None:
    server = MastodonServer()
    httpd = serve(server)
    try:
        added = run_main(tmp_path, "channels", "add", "mastodon", "--name", "Mastodon", "--base-url", server.url,
                         stdin=TOKEN + "\n")
        assert added.returncode == 0, added.stderr
        assert TOKEN not in (tmp_path / STORE_FILE_NAME).read_bytes().decode("latin-1")
        tested = run_main(tmp_path, "channels", "test", "mastodon")
        assert tested.returncode == 0 and "Gemeente Oosterzande (@oosterzande), 1000" in tested.stdout
        assert "Mastodon" in run_main(tmp_path, "channels", "list").stdout

        store = Store.open(tmp_path / STORE_FILE_NAME)
        channel = find_channel(store, "Mastodon")
        post = Post(title="Markt", body="Zaterdag markt", status=PostStatus.SCHEDULED,
                    scheduled_at=datetime.now(UTC) - timedelta(minutes=1))
        save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)])
        store.close()

        first = run_main(tmp_path, "publish-due")
        assert first.returncode == 0, first.stderr
        assert "Published: 1" in first.stdout
        second = run_main(tmp_path, "publish-due")
        assert "Published: 0" in second.stdout
        assert len(server.statuses) == 1
        store = Store.open(tmp_path / STORE_FILE_NAME)
        assert variants_of(store, post.id)[0].state is DeliveryState.PUBLISHED
        store.close()

        server.fail_next.append("401")
        store = Store.open(tmp_path / STORE_FILE_NAME)
        later = Post(title="Raad", body="Raad vanavond", status=PostStatus.SCHEDULED,
                     scheduled_at=datetime.now(UTC) - timedelta(minutes=1))
        save_post(store, later, [Variant(post_id=later.id, channel_id=channel.id)])
        store.close()
        refused = run_main(tmp_path, "publish-due")
        assert refused.returncode == 1 and "refused the access token" in refused.stderr
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert server.violations == []


@pytest.mark.slow
def test_pause_all_and_resume_all_from_the_command_line(tmp_path: Path) -> None:
    server = MastodonServer()
    httpd = serve(server)
    try:
        assert run_main(tmp_path, "channels", "add", "mastodon", "--name", "Mastodon", "--base-url", server.url,
                        stdin=TOKEN + "\n").returncode == 0
        store = Store.open(tmp_path / STORE_FILE_NAME)
        channel = find_channel(store, "Mastodon")
        post = Post(title="Braderie", body="Braderie zaterdag", status=PostStatus.SCHEDULED,
                    scheduled_at=datetime.now(UTC) + timedelta(days=2))
        save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)])
        store.close()
        assert run_main(tmp_path, "publish-due").returncode == 0 and len(server.scheduled) == 1

        paused = run_main(tmp_path, "pause-all", "--reason", "Brand")
        assert paused.returncode == 0, paused.stderr
        assert "Paused: 1 posts; taken back from a network's schedule: 1." in paused.stdout
        assert server.scheduled == {}
        store = Store.open(tmp_path / STORE_FILE_NAME)
        assert store.get(Post, post.id).pause_reason == "Brand"  # type: ignore[union-attr]
        store.close()

        resumed = run_main(tmp_path, "resume-all")
        assert resumed.returncode == 0, resumed.stderr
        assert "Resumed: 1 posts; handed to a network's schedule: 1." in resumed.stdout
        assert [s["params"]["status"] for s in server.scheduled.values()] == ["Braderie zaterdag"]
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_handover_export_from_the_command_line(tmp_path: Path) -> None:
    from services.handover import read_handover

    store = Store.open(tmp_path / STORE_FILE_NAME)
    store.save(Post(title="Braderie", body="Braderie", status=PostStatus.DRAFT,
                    scheduled_at=datetime.now(UTC) + timedelta(days=3)))
    store.close()
    target = tmp_path / "overdracht.omroeper"
    result = run_main(tmp_path, "handover", "export", str(target), "--from", "2026-01-01")
    assert result.returncode == 0, result.stderr
    assert "Handover file written" in result.stdout and "from 2026-01-01" in result.stdout
    handover = read_handover(target)
    try:
        assert handover.manifest["from"] == "2026-01-01"
    finally:
        handover.discard()
    bad = run_main(tmp_path, "handover", "export", str(tmp_path / "missing-folder" / "x.omroeper"))
    assert bad.returncode != 0 and "could not be written" in bad.stderr


def test_handover_import_dry_run_then_import(tmp_path: Path) -> None:
    source = tmp_path / "sanne"
    store = Store.open(source / STORE_FILE_NAME)
    store.save(Post(title="Braderie", body="Braderie", status=PostStatus.DRAFT,
                    scheduled_at=datetime.now(UTC) + timedelta(days=3)))
    store.close()
    target = tmp_path / "overdracht.omroeper"
    assert run_main(source, "handover", "export", str(target)).returncode == 0
    standin = tmp_path / "joris"
    dry = run_main(standin, "handover", "import", str(target), "--dry-run")
    assert dry.returncode == 0 and "Would change" in dry.stdout and "posts: 1 added" in dry.stdout
    untouched = Store.open(standin / STORE_FILE_NAME)
    assert untouched.find(Post) == []  # a dry run writes nothing
    untouched.close()
    done = run_main(standin, "handover", "import", str(target))
    assert done.returncode == 0 and "Imported" in done.stdout
    check = Store.open(standin / STORE_FILE_NAME)
    assert [p.title for p in check.find(Post)] == ["Braderie"]
    check.close()
    target.write_bytes(target.read_bytes()[:200])
    broken = run_main(standin, "handover", "import", str(target))
    assert broken.returncode != 0 and "damaged or incomplete" in broken.stderr
