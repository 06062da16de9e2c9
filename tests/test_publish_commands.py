"""`channels add/test` and `publish-due` as the OS task scheduler runs them, against local servers: also with
the process killed (SIGKILL) while a server holds its request at each step, and against a server that trickles."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as Picture

from models.media import PostMedia
from models.post import DeliveryState, Post, PostStatus, Variant
from services.channels import find_channel
from services.media_library import add_image
from services.post_editing import save_post, variants_of
from services.store import STORE_FILE_NAME, Store
from tests.services import bluesky_server
from tests.services.bluesky_server import APP_PASSWORD, HANDLE, BlueskyServer
from tests.services.local_api import Seen, local_api
from tests.services.mastodon_server import TOKEN, MastodonServer, serve, stop

ROOT = Path(__file__).resolve().parent.parent
PAGE = "104857600012345"


def environment(data: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.TestFileKeyring",
            "OMROEPER_TEST_KEYRING_FILE": str(data / "test-keyring.json"), "PYTHONPATH": str(ROOT), **extra}


def run_main(data: Path, *args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), *args], input=stdin,
                          capture_output=True, text=True, env=environment(data, **env), timeout=60)


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


# ---- killed while a server holds the request, at each step -----------------------------------------------------------

def due_post(data: Path, channel_name: str, text: str, image: Path | None = None) -> str:
    store = Store.open(data / STORE_FILE_NAME)
    try:
        channel = find_channel(store, channel_name)
        post = Post(title=text, body=text, status=PostStatus.SCHEDULED,
                    scheduled_at=datetime.now(UTC) - timedelta(minutes=1))
        images = None
        if image is not None:
            media = add_image(store, image)
            images = [PostMedia(post_id=post.id, media_id=media.id, alt_text="Het plein met de bomen")]
        save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)], images)
        return post.id
    finally:
        store.close()


def stored_state(data: Path, post_id: str) -> DeliveryState:
    store = Store.open(data / STORE_FILE_NAME)
    try:
        return variants_of(store, post_id)[0].state
    finally:
        store.close()


def publish_killed_when_held(data: Path, reached: Any, **env: str) -> None:
    """Starts publish-due, waits until the server holds its request, and kills the process there (SIGKILL)."""
    process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "publish-due"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=environment(data, OMROEPER_HTTP_DEADLINE="20", **env))
    try:
        assert reached.wait(timeout=60), "the server never got the request"
    finally:
        process.kill()
        process.wait(timeout=30)
    assert process.returncode == -9


@pytest.fixture
def mastodon() -> Iterator[MastodonServer]:
    state = MastodonServer(processing_polls=0)
    httpd = serve(state)
    yield state
    stop(httpd, state)
    assert state.violations == []


@pytest.mark.slow
@pytest.mark.parametrize("step", ["POST /api/v2/media:hold", "POST /api/v1/statuses:hold-before",
                                  "POST /api/v1/statuses:hold"])
def test_killed_while_mastodon_holds_the_request_the_post_still_goes_out_once(tmp_path: Path, mastodon: MastodonServer,
                                                                               step: str) -> None:
    """After the image upload; with the status received but not yet stored; stored but not yet answered."""
    assert run_main(tmp_path, "channels", "add", "mastodon", "--name", "Mastodon", "--base-url", mastodon.url,
                    stdin=TOKEN + "\n").returncode == 0
    picture = tmp_path / "plein.png"
    Picture.new("RGB", (30, 20), "green").save(picture)
    post_id = due_post(tmp_path, "Mastodon", "Markt op het plein", picture)
    where, fault = step.split(":")
    mastodon.faults[where] = [fault]
    publish_killed_when_held(tmp_path, mastodon.holds.reached)
    assert stored_state(tmp_path, post_id) is DeliveryState.SENDING  # marked before the request left
    again = run_main(tmp_path, "publish-due")
    assert again.returncode == 0, again.stderr
    assert "Published: 1" in again.stdout
    assert stored_state(tmp_path, post_id) is DeliveryState.PUBLISHED
    assert len(mastodon.statuses) == 1 and len(mastodon.statuses[0]["media_attachments"]) == 1


@pytest.mark.slow
def test_killed_while_bluesky_holds_the_stored_record_the_record_key_settles_it(tmp_path: Path) -> None:
    server = BlueskyServer()
    httpd = bluesky_server.serve(server)
    try:
        assert run_main(tmp_path, "channels", "add", "bluesky", "--name", "Bluesky", "--handle", HANDLE,
                        "--base-url", server.url, stdin=APP_PASSWORD + "\n").returncode == 0
        post_id = due_post(tmp_path, "Bluesky", "Raad vanavond")
        server.faults["POST com.atproto.repo.createRecord"] = ["hold"]
        publish_killed_when_held(tmp_path, server.holds.reached)
        assert stored_state(tmp_path, post_id) is DeliveryState.SENDING and len(server.records) == 1
        again = run_main(tmp_path, "publish-due")
        assert again.returncode == 0 and "Published: 1" in again.stdout, again.stderr
        assert stored_state(tmp_path, post_id) is DeliveryState.PUBLISHED and server.posts() == ["Raad vanavond"]
    finally:
        bluesky_server.stop(httpd, server)


@pytest.mark.slow
def test_killed_while_facebook_holds_the_stored_post_the_page_feed_settles_it(tmp_path: Path) -> None:
    with local_api() as api:
        posts: list[dict[str, str]] = []

        def create(seen: Seen) -> tuple[int, Any, dict[str, str]]:
            posts.append({"id": f"{PAGE}_{len(posts) + 1}", "message": seen.form["message"]})
            return 200, {"id": posts[-1]["id"]}, {}

        api.route("POST", f"/{PAGE}/feed")(create)
        api.route("GET", f"/{PAGE}/feed")(lambda seen: (200, {"data": posts}, {}))
        assert run_main(tmp_path, "channels", "add", "facebook", "--name", "Facebook", "--page-id", PAGE,
                        stdin="page-token\n").returncode == 0
        post_id = due_post(tmp_path, "Facebook", "Kermis dit weekend")
        api.faults[f"POST /{PAGE}/feed"] = ["hold"]
        publish_killed_when_held(tmp_path, api.holds.reached, OMROEPER_GRAPH_URL=api.url)
        assert stored_state(tmp_path, post_id) is DeliveryState.SENDING and len(posts) == 1
        again = run_main(tmp_path, "publish-due", OMROEPER_GRAPH_URL=api.url)
        assert again.returncode == 0 and "Published: 1" in again.stdout, again.stderr
        assert stored_state(tmp_path, post_id) is DeliveryState.PUBLISHED and len(posts) == 1


@pytest.mark.slow
def test_publish_due_against_a_trickling_server_ends_at_its_deadline(tmp_path: Path, mastodon: MastodonServer) -> None:
    assert run_main(tmp_path, "channels", "add", "mastodon", "--name", "Mastodon", "--base-url", mastodon.url,
                    stdin=TOKEN + "\n").returncode == 0
    post_id = due_post(tmp_path, "Mastodon", "Snoeiwerk in het park")
    mastodon.faults["POST /api/v1/statuses"] = ["trickle"]
    first = run_main(tmp_path, "publish-due", OMROEPER_HTTP_DEADLINE="1")  # a hang would hit run_main's timeout
    assert first.returncode == 1 and "Published: 0" in first.stdout
    assert "did not answer in time after the post was sent" in first.stderr
    assert "checks at the next run whether it arrived" in first.stderr
    assert stored_state(tmp_path, post_id) is DeliveryState.SENDING and len(mastodon.statuses) == 1
    second = run_main(tmp_path, "publish-due", OMROEPER_HTTP_DEADLINE="1")
    assert second.returncode == 0 and "Published: 1" in second.stdout, second.stderr
    assert stored_state(tmp_path, post_id) is DeliveryState.PUBLISHED and len(mastodon.statuses) == 1
