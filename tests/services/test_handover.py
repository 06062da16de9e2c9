"""The handover file: what goes in (and what not), and every bad file refused with the store untouched."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from models.channel import ChannelAccount, Network
from models.media import PostMedia
from models.post import Post, PostStatus, Variant
from models.staff import StaffMember
from services.errors import KnownError
from services.handover import MANIFEST, HandoverNote, export_handover, read_handover
from services.media_library import add_image
from services.post_editing import save_post
from services.sending import take_sending_back
from services.store import STORE_FILE_NAME, Store
from tests.conftest import FakeClock

NOW = datetime(2026, 7, 1, 8, 0, tzinfo=UTC)
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c63f8cfc0f01f00050001ff89993d1d0000000049454e44ae426082")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def exported(store: Store, tmp_path: Path) -> Path:
    store.save(StaffMember(name="Sanne", is_self=True))
    channel = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", has_secret=True))
    picture = tmp_path / "markt.png"
    picture.write_bytes(PNG)
    for days, title in ((-3, "Voorbij"), (5, "Braderie"), (40, "Kermis")):
        post = Post(title=title, body=title, status=PostStatus.DRAFT, scheduled_at=NOW + timedelta(days=days))
        media = add_image(store, picture)
        save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)],
                  [PostMedia(post_id=post.id, media_id=media.id, alt_text="Markt")])
    store.save(Post(title="Idee zonder datum", status=PostStatus.IDEA))
    target = tmp_path / "overdracht.omroeper"
    export_handover(store, target, HandoverNote(running_topics="Wegwerkzaamheden Dorpsstraat",
                                                contacts="Wethouder: 06-…"), NOW)
    return target


def test_the_file_holds_the_calendar_from_today_without_secrets(exported: Path) -> None:
    handover = read_handover(exported)
    try:
        assert handover.manifest["exported_by"] == "Sanne" and handover.manifest["from"] == "2026-07-01"
        assert handover.note.running_topics == "Wegwerkzaamheden Dorpsstraat"
        conn = sqlite3.connect(handover.data_path)
        titles = {row[0] for row in conn.execute("SELECT title FROM posts")}
        secrets = [row[0] for row in conn.execute("SELECT has_secret FROM channels")]
        conn.close()
        assert titles == {"Braderie", "Kermis", "Idee zonder datum"}
        assert secrets == [0]
        assert len(list((handover.folder / "media").iterdir())) == 1
    finally:
        handover.discard()
    assert not handover.folder.exists()


def test_a_period_leaves_out_what_comes_after(store: Store, exported: Path, tmp_path: Path) -> None:
    target = tmp_path / "kort.omroeper"
    take_sending_back(store)  # `exported` took the sending along: a second file only after it came back
    export_handover(store, target, HandoverNote(), NOW, date(2026, 7, 1), date(2026, 7, 20))
    handover = read_handover(target)
    try:
        conn = sqlite3.connect(handover.data_path)
        assert {row[0] for row in conn.execute("SELECT title FROM posts")} == {"Braderie", "Idee zonder datum"}
        conn.close()
    finally:
        handover.discard()


def _rewrite(source: Path, target: Path, change) -> Path:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for entry in original.infolist():
            name, data = change(entry.filename, original.read(entry))
            if name:
                copy.writestr(name, data)
    return target


def _store_bytes(tmp_path: Path) -> bytes:
    return (tmp_path / STORE_FILE_NAME).read_bytes()


@pytest.mark.parametrize(("case", "message"), [
    ("truncated", "damaged or incomplete"),
    ("corrupted", "damaged"),
    ("tampered", "changed after it was exported"),
    ("newer", "newer version of Omroeper"),
    ("zip slip", "outside its folder"),
    ("absolute", "outside its folder"),
    ("not a zip", "not a handover file"),
])
def test_a_bad_file_is_refused_and_the_store_is_untouched(store: Store, exported: Path, tmp_path: Path,
                                                          case: str, message: str) -> None:
    before = _store_bytes(tmp_path)
    bad = tmp_path / f"{case}.omroeper"
    data = exported.read_bytes()
    if case == "truncated":
        bad.write_bytes(data[: len(data) // 2])
    elif case == "corrupted":
        middle = len(data) // 3
        bad.write_bytes(data[:middle] + bytes(b ^ 0xFF for b in data[middle:middle + 64]) + data[middle + 64:])
    elif case == "tampered":
        _rewrite(exported, bad, lambda name, body: (name, body.replace(b"Wegwerkzaamheden", b"Niets aan de hand!")
                                                   if name == "note.json" else body))
    elif case == "newer":
        def newer(name: str, body: bytes) -> tuple[str, bytes]:
            if name == MANIFEST:
                manifest = json.loads(body)
                manifest["format_version"] = 99
                return name, json.dumps(manifest).encode()
            return name, body
        _rewrite(exported, bad, newer)
    elif case == "zip slip":
        _rewrite(exported, bad, lambda name, body: ("media/../../evil.txt" if name.startswith("media/") else name,
                                                    body))
    elif case == "absolute":
        _rewrite(exported, bad, lambda name, body: ("/tmp/evil.txt" if name.startswith("media/") else name, body))
    else:
        bad.write_text("just text", encoding="utf-8")
    with pytest.raises(KnownError) as raised:
        read_handover(bad)
    assert message in raised.value.message and "Nothing was changed" in raised.value.message
    assert _store_bytes(tmp_path) == before
    assert not (tmp_path.parent / "evil.txt").exists()


def test_a_zip_bomb_is_refused_while_unpacking(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import services.handover as handover_module

    monkeypatch.setattr(handover_module, "MAX_UNPACKED", 1024 * 1024)  # the same check, at a size a test can make
    bomb = tmp_path / "bomb.omroeper"
    zeros = b"\0" * (4 * 1024 * 1024)
    members = {"data.sqlite": zeros, "note.json": b"{}"}
    digest = hashlib.sha256()
    for name in sorted(members):
        digest.update(name.encode() + b"\0" + members[name] + b"\0")
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps({"format": "omroeper-handover", "format_version": 1,
                                               "content_sha256": digest.hexdigest()}))
        for name, body in members.items():
            archive.writestr(name, body)
    assert bomb.stat().st_size < 20_000
    with pytest.raises(KnownError, match="far more than any handover"):
        read_handover(bomb)


def test_the_printable_note_lists_each_day_with_channel_and_state(store: Store) -> None:
    from models.planning import Absence
    from models.post import DeliveryState
    from services.handover_note import handover_note_html

    sanne = store.save(StaffMember(name="Sanne", is_self=True))
    joris = store.save(StaffMember(name="Joris"))
    mastodon = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    whatsapp = store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
    post = Post(title="Braderie", body="Braderie", status=PostStatus.SCHEDULED, scheduled_at=NOW + timedelta(days=3))
    save_post(store, post, [Variant(post_id=post.id, channel_id=mastodon.id),
                            Variant(post_id=post.id, channel_id=whatsapp.id)])
    [remote] = [v for v in store.find(Variant) if v.channel_id == mastodon.id]
    store.update_fields(remote, state=DeliveryState.SCHEDULED_REMOTE)
    absence = Absence(staff_id=sanne.id, standin_id=joris.id, starts_on=date(2026, 7, 2), ends_on=date(2026, 7, 10))
    page = handover_note_html(store, absence, HandoverNote(sensitive_matters="Dossier <geheim> & zo"),
                              date(2026, 7, 1))
    assert "Sanne is away from 2 July 2026 to 10 July 2026 inclusive. Joris stands in." in page
    assert "Mastodon: safe at the network" in page and "WhatsApp: post this yourself" in page
    assert "Dossier &lt;geheim&gt; &amp; zo" in page  # the officer's words are escaped, never markup
    assert "App passwords" not in page and "New application" in page  # how to connect the channels there are


def test_the_printable_note_shows_every_text_from_a_file_as_text(store: Store) -> None:
    """Names, titles and the note may come from another laptop's file: none becomes markup in the note that is
    printed and written as HTML and PDF."""
    from models.planning import Absence
    from models.settings import Municipality
    from services.handover_note import handover_note_html
    from services.preferences import save_municipality

    hostile = '<img src="/home/x/secret.jpg"><b>'
    save_municipality(store, Municipality(name=hostile))
    sanne = store.save(StaffMember(name=hostile + "Sanne", is_self=True))
    joris = store.save(StaffMember(name=hostile + "Joris"))
    channel = store.save(ChannelAccount(network=Network.MANUAL, name=hostile + "WhatsApp"))
    post = Post(title=hostile + "Braderie", body="x", status=PostStatus.SCHEDULED, scheduled_at=NOW + timedelta(days=3))
    save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)])
    absence = Absence(staff_id=sanne.id, standin_id=joris.id, starts_on=date(2026, 7, 2), ends_on=date(2026, 7, 10))
    page = handover_note_html(store, absence, HandoverNote(hostile, hostile, hostile), date(2026, 7, 1))
    assert "<img" not in page and "<b><" not in page
    assert page.count("&lt;img src=&quot;/home/x/secret.jpg&quot;&gt;") == 9


def test_a_laptop_where_nobody_chose_this_is_me_signs_with_its_login_name(store: Store, tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "joris")  # what getpass reads first: the computer's login name
    target = tmp_path / "terug.omroeper"
    export_handover(store, target, HandoverNote(), NOW)
    handover = read_handover(target)
    try:
        assert handover.exported_by == "joris"
    finally:
        handover.discard()
