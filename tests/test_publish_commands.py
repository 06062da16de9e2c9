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

from models.channel import ChannelAccount, Network
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


def test_resume_all_names_a_post_whose_time_has_passed_without_saying_it_passed_in_the_pause(tmp_path: Path) -> None:
    """Overdue already when it was paused: its time did not pass "during the pause", it has passed."""
    from models.channel import ChannelAccount, Network

    store = Store.open(tmp_path / STORE_FILE_NAME)
    by_hand = store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
    late = Post(title="Vergeten", body="Vergeten bericht", status=PostStatus.SCHEDULED,
                scheduled_at=datetime.now(UTC) - timedelta(hours=1))
    save_post(store, late, [Variant(post_id=late.id, channel_id=by_hand.id)])
    store.close()
    assert run_main(tmp_path, "pause-all").returncode == 0
    resumed = run_main(tmp_path, "resume-all")
    assert "Its time has passed, you decide: " in resumed.stdout and "Vergeten" in resumed.stdout, resumed.stdout
    assert "during the pause" not in resumed.stdout


def test_handover_export_from_the_command_line(tmp_path: Path) -> None:
    from services.handover import read_handover

    store = Store.open(tmp_path / STORE_FILE_NAME)
    store.save(Post(title="Braderie", body="Braderie", status=PostStatus.DRAFT,
                    scheduled_at=datetime.now(UTC) + timedelta(days=3)))
    store.close()
    target = tmp_path / "overdracht.omroeper"
    bad = run_main(tmp_path, "handover", "export", str(tmp_path / "missing-folder" / "x.omroeper"))
    assert bad.returncode != 0 and "could not be written" in bad.stderr  # and the sending stays here
    result = run_main(tmp_path, "handover", "export", str(target), "--from", "2026-01-01")
    assert result.returncode == 0, result.stderr
    assert "Handover file written" in result.stdout and "(from 1 January 2026)." in result.stdout
    handover = read_handover(target)
    try:
        assert handover.manifest["from"] == "2026-01-01" and handover.manifest["carries_sending"] is True
    finally:
        handover.discard()
    # The sending went with that file: a second one is refused, and says where the sending is.
    again = run_main(tmp_path, "handover", "export", str(tmp_path / "nog-een.omroeper"))
    assert again.returncode == 2 and "The sending is with the laptop that imported" in again.stderr
    assert not (tmp_path / "nog-een.omroeper").exists()


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


@pytest.mark.slow
def test_every_run_says_that_earlier_texts_still_wait_for_a_decision(tmp_path: Path, mastodon: MastodonServer) -> None:
    assert run_main(tmp_path, "channels", "add", "mastodon", "--name", "Mastodon", "--base-url", mastodon.url,
                    stdin=TOKEN + "\n").returncode == 0
    post_id = due_post(tmp_path, "Mastodon", "Snoeiwerk in het park")
    mastodon.faults["POST /api/v1/statuses"] = ["422"]
    first = run_main(tmp_path, "publish-due")
    assert stored_state(tmp_path, post_id) is DeliveryState.FAILED
    assert "1 channel text waits for your decision" in first.stdout
    second = run_main(tmp_path, "publish-due")  # nothing new happened, but the decision still waits
    assert "Published: 0" in second.stdout and "1 channel text waits for your decision" in second.stdout


# ---- the crisis switch beside another Omroeper ----------------------------------------------------------------------

HOLDER = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from services.instance_lock import acquire
lock = acquire(Path({folder!r}), command={command!r})
print("locked", flush=True)
sys.stdin.readline()
lock.unlock()
"""


def hold_folder(data: Path, command: str) -> subprocess.Popen[str]:
    """Another Omroeper holding the data folder: a command, or the window (""), until a line comes on its stdin."""
    process = subprocess.Popen([sys.executable, "-c", HOLDER.format(root=str(ROOT), folder=str(data), command=command)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "locked"
    return process


@pytest.mark.slow
def test_pause_all_beside_a_publish_due_run_pauses_at_once_then_waits_to_take_back(tmp_path: Path) -> None:
    store = Store.open(tmp_path / STORE_FILE_NAME)
    whatsapp = store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
    post = Post(title="Markt", body="Zaterdag markt", status=PostStatus.SCHEDULED,
                scheduled_at=datetime.now(UTC) + timedelta(hours=3))
    save_post(store, post, [Variant(post_id=post.id, channel_id=whatsapp.id)])
    store.close()
    holder = hold_folder(tmp_path, "publish-due")
    try:
        pausing = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path), "pause-all"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   env=environment(tmp_path))
        assert pausing.stdout is not None
        paused = pausing.stdout.readline()
        assert paused.startswith("Paused at once: 1 posts.") and f"publish-due (process {holder.pid})" in paused
        store = Store.open(tmp_path / STORE_FILE_NAME)
        stored = store.get(Post, post.id)
        store.close()
        assert stored is not None and stored.paused_at is not None  # while the run still holds the folder
        waiting = pausing.stdout.readline()
        assert f"Another Omroeper command (publish-due, process {holder.pid})" in waiting
        assert "waiting up to 4 minutes" in waiting and "no request takes longer than 120 seconds" in waiting
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()  # the run ends
        rest, errors = pausing.communicate(timeout=60)
        assert pausing.returncode == 0, errors
        assert "Paused: 1 posts" in rest
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.slow
def test_pause_all_waits_for_a_handover_import_before_it_pauses(tmp_path: Path) -> None:
    holder = hold_folder(tmp_path, "handover")  # it may write whole posts: the pause comes after it
    try:
        pausing = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path), "pause-all"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   env=environment(tmp_path))
        assert pausing.stdout is not None
        assert "Another Omroeper command (handover" in pausing.stdout.readline()
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        rest, errors = pausing.communicate(timeout=60)
        assert pausing.returncode == 0 and "Paused: 0 posts" in rest and "at once" not in rest, errors
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.slow
def test_a_post_paused_while_publish_due_sends_an_earlier_one_is_not_sent(tmp_path: Path,
                                                                          mastodon: MastodonServer) -> None:
    """The real thing: publish-due is sending the first of two due posts (the server holds it) when pause-all
    comes; the second is paused at once and never sent, and pause-all ends once the run has."""
    added = run_main(tmp_path, "channels", "add", "mastodon", "--name", "Mastodon", "--base-url", mastodon.url,
                     stdin=TOKEN + "\n")
    assert added.returncode == 0, added.stderr
    store = Store.open(tmp_path / STORE_FILE_NAME)
    channel = find_channel(store, "Mastodon")
    now = datetime.now(UTC)
    first = Post(title="Eerste", body="Eerste bericht", status=PostStatus.SCHEDULED,
                 scheduled_at=now - timedelta(minutes=2))
    second = Post(title="Tweede", body="Tweede bericht", status=PostStatus.SCHEDULED,
                  scheduled_at=now - timedelta(minutes=1))
    for post in (first, second):
        save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)])
    store.close()
    mastodon.faults["POST /api/v1/statuses"] = ["hold-before"]
    sending = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path), "publish-due"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=environment(tmp_path, OMROEPER_HTTP_DEADLINE="30"))
    try:
        assert mastodon.holds.reached.wait(timeout=60), "the server never got the first post"
        pausing = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path), "pause-all"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   env=environment(tmp_path))
        assert pausing.stdout is not None
        assert pausing.stdout.readline().startswith("Paused at once: 2 posts.")  # the one being sent too
        mastodon.holds.release.set()  # the first post's request ends without an answer; the run goes on
        sending.communicate(timeout=120)
        rest, errors = pausing.communicate(timeout=120)
    finally:
        sending.kill()
        sending.wait()
    assert [status["text_source"] for status in mastodon.statuses] == []  # held before the server stored it
    assert "Tweede bericht" not in str(mastodon.requests)  # never sent, not even tried
    assert stored_state(tmp_path, second.id) is DeliveryState.PAUSED
    assert "Paused: 2 posts" in rest, errors


@pytest.mark.slow
def test_pause_all_beside_the_window_says_switch_to_it_at_once(tmp_path: Path) -> None:
    holder = hold_folder(tmp_path, "")
    try:
        refused = run_main(tmp_path, "pause-all")
        assert refused.returncode == 2 and "Switch to that window" in refused.stderr and refused.stdout == ""
    finally:
        holder.kill()
        holder.wait()


# ---- what servers and files say is printed as plain text ----------------------------------------------------------

def assert_plain(output: str) -> None:
    """Only the command's own line breaks and tabs: no control character or bidi control from a value."""
    import unicodedata

    for char in output:
        assert char in "\n\t" or (unicodedata.category(char) != "Cc" and char not in "\u202a\u202b\u202c\u202d"
                                  "\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"), repr(char)


ESCAPES = "\x1b[2K\r\x1b[32mConnected as Gemeente Oosterzande (@oosterzande)\x1b[0m\x1b]0;pwned\x07\x9b31m\x7f\u202e"


@pytest.mark.slow
def test_channels_test_and_list_print_what_a_server_or_a_file_says_without_its_control_characters(
        tmp_path: Path) -> None:
    with local_api() as api:
        api.route("GET", "/api/v1/accounts/verify_credentials")(lambda seen: (200, {
            "id": "1", "username": "x", "acct": "gemeente" + ESCAPES, "display_name": "\x1b[31mEVIL\x1b[0m\nLine"}, {}))
        api.route("GET", "/api/v2/instance")(lambda seen: (200, {"configuration": {"statuses": {
            "max_characters": 500}}}, {}))
        assert run_main(tmp_path, "channels", "add", "mastodon", "--name", "Mastodon", "--base-url", api.url,
                        stdin=TOKEN + "\n").returncode == 0
        tested = run_main(tmp_path, "channels", "test", "Mastodon")
    assert tested.returncode == 0, tested.stderr
    assert_plain(tested.stdout)
    assert tested.stdout.count("\n") == 1 and tested.stdout.startswith("Connected as [31mEVIL[0m Line (@gemeente")
    from models.channel import ChannelAccount, Network

    store = Store.open(tmp_path / STORE_FILE_NAME)
    store.save(ChannelAccount(network=Network.MANUAL,  # as a handover file could bring it
                              name="Instagram\x1b[2K\r\x1b]0;pwned\x07Everything is fine\x1b[8m"))
    store.close()
    listed = run_main(tmp_path, "channels", "list")
    assert listed.returncode == 0, listed.stderr
    assert_plain(listed.stdout)
    lines = listed.stdout.splitlines()
    assert lines[0] == "Channel\tNetwork\tAddress\tToken"
    assert len(lines) == 3 and lines[1].startswith("Instagram[2K ]0;pwnedEverything is fine[8m\tmanual\t")


def test_channels_list_has_a_header_and_on_an_empty_folder_says_how_to_add_one(tmp_path: Path) -> None:
    empty = run_main(tmp_path, "channels", "list")
    assert empty.returncode == 0, empty.stderr
    assert empty.stdout.splitlines() == ["Channel\tNetwork\tAddress\tToken",
                                         "No channels yet: add one with “channels add NETWORK --name NAME”."]
    assert run_main(tmp_path, "channels", "add", "manual", "--name", "WhatsApp").returncode == 0
    assert run_main(tmp_path, "channels", "list").stdout.splitlines() == ["Channel\tNetwork\tAddress\tToken",
                                                                          "WhatsApp\tmanual\t-\tposted by hand"]
    (tmp_path / "ui.ini").write_text("[General]\nlanguage=nl\n")
    dutch = run_main(tmp_path, "channels", "list").stdout.splitlines()
    assert dutch[0] == "Kanaal\tNetwerk\tAdres\tToken"


def test_terminal_text_keeps_only_the_commands_own_layout() -> None:
    from ui.terminal import terminal_text

    assert terminal_text("a\x1b[31mb\x9bc\x7fd\u202ee\u2066f\x00g\rh\ni\tj") == "a[31mbcdefg h i j"
    assert terminal_text("een\ttwee\ndrie\x1b", keep="\n\t") == "een\ttwee\ndrie"


# ---- a run's budget ----------------------------------------------------------------------------------------------

@pytest.mark.slow
def test_publish_due_against_a_slow_server_stops_after_its_budget_and_says_so(tmp_path: Path) -> None:
    server = MastodonServer(delay=0.3)
    httpd = serve(server)
    try:
        assert run_main(tmp_path, "channels", "add", "mastodon", "--name", "Mastodon", "--base-url", server.url,
                        stdin=TOKEN + "\n").returncode == 0
        store = Store.open(tmp_path / STORE_FILE_NAME)
        channel = find_channel(store, "Mastodon")
        for number in range(12):
            post = Post(title=f"Bericht {number}", body=f"Bericht {number}", status=PostStatus.SCHEDULED,
                        scheduled_at=datetime.now(UTC) + timedelta(days=1 + number // 6))
            save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)])
        store.close()
        first = run_main(tmp_path, "publish-due", OMROEPER_RUN_BUDGET="1")
        assert first.returncode == 0, first.stderr
        assert "This run stopped starting requests after 1 seconds, so that no slow server holds it" in first.stdout
        assert len(server.scheduled) < 12 and f"; {12 - len(server.scheduled)} post" in first.stdout
        second = run_main(tmp_path, "publish-due")
        assert second.returncode == 0 and "stopped starting requests" not in second.stdout
        assert len(server.scheduled) == 12
    finally:
        stop(httpd, server)


def test_channels_list_names_a_removed_channel_until_its_posts_are_taken_back(tmp_path: Path) -> None:
    from services.channels import remove_channel

    assert run_main(tmp_path, "channels", "add", "mastodon", "--name", "Mastodon", "--base-url",
                    "https://social.example", stdin=TOKEN + "\n").returncode == 0
    store = Store.open(tmp_path / STORE_FILE_NAME)
    channel = find_channel(store, "Mastodon")
    post = Post(title="Braderie", body="Braderie", status=PostStatus.SCHEDULED,
                scheduled_at=datetime.now(UTC) + timedelta(days=2))
    save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)])
    store.update_fields(variants_of(store, post.id)[0], state=DeliveryState.SCHEDULED_REMOTE, remote_id="s1")
    assert remove_channel(store, channel) == 1
    store.close()
    listed = run_main(tmp_path, "channels", "list")
    assert listed.returncode == 0  # ("post(s)": the English plural comes with the translations)
    assert listed.stdout.splitlines()[1].startswith("Mastodon\tmastodon\thttps://social.example\tremoved; 1 post")
    assert "still in the network's own schedule are taken back at the next run" in listed.stdout
