"""The days and months typed on the command line (`--from`/`--to` of export-ics, handover export and the archive;
`report month YYYY-MM`), all read here: a day that does not exist, one outside the years the store keeps (1970 to
2199, models/validation.py), or a period that ends before it starts is refused with what to type instead, in the
user's language, before anything is read or written (a year 9999 or 0001 would otherwise overflow a date
calculation further on).

The parser takes them as text (add_period) and read_dates reads them when the command runs: by then the
translations are loaded (the parser runs before the data folder, and with it the chosen language, is known). A
problem is a KnownError, so the command says it and exits 2 as for any refused command."""

from __future__ import annotations

import argparse
import re
from datetime import date

from models.validation import EARLIEST_DAY, LATEST_DAY, day_in_range
from services.errors import KnownError, translate

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
SHOWN = 20  # characters of what was typed, quoted in the message


def _last_day() -> date:
    return date(LATEST_DAY.year - 1, 12, 31)


def read_day(text: str, option: str) -> date:
    """The day `text` names (YYYY-MM-DD), typed after `option` ("--from"); KnownError when it is not a day or lies
    outside the years the store keeps."""
    try:
        day = date.fromisoformat(text) if _DAY.fullmatch(text) else None
    except ValueError:
        day = None
    if day is None:
        raise KnownError(translate("Commands", "{option} “{text}” is not a day: write it as YYYY-MM-DD, for example "
                                               "2026-11-30.").format(option=option, text=text[:SHOWN]))
    if not day_in_range(day):
        raise KnownError(translate("Commands", "{option} {day} lies outside the days Omroeper keeps: give a day from "
                                               "{first} to {last}.").format(
            option=option, day=day.isoformat(), first=EARLIEST_DAY.isoformat(), last=_last_day().isoformat()))
    return day


def read_month(text: str) -> date:
    """The first day of the month `text` names (YYYY-MM); KnownError when it is not a month or lies outside the
    years the store keeps."""
    found = _MONTH.fullmatch(text)
    month = int(found.group(2)) if found else 0
    if found is None or not 1 <= month <= 12:
        raise KnownError(translate("Report", "“{text}” is not a month: write it as YYYY-MM, for example 2026-11.")
                         .format(text=text[:SHOWN]))
    if not day_in_range(first := date(max(int(found.group(1)), 1), month, 1)):
        raise KnownError(translate("Commands", "The month {month} lies outside the days Omroeper keeps: give a month "
                                               "from {first} to {last}.").format(
            month=text[:SHOWN], first=EARLIEST_DAY.strftime("%Y-%m"), last=_last_day().strftime("%Y-%m")))
    return first


def check_period(start: date | None, end: date | None) -> None:
    """KnownError when the period ends before it starts (it would hold nothing, and say so only by its emptiness)."""
    if start is not None and end is not None and end < start:
        raise KnownError(translate("Commands", "The period ends ({end}) before it starts ({start}): give a --to on or "
                                               "after the --from.").format(end=end.isoformat(),
                                                                           start=start.isoformat()))


def read_period(start: str | None, end: str | None) -> tuple[date | None, date | None]:
    """`--from` and `--to` as typed (None when not given) read as days of one period that does not end before it
    starts."""
    first = read_day(start, "--from") if start is not None else None
    last = read_day(end, "--to") if end is not None else None
    check_period(first, last)
    return first, last


def add_period(command: argparse.ArgumentParser, first: str = "first day, YYYY-MM-DD",
               last: str = "last day, YYYY-MM-DD") -> None:
    """`--from` and `--to` on a command (as `start` and `end`), read by read_dates when it runs."""
    command.add_argument("--from", dest="start", metavar="YYYY-MM-DD", default=None, help=first)
    command.add_argument("--to", dest="end", metavar="YYYY-MM-DD", default=None, help=last)
    command.set_defaults(period_typed=True)


def read_dates(args: argparse.Namespace) -> None:
    """The period of a command that takes one (add_period), read in place: `start` and `end` become days or None.
    KnownError when one is not a day the store keeps, or the period ends before it starts."""
    if getattr(args, "period_typed", False):
        args.start, args.end = read_period(args.start, args.end)
        args.period_typed = False  # read once
