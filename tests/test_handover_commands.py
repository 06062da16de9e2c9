"""`handover import` and `export` as a script runs them: a file that deletes many posts is refused without
--allow-deletions (exit 2, nothing written), --dry-run shows the plan, a refused file says why on stderr, and an
export says that the sending goes with the file (publish-due then sends nothing, and says why)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from models.common import to_utc_text
from models.planning import Absence
from models.post import DeliveryState, Post, PostStatus, Variant
from models.staff import StaffMember
from services.channels import find_channel
from services.handover import HandoverNote, export_handover
from services.post_editing import save_post, variants_of
from services.store import STORE_FILE_NAME, Store
from tests.services.handover_craft import craft, store_rows
from tests.services.mastodon_server import TOKEN, MastodonServer
from tests.test_publish_commands import run_main


def calendar_with_a_file_deleting(tmp_path: Path, posts: int, deleted: int) -> Path:
    """A data folder with `posts` posts, and a file made from its export that deletes `deleted` of them."""
    store = Store.open(tmp_path / STORE_FILE_NAME)
    try:
        store.save(StaffMember(name="Sanne", is_self=True))
        for number in range(posts):
            store.save(Post(title=f"Post {number}", body="tekst", status=PostStatus.DRAFT,
                            scheduled_at=store.clock() + timedelta(days=1 + number)))
        exported = tmp_path / "overdracht.omroeper"
        export_handover(store, exported, HandoverNote(), store.clock())
        later = store.clock() + timedelta(minutes=5)
        ids = [post.id for post in store.find(Post, order_by="title")][:deleted]
    finally:
        store.close()

    def delete(conn) -> None:  # type: ignore[no-untyped-def]
        for post_id in ids:
            conn.execute("UPDATE posts SET deleted_at = ?, updated_at = ? WHERE id = ?",
                         (to_utc_text(later), to_utc_text(later), post_id))

    return craft(exported, tmp_path / "terug.omroeper", delete,
                 {"exported_at": to_utc_text(later + timedelta(minutes=1))})


def live_posts(folder: Path) -> int:
    store = Store.open(folder / STORE_FILE_NAME)
    try:
        return len(store.find(Post))
    finally:
        store.close()


@pytest.mark.slow
def test_many_deletions_need_allow_deletions(tmp_path: Path) -> None:
    path = calendar_with_a_file_deleting(tmp_path, posts=20, deleted=12)
    store = Store.open(tmp_path / STORE_FILE_NAME)
    before = store_rows(store)
    store.close()

    refused = run_main(tmp_path, "handover", "import", str(path))
    assert refused.returncode == 2, refused.stderr
    assert "This file deletes 12 of the 20 posts in your calendar. Nothing was written." in refused.stderr
    assert "--allow-deletions" in refused.stderr and "Traceback" not in refused.stderr
    store = Store.open(tmp_path / STORE_FILE_NAME)
    assert store_rows(store) == before  # not even the exchange's time
    store.close()

    dry = run_main(tmp_path, "handover", "import", str(path), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Would change (nothing was written):" in dry.stdout
    assert "Posts this file deletes from your calendar: 12 of 20." in dry.stdout
    assert "add --allow-deletions" in dry.stdout and live_posts(tmp_path) == 20

    allowed = run_main(tmp_path, "handover", "import", str(path), "--allow-deletions")
    assert allowed.returncode == 0, allowed.stderr
    assert "posts: 0 added, 0 changed, 12 deleted" in allowed.stdout
    assert live_posts(tmp_path) == 8


@pytest.mark.slow
def test_a_few_deletions_need_no_flag_and_a_bad_file_is_refused_on_stderr(tmp_path: Path) -> None:
    path = calendar_with_a_file_deleting(tmp_path, posts=30, deleted=2)
    assert run_main(tmp_path, "handover", "import", str(path)).returncode == 0
    assert live_posts(tmp_path) == 28
    bad = craft(path, tmp_path / "slecht.omroeper",
                lambda conn: conn.execute("UPDATE posts SET status = 'zombie' WHERE title = 'Post 7'"))
    result = run_main(tmp_path, "handover", "import", str(bad))
    assert result.returncode == 2
    assert "posts “Post 7”" in result.stderr and "zombie" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_handover_export_says_the_sending_goes_and_publish_due_then_sends_nothing(tmp_path: Path,
                                                                                 server: MastodonServer) -> None:
    added = run_main(tmp_path, "channels", "add", "mastodon", "--name", "Mastodon", "--base-url", server.url,
                     stdin=TOKEN + "\n")
    assert added.returncode == 0, added.stderr
    store = Store.open(tmp_path / STORE_FILE_NAME)
    try:
        me = store.save(StaffMember(name="Sanne", is_self=True))
        joris = store.save(StaffMember(name="Joris"))
        today = store.clock().date()
        store.save(Absence(staff_id=me.id, standin_id=joris.id, starts_on=today, ends_on=today + timedelta(days=9)))
        post = Post(title="Markt", body="Zaterdag markt", status=PostStatus.SCHEDULED,
                    scheduled_at=store.clock() - timedelta(minutes=1))
        save_post(store, post, [Variant(post_id=post.id, channel_id=find_channel(store, "Mastodon").id)])
    finally:
        store.close()

    exported = run_main(tmp_path, "handover", "export", str(tmp_path / "naar-joris.omroeper"))
    assert exported.returncode == 0, exported.stderr
    said = exported.stdout.splitlines()
    assert said[0] == "From now on this laptop sends nothing; Joris's laptop sends once the file is imported."
    assert said[1].startswith("Handover file written")

    due = run_main(tmp_path, "publish-due")
    assert due.returncode == 0, due.stderr
    assert due.stdout.startswith("Sending is with Joris since ")
    assert "this laptop sends nothing until you import the file Joris hands back." in due.stdout
    assert server.statuses == []
    store = Store.open(tmp_path / STORE_FILE_NAME)
    try:
        assert variants_of(store, post.id)[0].state is not DeliveryState.PUBLISHED
    finally:
        store.close()

    # The crisis switch still pauses here, and says that the laptop with the sending must pause too.
    paused = run_main(tmp_path, "pause-all", "--reason", "Storm")
    assert paused.returncode == 1
    assert "Ask them to pause too" in paused.stderr and "Sending is with Joris" in paused.stderr


@pytest.mark.slow
def test_deleting_a_channel_needs_allow_deletions(tmp_path: Path) -> None:
    from models.channel import ChannelAccount, Network

    store = Store.open(tmp_path / STORE_FILE_NAME)
    try:
        store.save(StaffMember(name="Sanne", is_self=True))
        store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
        exported = tmp_path / "overdracht.omroeper"
        export_handover(store, exported, HandoverNote(), store.clock())
        later = to_utc_text(store.clock() + timedelta(minutes=5))
        before = store_rows(store)
    finally:
        store.close()
    path = craft(exported, tmp_path / "terug.omroeper", lambda conn: conn.execute(
        "UPDATE channels SET deleted_at = ?, updated_at = ?", (later, later)), {"exported_at": later})

    refused = run_main(tmp_path, "handover", "import", str(path))
    assert refused.returncode == 2, refused.stderr
    assert "Channel deleted on the other side: WhatsApp" in refused.stderr
    assert "This file deletes 1 of the 1 channels. Nothing was written." in refused.stderr
    store = Store.open(tmp_path / STORE_FILE_NAME)
    assert store_rows(store) == before
    store.close()
    allowed = run_main(tmp_path, "handover", "import", str(path), "--allow-deletions")
    assert allowed.returncode == 0, allowed.stderr
    assert "channels: 0 added, 0 changed, 1 deleted" in allowed.stdout


@pytest.mark.slow
def test_without_the_sending_pause_all_takes_back_its_own_copies_and_resume_all_says_where_the_sending_is(
        tmp_path: Path, server: MastodonServer) -> None:
    added = run_main(tmp_path, "channels", "add", "mastodon", "--name", "Mastodon", "--base-url", server.url,
                     stdin=TOKEN + "\n")
    assert added.returncode == 0, added.stderr
    store = Store.open(tmp_path / STORE_FILE_NAME)
    try:
        store.save(StaffMember(name="Sanne", is_self=True))
        post = Post(title="Kermis", body="Kermis op het plein", status=PostStatus.SCHEDULED,
                    scheduled_at=store.clock() + timedelta(days=3))
        save_post(store, post, [Variant(post_id=post.id, channel_id=find_channel(store, "Mastodon").id)])
    finally:
        store.close()
    assert run_main(tmp_path, "publish-due").returncode == 0
    assert [item["params"]["text"] for item in server.scheduled.values()] == ["Kermis op het plein"]
    own = tmp_path / "naar-joris.omroeper"
    assert run_main(tmp_path, "handover", "export", str(own)).returncode == 0

    # Her own file, by mistake: merged, and the sending stays with the laptop that imports the file.
    again = run_main(tmp_path, "handover", "import", str(own))
    assert again.returncode == 0, again.stderr
    assert "This file does not bring the sending: it is this laptop's own. The sending stays with the other " \
           "laptop." in again.stdout
    assert run_main(tmp_path, "publish-due").stdout.startswith("Sending is with the laptop that imported")

    # The news breaks: her Pause all takes her laptop's copy back from Mastodon's schedule, and sends nothing.
    paused = run_main(tmp_path, "pause-all", "--reason", "Aanslag")
    assert paused.returncode == 1, paused.stderr
    assert "Paused here: 1 posts; taken back from a network's schedule: 1." in paused.stdout
    assert "Ask them to pause too" in paused.stderr
    assert server.scheduled == {} and server.statuses == []
    store = Store.open(tmp_path / STORE_FILE_NAME)
    try:
        [variant] = variants_of(store, post.id)
        assert (variant.state, variant.remote_id) == (DeliveryState.PAUSED, "")
    finally:
        store.close()

    resumed = run_main(tmp_path, "resume-all")
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout.splitlines()[0] == "Resumed here: 1 posts."
    assert "Sending is with the laptop that imported the handover file written here" in resumed.stdout
    assert "Ask them to resume too: the posts go out from their laptop." in resumed.stdout
    assert server.scheduled == {} and server.statuses == []  # nothing handed over from here
