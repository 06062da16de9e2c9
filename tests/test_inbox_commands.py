"""`inbox sync`, `inbox list --json`, `inbox reply` and `inbox done` as the task scheduler runs them, against a
local Mastodon server; and an answer sent exactly once with publish-due killed (SIGKILL) at each step."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.channel import ChannelAccount, Network
from models.inbox import InboxItem, ItemKind
from services.store import Store
from tests.services.mastodon_server import TOKEN, MastodonServer, serve, stop
from tests.test_publish_commands import publish_killed_when_held, run_main
from ui.inbox_commands import add_parsers, run


@pytest.fixture
def mastodon() -> Iterator[MastodonServer]:
    state = MastodonServer(processing_polls=0)
    httpd = serve(state)
    yield state
    stop(httpd, state)
    assert state.violations == []


def ours(server: MastodonServer) -> list[dict[str, object]]:
    return [status for status in server.statuses if status["account"]["id"] == "1"]


@pytest.mark.slow
def test_sync_list_reply_and_done_from_the_command_line(tmp_path: Path, mastodon: MastodonServer) -> None:
    assert run_main(tmp_path, "channels", "add", "mastodon", "--name", "Mastodon", "--base-url", mastodon.url,
                    stdin=TOKEN + "\n").returncode == 0
    question = mastodon.add_message("Wanneer is de markt?", acct="jan@example.org")
    mastodon.add_message("Dank je!", acct="bob@example.org")
    synced = run_main(tmp_path, "inbox", "sync")
    assert synced.returncode == 0, synced.stderr
    assert "New: 2" in synced.stdout and "first fetch, the last 14 days" in synced.stdout
    listed = json.loads(run_main(tmp_path, "inbox", "list", "--json").stdout)
    assert {"id", "network", "channel", "kind", "author", "text", "received_at", "answered_at", "state",
            "url"} <= set(listed[0])
    asked = next(item for item in listed if item["text"] == "Wanneer is de markt?")
    assert (asked["network"], asked["channel"], asked["kind"], asked["author"], asked["state"]) == (
        "mastodon", "Mastodon", "mention", "jan@example.org", "open")
    assert asked["received_at"].endswith("Z") and asked["answered_at"] is None
    thanks = next(item for item in listed if item["text"] == "Dank je!")
    assert run_main(tmp_path, "inbox", "done", thanks["id"]).returncode == 0

    replied = run_main(tmp_path, "inbox", "reply", asked["id"], "--text", "@jan@example.org Zaterdag.")
    assert replied.returncode == 0, replied.stderr
    assert ours(mastodon) == []  # waits in the outbox
    assert run_main(tmp_path, "publish-due").returncode == 0
    assert [(s["in_reply_to_id"], s["text_source"]) for s in ours(mastodon)] == [
        (question["id"], "@jan@example.org Zaterdag.")]
    answered = json.loads(run_main(tmp_path, "inbox", "list", "--json", "--state", "answered").stdout)
    assert [item["id"] for item in answered] == [asked["id"]] and answered[0]["answered_at"] is not None
    assert json.loads(run_main(tmp_path, "inbox", "list", "--json").stdout) == []
    assert len(json.loads(run_main(tmp_path, "inbox", "list", "--json", "--state", "all").stdout)) == 2

    refused = run_main(tmp_path, "inbox", "reply", thanks["id"], "--text", "Mail naar jan@example.org")
    assert refused.returncode == 1 and "personal data" in refused.stderr


def test_the_plain_list_cleans_each_field_so_none_makes_a_row_or_column(
        store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    channel = store.save(ChannelAccount(network=Network.MASTODON, name="Mast\todon\n", base_url="https://x.example"))
    store.save(InboxItem(channel_id=channel.id, network="mastodon", kind=ItemKind.MENTION, remote_id="1",
                         author_handle="jan\tanswered\tNep\nfake-row\topen\u202e\x1b[31m",
                         text="regel\r\neen\ttwee\x85drie", received_at=store.clock()))
    parser = argparse.ArgumentParser()
    add_parsers(parser.add_subparsers(dest="command"))
    assert run(parser.parse_args(["inbox", "list"]), store) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    columns = lines[0].split("\t")
    assert len(columns) == 6
    assert columns[2:4] == ["Mast odon", "jan answered Nep fake-row open[31m"]
    assert columns[5] == "regel een twee drie"


@pytest.mark.slow
def test_sync_fails_with_the_reason_when_an_account_fails(tmp_path: Path, mastodon: MastodonServer) -> None:
    assert run_main(tmp_path, "channels", "add", "mastodon", "--name", "Mastodon", "--base-url", mastodon.url,
                    stdin=TOKEN + "\n").returncode == 0
    mastodon.fail_next.append("401")
    failed = run_main(tmp_path, "inbox", "sync")
    assert failed.returncode == 1 and "refused the access token" in failed.stderr


@pytest.mark.slow
@pytest.mark.parametrize("fault", ["hold-before", "hold"])
def test_killed_while_the_server_holds_the_answer_it_still_goes_out_once(tmp_path: Path, mastodon: MastodonServer,
                                                                         fault: str) -> None:
    """With the answer received but not yet stored; stored but not yet answered."""
    assert run_main(tmp_path, "channels", "add", "mastodon", "--name", "Mastodon", "--base-url", mastodon.url,
                    stdin=TOKEN + "\n").returncode == 0
    mastodon.add_message("Vraag", acct="jan@example.org")
    assert run_main(tmp_path, "inbox", "sync").returncode == 0
    item = json.loads(run_main(tmp_path, "inbox", "list", "--json").stdout)[0]
    assert run_main(tmp_path, "inbox", "reply", item["id"], "--text", "@jan@example.org Antwoord").returncode == 0
    mastodon.faults["POST /api/v1/statuses"] = [fault]
    publish_killed_when_held(tmp_path, mastodon.holds.reached)
    mastodon.holds.release.set()
    again = run_main(tmp_path, "publish-due")
    assert again.returncode == 0, again.stderr
    assert len(ours(mastodon)) == 1
    assert json.loads(run_main(tmp_path, "inbox", "list", "--json", "--state", "answered").stdout)[0]["id"] == \
        item["id"]
