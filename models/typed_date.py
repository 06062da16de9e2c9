"""A date as an officer types it, in Dutch or English: "24-12", "24-12-2026", "24/12/26", "24 dec", "24 december
2026", "Dec 24", "2026-12-24". Read whole or not at all: a text that is not one date gives None, never another
date (a date field that kept the year and month of what it showed and took only the day made 24-12 into 30-12).

Numbers come day first, as in the Netherlands and Belgium, unless the interface's own format puts the month first
(American English); a reading that cannot be a date in that order but can in the other (24/12 in M/d order) is the
only date it can mean and is taken. Without a year, the first such day from today on: a post is planned ahead.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    # Dutch and English names and their usual abbreviations, in lower case, without the full stop.
    "jan": 1, "januari": 1, "january": 1,
    "feb": 2, "febr": 2, "februari": 2, "february": 2,
    "mrt": 3, "maa": 3, "maart": 3, "mar": 3, "march": 3,
    "apr": 4, "april": 4,
    "mei": 5, "may": 5,
    "jun": 6, "juni": 6, "june": 6,
    "jul": 7, "juli": 7, "july": 7,
    "aug": 8, "augustus": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9,
    "okt": 10, "oct": 10, "oktober": 10, "october": 10,
    "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
WEEKDAYS = {"ma", "di", "wo", "do", "vr", "za", "zo", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
            "zaterdag", "zondag", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday"}

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMBERS = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{2}|\d{4}))?\.?")
_WORDS = re.compile(r"[a-z]+|\d+")


def read_typed_date(text: str, today: date, *, month_first: bool = False) -> date | None:
    """The one date `text` names, or None. `month_first`: the interface writes dates month first (M/d/yy)."""
    cleaned = text.strip().lower().replace(",", " ")
    if not cleaned:
        return None
    if match := _ISO.fullmatch(cleaned):
        return _made(int(match[1]), int(match[2]), int(match[3]))
    if match := _NUMBERS.fullmatch(cleaned):
        first, second = int(match[1]), int(match[2])
        year = _full_year(match[3]) if match[3] else None
        day, month = (second, first) if month_first else (first, second)
        readings = [(day, month), (month, day)]
        found = [_with_year(d, m, year, today) for d, m in readings if _valid(d, m)]
        return found[0] if found else None
    return _in_words(cleaned, today)


def _in_words(cleaned: str, today: date) -> date | None:
    """"24 dec", "24 december 2026", "dec 24 2026", "do 24 dec": a month's name with a day and perhaps a year."""
    cleaned = re.sub(r"[-/.]", " ", cleaned)
    parts = [part for part in _WORDS.findall(cleaned) if part not in WEEKDAYS]
    names = [part for part in parts if not part.isdigit()]
    numbers = [part for part in parts if part.isdigit()]
    if len(names) != 1 or names[0] not in MONTHS or not 1 <= len(numbers) <= 2 or len(parts) != len(names) + \
            len(numbers):
        return None
    if re.sub(r"[a-z\d\s]", "", cleaned):
        return None
    month = MONTHS[names[0]]
    if len(numbers[0]) > 2:
        return None
    day = int(numbers[0])
    year = _full_year(numbers[1]) if len(numbers) == 2 and len(numbers[1]) in (2, 4) else None
    if len(numbers) == 2 and year is None:
        return None
    return _with_year(day, month, year, today) if _valid(day, month) else None


def _full_year(digits: str) -> int:
    return 2000 + int(digits) if len(digits) == 2 else int(digits)


def _valid(day: int, month: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31 and _made(2024, month, day) is not None  # 2024 has 29 February


def _with_year(day: int, month: int, year: int | None, today: date) -> date | None:
    if year is not None:
        return _made(year, month, day)
    for candidate in range(today.year, today.year + 9):  # 29 February: the next leap year
        made = _made(candidate, month, day)
        if made is not None and made >= today:
            return made
    return None


def _made(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
