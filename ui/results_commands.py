"""The results on the command line: `results sync` fetches the figures that are due, `report month YYYY-MM
FILE.pdf [--lang nl|en]` writes the monthly report. Hooked into the program's parser by add_parsers/run."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from services.errors import EXIT_FAILED, EXIT_OK, KnownError, translate

COMMANDS = ("results", "report")
WRITERS = ("results",)  # commands that write to the data file (they take the folder's lock)
PdfWriter = Callable[[Any, Path], None]


def add_parsers(commands: Any) -> None:
    """The `results` and `report` commands on the program's subparsers."""
    results = commands.add_parser("results", help="the figures of published posts")
    actions = results.add_subparsers(dest="results_command", metavar="ACTION", required=True)
    actions.add_parser("sync", help="fetch the figures that are due from the networks")
    report = commands.add_parser("report", help="the monthly report as a PDF")
    kinds = report.add_subparsers(dest="report_command", metavar="KIND", required=True)
    month = kinds.add_parser("month", help="the report of one month")
    month.add_argument("month", metavar="YYYY-MM")
    month.add_argument("file", metavar="FILE.pdf", type=Path)
    month.add_argument("--lang", choices=("nl", "en"), default=None,
                       help="the report's language (default: the interface's)")


def run(args: argparse.Namespace, store: Any, say: Callable[..., None], *,
        pdf_writer: PdfWriter | None = None) -> int:
    """Runs `results sync` or `report month`; `say` prints a line (the command line's own, with placeholders)."""
    if args.command == "results":
        from services.results import sync_results

        synced = sync_results(store, store.clock())
        for line in synced.lines():
            say("{line}", line=line)
        return EXIT_FAILED if synced.problems else EXIT_OK
    from services.files import check_target
    from services.i18n import interface_language
    from services.preferences import load_municipality
    from services.report import month_report
    from ui.command_dates import read_month

    first = read_month(args.month)
    if pdf_writer is None:
        raise KnownError(translate("Report", "This copy of Omroeper cannot draw a PDF here."))
    language = args.lang or interface_language()
    report = month_report(store, first, language, load_municipality(store).name)
    target = args.file.expanduser()
    check_target(target)  # a name to put .pdf on: not "" or "/"
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    pdf_writer(report, target)
    say(translate("Report", "Wrote {path}."), path=str(target))
    return EXIT_OK
