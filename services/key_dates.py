"""The key dates of a date range: the municipality's own (council meetings, market, waste collection) and the
world and awareness days the app ships for its country (resources/key_dates/).

How a shipped set is kept: not copied into the store. Each of its dates is read from the resource file as a key
date with an id derived from the set and its key (written in the file; a test checks the derivation), and the
store holds only what the officer changed of one (an edit, or switching it off), as a record under that same id.
So the same world day is the same record on every laptop, a handover brings a change of it across without a
second copy, a start needs no writing (a read-only data file, or a laptop where the country is not chosen yet,
shows them too), and a date corrected in a later version reaches every laptop where it was not changed. The
whole set is switched off with one setting of this laptop (a handover brings each world day the officer switched
off or changed, not this switch).
"""

from __future__ import annotations

import functools
import json
import uuid
from datetime import date, timedelta
from importlib.resources import files
from typing import Any

from models.planning import KeyDate, KeyDateKind, nth_weekday, yearly_days
from models.recurrence import Recurrence, dates_between
from models.settings import Country
from services.store import Store

AWARENESS_SETS = {Country.NL: "awareness_nl", Country.BE: "awareness_be"}
AWARENESS_SHOWN = "key_dates.awareness_shown"  # False: the whole shipped set is switched off
# The namespace of the shipped key dates' ids: uuid5(NAMESPACE_URL, "https://omroeper.invalid/key-dates/shipped").
# Fixed for ever, or two versions of the app would make two records of one world day.
SHIPPED_NAMESPACE = "54641948-6b4b-5238-a628-50b3ad3a1c81"
SHIPPED_FROM_YEAR = 2020  # a shipped date's first day is its day in this year: the calendar shows it from then on
_DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_MAX_DAYS = 366


def shipped_id(source: str, key: str) -> str:
    """The id of a shipped key date: the same on every laptop and in every version."""
    return str(uuid.uuid5(uuid.UUID(SHIPPED_NAMESPACE), f"{source}/{key}"))


@functools.cache
def shipped_entries(source: str) -> tuple[dict[str, Any], ...]:
    """The entries of a shipped set as the resource file holds them (read once per process): package data
    (resources/key_dates), wherever Omroeper is installed."""
    set_file = files("resources") / "key_dates" / f"{source}.json"
    document = json.loads(set_file.read_text(encoding="utf-8"))
    return tuple(document["key_dates"])


def _first_day(rule: dict[str, Any]) -> date:
    if "weekday" in rule:
        return nth_weekday(SHIPPED_FROM_YEAR, rule["month"], _DAY_CODES.index(rule["weekday"]), rule["nth"])
    return date(SHIPPED_FROM_YEAR, rule["month"], rule["day"])


def _rule_text(rule: dict[str, Any]) -> str:
    """The entry's rule as the app stores rules (models.recurrence.Recurrence.to_text's form)."""
    if "weekday" in rule:
        return f"FREQ=YEARLY;BYMONTH={rule['month']};BYDAY={rule['nth']:+d}{rule['weekday']}"
    return "FREQ=YEARLY"


def shipped_key_date(source: str, entry: dict[str, Any], language: str) -> KeyDate:
    """A shipped entry as a key date, titled in `language` ("nl" or "en"; Dutch when it has no such title)."""
    titles, notes = entry["title"], entry.get("note", {})
    return KeyDate(id=entry.get("id") or shipped_id(source, entry["key"]),
                   title=titles.get(language) or titles["nl"], kind=KeyDateKind(entry.get("kind", "topical")),
                   on_date=_first_day(entry["rule"]), rrule=_rule_text(entry["rule"]),
                   notes=notes.get(language) or notes.get("nl", ""), days=int(entry.get("days", 1)),
                   source=source, starter_key=entry["key"])


def _shipped_days(entry: dict[str, Any], start: date, end: date) -> list[date]:
    """The first days of a shipped entry's occurrences in [start, end], without parsing a rule."""
    rule = entry["rule"]
    if "weekday" in rule:
        return yearly_days(_first_day(rule), start, end, month=rule["month"],
                           weekday=_DAY_CODES.index(rule["weekday"]), nth=rule["nth"])
    return yearly_days(_first_day(rule), start, end)


def awareness_shown(store: Store) -> bool:
    return store.get_setting(AWARENESS_SHOWN, True) is not False


def set_awareness_shown(store: Store, shown: bool) -> None:
    store.set_setting(AWARENESS_SHOWN, shown)


def all_key_dates(store: Store, country: Country, language: str, *, with_set: bool = True) -> list[KeyDate]:
    """Every key date, for the list of them: the officer's own, and the country's shipped set (each as the
    officer changed it, or as shipped), switched-off ones included; by title within date."""
    stored = store.find(KeyDate, include_deleted=True)
    found = [key_date for key_date in stored if key_date.deleted_at is None and not key_date.shipped]
    if with_set:
        source = AWARENESS_SETS[country]
        changed = {(k.source, k.starter_key): k for k in stored if k.shipped}
        for entry in shipped_entries(source):
            mine = changed.get((source, entry["key"]))
            if mine is None:
                found.append(shipped_key_date(source, entry, language))
            elif mine.deleted_at is None:
                found.append(mine)
    return sorted(found, key=lambda key_date: (key_date.on_date, key_date.title))


def key_dates_between(store: Store, start: date, end: date, *, country: Country | None = None,
                      language: str = "nl") -> list[tuple[date, KeyDate]]:
    """Each key date's days in [start, end] (recurring ones expanded, one of several days on each of them), in
    date order; switched-off ones left out. With `country`, its shipped world days too (unless the whole set is
    switched off)."""
    found: list[tuple[date, KeyDate]] = []
    stored = store.find(KeyDate, "on_date <= ? OR source != ''", [end.isoformat()], include_deleted=True)
    changed: set[tuple[str, str]] = set()
    source = AWARENESS_SETS[country] if country is not None and awareness_shown(store) else None
    for key_date in stored:
        if key_date.shipped:
            changed.add((key_date.source, key_date.starter_key))
            if key_date.source != source:
                continue  # the set is off, or this is another country's
        if key_date.deleted_at is not None or not key_date.enabled or key_date.on_date > end:
            continue
        found.extend((day, key_date) for day in _days_of(key_date, start, end))
    if source is not None:
        for entry in shipped_entries(source):
            if (source, entry["key"]) in changed:
                continue
            length = max(1, min(int(entry.get("days", 1)), _MAX_DAYS))
            first_days = _shipped_days(entry, start - timedelta(days=length - 1), end)
            if first_days:
                key_date = shipped_key_date(source, entry, language)
                found.extend((day, key_date) for day in _spread(first_days, length, start, end))
    return sorted(found, key=lambda pair: (pair[0], pair[1].title))


def _days_of(key_date: KeyDate, start: date, end: date) -> list[date]:
    length = max(1, min(key_date.days, _MAX_DAYS))  # a damaged row cannot make a calendar walk for ever
    reach = start - timedelta(days=length - 1)  # an occurrence that began before the range and lasts into it
    if not key_date.rrule:
        first_days = [key_date.on_date] if reach <= key_date.on_date <= end else []
    else:
        first_days = dates_between(Recurrence.from_text(key_date.rrule), key_date.on_date, reach, end)
    return _spread(first_days, length, start, end)


def _spread(first_days: list[date], length: int, start: date, end: date) -> list[date]:
    """Every day in [start, end] of occurrences that begin on `first_days` and last `length` days, each day once
    (a daily date lasting a week covers a day seven times over)."""
    days: set[date] = set()
    for first in first_days:  # only the offsets that fall in the range: a 366-day date is not walked whole
        days.update(first + timedelta(days=offset)
                    for offset in range(max(0, (start - first).days), min(length, (end - first).days + 1)))
    return sorted(days)


def save_key_date(store: Store, key_date: KeyDate) -> KeyDate:
    """Stores a key date; a shipped one is stored from then on as the officer changed it (under its own id)."""
    return store.save(key_date)


def remove_key_date(store: Store, key_date: KeyDate) -> None:
    """The officer's own key date is deleted; a shipped one cannot be: it is switched off (and stays listed)."""
    if key_date.shipped:
        key_date.enabled = False
        store.save(key_date)
    else:
        store.mark_deleted(key_date)
