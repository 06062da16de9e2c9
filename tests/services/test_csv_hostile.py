"""CSV as it comes from outside: formulas a spreadsheet would run, every text through export and import, files in
any encoding, binary junk, huge cells and files, dates out of range. Each gets a message naming its line; nothing
is written before every row was checked."""

from __future__ import annotations

import codecs
import csv
import io
import os
import tempfile
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.channel import ChannelAccount, Network
from models.post import Post, PostStatus, Variant
from services.csv_exchange import (
    COLUMNS,
    HEADER,
    MAX_CELL,
    MAX_ROWS,
    ImportReport,
    apply_import,
    export_csv,
    read_csv,
)
from services.errors import KnownError
from services.post_editing import save_post, variants_of
from services.store import STORE_FILE_NAME, Store

AMS = ZoneInfo("Europe/Amsterdam")
# Channel names a file must carry whole: the list separator, a backslash, a formula start, a Dutch apostrophe.
CHANNEL_NAMES = ("Facebook", "Blue;sky", "Back\\slash", "=Mastodon", "'t Kanaal")


def channels_in(store: Store) -> dict[str, ChannelAccount]:
    return {name: store.save(ChannelAccount(network=Network.MANUAL, name=name)) for name in CHANNEL_NAMES}


def snapshot(store: Store) -> list[tuple[object, ...]]:
    return [*store.query_tuples("SELECT * FROM posts ORDER BY id"), *store.query_tuples(
        "SELECT * FROM variants ORDER BY id")]


def refused(store: Store, path: Path) -> str:
    before = snapshot(store)
    with pytest.raises(KnownError) as raised:
        read_csv(store, path)
    assert snapshot(store) == before
    return raised.value.message


def cells_of(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def read_back(path: Path, tmp_path: Path) -> tuple[Post, list[str | None]]:
    """The one post of an exported file, imported into a fresh store with a manual channel "Facebook", and its
    channel texts."""
    fresh = Store.open(tmp_path / "fresh" / STORE_FILE_NAME)
    try:
        fresh.save(ChannelAccount(network=Network.MANUAL, name="Facebook"))
        report = read_csv(fresh, path)
        assert report.errors == [], report.errors
        apply_import(fresh, report)
        [back] = fresh.find(Post)
        return back, [variant.body for variant in variants_of(fresh, back.id)]
    finally:
        fresh.close()


def write_rows(path: Path, rows: list[list[str]], header: list[str] = HEADER, encoding: str = "utf-8",
               delimiter: str = ",") -> Path:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


# ---- formulas -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "cell"), [
    ("=HYPERLINK(\"http://evil.example\",\"klik\")", "'=HYPERLINK(\"http://evil.example\",\"klik\")"),
    ("+31 6 12345678", "'+31 6 12345678"),
    ("-2 graden vannacht", "'-2 graden vannacht"),
    ("@gemeente", "'@gemeente"),
    ("\tingesprongen", "'\tingesprongen"),
    ("\rregel", "'\rregel"),
    ("\uff1dSUM(A1)", "'\uff1dSUM(A1)"),  # the full-width = that some spreadsheets run as well
    ("'t Veld", "'t Veld"),  # a Dutch apostrophe stays as it is
    ("'=echt zo bedoeld", "''=echt zo bedoeld"),  # a text that starts like a guarded one gets one more
    ("''", "'''"),
    ("'", "''"),
    ("Gewoon", "Gewoon"),
])
def test_a_cell_a_spreadsheet_would_run_is_written_as_text_and_read_back_exactly(
        store: Store, tmp_path: Path, text: str, cell: str) -> None:
    facebook = store.save(ChannelAccount(network=Network.MANUAL, name="Facebook"))
    post = Post(title=text, body=text, campaign=text, tags=[text.strip() or "x"], status=PostStatus.DRAFT)
    save_post(store, post, [Variant(post_id=post.id, channel_id=facebook.id, body=text)])
    path = tmp_path / "planning.csv"
    export_csv(store, path)
    [header, row] = cells_of(path)
    columns = dict(zip(header, row, strict=True))
    assert columns["text"] == cell and columns["campaign"] == cell and columns["text:Facebook"] == cell
    back, channel_texts = read_back(path, tmp_path)
    assert back.body == text
    assert (back.title, back.campaign, back.tags) == (text.strip(), text.strip(), [text.strip() or "x"])
    assert channel_texts == [text]


def test_no_exported_cell_starts_like_a_formula(store: Store, tmp_path: Path) -> None:
    channels = channels_in(store)
    for start in "=+-@\t\r\n":
        post = Post(title=f"{start}x", body=f"{start}SUM(1)", tags=[f"{start}t".strip()], campaign=f"{start}c",
                    status=PostStatus.IDEA)
        save_post(store, post, [Variant(post_id=post.id, channel_id=channels["=Mastodon"].id, body=f"{start}y")])
    path = tmp_path / "planning.csv"
    export_csv(store, path)
    for row in cells_of(path)[1:]:
        for cell in row:
            assert cell[:1] not in set("=+-@\t\r\n"), row


# ---- campaign and channel texts -----------------------------------------------------------------------------------

def test_campaign_and_each_channels_own_text_travel(store: Store, tmp_path: Path) -> None:
    channels = channels_in(store)
    post = Post(title="Kermis", body="Kermis op het plein", campaign="Zomer 2026", tags=["kermis", "a;b", "c\\d"],
                status=PostStatus.DRAFT, scheduled_at=datetime(2026, 7, 4, 10, 0, tzinfo=AMS))
    save_post(store, post, [Variant(post_id=post.id, channel_id=channels["Facebook"].id),  # follows the main text
                            Variant(post_id=post.id, channel_id=channels["Blue;sky"].id, body="Kort: kermis!"),
                            Variant(post_id=post.id, channel_id=channels["'t Kanaal"].id, body="")])  # own, empty
    path = tmp_path / "planning.csv"
    export_csv(store, path)
    header = cells_of(path)[0]
    assert header == [*COLUMNS, *(f"text:{name}" for name in sorted(CHANNEL_NAMES, key=str.lower))]
    fresh = Store.open(tmp_path / "fresh" / STORE_FILE_NAME)
    try:
        fresh_channels = channels_in(fresh)
        report = read_csv(fresh, path)
        assert report.errors == []
        apply_import(fresh, report)
        [back] = fresh.find(Post)
        assert (back.campaign, back.tags) == ("Zomer 2026", ["kermis", "a;b", "c\\d"])
        texts = {v.channel_id: v.body for v in variants_of(fresh, back.id)}
        assert texts == {fresh_channels["Facebook"].id: None, fresh_channels["Blue;sky"].id: "Kort: kermis!",
                         fresh_channels["'t Kanaal"].id: ""}
    finally:
        fresh.close()


def test_a_file_of_the_first_format_is_still_read(store: Store, tmp_path: Path) -> None:
    store.save(ChannelAccount(network=Network.MANUAL, name="Facebook"))
    path = write_rows(tmp_path / "oud.csv", [["Markt", "2026-04-04", "8:00", "Facebook", "Zaterdag markt", "markt",
                                               "idea"]])
    report = read_csv(store, path)
    assert report.errors == []
    [row] = report.valid
    assert row.post.campaign == "" and row.texts == {}
    assert row.post.scheduled_at == datetime(2026, 4, 4, 8, 0, tzinfo=AMS)


def test_a_channel_text_needs_its_channel_among_the_rows_channels(store: Store, tmp_path: Path) -> None:
    channels_in(store)
    header = [*COLUMNS, "text:Facebook", "text:Onbekend"]
    path = write_rows(tmp_path / "teksten.csv", [
        ["A", "", "", "", "tekst", "", "idea", "", "eigen tekst", ""],
        ["B", "", "", "Facebook", "tekst", "", "idea", "", "", "eigen tekst"],
        ["C", "", "", "Facebook", "tekst", "", "idea", "", "eigen tekst", ""],
    ], header=header)
    report = read_csv(store, path)
    assert dict(report.errors) == {2: "has a text for Facebook, but Facebook is not among its channels",
                                   3: "no channel named “Onbekend” (see the Channels tab)"}
    assert [row.line for row in report.valid] == [4]


@pytest.mark.parametrize(("header", "reason"), [
    ([*HEADER, "kolom"], "a column “kolom” that Omroeper does not know"),
    ([*HEADER, "campaign", "Campaign"], "the column “Campaign” twice"),
    (HEADER[:-1], "must be the header"),
])
def test_a_header_that_is_not_ours_is_refused_whole(store: Store, tmp_path: Path, header: list[str],
                                                     reason: str) -> None:
    path = write_rows(tmp_path / "kop.csv", [["A"] * len(header)], header=header)
    assert reason in refused(store, path)


# ---- encodings and junk -------------------------------------------------------------------------------------------

ROW = ["Braderie", "2026-05-02", "10:00", "", "Braderie in de Dorpsstraat – één dag", "", "idea"]


@pytest.mark.parametrize(("encoding", "delimiter", "bom"), [
    ("utf-16", "\t", b""),  # Excel's "Unicode text": UTF-16 with a byte order mark, tab-separated
    ("utf-16-le", ",", b""),  # no byte order mark
    ("utf-16-be", ";", b""),
    ("utf-32", ",", b""),
    ("utf-8", ";", codecs.BOM_UTF8),
    ("cp1252", ";", b""),  # an old Dutch Excel's own
])
def test_every_encoding_a_spreadsheet_saves_is_read(store: Store, tmp_path: Path, encoding: str, delimiter: str,
                                                    bom: bytes) -> None:
    path = write_rows(tmp_path / "excel.csv", [ROW], encoding=encoding, delimiter=delimiter)
    path.write_bytes(bom + path.read_bytes())
    report = read_csv(store, path)
    assert report.errors == []
    assert [row.post.body for row in report.valid] == ["Braderie in de Dorpsstraat – één dag"]


def test_a_damaged_utf8_file_names_the_line_with_the_bad_bytes(store: Store, tmp_path: Path) -> None:
    path = write_rows(tmp_path / "beschadigd.csv", [ROW, ["Markt", "", "", "", "kapot: #?#", "", "idea"], ROW],
                      encoding="utf-8")
    path.write_bytes(path.read_bytes().replace(b"#?#", b"\xff"))
    report = read_csv(store, path)
    assert [line for line, _reason in report.errors] == [3]
    assert "not text in this file's encoding" in report.errors[0][1]
    assert report.valid[0].post.body == "Braderie in de Dorpsstraat – één dag"  # still read as UTF-8


def test_a_utf16_file_cut_in_the_middle_of_a_character_names_the_line(store: Store, tmp_path: Path) -> None:
    path = write_rows(tmp_path / "afgebroken.csv", [ROW, ROW], encoding="utf-16")
    path.write_bytes(path.read_bytes() + b"\x00")
    message = refused(store, path)
    assert "afgebroken.csv, line 4" in message and "in the middle of a character" in message


@pytest.mark.parametrize("content", [
    bytes(range(256)) * 8,
    b"\x89PNG\r\n\x1a\n" + bytes(500),
    b"PK\x03\x04" + os.urandom(2000),  # a spreadsheet (.xlsx) instead of its CSV
    b"\x00" * 100,
    b"",
])
def test_a_file_that_is_no_csv_is_refused_with_one_message(store: Store, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "foto.csv"
    path.write_bytes(content)
    assert "must be the header" in refused(store, path)


def test_a_nul_byte_names_its_line(store: Store, tmp_path: Path) -> None:
    path = write_rows(tmp_path / "nul.csv", [ROW, ["Nul", "", "", "", "a\x00b", "", "idea"]])
    report = read_csv(store, path)
    assert report.errors == [(3, "holds a NUL character: the file is not plain text")]


def test_a_post_holding_nul_characters_is_exported_without_them_so_that_its_row_imports(
        store: Store, tmp_path: Path) -> None:
    """The import refuses a NUL (the mark of a file that is no text); a post that holds one (pasted by an older
    version, brought by a handover file) made its own export a file that lost that row."""
    facebook = store.save(ChannelAccount(network=Network.MANUAL, name="Face\x00book"))
    post = Post(title="Markt\x00", body="Zater\x00dag", campaign="\x00=1", status=PostStatus.DRAFT)
    save_post(store, post, [Variant(post_id=post.id, channel_id=facebook.id, body="eigen\x00 tekst")])
    path = tmp_path / "planning.csv"
    export_csv(store, path)
    assert "\x00" not in path.read_text(encoding="utf-8-sig")
    back, channel_texts = read_back(path, tmp_path)
    assert (back.title, back.body, back.campaign) == ("Markt", "Zaterdag", "=1")
    assert channel_texts == ["eigen tekst"]


# ---- sizes --------------------------------------------------------------------------------------------------------

def test_a_huge_cell_names_its_line(store: Store, tmp_path: Path) -> None:
    long = write_rows(tmp_path / "lang.csv", [ROW, ["Lang", "", "", "", "x" * (MAX_CELL + 1), "", "idea"]])
    assert read_csv(store, long).errors == [(3, f"a cell is longer than {MAX_CELL} characters")]
    huge = write_rows(tmp_path / "enorm.csv", [ROW, ROW, ["Enorm", "", "", "", "x" * 5_000_000, "", "idea"]])
    message = refused(store, huge)
    assert "enorm.csv, line 4" in message and f"longer than {MAX_CELL} characters" in message


def test_a_hundred_thousand_rows_are_refused_whole(store: Store, tmp_path: Path) -> None:
    path = write_rows(tmp_path / "veel.csv", [["Rij", "", "", "", f"tekst {n}", "", "idea"] for n in range(100_000)])
    assert f"more than {MAX_ROWS} rows" in refused(store, path)


def test_a_file_too_large_is_refused_before_it_is_read(store: Store, tmp_path: Path) -> None:
    path = write_rows(tmp_path / "groot.csv", [ROW])
    with path.open("r+b") as handle:
        handle.truncate(65 * 1024 * 1024)  # sparse: large on paper, nothing to read
    assert "larger than 64 MB" in refused(store, path)


def test_what_is_not_a_file_is_refused(store: Store, tmp_path: Path) -> None:
    assert "is not a file" in refused(store, tmp_path)
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pijp.csv")  # reading it would wait forever
        assert "is not a file" in refused(store, tmp_path / "pijp.csv")
    assert "cannot be read" in refused(store, tmp_path / "weg.csv")


def test_a_row_of_ten_thousand_columns_and_mixed_separators_name_their_lines(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "kolommen.csv"
    lines = [",".join(COLUMNS), ",".join(ROW + [""]), ",".join(["x"] * 10_000), ";".join(ROW + [""])]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    report = read_csv(store, path)
    assert dict(report.errors) == {
        3: "expected 8 columns, found 10000 (columns are separated by “,”, as in the first line)",
        4: "expected 8 columns, found 1 (columns are separated by “,”, as in the first line)"}
    assert [row.line for row in report.valid] == [2]


def test_a_quotation_mark_never_closed_is_named_as_the_likely_cause(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "aanhalingsteken.csv"
    lines = [",".join(COLUMNS), ",".join(ROW + [""]), 'Markt,,,,"Zaterdag markt,,idea,', ",".join(ROW + [""])]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    report = read_csv(store, path)
    assert dict(report.errors) == {3: "expected 8 columns, found 5: a quotation mark (\") that is not closed may "
                                      "have joined this line with the lines after it"}


@pytest.mark.parametrize(("day", "at", "reason"), [
    ("0001-01-01", "00:00", "date 0001-01-01 is not between 1 January 1970 and 31 December 2199"),
    ("9999-12-31", "23:59", "date 9999-12-31 is not between 1 January 1970 and 31 December 2199"),
    ("9999-12-31T23:59+14:00", "", "the date must be written like 24-12-2026"),
    ("2026-02-30", "10:00", "that day does not exist"),
    ("2026-W14-3", "10:00", "the date must be written like 24-12-2026"),
    ("2026-04-01", "24:00", "the time must be written like 9:30 or 14:05 (found “24:00”)"),
    ("2026-04-01", "10:00+14:00", "the time must be written like 9:30 or 14:05"),
    ("2026-13-45", "10:00", "check the month and the day (year first, as in 2026-12-24)"),
    ("２０２６-04-01", "10:00", "the date must be written like 24-12-2026"),  # full-width digits
    ("", "10:00", "the date must be written like 24-12-2026"),
])
def test_a_date_out_of_range_or_form_names_its_line(store: Store, tmp_path: Path, day: str, at: str,
                                                    reason: str) -> None:
    path = write_rows(tmp_path / "datum.csv", [ROW, ["Datum", day, at, "", "tekst", "", "idea"]])
    [(line, message)] = read_csv(store, path).errors
    assert line == 3 and reason in message


# ---- the command line: a message, never a traceback ---------------------------------------------------------------

@pytest.mark.slow
def test_import_csv_of_junk_gives_a_message_and_no_traceback(tmp_path: Path) -> None:
    from tests.services.test_csv_exchange import run_main

    junk = tmp_path / "junk.csv"
    junk.write_bytes(b"\xff\xfe" + os.urandom(4000))
    result = run_main("--data-dir", str(tmp_path / "data"), "import-csv", str(junk))
    assert result.returncode == 2 and "junk.csv" in result.stderr and "Traceback" not in result.stderr


# ---- properties ---------------------------------------------------------------------------------------------------

# Every character SQLite can hold as text, but NUL (refused on import as the mark of a binary file).
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
EDGES = st.sampled_from(["", "'", "''", "'=", "=1+1", "+", "-", "@", "\t", "\r", "\n", "\r\n", ";", "\\", "\\;",
                         '"', ",", "'t", " ", "\ufeff", "\u2028", "\x85"])
SOME_TEXT = st.lists(st.one_of(TEXT, EDGES), max_size=4).map("".join)
LINE = SOME_TEXT.map(str.strip)  # titles, campaigns and tags: the composer stores them stripped
MOMENT = st.one_of(st.none(), st.builds(
    lambda day, hour, minute: datetime.combine(day, time(hour, minute), AMS),
    st.dates(date(1970, 1, 2), date(2199, 12, 30)), st.integers(0, 23), st.integers(0, 59)))


def same_post(one: Post, other: Post) -> bool:
    """What the import calls "already in the calendar": the same title at the same time, or without a title the
    same text (whitespace and case aside)."""
    def key(post: Post) -> tuple[str, str, datetime | None]:
        title = post.title.strip().casefold()
        return title, "" if title else " ".join(post.body.split()).casefold(), utc(post.scheduled_at)
    return key(one) == key(other)


@st.composite
def planned_posts(draw: st.DrawFn) -> list[tuple[Post, dict[str, str | None]]]:
    posts = []
    for _ in range(draw(st.integers(1, 4))):
        title, body = draw(LINE), draw(SOME_TEXT)
        if not title and not body.strip():
            title = "t"
        post = Post(title=title, body=body, campaign=draw(LINE), status=draw(st.sampled_from(
                    [PostStatus.IDEA, PostStatus.DRAFT])), scheduled_at=draw(MOMENT),
                    tags=[tag for tag in draw(st.lists(LINE, max_size=3)) if tag])
        chosen = draw(st.lists(st.sampled_from(CHANNEL_NAMES), unique=True, max_size=len(CHANNEL_NAMES)))
        if any(same_post(p, post) for p, _texts in posts):
            continue  # the same post twice is skipped on import, as it should be
        posts.append((post, {name: draw(st.one_of(st.none(), SOME_TEXT)) for name in chosen}))
    return posts


def utc(moment: datetime | None) -> datetime | None:
    """The instant in UTC: a time in the hour the clocks skip compares unequal to its own instant otherwise."""
    return moment.astimezone(UTC) if moment else None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(planned_posts())
def test_every_text_comes_back_byte_for_byte(planned: list[tuple[Post, dict[str, str | None]]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source, target = Store.open(Path(folder) / "a" / STORE_FILE_NAME), Store.open(Path(folder) / "b" /
                                                                                      STORE_FILE_NAME)
        try:
            ids = channels_in(source)
            for post, texts in planned:
                save_post(source, post, [Variant(post_id=post.id, channel_id=ids[name].id, body=text)
                                         for name, text in texts.items()])
            path = Path(folder) / "planning.csv"
            export_csv(source, path)
            names = {channel.id: name for name, channel in channels_in(target).items()}
            report = read_csv(target, path)
            assert report.errors == []
            apply_import(target, report)
            expected = sorted(((p.title, p.body, p.campaign, tuple(p.tags), p.status, utc(p.scheduled_at), tuple(
                sorted(texts.items(), key=str))) for p, texts in planned), key=repr)
            back = []
            for post in target.find(Post):
                texts = {names[v.channel_id]: v.body for v in variants_of(target, post.id)}
                back.append((post.title, post.body, post.campaign, tuple(post.tags), post.status,
                             utc(post.scheduled_at), tuple(sorted(texts.items(), key=str))))
            assert sorted(back, key=repr) == expected
        finally:
            source.close()
            target.close()


def _import_changes_only_what_it_reports(store: Store, path: Path) -> None:
    before = snapshot(store)
    try:
        report = read_csv(store, path)
    except KnownError as error:
        assert error.message
        assert snapshot(store) == before
        return
    assert isinstance(report, ImportReport) and snapshot(store) == before
    for line, reason in report.errors:
        assert line >= 2 and reason
    count = len(store.find(Post))
    apply_import(store, report)
    assert len(store.find(Post)) == count + len(report.valid)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_random_bytes_get_a_message_or_a_report_and_change_nothing(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / STORE_FILE_NAME)
        try:
            channels_in(store)
            path = Path(folder) / "random.csv"
            path.write_bytes(content)
            _import_changes_only_what_it_reports(store, path)
        finally:
            store.close()


CELL = st.one_of(SOME_TEXT, st.sampled_from(["2026-04-01", "10:00", "idea", "ready", "scheduled", "Facebook",
                                             "Facebook;Blue\\;sky", "0001-01-01", "9999-12-31", "24:00", "'",
                                             "'=1"]))


@settings(max_examples=120, deadline=None)
@given(st.lists(st.lists(CELL, min_size=0, max_size=11), max_size=8),
       st.sampled_from([",", ";", "\t"]), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
       st.booleans())
def test_random_rows_get_a_message_per_line_or_are_added(rows: list[list[str]], delimiter: str, encoding: str,
                                                         new_header: bool) -> None:
    header = [*COLUMNS, "text:Facebook", "text:=Mastodon"] if new_header else HEADER
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / STORE_FILE_NAME)
        try:
            channels_in(store)
            path = Path(folder) / "rows.csv"
            out = io.StringIO()
            writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
            writer.writerow(header)
            writer.writerows(rows)
            try:
                path.write_bytes(out.getvalue().encode(encoding))
            except UnicodeEncodeError:
                path.write_bytes(out.getvalue().encode(encoding, "replace"))
            _import_changes_only_what_it_reports(store, path)
        finally:
            store.close()
