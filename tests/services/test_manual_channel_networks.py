"""A channel posted to by hand says which network it is for (Instagram, Threads, X, WhatsApp or something else), so
that network's counting rule holds for its texts: in the service, the store, the command line and a handover."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from models.channel import ChannelAccount, ManualNetwork, Network
from models.media import Media
from models.readiness import ProblemKind, readiness_problems
from services import schema
from services.channels import add_channel, find_channel, update_channel
from services.errors import KnownError
from services.handover import HandoverNote, export_handover
from services.store import STORE_FILE_NAME, Store
from tests.services.handover_craft import craft, import_file, store_rows

ROOT = Path(__file__).resolve().parent.parent.parent
CAPTION = "Kom naar de braderie op zaterdag! " + " ".join(f"#tag{number}" for number in range(31))


def test_a_manual_channel_for_instagram_keeps_instagrams_counting_rule(store: Store) -> None:
    instagram = add_channel(store, Network.MANUAL, "Instagram", manual_network=ManualNetwork.INSTAGRAM)
    whatsapp = add_channel(store, Network.MANUAL, "WhatsApp-kanaal", manual_network=ManualNetwork.WHATSAPP)
    stored = store.get(ChannelAccount, instagram.id)
    assert stored is not None and stored.manual_network is ManualNetwork.INSTAGRAM and not stored.has_secret
    photo = [Media(sha256="0" * 64, file_name="0" * 64 + ".jpg", mime_type="image/jpeg", width=1080, height=1080,
                   size_bytes=1000)]
    problems = readiness_problems({instagram.id: CAPTION, whatsapp.id: CAPTION}, [stored, whatsapp], ["Kramen"],
                                  has_date=True, images=photo)
    # 31 hashtags: one too many for Instagram; WhatsApp has no counting rule.
    assert [(p.kind, p.channel.name if p.channel else "", p.limit.over_by if p.limit else 0) for p in problems] == [
        (ProblemKind.TOO_LONG, "Instagram", 1)]
    long_text = "x" * 2201
    assert [p.kind for p in readiness_problems({instagram.id: long_text}, [stored], ["Kramen"], has_date=True,
                                               images=photo)] == [ProblemKind.TOO_LONG]
    # Instagram takes no post without an image.
    assert [p.kind for p in readiness_problems({instagram.id: "Braderie"}, [stored], [], has_date=True)] == [
        ProblemKind.NEEDS_IMAGE]


def test_what_a_manual_channel_is_for_can_be_changed_and_only_a_manual_channel_is_for_another(store: Store) -> None:
    channel = add_channel(store, Network.MANUAL, "Kanaal")
    assert channel.manual_network is ManualNetwork.OTHER and channel.counted_as is Network.MANUAL
    update_channel(store, channel, name="X van de gemeente", manual_network=ManualNetwork.X)
    stored = find_channel(store, "X van de gemeente")
    assert stored.manual_network is ManualNetwork.X and stored.counted_as is Network.X
    with pytest.raises(KnownError, match="Only a channel posted to by hand"):
        add_channel(store, Network.MASTODON, "Mastodon", "token-abc", base_url="https://social.example",
                    manual_network=ManualNetwork.THREADS)
    assert [c.name for c in store.find(ChannelAccount)] == ["X van de gemeente"]


def test_manual_channels_named_after_their_network_are_taken_to_be_for_it_on_upgrade(tmp_path: Path) -> None:
    from tests.services.test_store import _store_at_version

    path = tmp_path / "omroeper.sqlite"
    _store_at_version(path, 9)
    conn = sqlite3.connect(path)
    stamp = "2026-01-01T00:00:00.000000Z"
    for number, (network, name) in enumerate((("manual", " Instagram "), ("manual", "Twitter"),
                                              ("manual", "WhatsApp-kanaal"), ("mastodon", "Threads"))):
        conn.execute("INSERT INTO channels (id, created_at, updated_at, network, name) VALUES (?, ?, ?, ?, ?)",
                     (f"00000000-0000-4000-8000-00000000000{number}", stamp, stamp, network, name))
    conn.commit()
    conn.close()
    store = Store.open(path)
    try:
        assert {c.name: c.manual_network for c in store.find(ChannelAccount)} == {
            " Instagram ": ManualNetwork.INSTAGRAM, "Twitter": ManualNetwork.X,
            "WhatsApp-kanaal": ManualNetwork.OTHER, "Threads": ManualNetwork.OTHER}
        assert store.schema_version == schema.LATEST_VERSION
    finally:
        store.close()


def test_a_handover_carries_what_a_manual_channel_is_for_and_refuses_it_on_another(tmp_path: Path) -> None:
    moment = datetime(2026, 7, 1, 8, 0, tzinfo=UTC)
    officer = Store.open(tmp_path / "officer" / STORE_FILE_NAME, clock=lambda: moment)
    standin = Store.open(tmp_path / "standin" / STORE_FILE_NAME, clock=lambda: moment)
    try:
        instagram = add_channel(officer, Network.MANUAL, "Instagram", manual_network=ManualNetwork.INSTAGRAM)
        officer.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url="https://social.example"))
        exported = tmp_path / "naar-joris.omroeper"
        export_handover(officer, exported, HandoverNote(), moment)

        bad = craft(exported, tmp_path / "bad.omroeper", lambda conn: conn.execute(
            "UPDATE channels SET manual_network = 'threads' WHERE network = 'mastodon'"))
        before = store_rows(standin)
        with pytest.raises(KnownError, match="manual_network"):
            import_file(standin, bad)
        assert store_rows(standin) == before
        unknown = craft(exported, tmp_path / "unknown.omroeper", lambda conn: conn.execute(
            "UPDATE channels SET manual_network = 'myspace' WHERE network = 'manual'"))
        with pytest.raises(KnownError, match="myspace"):
            import_file(standin, unknown)

        import_file(standin, exported)
        arrived = standin.get(ChannelAccount, instagram.id)
        assert arrived is not None and arrived.manual_network is ManualNetwork.INSTAGRAM
    finally:
        officer.close()
        standin.close()


def run_main(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en", "LC_ALL": "C.UTF-8"})


def test_the_command_line_adds_a_manual_channel_for_a_network(tmp_path: Path) -> None:
    added = run_main(tmp_path, "channels", "add", "manual", "--name", "Instagram", "--for", "instagram")
    assert added.returncode == 0, added.stderr
    assert "Channel Instagram added." in added.stdout
    refused = run_main(tmp_path, "channels", "add", "mastodon", "--name", "Mastodon", "--base-url",
                       "https://social.example", "--for", "x")
    assert refused.returncode != 0 and "--for" in refused.stderr and "channels add manual" in refused.stderr
    unknown = run_main(tmp_path, "channels", "add", "manual", "--name", "MySpace", "--for", "myspace")
    assert unknown.returncode == 2 and "invalid choice" in unknown.stderr
    store = Store.open(tmp_path / STORE_FILE_NAME)
    try:
        assert [(c.name, c.network, c.manual_network) for c in store.find(ChannelAccount)] == [
            ("Instagram", Network.MANUAL, ManualNetwork.INSTAGRAM)]
    finally:
        store.close()
