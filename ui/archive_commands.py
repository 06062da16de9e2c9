"""The archive on the command line: `archive export DIR` and `archive search TEXT` (for a Woo request), with
`--from` and `--to` as days on the municipality's calendar. Hooked into the program's parser by `add_parsers`;
`run` answers with an exit code as the other commands do."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from services.errors import EXIT_OK, translate
from ui.command_dates import add_period

if TYPE_CHECKING:
    from services.archive import ArchiveResult
    from services.store import Store


def add_parsers(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """`archive export` and `archive search` on the program's commands."""
    archive = subparsers.add_parser("archive", help="the archive of what was published, for the archivist and "
                                                    "for Woo requests")
    actions = archive.add_subparsers(dest="archive_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write a BagIt package of what was published in a period")
    export.add_argument("folder", type=_folder, help="a new or empty folder")
    search = actions.add_parser("search", help="find every published post, message and answer holding the words")
    search.add_argument("text", help="the words, all of which must be in a record (case and accents aside)")
    search.add_argument("--export", dest="folder", type=_folder, default=None,
                        help="also write the records found as a BagIt package in this new or empty folder")
    search.add_argument("--channel", default=None, help="only what went out on this channel (its name)")
    for action in (export, search):
        add_period(action)


def _folder(text: str) -> Path:
    """The folder to write to. An empty name (a script's unset variable) is refused: it would be the current
    folder, whatever it is. (Said in English, as every mistake in the arguments.)"""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty name is no folder (an unset variable in a script?)")
    return Path(text)


def _shown(value: object) -> str:
    """A value from the store as one line a terminal shows as it is: control and format characters (escape
    sequences, line breaks, bidi overrides) become spaces."""
    return "".join(" " if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") else char for char in str(value))


def _say(text: str, *, err: bool = False) -> None:
    print(text, file=sys.stderr if err else sys.stdout, flush=True)


def _written(result: ArchiveResult) -> None:
    _say(translate("Commands", "Archive written to {path}. Posts: {posts}; images: {images}; messages: "
                               "{messages}; answers: {answers}.").format(
        path=_shown(result.folder), posts=result.posts, images=result.images, messages=result.messages,
        answers=result.answers))
    if result.missing_images:
        _say(translate("Commands", "Images whose file was missing (kept in the records without a file): {count}.")
             .format(count=result.missing_images), err=True)


def run(args: argparse.Namespace, store: Store, data_dir: Path) -> int:
    """Runs `archive export` or `archive search`; a problem the officer can act on is raised as KnownError."""
    from services.archive import Period, Selection, export_archive

    period = Period(args.start, args.end)
    if args.archive_command == "export":
        _written(export_archive(store, args.folder, Selection(period)))
        return EXIT_OK
    from services.archive_search import export_matches, search_archive
    from services.channels import find_channel

    channel_id = find_channel(store, args.channel).id if args.channel else None
    found = search_archive(store, args.text, period, channel_id)
    zone = _time_zone(store)
    for match in found.matches:
        when = match.when.astimezone(zone).strftime("%Y-%m-%d %H:%M") if match.when else ""
        kind = {"post": translate("Commands", "post"), "message": translate("Commands", "message"),
                "answer": translate("Commands", "answer")}[match.kind]
        deleted = " " + translate("Commands", "(deleted)") if match.deleted else ""
        _say(f"{when}  {kind}{deleted}  {_shown(', '.join(match.channels))}  "
             f"{_shown(match.title)} — {_shown(match.excerpt[:100])}")
    _say(translate("Commands", "Found: {count}.").format(count=len(found.matches)))
    if args.folder is not None:
        _written(export_matches(store, args.folder, found))
    return EXIT_OK


def _time_zone(store: Store):  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    from services.preferences import load_municipality

    return ZoneInfo(load_municipality(store).time_zone)
