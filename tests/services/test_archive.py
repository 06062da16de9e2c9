"""The archive for the archivist: a BagIt package of what was published in a period, that validates, holds the
texts, links, images and what happened afterwards, in JSON that follows its own schema, CSV and HTML; that never
holds a secret; and that takes the store's hostile values safely."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import bagit
import pytest
from PIL import Image as Picture

from models.channel import ChannelAccount, Network
from models.media import Media, PostMedia
from models.post import DeliveryState, Post, PostStatus, Variant
from models.publish_attempt import PublishAttempt
from models.settings import Municipality
from services.archive import ArchiveStopped, Period, Selection, export_archive
from services.archive_messages import ArchivedAnswer, ArchivedMessage
from services.archive_schema import archive_schema
from services.errors import KnownError
from services.media_library import add_image, media_dir
from services.preferences import save_municipality
from services.secrets import save_secret
from services.store import Store

AMSTERDAM = "Europe/Amsterdam"


def png(path: Path, colour: tuple[int, int, int]) -> Path:
    Picture.new("RGB", (40, 30), colour).save(path)
    return path


def published(store: Store, channel: ChannelAccount, title: str, when: datetime, *, body: str = "",
              own_text: str | None = None, url: str = "", images: list[tuple[Media, str]] = ()) -> Post:  # type: ignore[assignment]
    """A post that went out on `channel` at `when`."""
    post = store.save(Post(title=title, body=body or f"Tekst van {title}", status=PostStatus.PUBLISHED,
                           scheduled_at=when, time_zone=AMSTERDAM))
    variant = store.save(Variant(post_id=post.id, channel_id=channel.id, body=own_text, state=DeliveryState.PUBLISHED,
                                 published_at=when, remote_url=url, remote_id="109"))
    store.save(PublishAttempt(variant_id=variant.id, started_at=when, finished_at=when, outcome="published",
                              remote_url=url))
    for position, (media, alt) in enumerate(images):
        store.save(PostMedia(post_id=post.id, media_id=media.id, position=position, alt_text=alt))
    return post


def payload(folder: Path, name: str) -> Any:
    return json.loads((folder / "data" / name).read_text(encoding="utf-8"))


def conforms(value: Any, schema: dict[str, Any], defs: dict[str, Any], where: str = "$") -> list[str]:
    """What in `value` breaks `schema` (the subset of JSON Schema the archive's schema uses)."""
    if "$ref" in schema:
        return conforms(value, defs[schema["$ref"].rsplit("/", 1)[1]], defs, where)
    kinds = {"string": str, "integer": int, "boolean": bool, "null": type(None), "array": list, "object": dict}
    problems = []
    wanted = schema.get("type")
    if wanted is not None:
        allowed = wanted if isinstance(wanted, list) else [wanted]
        if not any(type(value) is kinds[kind] for kind in allowed):
            return [f"{where}: {type(value).__name__} is not {wanted}"]
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: {value!r} not in {schema['enum']}")
    if "const" in schema and value != schema["const"]:
        problems.append(f"{where}: {value!r} is not {schema['const']!r}")
    if isinstance(value, dict) and "properties" in schema:
        if set(value) != set(schema["properties"]):
            problems.append(f"{where}: keys {sorted(value)} are not {sorted(schema['properties'])}")
        for key, item in value.items():
            if key in schema["properties"]:
                problems += conforms(item, schema["properties"][key], defs, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            problems += conforms(item, schema["items"], defs, f"{where}[{index}]")
    return problems


def follows_schema(folder: Path) -> list[str]:
    schema = payload(folder, "schema/omroeper-archive.schema.json")
    assert schema == archive_schema()
    defs = schema["$defs"]
    problems = conforms(payload(folder, "about.json"), defs["about"], defs, "about")
    for name, kind in schema["x-files"].items():
        if kind != "about":
            problems += conforms(payload(folder, name), {"type": "array", "items": defs[kind]}, defs, name)
    return problems


@pytest.fixture
def town(store: Store, tmp_path: Path) -> dict[str, Any]:
    """Oosterzande's year: posts on two channels, one with an image used twice, one deleted afterwards, one
    outside the period and a draft that never went out."""
    save_municipality(store, Municipality(name="Oosterzande", time_zone=AMSTERDAM))
    mastodon = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url="https://social.example"))
    bluesky = store.save(ChannelAccount(network=Network.BLUESKY, name="Bluesky"))
    market = add_image(store, png(tmp_path / "markt.png", (200, 40, 40)))
    road = add_image(store, png(tmp_path / "weg.png", (40, 40, 200)))
    fair = published(store, mastodon, "Braderie", datetime(2026, 5, 2, 8, 0, tzinfo=UTC),
                     url="https://social.example/@gemeente/109", images=[(market, "Kramen op het Marktplein")])
    store.save(Variant(post_id=fair.id, channel_id=bluesky.id, body="Braderie zaterdag! (kort)",
                       state=DeliveryState.PUBLISHED, published_at=datetime(2026, 5, 2, 8, 1, tzinfo=UTC),
                       remote_url="https://bsky.app/profile/oosterzande.nl/post/3k"))
    works = published(store, mastodon, "Werkzaamheden Dorpsstraat", datetime(2026, 9, 14, 6, 30, tzinfo=UTC),
                      images=[(road, "Afgesloten weg"), (market, "Kramen op het Marktplein")])
    store.clock.advance(days=300)  # type: ignore[attr-defined]
    store.mark_deleted(works)
    published(store, mastodon, "Nieuwjaarsnacht", datetime(2025, 12, 31, 23, 30, tzinfo=UTC))  # 1 January, 00:30 there
    published(store, mastodon, "Oudjaar", datetime(2025, 12, 31, 22, 30, tzinfo=UTC))  # 31 December, 23:30 there
    published(store, mastodon, "Volgend jaar", datetime(2026, 12, 31, 23, 30, tzinfo=UTC))  # 1 January 2027
    store.save(Post(title="Nooit verstuurd", body="concept", status=PostStatus.DRAFT,
                    scheduled_at=datetime(2026, 6, 1, 8, 0, tzinfo=UTC)))
    return {"mastodon": mastodon, "bluesky": bluesky, "fair": fair, "works": works, "market": market}


def test_a_years_archive_validates_and_holds_what_went_out(store: Store, town: dict[str, Any], tmp_path: Path) -> None:
    target = tmp_path / "archief-2026"
    result = export_archive(store, target, Selection(Period(date(2026, 1, 1), date(2026, 12, 31))), language="en")

    bag = bagit.Bag(str(target))
    bag.validate()
    assert bag.version_info == (1, 0) and set(bag.algorithms) == {"sha256", "sha512"}
    assert bag.info["Source-Organization"] == "Oosterzande"
    posts = payload(target, "posts.json")
    assert [post["title"] for post in posts] == ["Nieuwjaarsnacht", "Braderie", "Werkzaamheden Dorpsstraat"]
    assert (result.posts, result.images, result.missing_images) == (3, 2, 0)
    fair = posts[1]
    assert [(p["channel"], p["text"], p["url"], p["published_at"]) for p in fair["publications"]] == [
        ("Mastodon", "Tekst van Braderie", "https://social.example/@gemeente/109", "2026-05-02T08:00:00.000000Z"),
        ("Bluesky", "Braderie zaterdag! (kort)", "https://bsky.app/profile/oosterzande.nl/post/3k",
         "2026-05-02T08:01:00.000000Z")]
    assert fair["images"][0]["alt_text"] == "Kramen op het Marktplein"
    image = target / "data" / fair["images"][0]["file"]
    assert image.read_bytes() == (media_dir(store) / town["market"].file_name).read_bytes()
    assert f"data/{fair['images'][0]['file']}" in bag.entries
    works = posts[2]
    assert works["deleted_at"] is not None
    assert [event["what"] for event in works["events"]] == ["created", "published", "deleted"]
    assert follows_schema(target) == []
    assert payload(target, "messages.json") == [] and payload(target, "answers.json") == []

    page = (target / "data" / "overview.html").read_text(encoding="utf-8")
    assert "Braderie zaterdag! (kort)" in page and "<script" not in page
    assert "Deleted in Omroeper on 27 December 2026 at 10:00." in page
    rows = list(csv.reader(io.StringIO((target / "data" / "posts.csv").read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["published", "channel", "network"]
    assert rows[1][0] == "2026-01-01 00:30"  # on the municipality's clock
    assert [row[1] for row in rows[1:]] == ["Mastodon", "Mastodon", "Bluesky", "Mastodon"]


def test_the_dutch_csv_opens_in_dutch_excel(store: Store, town: dict[str, Any], tmp_path: Path) -> None:
    export_archive(store, tmp_path / "a", language="nl")
    text = (tmp_path / "a" / "data" / "posts.csv").read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(text.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 7 and all(len(row) == 11 for row in rows)


def test_no_secret_reaches_any_file_of_the_archive(store: Store, town: dict[str, Any], tmp_path: Path) -> None:
    token = "geheim-token-Zq81xT9wLm"
    mastodon: ChannelAccount = town["mastodon"]
    save_secret(mastodon.id, token)
    store.update_fields(mastodon, has_secret=True, last_error=f"401 for {token}")
    store.set_setting("channels.last_token", token)
    variant = store.find(Variant, "post_id = ?", [town["fair"].id])[0]
    store.save(PublishAttempt(variant_id=variant.id, started_at=datetime(2026, 5, 2, 7, 0, tzinfo=UTC),
                              outcome="failed", error=f"Authorization: Bearer {token} refused"))
    store.save(Post(title=f"Nooit {token}", status=PostStatus.IDEA))

    target = tmp_path / "archief"
    export_archive(store, target)
    bagit.Bag(str(target)).validate()
    written = [path for path in target.rglob("*") if path.is_file()]
    assert len(written) > 10
    for path in written:
        assert token.encode() not in path.read_bytes(), path
    assert "[…] refused" in (target / "data" / "posts.json").read_text(encoding="utf-8")


def test_hostile_values_from_the_store_stay_text(store: Store, tmp_path: Path) -> None:
    channel = store.save(ChannelAccount(network=Network.MASTODON, name="<b>Mastodon</b>\n../x"))
    evil = store.save(Media(sha256="0" * 64, file_name="../../outside.png"))
    good = add_image(store, png(tmp_path / "ok.png", (1, 2, 3)))
    published(store, channel, '<script>alert("x")</script>', datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
              body="=HYPERLINK(\"http://evil\")\r\n<img src=x onerror=alert(1)>", url="javascript:alert(1)",
              images=[(evil, "\"><script>bad()</script>"), (good, "@SUM(A1)")])
    (tmp_path / "outside.png").write_bytes(b"not to be read")

    target = tmp_path / "archief"
    result = export_archive(store, target, language="en")
    bagit.Bag(str(target)).validate()
    assert result.missing_images == 1 and result.images == 1
    names = sorted(path.name for path in (target / "data" / "images").iterdir())
    assert names == [good.file_name]
    assert not (tmp_path / "archief" / "outside.png").exists()
    page = (target / "data" / "overview.html").read_text(encoding="utf-8")
    assert "<script" not in page and "<img src=x" not in page and "javascript:" not in page.split("<body>")[0]
    assert 'href="javascript' not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    rows = list(csv.reader(io.StringIO((target / "data" / "posts.csv").read_text(encoding="utf-8-sig"))))
    assert rows[1][4].startswith("'=HYPERLINK") and rows[1][6].startswith("\"><script>")
    post = payload(target, "posts.json")[0]
    assert [image["file"] for image in post["images"]] == [None, f"images/{good.file_name}"]
    assert post["publications"][0]["text"].startswith('=HYPERLINK("http://evil")')  # the JSON keeps it exact


def test_the_folder_must_be_new_or_empty_and_a_stop_leaves_nothing(store: Store, town: dict[str, Any],
                                                                     tmp_path: Path) -> None:
    busy = tmp_path / "vol"
    busy.mkdir()
    (busy / "brief.txt").write_text("van iemand anders")
    with pytest.raises(KnownError, match="not an empty folder"):
        export_archive(store, busy)
    assert [path.name for path in busy.iterdir()] == ["brief.txt"]
    with pytest.raises(KnownError, match="is a file, not a folder"):
        export_archive(store, busy / "brief.txt")

    seen: list[tuple[int, int]] = []
    with pytest.raises(ArchiveStopped):
        export_archive(store, tmp_path / "gestopt", progress=lambda done, total: seen.append((done, total)),
                       stopped=lambda: len(seen) >= 2)
    assert seen == [(1, 6), (2, 6)]
    assert [path.name for path in tmp_path.iterdir() if "gestopt" in path.name] == []

    empty = tmp_path / "leeg"
    empty.mkdir()
    export_archive(store, empty)
    bagit.Bag(str(empty)).validate()


def test_messages_and_answers_follow_their_documented_schema(store: Store, tmp_path: Path) -> None:
    message = ArchivedMessage(id="m1", network="mastodon", channel="Mastodon", kind="reply",
                              author="jan@example.org", author_name="Jan <b>", text="Wanneer is de markt?\n=1+1",
                              received_at=datetime(2026, 5, 2, 9, 0, tzinfo=UTC), url="https://social.example/@jan/1")
    answer = ArchivedAnswer(id="a1", message_id="m1", channel="Mastodon", answered_by="Sanne",
                            text="@jan Zaterdag vanaf 9 uur.", answered_at=datetime(2026, 5, 2, 9, 30, tzinfo=UTC))
    target = tmp_path / "archief"
    result = export_archive(store, target, Selection(messages=[message], answers=[answer]), language="en")
    bagit.Bag(str(target)).validate()
    assert (result.messages, result.answers) == (1, 1)
    assert follows_schema(target) == []
    assert payload(target, "answers.json")[0]["answered_by"] == "Sanne"
    page = (target / "data" / "overview.html").read_text(encoding="utf-8")
    assert "Jan &lt;b&gt;" not in page and "Wanneer is de markt?" in page and "Answer by \u2068Sanne\u2069" in page
    rows = list(csv.reader(io.StringIO((target / "data" / "messages.csv").read_text(encoding="utf-8-sig"))))
    assert rows[1][5] == "Wanneer is de markt?\n=1+1" and rows[1][0] == "2026-05-02 11:00"


def test_edits_after_publishing_are_told_when_the_store_knows(store: Store, town: dict[str, Any],
                                                               tmp_path: Path) -> None:
    from services.outbox_sending import handed_over_mark

    fair: Post = town["fair"]
    variant = store.find(Variant, "post_id = ? AND body IS NULL", [fair.id])[0]
    store.update_fields(variant, remote_fingerprint=handed_over_mark(fair, variant, []))
    store.clock.advance(hours=2)  # type: ignore[attr-defined]
    store.update_fields(fair, body="Braderie gaat niet door")
    export_archive(store, tmp_path / "a", Selection(Period(date(2026, 5, 1), date(2026, 5, 31))))
    post = payload(tmp_path / "a", "posts.json")[0]
    assert [p["text_changed_since_sent"] for p in post["publications"]] == [True, None]
    assert "changed_after_publishing" in [event["what"] for event in post["events"]]
    assert follows_schema(tmp_path / "a") == []


def test_the_inbox_of_the_period_is_in_the_archive_also_what_its_authors_deleted(store: Store, town: dict[str, Any],
                                                                                   tmp_path: Path) -> None:
    from models.inbox import InboxAnswer, InboxItem, ItemKind, ItemState
    from models.post import DeliveryState as State
    from models.staff import StaffMember

    sanne = store.save(StaffMember(name="Sanne", is_self=True))
    came = datetime(2026, 5, 2, 9, 0, tzinfo=UTC)
    asked = store.save(InboxItem(channel_id=town["mastodon"].id, network="mastodon", kind=ItemKind.REPLY,
                                 remote_id="201", author_handle="jan@example.org", author_name="Jan",
                                 text="Wanneer is de markt?", received_at=came, state=ItemState.ANSWERED,
                                 answered_at=came + timedelta(minutes=30)))
    store.save(InboxAnswer(item_id=asked.id, channel_id=town["mastodon"].id, body="@jan Zaterdag vanaf 9 uur.",
                           staff_id=sanne.id, state=State.PUBLISHED, published_at=came + timedelta(minutes=30)))
    store.save(InboxItem(channel_id=town["mastodon"].id, network="mastodon", kind=ItemKind.MENTION,
                         remote_id="202", author_handle="piet@example.org", text="Foei gemeente",
                         received_at=came + timedelta(hours=1), deleted_there_at=came + timedelta(hours=2)))
    store.save(InboxItem(channel_id=town["mastodon"].id, network="mastodon", kind=ItemKind.REPLY, remote_id="203",
                         text="Vorig jaar", received_at=datetime(2025, 5, 2, 9, 0, tzinfo=UTC)))
    target = tmp_path / "archief-2026"
    result = export_archive(store, target, Selection(Period(date(2026, 1, 1), date(2026, 12, 31))), language="en")
    bagit.Bag(str(target)).validate()
    assert (result.messages, result.answers) == (2, 1)
    messages = payload(target, "messages.json")
    assert [message["text"] for message in messages] == ["Wanneer is de markt?", "Foei gemeente"]
    assert messages[1]["deleted_at"] is not None  # deleted by its author on the network, kept here
    assert payload(target, "answers.json")[0]["answered_by"] == "Sanne"
    assert follows_schema(target) == []


# What could turn a line around or hide part of it: direction controls, and control characters but line feed and tab.
_TURNS_OR_HIDES = re.compile("[\u202a-\u202e\u2066\u2067\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _isolates_closed_per_line(text: str) -> bool:
    """Every first-strong isolate opened on a line is closed on that line, and none is closed that was not opened."""
    for line in text.split("\n"):
        depth = 0
        for char in line:
            depth += {"\u2068": 1, "\u2069": -1}.get(char, 0)
            if depth < 0:
                return False
        if depth:
            return False
    return True


def test_residents_and_officers_texts_cannot_turn_or_hide_anything_in_the_overview_and_csv(
        store: Store, tmp_path: Path) -> None:
    channel = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon \u202eLIAM\u202c"))
    published(store, channel, "Markt \u2067\u202e", datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
              body="Kom \x1b[2Jallen\u2069 naar de markt\u202e!", url="https://social.example/@gemeente/1")
    text = ("Betaal op rekening \u202eLN99BANK\u202c nu \u2066x\n NUL:\x00 ESC:\x1b[31mRED BEL:\x07 C1:\x9b31m "
            "DEL:\x7f\rVT:\x0bY")
    message = ArchivedMessage(id="m1", network="mastodon", channel="Mastodon", kind="message",
                              author="\u202eeilnaJ\u202c@example.org", author_name="Jan", text=text,
                              received_at=datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
                              url="https://social.example/@jan/\u202e1")
    answer = ArchivedAnswer(id="a1", message_id="m1", channel="Mastodon", answered_by="Sanne \u2067\x1b[8m",
                            text="Wij bellen u.\u202e Groet\x00", answered_at=datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
    target = tmp_path / "archief"
    export_archive(store, target, Selection(messages=[message], answers=[answer]), language="en")
    bagit.Bag(str(target)).validate()

    page = (target / "data" / "overview.html").read_text(encoding="utf-8")
    assert _TURNS_OR_HIDES.findall(page) == []
    assert _isolates_closed_per_line(page)
    assert "rekening LN99BANK nu x" in page
    assert "NUL:\ufffd ESC:\ufffd[31mRED BEL:\ufffd C1:\ufffd31m DEL:\ufffd" in page
    assert "eilnaJ@example.org" in page and "Sanne \ufffd[8m" in page and "Wij bellen u. Groet\ufffd" in page
    assert "Kom \ufffd[2Jallen naar de markt!" in page and "Mastodon LIAM" in page
    assert 'href="https://social.example/@jan' not in page  # an address holding a control is text, not a link
    for name in ("posts.csv", "messages.csv", "answers.csv"):
        table = (target / "data" / name).read_text(encoding="utf-8-sig")
        assert _TURNS_OR_HIDES.findall(table.replace("\r\n", "\n")) == [], name
    rows = list(csv.reader(io.StringIO((target / "data" / "messages.csv").read_text(encoding="utf-8-sig"))))
    assert rows[1][5] == ("Betaal op rekening LN99BANK nu x\n NUL:\ufffd ESC:\ufffd[31mRED BEL:\ufffd C1:\ufffd31m "
                          "DEL:\ufffd\nVT:\ufffdY")
    # The JSON is the evidence: every text exactly as stored.
    assert payload(target, "messages.json")[0]["text"] == text
    assert payload(target, "messages.json")[0]["author"] == "\u202eeilnaJ\u202c@example.org"
    assert payload(target, "answers.json")[0]["answered_by"] == "Sanne \u2067\x1b[8m"
    assert payload(target, "posts.json")[0]["publications"][0]["text"] == "Kom \x1b[2Jallen\u2069 naar de markt\u202e!"


def test_an_export_leaves_the_working_folder_alone(store: Store, town: dict[str, Any], tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The export runs on a worker thread beside the window: were it to change the process's working folder, every
    relative path elsewhere in the app would point somewhere else meanwhile."""
    def no_chdir(path: object) -> None:
        pytest.fail(f"the export changed the working folder to {path}")

    before = Path.cwd()
    monkeypatch.setattr("os.chdir", no_chdir)
    store.clock.now = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)  # type: ignore[attr-defined]
    target = tmp_path / "archief"
    export_archive(store, target, language="en")
    assert Path.cwd() == before
    bag = bagit.Bag(str(target))
    bag.validate()
    assert bag.info["Bagging-Date"] == "2027-01-01"  # New Year's night already, on the municipality's clock


def test_a_folder_of_the_officers_named_like_the_export_s_work_is_never_touched(
        store: Store, town: dict[str, Any], tmp_path: Path) -> None:
    """The export built in "NAME.partial" and first deleted whatever folder had that name."""
    own = tmp_path / "Archief.partial"
    own.mkdir()
    (own / "aantekeningen.txt").write_text("van mij")
    export_archive(store, tmp_path / "Archief")
    bagit.Bag(str(tmp_path / "Archief")).validate()
    assert (own / "aantekeningen.txt").read_text() == "van mij"
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith((".Archief", "Archief"))) == [
        "Archief", "Archief.partial"]
    assert (tmp_path / "Archief").stat().st_mode & 0o777 == 0o755
