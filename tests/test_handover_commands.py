"""`handover import` as a script runs it: a file that deletes many posts is refused without --allow-deletions
(exit 2, nothing written), --dry-run shows the plan, and a refused file says why on stderr."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from models.common import to_utc_text
from models.post import Post, PostStatus
from models.staff import StaffMember
from services.handover import HandoverNote, export_handover
from services.store import STORE_FILE_NAME, Store
from tests.services.handover_craft import craft, store_rows
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
