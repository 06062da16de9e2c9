"""The files of an archive's payload as they are written, one record at a time: JSON arrays, CSV tables for
people (Dutch Excel's ";" in Dutch, formulas neutralised) and the HTML overview (every text escaped and shown as
plain text that cannot turn or hide anything), with what they share: the language, the municipality's clock and
the secrets to blank out (services/archive.py writes the package with them)."""

from __future__ import annotations

import csv
import html
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo

from models.validation import one_line
from services.errors import translate
from services.plain_text import one_line as isolated
from services.plain_text import shown_text, visible_text

BLANKED = "[…]"  # what a secret found in a text becomes


class _JsonList:
    """A JSON array written one record at a time."""

    def __init__(self, handle: IO[str]) -> None:
        self.handle, self.first = handle, True
        handle.write("[")

    def add(self, record: dict[str, Any]) -> None:
        self.handle.write("\n  " if self.first else ",\n  ")
        json.dump(record, self.handle, ensure_ascii=False)
        self.first = False


class _CsvTable:
    """A CSV file for people, as the CSV export writes one (see services/csv_exchange.py): Dutch Excel's ";" in
    Dutch, UTF-8 with a byte order mark, and no cell a spreadsheet would run as a formula."""

    def __init__(self, handle: IO[str], header: list[str], delimiter: str) -> None:
        from services.csv_exchange import guard_cell

        self.guard = guard_cell
        self.writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        self.writer.writerow([guard_cell(name) for name in header])

    def add(self, cells: Iterable[object]) -> None:
        self.writer.writerow([self.guard(visible_text("" if cell is None else str(cell))) for cell in cells])


def _safe_link(url: str) -> str:
    """A link from a network only when it is a web address: anything else (javascript:, data:) stays text."""
    return url if url.lower().startswith(("https://", "http://")) else ""


def _network_name(network: str) -> str:
    """A network as people name it ("LinkedIn"); a channel posted to by hand says so."""
    from models.channel import NETWORK_NAMES, Network

    if network == Network.MANUAL.value:
        return translate("Archive", "posted by hand")
    return next((name for known, name in NETWORK_NAMES.items() if known.value == network), network)


def _inline(value: str) -> str:
    """A text from the store standing in a line of the overview, escaped and in an isolate of its own."""
    return html.escape(isolated(value, None))


def _block(value: str) -> str:
    """A text from the store shown whole on lines of its own (a post's or a message's text), escaped."""
    return html.escape(shown_text(value))


class _Overview:
    """overview.html: what the archive holds, readable in any browser, with no script and nothing loaded from
    outside (the page's own policy forbids both). Every text from the store is escaped and shown as plain text
    (services/plain_text.py): a direction mark or a control character in a resident's message cannot turn the
    words around or hide them. Lines are written with the outside texts put in first, then escaped whole."""

    def __init__(self, handle: IO[str], language: str) -> None:
        self.out = handle
        self.language = language

    def start(self, title: str, lines: list[str]) -> None:
        self.out.write(
            f'<!DOCTYPE html>\n<html lang="{self.language}">\n<head>\n<meta charset="utf-8">\n'
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self'; "
            "style-src 'unsafe-inline'\">\n"
            f"<title>{html.escape(title)}</title>\n<style>\n"
            "body { font-family: sans-serif; max-width: 60em; margin: 1em auto; padding: 0 1em; }\n"
            "article { border-top: 1px solid #999; padding: 0.5em 0; }\n"
            ".meta { color: #555; font-size: 90%; }\n .text { white-space: pre-wrap; }\n"
            "img { max-width: 12em; max-height: 12em; }\n figure { display: inline-block; margin: 0.3em; }\n"
            "</style>\n</head>\n<body>\n")
        self.out.write(f"<h1>{html.escape(title)}</h1>\n")
        for line in lines:
            self.out.write(f"<p>{html.escape(line)}</p>\n")

    def section(self, heading: str) -> None:
        self.out.write(f"<h2>{html.escape(heading)}</h2>\n")

    def note(self, text: str) -> None:
        self.out.write(f'<p class="meta">{html.escape(text)}</p>\n')

    def _link(self, url: str) -> str:
        """A web address as a link, its text shown plain; anything else (javascript:, an address holding control
        characters) only as text."""
        safe = _safe_link(url)
        if not safe or not safe.isprintable():
            return _inline(url)
        return f'<a href="{html.escape(safe, quote=True)}">{_inline(safe)}</a>'

    def post(self, record: dict[str, Any], when: str, deleted: str, published: list[str]) -> None:
        title = record["title"] or one_line(record["text"], 60)
        title = isolated(title, None) if title else translate("Archive", "(no title)")
        self.out.write(f"<article>\n<h3>{html.escape(when)} · {html.escape(title)}</h3>\n")
        if record["deleted_at"]:
            self.note(translate("Archive", "Deleted in Omroeper on {time}.").format(time=deleted))
        for publication, shown in zip(record["publications"], published, strict=True):
            line = translate("Archive", "{channel} ({network}), {time}").format(
                channel=isolated(publication["channel"], None),
                network=isolated(_network_name(publication["network"]), None), time=shown)
            self.out.write(f'<p class="meta">{html.escape(line)}')
            if publication["url"]:
                self.out.write(f"<br>{self._link(publication['url'])}")
            if publication["deleted_at"]:
                self.out.write("<br>" + html.escape(translate("Archive", "Channel text removed in Omroeper.")))
            if publication["text_changed_since_sent"]:
                self.out.write("<br>" + html.escape(translate(
                    "Archive", "The text was changed after it went out; shown is the text as kept now.")))
            self.out.write(f'</p>\n<div class="text">{_block(publication["text"])}</div>\n')
        for image in record["images"]:
            if image["file"]:
                alt = html.escape(visible_text(image["alt_text"]), quote=True)
                self.out.write(f'<figure><img src="{html.escape(image["file"], quote=True)}" alt="{alt}">'
                               f"<figcaption>{_block(image['alt_text'])}</figcaption></figure>\n")
            else:
                self.note(translate("Archive", "Image missing: {alt}").format(alt=isolated(image["alt_text"], None)))
        self.out.write("</article>\n")

    def message(self, record: dict[str, Any], when: str) -> None:
        line = translate("Archive", "{time} · {channel} · {author}").format(
            time=when, channel=isolated(record["channel"], None), author=isolated(record["author"], None))
        self.out.write(f'<article>\n<p class="meta">{html.escape(line)}<br>{self._link(record["url"])}</p>\n'
                       f'<div class="text">{_block(record["text"])}</div>\n</article>\n')

    def answer(self, record: dict[str, Any], when: str) -> None:
        line = translate("Archive", "Answer by {name}, {time}").format(name=isolated(record["answered_by"], None),
                                                                      time=when)
        self.out.write(f'<article>\n<p class="meta">{html.escape(line)}</p>\n'
                       f'<div class="text">{_block(record["text"])}</div>\n</article>\n')

    def finish(self) -> None:
        self.out.write("</body>\n</html>\n")


class ArchiveFiles:
    """The payload folder being written, with what every part of it shares: the language of the CSV and HTML
    files, the municipality's clock, and the secrets to blank out."""

    def __init__(self, folder: Path, language: str, time_zone: str, secrets: list[str], html_handle: IO[str]) -> None:
        self.folder, self.language, self.zone, self.secrets = folder, language, ZoneInfo(time_zone), secrets
        self.html = _Overview(html_handle, language)

    @contextmanager
    def _opened(self, name: str, encoding: str = "utf-8") -> Iterator[IO[str]]:
        with open(self.folder / name, "w", encoding=encoding, newline="") as handle:
            yield handle

    @contextmanager
    def json_list(self, name: str) -> Iterator[_JsonList]:
        with self._opened(name) as handle:
            out = _JsonList(handle)
            yield out
            handle.write("\n]\n")

    @contextmanager
    def csv_table(self, name: str, header: list[str]) -> Iterator[_CsvTable]:
        with self._opened(name, "utf-8-sig") as handle:
            yield _CsvTable(handle, header, ";" if self.language == "nl" else ",")

    def clean(self, value: Any) -> Any:
        """The value with every secret blanked out, in each text however deep."""
        if not self.secrets:
            return value
        if isinstance(value, str):
            for secret in self.secrets:
                value = value.replace(secret, BLANKED)
            return value
        if isinstance(value, dict):
            return {key: self.clean(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.clean(item) for item in value]
        return value

    def spoken(self, moment: datetime | None) -> str:
        """An instant in a sentence of the overview: "24 december 2026 om 09:30", on the municipality's clock."""
        from services.i18n import moment_text

        return moment_text(moment, self.zone.key) if moment is not None else ""

    def local(self, moment: datetime | None) -> str:
        """An instant for people: "2026-12-24 09:30" on the municipality's clock (a spreadsheet reads it)."""
        return moment.astimezone(self.zone).strftime("%Y-%m-%d %H:%M") if moment is not None else ""
