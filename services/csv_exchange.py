"""The planning as CSV, for a spreadsheet: export, and an import that checks every row before anything is written.

Columns: title,date,time,channels,text,tags,status. Date YYYY-MM-DD and time HH:MM in the municipality's time
zone; channels (by account name) and tags separated by ";"; status idea, draft, ready or scheduled. Files are
written as UTF-8 with a byte order mark (Excel opens them right); on import a ";"-separated file (what Dutch Excel
saves) is recognised too. A row identical to a post already in the calendar (title, date, time and text) is
skipped, so importing the same file twice adds nothing.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from models.channel import ChannelAccount
from models.common import to_utc_text
from models.post import EDITABLE_STATUSES, Post, PostStatus, Variant
from services.errors import KnownError, translate
from services.files import write_file_safely
from services.post_editing import describe_problem, problems_for, save_post, variants_of
from services.preferences import load_municipality
from services.store import Store

HEADER = ["title", "date", "time", "channels", "text", "tags", "status"]
MAX_ROWS = 20_000


def export_csv(store: Store, path: Path) -> int:
    """Writes every post (dated ones in time order, then undated ones); returns how many."""
    zone = ZoneInfo(load_municipality(store).time_zone)
    names = {channel.id: channel.name for channel in store.find(ChannelAccount)}
    posts = store.find(Post, order_by="scheduled_at IS NULL, scheduled_at, created_at")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for post in posts:
        local = post.scheduled_at.astimezone(zone) if post.scheduled_at else None
        channels = [names[v.channel_id] for v in variants_of(store, post.id) if v.channel_id in names]
        writer.writerow(
            [
                post.title,
                local.strftime("%Y-%m-%d") if local else "",
                local.strftime("%H:%M") if local else "",
                ";".join(channels),
                post.body,
                ";".join(post.tags),
                post.status.value,
            ]
        )
    write_file_safely(path, out.getvalue().encode("utf-8-sig"))
    return len(posts)


@dataclass
class ImportRow:
    line: int
    post: Post
    channel_ids: list[str]


@dataclass
class ImportReport:
    valid: list[ImportRow] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line number in the file, reason)
    duplicates: list[int] = field(default_factory=list)  # lines already in the calendar


def read_csv(store: Store, path: Path) -> ImportReport:
    """Parses and checks every row; writes nothing."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise KnownError(
            translate("CsvExchange", "{path} cannot be read: {reason}").format(path=path, reason=exc.strerror or exc)
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # an old Excel's own encoding
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    if not rows or [cell.strip().lower() for cell in rows[0]] != HEADER:
        raise KnownError(
            translate("CsvExchange", "The first line of {name} must be the header: {header}").format(
                name=path.name, header=",".join(HEADER)
            )
        )
    if len(rows) > MAX_ROWS + 1:
        raise KnownError(
            translate("CsvExchange", "{name} has more than {limit} rows; split it up.").format(
                name=path.name, limit=MAX_ROWS
            )
        )
    municipality = load_municipality(store)
    zone = ZoneInfo(municipality.time_zone)
    channels = {channel.name.strip().lower(): channel for channel in store.find(ChannelAccount)}
    existing = {(p.title, to_utc_text(p.scheduled_at) if p.scheduled_at else "", p.body) for p in store.find(Post)}
    report = ImportReport()
    for line, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        problem, parsed = _parse_row(store, cells, zone, channels, line)
        if problem:
            report.errors.append((line, problem))
        elif parsed is not None:
            key = (
                parsed.post.title,
                to_utc_text(parsed.post.scheduled_at) if parsed.post.scheduled_at else "",
                parsed.post.body,
            )
            if key in existing:
                report.duplicates.append(line)
            else:
                existing.add(key)
                report.valid.append(parsed)
    return report


def _parse_row(
    store: Store, cells: list[str], zone: ZoneInfo, channels: dict[str, ChannelAccount], line: int
) -> tuple[str, ImportRow | None]:
    if len(cells) != len(HEADER):
        return translate("CsvExchange", "expected {expected} columns, found {found}").format(
            expected=len(HEADER), found=len(cells)
        ), None
    title, day_text, time_text, channel_text, body, tag_text, status_text = (cell.strip() for cell in cells)
    body = cells[4].strip("\r\n")
    if not title and not body.strip():
        return translate("CsvExchange", "a row needs a title or a text"), None
    try:
        status = PostStatus(status_text.lower() or "draft")
    except ValueError:
        status = None
    if status not in EDITABLE_STATUSES:
        return translate("CsvExchange", "status “{status}” is not one of idea, draft, ready, scheduled").format(
            status=status_text
        ), None
    moment = None
    if day_text or time_text:
        try:
            day = date.fromisoformat(day_text)
            at = time.fromisoformat(time_text) if time_text else time(9, 0)
            if len(time_text) not in (0, 5):
                raise ValueError(time_text)
        except ValueError:
            return translate("CsvExchange", "date must be YYYY-MM-DD and time HH:MM (found “{date}” “{time}”)").format(
                date=day_text, time=time_text
            ), None
        moment = datetime.combine(day, at, zone)
    chosen = []
    for name in (part.strip() for part in channel_text.split(";")):
        if not name:
            continue
        channel = channels.get(name.lower())
        if channel is None:
            return translate("CsvExchange", "no channel named “{name}” (see the Channels tab)").format(name=name), None
        chosen.append(channel.id)
    tags = [tag.strip().lstrip("#") for tag in tag_text.split(";") if tag.strip()]
    post = Post(title=title, body=body, status=status, scheduled_at=moment, tags=tags, time_zone=zone.key)
    if status in (PostStatus.READY, PostStatus.SCHEDULED):
        variants = [Variant(post_id=post.id, channel_id=channel_id) for channel_id in chosen]
        problems = problems_for(store, post, variants, [])
        if problems:
            return "; ".join(describe_problem(problem) for problem in problems), None
    return "", ImportRow(line, post, chosen)


def apply_import(store: Store, report: ImportReport) -> int:
    """Writes the valid rows in one transaction; returns how many posts were added."""
    with store.transaction():
        for row in report.valid:
            save_post(store, row.post, [Variant(post_id=row.post.id, channel_id=cid) for cid in row.channel_ids], [])
    return len(report.valid)
