"""A token goes to the keychain and nowhere else: after adding it from standard input (pasted from a PDF), testing
it, failing with it (also against a server that quotes it back) and every export, no file of the data folder
(the data file, its WAL, backups, the log) and no export, output or error message holds it."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from models.post import Post, PostStatus, Variant
from services.channels import find_channel
from services.post_editing import save_post
from services.store import STORE_FILE_NAME, Store
from tests.services.local_api import Seen, local_api
from tests.services.mastodon_server import TOKEN, MastodonServer, serve

ROOT = Path(__file__).resolve().parent.parent
PASTED = "\u200btest-token-\r\n0123456789\u00a0\n"  # the token as it comes out of a PDF


def run_main(data: Path, keychain: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.TestFileKeyring",
           "OMROEPER_TEST_KEYRING_FILE": str(keychain), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=60)


def files_holding(folder: Path, secret: str) -> list[str]:
    forms = [secret.encode("utf-8"), secret.encode("utf-16-le"), secret.encode("utf-16-be")]
    return [str(path.relative_to(folder)) for path in sorted(folder.rglob("*"))
            if path.is_file() and any(form in path.read_bytes() for form in forms)]


@pytest.mark.slow
def test_the_token_never_leaves_the_keychain(tmp_path: Path) -> None:
    data, exports, keychain = tmp_path / "data", tmp_path / "exports", tmp_path / "keychain.json"
    exports.mkdir()
    outputs: list[str] = []

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        result = run_main(data, keychain, *args, stdin=stdin)
        outputs.extend([result.stdout, result.stderr])
        return result

    server = MastodonServer()
    httpd = serve(server)
    try:
        with local_api() as quoting:
            @quoting.route("GET", "/api/v1/accounts/verify_credentials")
            def quote_back(seen: Seen) -> tuple[int, object, dict[str, str]]:
                return 422, {"error": f"Unknown credentials {seen.headers.get('Authorization')}"}, {}

            assert run("channels", "add", "mastodon", "--name", "Mastodon", "--base-url", server.url,
                       stdin=PASTED).returncode == 0
            tested = run("channels", "test", "Mastodon")
            assert tested.returncode == 0, tested.stderr  # the cleaned token is the right one
            server.fail_next.append("401")
            assert run("channels", "test", "Mastodon").returncode != 0
            assert run("channels", "add", "mastodon", "--name", "Quoting", "--base-url", quoting.url,
                       stdin=PASTED).returncode == 0
            quoted = run("channels", "test", "Quoting")
            assert quoted.returncode != 0 and "Unknown credentials Bearer •••" in quoted.stderr
            assert quoting.seen[0].headers["Authorization"] == f"Bearer {TOKEN}"  # it had the token to quote

            # and when publishing: the server refuses the post, quoting the token in its documented error
            quoting.route("GET", "/api/v1/accounts/verify_credentials")(
                lambda seen: (200, {"id": "7", "acct": "citaat"}, {}))  # whose token it is: asked before each run
            quoting.route("GET", "/api/v2/instance")(quote_back)
            quoting.route("POST", "/api/v1/statuses")(quote_back)
            store = Store.open(data / STORE_FILE_NAME)
            post = Post(title="Citaat", body="Een bericht", status=PostStatus.SCHEDULED,
                        scheduled_at=datetime.now(UTC) - timedelta(minutes=1))
            save_post(store, post, [Variant(post_id=post.id, channel_id=find_channel(store, "Quoting").id)])
            store.close()
            refused = run("publish-due")
            assert refused.returncode == 1 and "Unknown credentials Bearer •••" in refused.stderr
            assert any(seen.path == "/api/v1/statuses" for seen in quoting.seen)

        store = Store.open(data / STORE_FILE_NAME)
        channel = find_channel(store, "Mastodon")
        post = Post(title="Markt", body="Zaterdag markt", status=PostStatus.SCHEDULED,
                    scheduled_at=datetime.now(UTC) - timedelta(minutes=1))
        save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)])
        store.close()
        server.fail_next.extend(["401"] * 3)  # whichever request the run makes first (the instance's limits too)
        failed = run("publish-due")
        assert failed.returncode == 1 and "refused the access token" in failed.stderr
        assert run("export-csv", str(exports / "planning.csv")).returncode == 0
        assert run("export-ics", str(exports / "planning.ics")).returncode == 0
        assert run("handover", "export", str(exports / "overdracht.omroeper")).returncode == 0
    finally:
        httpd.shutdown()
        httpd.server_close()

    assert TOKEN in keychain.read_text()  # where it belongs, cleaned
    assert (data / "logs" / "omroeper.log").stat().st_size > 0
    assert files_holding(data, TOKEN) == []
    assert files_holding(exports, TOKEN) == []
    assert not any(TOKEN in output for output in outputs)
