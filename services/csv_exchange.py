"""The planning as CSV, for a spreadsheet: export, and an import that checks every row before anything is written.

Columns: `title,date,time,channels,text,tags,status,campaign`, then one `text:NAME` column per channel account
with that channel's own text (empty: the channel follows the main text; a lone `'`: an own text that is empty).
Files with only the first seven columns (the first format) are read as before, and columns may come in any
order; the Dutch column names (`titel;datum;tijd;kanalen;tekst;tags;status;campagne`, `tekst:NAAM`) are read
as well. Channels (by account name) and tags are separated by ";" (a ";" or "\\" inside a name or tag is
written "\\;" or "\\\\").

The export speaks the interface's language. In Dutch it is what Dutch and Flemish Excel write and open by a
double click: columns separated by ";" (their list separator, because the decimal sign is a comma: a ","-file
opens there as one column of text), Dutch column names and the statuses as the calendar names them (idee,
concept, klaar, ingepland). In English it is the standard: "," and English names. Dates are written as
2026-12-24 in both (every Excel reads that as a date, and no reader mistakes the day for the month), times as
09:30 on the municipality's clock; files are UTF-8 with a byte order mark (Excel opens them right).

The import takes either language, whatever the interface: a status as a code (idea, draft, ready, scheduled)
or as either interface names it (Idee, Concept, Klaar, Ingepland, Ready…), a date as 2026-12-24 or day first as
Dutch and Flemish spreadsheets write it (24-12-2026, 24-12-26, 24/12/2026, 24.12.2026; a two-digit year is
20xx), a time as 9:30, 09:30, 9.30, 9u30 or 9:30:00 (with "uur", AM or PM too) in the municipality's time zone.
A ","-, ";"- or tab-separated file, UTF-16 (Excel's "Unicode text") and Windows-1252 (an old Excel's own) are
recognised. A row already in the calendar (the same title at the same time; without a title, the same text) is
skipped, so importing the same file twice adds nothing (see `_already_key`); so is a row of a post that was
published (the export writes the calendar's history too: see `_went_out`).

A cell a spreadsheet would run as a formula (one starting with `=`, `+`, `-`, `@`, a tab or a line break, or
their full-width forms) is written with a leading apostrophe, the spreadsheets' own mark for "this is text"; a
text that itself starts with an apostrophe followed by one of those (or by another apostrophe, or nothing) gets
one more. The import takes exactly one such apostrophe off, so export and import give back every text byte for
byte (except a NUL, left out: see `_without_nul`), while a hand-typed `'t Veld` stays as it is.

The import checks a file's size (at most 64 MB) before reading it, and then reads it a row at a time, never
whole: more than 20,000 rows stops it with one message, and so does a line the CSV reader cannot take (a cell
over its 131,072 characters), naming the line; a cell over 100,000 characters, bytes that are no text, a NUL
or a wrong number of columns make that row's error. Nothing is written before every row was checked.
"""

from __future__ import annotations

import codecs
import csv
import logging
import re
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo

from models.channel import ChannelAccount
from models.common import to_utc_text
from models.post import EDITABLE_STATUSES, Post, PostStatus, Variant
from services.backup import BACKUP_DIR_NAME, take_backup
from services.errors import KnownError, UnkeepableError, translate
from services.files import write_file_safely
from services.i18n import date_text, interface_language, status_word
from services.post_editing import check_keepable, describe_problem, problems_for, save_post
from services.preferences import load_municipality
from services.store import Store

log = logging.getLogger("omroeper")

HEADER = ["title", "date", "time", "channels", "text", "tags", "status"]  # the first format's columns, all required
COLUMNS = [*HEADER, "campaign"]
CHANNEL_TEXT = "text:"  # followed by the channel's name: that channel's own text
# The same columns as a Dutch export names them (and a Dutch officer types them).
DUTCH_COLUMNS = {"title": "titel", "date": "datum", "time": "tijd", "channels": "kanalen", "text": "tekst",
                 "tags": "tags", "status": "status", "campaign": "campagne"}
DUTCH_CHANNEL_TEXT = "tekst:"
# Status words besides the codes and the interface's own names: both languages' names, whatever the interface.
_STATUS_WORDS = {
    "idea": PostStatus.IDEA, "idee": PostStatus.IDEA,
    "draft": PostStatus.DRAFT, "concept": PostStatus.DRAFT,
    "ready": PostStatus.READY, "klaar": PostStatus.READY,
    "scheduled": PostStatus.SCHEDULED, "ingepland": PostStatus.SCHEDULED, "gepland": PostStatus.SCHEDULED,
    "published": PostStatus.PUBLISHED, "gepubliceerd": PostStatus.PUBLISHED,  # as the export writes them
    "failed": PostStatus.FAILED, "mislukt": PostStatus.FAILED,
}
_DUTCH_STATUS = {PostStatus.IDEA: "idee", PostStatus.DRAFT: "concept", PostStatus.READY: "klaar",
                 PostStatus.SCHEDULED: "ingepland", PostStatus.PUBLISHED: "gepubliceerd",
                 PostStatus.FAILED: "mislukt"}
MAX_ROWS = 20_000
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_CELL = 100_000  # characters; Facebook, the longest, takes 63,206
# The span the calendar's exports cover; a date outside it is a typo (0001-01-01, 9999-12-31).
EARLIEST, LATEST = date(1970, 1, 1), date(2199, 12, 31)

# What makes Excel, LibreOffice or Google Sheets read a cell as a formula (or a DDE command).
_FORMULA_START = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")
_QUOTE = "'"
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
# Day first, as Dutch and Flemish spreadsheets write a date: 24-12-2026, 24/12/26, 24.12.2026.
_DAY_FIRST = re.compile(r"([0-9]{1,2})([-/.])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})")
# A time: 9:30, 09:30, 9.30, 9:30:00; 9u30 or 9u (Flemish); the hour alone only with "uur", AM or PM.
_CLOCK = re.compile(r"([0-9]{1,2})[:.]([0-9]{2})(?::00)?|([0-9]{1,2})\s*u\s*([0-9]{2})?")
_HOUR = re.compile(r"[0-9]{1,2}")
_MERIDIEM = re.compile(r"(.*?)\s*([ap])\.?\s*m\.?", re.IGNORECASE)
_BROKEN = re.compile("[\ud800-\udfff]")  # bytes the file's encoding could not turn into text
_DELIMITERS = {",": "“,”", ";": "“;”", "\t": "tab"}


# ---- cells --------------------------------------------------------------------------------------------------

def guard_cell(text: str) -> str:
    """The cell as written: a leading apostrophe where a spreadsheet would run the text, or where the import
    would otherwise take one off."""
    if text[:1] in _FORMULA_START or unguard_cell(text) != text:
        return _QUOTE + text
    return text


def unguard_cell(cell: str) -> str:
    """The text a cell holds: one leading apostrophe taken off when a formula character, another apostrophe or
    nothing follows it (what guard_cell writes, and what a spreadsheet user types to keep "=" as text)."""
    if cell[:1] == _QUOTE and (cell[1:2] in _FORMULA_START or cell[1:2] in (_QUOTE, "")):
        return cell[1:]
    return cell


def _without_nul(text: str) -> str:
    """A cell's text without NUL characters: the import takes a NUL for a sign of a file that is no text (and no
    network takes one), so a post that holds one (pasted by an older version, brought by a handover file) is
    exported without it rather than made a row the import refuses."""
    return text.replace("\x00", "")


def _join_list(items: Iterable[str]) -> str:
    return ";".join(item.replace("\\", "\\\\").replace(";", "\\;") for item in items)


def _split_list(cell: str) -> list[str]:
    """Splits at ";" not escaped; "\\;" is a ";" and "\\\\" a backslash inside an item (other backslashes are
    kept as they are, as in a hand-typed C:\\temp)."""
    items, current, index = [], [], 0
    while index < len(cell):
        char = cell[index]
        if char == "\\" and cell[index + 1:index + 2] in ("\\", ";"):
            current.append(cell[index + 1])
            index += 2
            continue
        if char == ";":
            items.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    items.append("".join(current))
    return items


# ---- export -------------------------------------------------------------------------------------------------

def export_csv(store: Store, path: Path, language: str | None = None) -> int:
    """Writes every post (dated ones in time order, then undated ones); returns how many. In Dutch (the
    interface's language unless `language` says otherwise) as Dutch Excel reads it: ";" between the columns,
    Dutch column names and statuses (see the module's docstring for why)."""
    import io

    dutch = (language or interface_language()) == "nl"
    zone = ZoneInfo(load_municipality(store).time_zone)
    channels = sorted(store.find(ChannelAccount), key=lambda channel: (channel.name.lower(), channel.id))
    names = {channel.id: channel.name for channel in channels}
    posts = store.find(Post, order_by="scheduled_at IS NULL, scheduled_at, created_at")
    variants: dict[str, list[Variant]] = {}
    for variant in store.find(Variant, order_by="created_at"):
        variants.setdefault(variant.post_id, []).append(variant)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if dutch else ",", lineterminator="\r\n")
    column_names = [DUTCH_COLUMNS[column] for column in COLUMNS] if dutch else COLUMNS
    text_column = DUTCH_CHANNEL_TEXT if dutch else CHANNEL_TEXT
    writer.writerow([*column_names, *(_without_nul(text_column + channel.name) for channel in channels)])
    for post in posts:
        local = post.scheduled_at.astimezone(zone) if post.scheduled_at else None
        own = {v.channel_id: v for v in variants.get(post.id, []) if v.channel_id in names}
        texts = []
        for channel in channels:
            own_variant = own.get(channel.id)
            body = own_variant.body if own_variant is not None else None
            texts.append("" if body is None else _QUOTE if body == "" else guard_cell(_without_nul(body)))
        cells = [post.title, local.strftime("%Y-%m-%d") if local else "", local.strftime("%H:%M") if local else "",
                 _join_list(names[channel_id] for channel_id in own), post.body, _join_list(post.tags),
                 _DUTCH_STATUS[post.status] if dutch else post.status.value, post.campaign]
        writer.writerow([*(guard_cell(_without_nul(cell)) for cell in cells), *texts])
    write_file_safely(path, out.getvalue().encode("utf-8-sig"))
    return len(posts)


# ---- import -------------------------------------------------------------------------------------------------

@dataclass
class ImportRow:
    line: int
    post: Post
    channel_ids: list[str]
    texts: dict[str, str] = field(default_factory=dict)  # channel id -> that channel's own text


@dataclass
class ImportReport:
    valid: list[ImportRow] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line number in the file, reason)
    duplicates: list[int] = field(default_factory=list)  # lines already in the calendar
    gone_out: list[int] = field(default_factory=list)  # lines of posts that were published: history


@dataclass(frozen=True)
class _Header:
    columns: dict[str, int]  # column name -> position
    channel_texts: list[tuple[str, int]]  # (channel name as written, position)
    width: int


def _already_key(post: Post) -> tuple[str, str, str]:
    """What makes a row "already in the calendar": the same title at the same time, or for a post without a title
    the same text at the same time, whitespace at either end and letter case aside. Not the whole text: a file
    saved again by Excel in its own encoding turns an emoji into "?", and importing it again must not add a
    second copy of every such post (which would go out twice)."""
    when = to_utc_text(post.scheduled_at) if post.scheduled_at else ""
    title = post.title.strip().casefold()
    return title, "" if title else " ".join(post.body.split()).casefold(), when


def read_csv(store: Store, path: Path) -> ImportReport:
    """Parses and checks every row; writes nothing. A file that cannot be read as a whole raises KnownError
    naming the line; a bad row is reported by its line in the report."""
    municipality = load_municipality(store)
    zone = ZoneInfo(municipality.time_zone)
    channels = {channel.name.strip().lower(): channel for channel in store.find(ChannelAccount)}
    existing = {_already_key(post) for post in store.find(Post)}
    report = ImportReport()
    with _opened(path) as handle:
        delimiter = _delimiter(path, handle)
        reader = csv.reader(handle, delimiter=delimiter)
        line = 1
        try:
            first = next(reader, [])
            header = _header(path, first)
            while True:
                line += 1
                cells = next(reader, None)
                if cells is None:
                    break
                if line > MAX_ROWS + 1:
                    raise KnownError(translate("CsvExchange", "{name} has more than {limit} rows; split it up.")
                                     .format(name=path.name, limit=MAX_ROWS))
                if not any(cell.strip() for cell in cells):
                    continue
                if _row_key(cells, header, zone) in existing:  # before its checks: it is not added anyway
                    report.duplicates.append(line)
                    continue
                if _went_out(cells, header):
                    report.gone_out.append(line)
                    continue
                problem, parsed = _parse_row(store, cells, header, delimiter, zone, channels, line)
                if problem:
                    report.errors.append((line, problem))
                elif parsed is not None:
                    key = _already_key(parsed.post)
                    if key in existing:
                        report.duplicates.append(line)
                    else:
                        existing.add(key)
                        report.valid.append(parsed)
        except csv.Error as error:
            log.info("CSV %s unreadable at line %s: %s", path.name, line, error)
            reason = translate("CsvExchange", "a cell is longer than {limit} characters").format(limit=MAX_CELL) \
                if "field limit" in str(error) else \
                translate("CsvExchange", "this line cannot be read as CSV (a quotation mark may be missing)")
            raise _unreadable(path, line, reason) from None
        except UnicodeDecodeError:
            raise _unreadable(path, line, translate(
                "CsvExchange", "the file ends in the middle of a character; it may be damaged")) from None
    return report


def _unreadable(path: Path, line: int, reason: str) -> KnownError:
    return KnownError(translate("CsvExchange", "Nothing was imported: {name}, line {line}: {reason}.").format(
        name=path.name, line=line, reason=reason))


@contextmanager
def _opened(path: Path) -> Iterator[TextIO]:
    """The file as text, in the encoding it was written in; its size checked before a byte is read."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise KnownError(translate("CsvExchange", "{name} is not a file.").format(name=path.name))
        if info.st_size > MAX_FILE_BYTES:
            raise KnownError(translate("CsvExchange", "{name} is larger than {limit} MB; split it up.").format(
                name=path.name, limit=MAX_FILE_BYTES // (1024 * 1024)))
        encoding, errors = _encoding_of(path)
        handle = path.open(encoding=encoding, errors=errors, newline="")
    except OSError as exc:
        raise KnownError(translate("CsvExchange", "{path} cannot be read: {reason}").format(
            path=path, reason=exc.strerror or exc)) from None
    with handle:
        yield handle


def _encoding_of(path: Path) -> tuple[str, str]:
    """The encoding (and how to treat a byte it cannot read): a byte order mark decides; else UTF-16 without one
    shows by its zero bytes; else UTF-8 when it reads as UTF-8 (or holds UTF-8 letters and is damaged), else
    Windows-1252. Bytes that are no text become marks that the row check reports with their line."""
    with path.open("rb") as raw:
        head = raw.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig", "surrogateescape"
        if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
            return "utf-32", "surrogatepass"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16", "surrogatepass"
        if len(head) >= 2 and head[0] and not head[1]:
            return "utf-16-le", "surrogatepass"
        if len(head) >= 2 and not head[0] and head[1]:
            return "utf-16-be", "surrogatepass"
        raw.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        letters = False
        try:
            while chunk := raw.read(1 << 16):
                letters = letters or not decoder.decode(chunk).isascii()
            decoder.decode(b"", final=True)
        except UnicodeDecodeError as error:
            letters = letters or not error.object[:error.start].isascii()  # UTF-8 letters before the damage
            return ("utf-8", "surrogateescape") if letters else ("cp1252", "surrogateescape")
    return "utf-8", "surrogateescape"


def _delimiter(path: Path, handle: TextIO) -> str:
    """The separator the first line uses most: "," (the standard), ";" (Dutch Excel) or a tab (Excel's Unicode
    text)."""
    try:
        first_line = handle.readline(4096)
        handle.seek(0)
    except UnicodeDecodeError:
        raise _not_ours(path) from None
    counts = {delimiter: first_line.count(delimiter) for delimiter in _DELIMITERS}
    return max(_DELIMITERS, key=lambda delimiter: counts[delimiter])  # a tie keeps ","


def _header_text() -> str:
    """The columns as the interface's language names them, for a message."""
    if interface_language() == "nl":
        return ";".join(DUTCH_COLUMNS[column] for column in COLUMNS)
    return ",".join(COLUMNS)


def _not_ours(path: Path) -> KnownError:
    return KnownError(translate("CsvExchange", "The first line of {name} must be the header: {header}").format(
        name=path.name, header=_header_text()))


_COLUMN_NAMES = {**{column: column for column in COLUMNS}, **{dutch: column for column, dutch in DUTCH_COLUMNS.items()},
                 "trefwoorden": "tags"}


def _header(path: Path, cells: list[str]) -> _Header:
    columns: dict[str, int] = {}
    channel_texts: list[tuple[str, int]] = []
    seen: set[str] = set()
    for position, cell in enumerate(cells):
        name = cell.strip()
        lowered = name.lower()
        prefix = next((p for p in (CHANNEL_TEXT, DUTCH_CHANNEL_TEXT) if lowered.startswith(p)), None)
        if prefix is not None:
            channel = name[len(prefix):].strip()
            key = CHANNEL_TEXT + channel.lower()
            channel_texts.append((channel, position))
        elif lowered in _COLUMN_NAMES:
            key = _COLUMN_NAMES[lowered]
            columns[key] = position
        else:
            raise _not_ours(path) if position < len(HEADER) else KnownError(translate(
                "CsvExchange", "{name} has a column “{column}” that Omroeper does not know; the columns are {header} "
                               "and text:CHANNEL.").format(name=path.name, column=name[:60],
                                                           header=_header_text()))
        if key in seen:
            raise KnownError(translate("CsvExchange", "{name} has the column “{column}” twice.").format(
                name=path.name, column=name[:60]))
        seen.add(key)
    if any(column not in columns for column in HEADER):
        raise _not_ours(path)
    return _Header(columns, channel_texts, len(cells))


def _parse_row(store: Store, cells: list[str], header: _Header, delimiter: str, zone: ZoneInfo,
               channels: dict[str, ChannelAccount], line: int) -> tuple[str, ImportRow | None]:
    if len(cells) != header.width:
        if any("\n" in cell and delimiter in cell for cell in cells):  # lines and columns inside one cell
            return translate("CsvExchange", "expected {expected} columns, found {found}: a quotation mark (\") that "
                                            "is not closed may have joined this line with the lines after it").format(
                expected=header.width, found=len(cells)), None
        return translate("CsvExchange", "expected {expected} columns, found {found} (columns are separated by "
                                        "{delimiter}, as in the first line)").format(
            expected=header.width, found=len(cells), delimiter=_DELIMITERS[delimiter]), None
    if any(len(cell) > MAX_CELL for cell in cells):
        return translate("CsvExchange", "a cell is longer than {limit} characters").format(limit=MAX_CELL), None
    if any(_BROKEN.search(cell) for cell in cells):
        return translate("CsvExchange", "holds bytes that are not text in this file's encoding (save it as "
                                        "“CSV UTF-8”)"), None
    if any("\x00" in cell for cell in cells):
        return translate("CsvExchange", "holds a NUL character: the file is not plain text"), None
    cell = {name: unguard_cell(cells[position]) for name, position in header.columns.items()}
    title, body, campaign = cell["title"].strip(), cell["text"], cell.get("campaign", "").strip()
    day_text, time_text, status_text = cell["date"].strip(), cell["time"].strip(), cell["status"].strip()
    if not title and not body.strip():
        return translate("CsvExchange", "a row needs a title or a text"), None
    problems: list[str] = []  # every one the row has, so that it is put right in one go
    status = _status(status_text)
    if status not in EDITABLE_STATUSES:
        problems.append(translate("CsvExchange", "status “{status}” is not one of {statuses}").format(
            status=status_text[:40], statuses=", ".join(status_word(s).lower() for s in _EDITABLE_IN_ORDER)))
    moment = None
    if day_text or time_text:
        moment_or_problems = _moment(day_text, time_text, zone)
        if isinstance(moment_or_problems, list):
            problems += moment_or_problems
        else:
            moment = moment_or_problems
    chosen: list[str] = []
    for name in (part.strip() for part in _split_list(cell["channels"])):
        if not name:
            continue
        channel = channels.get(name.lower())
        if channel is None:
            problems.append(_no_channel(name))
        elif channel.id not in chosen:
            chosen.append(channel.id)
    texts: dict[str, str] = {}
    for name, position in header.channel_texts:
        if not cells[position]:
            continue  # follows the main text
        channel = channels.get(name.lower())
        if channel is None:
            problems.append(_no_channel(name))
        elif channel.id not in chosen:
            problems.append(translate("CsvExchange", "has a text for {name}, but {name} is not among its "
                                                     "channels").format(name=name[:60]))
        else:
            texts[channel.id] = unguard_cell(cells[position])
    if problems:
        return "; ".join(dict.fromkeys(problems)), None  # a channel named in the list and by its text column: once
    assert status is not None
    tags = [tag.strip() for tag in _split_list(cell["tags"]) if tag.strip()]
    post = Post(title=title, body=body, status=status, scheduled_at=moment, tags=tags, campaign=campaign,
                time_zone=zone.key)
    variants = [Variant(post_id=post.id, channel_id=channel_id, body=texts.get(channel_id)) for channel_id in chosen]
    try:
        check_keepable(post, variants, [])  # said in the preview, with its line, not when the import runs
    except UnkeepableError as error:
        return error.message, None
    if status in (PostStatus.READY, PostStatus.SCHEDULED):
        unready = problems_for(store, post, variants, [])
        if unready:
            return "; ".join(describe_problem(problem) for problem in unready), None
    return "", ImportRow(line, post, chosen, texts)


_EDITABLE_IN_ORDER = (PostStatus.IDEA, PostStatus.DRAFT, PostStatus.READY, PostStatus.SCHEDULED)


def _row_key(cells: list[str], header: _Header, zone: ZoneInfo) -> tuple[str, str, str] | None:
    """The row's `_already_key` read straight from its cells, or None where they do not give one: a row already
    in the calendar is skipped before its checks (an Instagram post of the calendar has its image, which a CSV row
    never carries)."""
    if len(cells) != header.width:  # a row with a column too many or too few is named as such first
        return None
    cell = {name: unguard_cell(cells[position]) for name, position in header.columns.items()}
    moment = None
    day_text, time_text = cell["date"].strip(), cell["time"].strip()
    if day_text or time_text:
        found = _moment(day_text, time_text, zone)
        if isinstance(found, list):
            return None
        moment = found
    return _already_key(Post(title=cell["title"].strip(), body=cell["text"], scheduled_at=moment))


def _went_out(cells: list[str], header: _Header) -> bool:
    """Whether the row is a post that was published (its status in either language, as the export writes the
    calendar's history too): the import plans posts and never makes one "published" that this calendar did not
    send, so such a row is skipped and counted, not a problem. A failed post did not go out: its row is a problem,
    to be planned again with a status of its own."""
    position = header.columns.get("status")
    if position is None or len(cells) != header.width:
        return False
    return _status(unguard_cell(cells[position])) is PostStatus.PUBLISHED


def _status(text: str) -> PostStatus | None:
    """The status a cell names: empty is a draft; a code, either language's name or the interface's own."""
    word = text.strip().lower()
    if not word:
        return PostStatus.DRAFT
    found = _STATUS_WORDS.get(word)
    if found is not None:
        return found
    return next((status for status in PostStatus if status_word(status).lower() == word), None)


def _day(text: str) -> date | None:
    """2026-12-24, or day first: 24-12-2026, 24/12/26, 24.12.2026 (a two-digit year is 20xx)."""
    try:
        iso = _ISO_DATE.fullmatch(text)
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        day_first = _DAY_FIRST.fullmatch(text)
        if day_first:
            year = int(day_first.group(4)) + (2000 if len(day_first.group(4)) == 2 else 0)
            return date(year, int(day_first.group(3)), int(day_first.group(1)))
    except ValueError:  # 31-02-2026
        return None
    return None


def _clock(text: str) -> time | None:
    """9:30, 09:30, 9.30, 9:30:00, 9u30, 9u, "9.30 uur", "9:30 PM"; None for anything else."""
    rest = text.strip()
    meridiem = _MERIDIEM.fullmatch(rest)
    if meridiem:
        rest = meridiem.group(1)
    said_hour = rest.lower().endswith("uur")
    rest = rest[:-3].strip() if said_hour else rest
    clock = _CLOCK.fullmatch(rest)
    if clock:
        hour, minute = int(clock.group(1) or clock.group(3)), int(clock.group(2) or clock.group(4) or 0)
    elif (said_hour or meridiem) and _HOUR.fullmatch(rest):
        hour, minute = int(rest), 0
    else:
        return None
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem.group(2).lower() == "p" else 0)
    return time(hour, minute) if hour < 24 and minute < 60 else None


def _moment(day_text: str, time_text: str, zone: ZoneInfo) -> datetime | list[str]:
    """The instant of a row's date and time (09:00 without a time), or what is wrong with each of them."""
    day = _day(day_text)
    at = _clock(time_text) if time_text else time(9, 0)
    problems = []
    if day is None and _DAY_FIRST.fullmatch(day_text):
        problems.append(translate("CsvExchange", "“{date}” is written as a date, but that day does not exist: "
                                                 "check the day and the month (day first, as in 24-12-2026)").format(
            date=day_text[:40]))
    elif day is None and _ISO_DATE.fullmatch(day_text):
        problems.append(translate("CsvExchange", "“{date}” is written as a date, but that day does not exist: "
                                                 "check the month and the day (year first, as in 2026-12-24)").format(
            date=day_text[:40]))
    elif day is None:
        problems.append(translate("CsvExchange", "the date must be written like 24-12-2026 or 2026-12-24 (found "
                                                 "“{date}”)").format(date=day_text[:40]))
    elif not EARLIEST <= day <= LATEST:
        problems.append(translate("CsvExchange", "date {date} is not between {first} and {last}").format(
            date=day_text, first=date_text(EARLIEST), last=date_text(LATEST)))
    if at is None:
        problems.append(translate("CsvExchange", "the time must be written like 9:30 or 14:05 (found “{time}”)").format(
            time=time_text[:40]))
    if problems or day is None or at is None:
        return problems
    return datetime.combine(day, at, zone)


def _no_channel(name: str) -> str:
    return translate("CsvExchange", "no channel named “{name}” (see the Channels tab)").format(name=name[:60])


def apply_import(store: Store, report: ImportReport) -> int:
    """Backs the data file up first (backups/…-before-import, the way back from a wrong file), then writes the
    valid rows in one transaction; returns how many posts were added. The window and the command line both call
    this: neither takes a backup of its own. With no valid row nothing is written and no backup taken."""
    if not report.valid:
        return 0
    take_backup(store.conn, store.path.parent / BACKUP_DIR_NAME, "before-import", store.clock())
    with store.transaction():
        for row in report.valid:
            save_post(store, row.post, [Variant(post_id=row.post.id, channel_id=channel_id,
                                                body=row.texts.get(channel_id)) for channel_id in row.channel_ids],
                      [])
    return len(report.valid)
