"""`results sync` and `report month` on the command line, as the officer (or a scheduled task) runs them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from models.channel import ChannelAccount
from models.post import DeliveryState, Post, PostStatus, Variant
from services.store import STORE_FILE_NAME, Store
from tests.services.mastodon_server import TOKEN, MastodonServer, serve, stop
from tests.support.results_month import fill_month
from tests.test_publish_commands import run_main


@pytest.mark.slow
def test_report_month_writes_a_pdf_in_each_language(tmp_path: Path) -> None:
    store = Store.open(tmp_path / STORE_FILE_NAME)
    fill_month(store, posts=6)
    store.close()
    for language in ("nl", "en"):
        done = run_main(tmp_path, "report", "month", "2026-11", str(tmp_path / f"rapport-{language}.pdf"),
                        "--lang", language)
        assert done.returncode == 0, done.stderr
        assert f"rapport-{language}.pdf" in done.stdout
        assert (tmp_path / f"rapport-{language}.pdf").read_bytes().startswith(b"%PDF")
    wrong = run_main(tmp_path, "report", "month", "november", str(tmp_path / "x.pdf"))
    assert wrong.returncode != 0 and "YYYY-MM" in wrong.stderr and "Traceback" not in wrong.stderr


@pytest.mark.slow
def test_results_sync_says_what_it_took_and_which_network_failed(tmp_path: Path) -> None:
    server = MastodonServer()
    httpd = serve(server)
    try:
        added = run_main(tmp_path, "channels", "add", "mastodon", "--name", "Mastodon", "--base-url", server.url,
                         stdin=TOKEN + "\n")
        assert added.returncode == 0, added.stderr
        server.followers = 12
        done = run_main(tmp_path, "results", "sync")
        assert done.returncode == 0, done.stderr
        assert "Follower counts taken: 1." in done.stdout
    finally:
        stop(httpd, server)
    store = Store.open(tmp_path / STORE_FILE_NAME)
    channel = store.find(ChannelAccount)[0]
    post = store.save(Post(title="Markt", status=PostStatus.PUBLISHED))
    store.save(Variant(post_id=post.id, channel_id=channel.id, state=DeliveryState.PUBLISHED, remote_id="101",
                       published_at=datetime.now(UTC) - timedelta(days=2)))
    store.close()
    failed = run_main(tmp_path, "results", "sync", OMROEPER_HTTP_DEADLINE="2")  # the server is gone
    assert failed.returncode != 0
    assert "Mastodon: " in failed.stdout and "Its figures stay as they were." in failed.stdout


@pytest.mark.slow
def test_report_month_needs_no_screen(tmp_path: Path) -> None:
    """From a task scheduler, over ssh or on a server there is no display and no QT_QPA_PLATFORM: the report is
    still written, and a wrong month is told (it ended in Qt's "could not load the Qt platform plugin" first)."""
    no_screen = {"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""}
    wrong = run_main(tmp_path, "report", "month", "2026-13", str(tmp_path / "x.pdf"), **no_screen)
    assert wrong.returncode == 2 and "YYYY-MM" in wrong.stderr, wrong.stderr
    done = run_main(tmp_path, "report", "month", "2026-11", str(tmp_path / "rapport.pdf"), **no_screen)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "rapport.pdf").read_bytes().startswith(b"%PDF")
