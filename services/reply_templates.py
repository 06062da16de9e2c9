"""Reply templates: the starter library, search with ranking, use (with the reply log and its figures), and
JSON exchange between municipalities (checked whole before anything is written)."""

from __future__ import annotations

import json
import re
import stat
import statistics
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from importlib.resources import files
from pathlib import Path
from typing import Any

from models.outside_json import TooDeep, read_outside_json
from models.reply import Audience, ReplyLogEntry, ReplyTemplate, TemplateCategory
from models.reply_text import PLACEHOLDERS, add_working_days
from models.staff import StaffMember
from models.validation import LINE_MAX, TEXT_MAX
from services.errors import KnownError, translate
from services.files import write_file_safely
from services.records import refuse_unkeepable
from services.store import Store

LANGUAGES = ("nl", "en", "fr")
EXCHANGE_FORMAT = "omroeper-templates"
EXCHANGE_VERSION = 1  # the newest format version this Omroeper reads and writes
MAX_IMPORT = 2000
MAX_FILE_BYTES = 8 * 1024 * 1024  # 2,000 templates of the largest size fit several times
MAX_TITLE = 200
MAX_BODY = 20_000
MAX_TAGS = 30
MAX_TAG = 60
MAX_PROBLEMS_SHOWN = 20
_FILE_FIELDS = {"format", "version", "templates"}
_TEMPLATE_FIELDS = {"title", "category", "language", "body", "audience", "tags", "key"}  # key: the starter library's
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_ANY_BRACES = re.compile(r"\{([^{}\s]*)\}")  # what the template dialog takes for a placeholder


def starter_templates() -> list[dict[str, Any]]:
    """The starter library as shipped: package data (resources/templates/starter.json), wherever Omroeper is
    installed."""
    starter_file = files("resources") / "templates" / "starter.json"
    return list(json.loads(starter_file.read_text(encoding="utf-8"))["templates"])


STARTERS_LOADED = "replies.starters_loaded"
# The starter library's own namespace: a starter template's id is made from its key in it, so that one starter is
# one record on every laptop (a handover matches records by id). Fixed forever: changing it splits them again.
STARTER_NAMESPACE = "09237b57-72c8-4b75-8b46-16f5ed7c88a3"


def starter_id(key: str) -> str:
    """The record id of the starter template with this key: the same on every laptop (UUID 5 of the key)."""
    import uuid

    return str(uuid.uuid5(uuid.UUID(STARTER_NAMESPACE), key))


def ensure_starters(store: Store) -> int:
    """Loads the starter library once, on the first start; after that the officer's choices (deleting a starter
    too) stand until they ask for "restore starter templates"."""
    if store.get_setting(STARTERS_LOADED):
        return 0
    added = restore_starters(store)
    store.set_setting(STARTERS_LOADED, True)
    return added


def restore_starters(store: Store) -> int:
    """Adds the starter templates that are missing (first start, or deleted); an edited one is never touched.
    Returns how many were added."""
    present = {t.starter_key: t for t in store.find(ReplyTemplate, "starter_key != ''", include_deleted=True)}
    added = 0
    with store.transaction():
        for entry in starter_templates():
            existing = present.get(entry["key"])
            if existing is not None and (existing.deleted_at is None or existing.edited):
                continue
            if existing is not None:  # deleted and never edited: bring it back as shipped
                existing.deleted_at = None
                store.save(existing)
            else:
                store.save(_template_from(entry, starter_key=entry["key"]))
            added += 1
    return added


def _template_from(entry: dict[str, Any], starter_key: str = "") -> ReplyTemplate:
    """A starter (with its key) gets the id its key makes; any other template a new one."""
    template = ReplyTemplate(title=str(entry["title"]).strip(), category=TemplateCategory(entry["category"]),
                             language=str(entry["language"]), body=str(entry["body"]),
                             audience=Audience(entry.get("audience", "public")),
                             tags=[str(tag) for tag in entry.get("tags", [])], starter_key=starter_key)
    if starter_key:
        template.id = starter_id(starter_key)
    return template


def templates_by_title(store: Store) -> list[ReplyTemplate]:
    """Every reply template (deleted ones left out), by title."""
    return store.find(ReplyTemplate, order_by="title")


def delete_template(store: Store, template: ReplyTemplate) -> None:
    """The template leaves the list; the reply log keeps what was answered with it."""
    store.mark_deleted(template)


def count_copy(store: Store, template: ReplyTemplate, now: datetime) -> None:
    """A reply was copied without logging it: only the template's count goes up (it ranks higher in a search)."""
    store.update_fields(template, use_count=template.use_count + 1, last_used_at=now)


def save_template(store: Store, template: ReplyTemplate) -> ReplyTemplate:
    """A starter template the officer changed is marked edited: "restore" leaves it alone from then on. One a
    handover file could not hold (no title, a text too long, too many tags) is refused with the reason
    (services/records.refuse_unkeepable)."""
    if not template.title.strip():
        raise KnownError(translate("Templates", "Give the template a title."))
    refuse_unkeepable("reply_templates", template, [
        (translate("Templates", "The title"), template.title, LINE_MAX),
        (translate("Templates", "The text"), template.body, TEXT_MAX),
        *((translate("Templates", "A tag"), tag, LINE_MAX) for tag in template.tags)])
    if template.starter_key:
        template.edited = True
    return store.save(template)


@dataclass(frozen=True)
class Hit:
    template: ReplyTemplate
    score: float


def search(templates: list[ReplyTemplate], text: str, language: str = "") -> list[ReplyTemplate]:
    """Every word typed must occur in the title, tags, category or body; title and tag matches rank above body
    matches, then the most used. Without words: the most used first."""
    words = [word.lower() for word in text.split() if word.strip()]
    hits = []
    for template in templates:
        if language and template.language != language:
            continue
        title, tags = template.title.lower(), " ".join(template.tags).lower()
        body, category = template.body.lower(), template.category.value.replace("_", " ")
        score = 0.0
        for word in words:
            if word in title:
                score += 10 + (5 if title.startswith(word) else 0)
            elif word in tags or word in category:
                score += 6
            elif word in body:
                score += 1
            else:
                break
        else:
            hits.append(Hit(template, score + min(template.use_count, 50) / 100))
    hits.sort(key=lambda hit: (-hit.score, hit.template.title.lower()))
    return [hit.template for hit in hits]


def record_use(store: Store, template: ReplyTemplate, answerer: StaffMember | None, channel: str,
               received_at: datetime, now: datetime) -> ReplyLogEntry:
    """A reply was copied: the template's count goes up and the reply log gets the response time."""
    with store.transaction():
        store.update_fields(template, use_count=template.use_count + 1, last_used_at=now)
        return store.save(ReplyLogEntry(staff_id=answerer.id if answerer else None, template_id=template.id,
                                        channel=channel.strip(), received_at=min(received_at, now),
                                        answered_at=now))


@dataclass(frozen=True)
class ReplyFigures:
    this_week: int
    this_month: int
    median_response: timedelta | None  # over this month's replies


def reply_figures(store: Store, now: datetime) -> ReplyFigures:
    local = now.astimezone()
    week_start = (local - timedelta(days=local.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
    month_start = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    from models.common import to_utc_text

    month = store.find(ReplyLogEntry, "answered_at >= ?", [to_utc_text(month_start)])
    week = [entry for entry in store.find(ReplyLogEntry, "answered_at >= ?", [to_utc_text(week_start)])]
    waits = [(entry.answered_at - entry.received_at).total_seconds() for entry in month]
    median = timedelta(seconds=statistics.median(waits)) if waits else None
    return ReplyFigures(this_week=len(week), this_month=len(month), median_response=median)


def expected_answer_date(store: Store, today: date, working_days: int) -> date:
    """{date}: so many working days from today, skipping weekends and the municipality's public holidays."""
    from services.holiday_calendar import holidays_between
    from services.preferences import load_municipality

    municipality = load_municipality(store)
    closed = holidays_between(municipality.country, municipality.region, today,
                              today + timedelta(days=working_days * 2 + 30), "en")
    return add_working_days(today, working_days, closed)


# ---- exchange ---------------------------------------------------------------------------------------------------

def export_templates(store: Store, path: Path) -> int:
    templates = store.find(ReplyTemplate, order_by="language, category, title")
    payload = {"format": EXCHANGE_FORMAT, "version": EXCHANGE_VERSION, "templates": [
        {"title": t.title, "category": t.category.value, "language": t.language, "audience": t.audience.value,
         "tags": t.tags, "body": t.body} for t in templates]}
    write_file_safely(path, json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8"))
    return len(templates)


def read_templates(path: Path) -> list[ReplyTemplate]:
    """Parses and checks a template file whole; raises KnownError listing every bad entry. Writes nothing.

    The check is the format's own schema, written out here rather than with a JSON-schema library: the size is
    checked before the file is read, duplicate keys and nesting deeper than the parser takes need hooks into the
    parsing itself, and each problem gets a message in the officer's language, naming the template.
    """
    payload = _parsed(path)
    if not isinstance(payload, dict) or payload.get("format") != EXCHANGE_FORMAT or \
            not isinstance(payload.get("templates"), list):
        raise KnownError(translate("ReplyTemplates", "{name} is not an Omroeper template file.").format(
            name=path.name))
    version = payload.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise KnownError(translate("ReplyTemplates", "{name} has no format version Omroeper knows.").format(
            name=path.name))
    if version > EXCHANGE_VERSION:
        raise KnownError(translate("ReplyTemplates", "{name} was made by a newer Omroeper (format version "
                                                     "{version}); update Omroeper to import it.").format(
            name=path.name, version=version))
    unknown = sorted(set(payload) - _FILE_FIELDS)
    if unknown:
        raise KnownError(translate("ReplyTemplates", "{name} has a field Omroeper does not know: “{field}”.").format(
            name=path.name, field=_shown(unknown[0])))
    if len(payload["templates"]) > MAX_IMPORT:
        raise KnownError(translate("ReplyTemplates", "{name} holds more than {limit} templates.").format(
            name=path.name, limit=MAX_IMPORT))
    templates, problems = [], []
    for number, entry in enumerate(payload["templates"], start=1):
        reason = _problem(entry)
        if reason:
            problems.append(translate("ReplyTemplates", "template {number}: {reason}").format(
                number=number, reason=reason))
        else:
            templates.append(_imported(entry))
    if problems:
        shown = problems[:MAX_PROBLEMS_SHOWN]
        if len(problems) > len(shown):
            hidden = len(problems) - len(shown)
            shown.append(translate("ReplyTemplates", "… and 1 more problem") if hidden == 1 else
                         translate("ReplyTemplates", "… and {count} more problems").format(count=hidden))
        raise KnownError(translate("ReplyTemplates", "Nothing was imported; {name} has problems:").format(
            name=path.name) + "\n" + "\n".join(shown))
    return templates


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refused when a key occurs twice: which of the two counts is not defined."""
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _DuplicateKey(key)
        found[key] = value
    return found


def _no_constant(name: str) -> Any:
    raise ValueError(name)  # NaN and Infinity are no JSON


def _parsed(path: Path) -> Any:
    """The file's JSON, read only when its size fits a template file."""
    unreadable = KnownError(translate("ReplyTemplates", "{name} is not a template file Omroeper can read.").format(
        name=path.name))
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise unreadable
        if info.st_size > MAX_FILE_BYTES:
            raise _too_large(path)
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError:
        raise unreadable from None
    if len(data) > MAX_FILE_BYTES:  # it grew while being read
        raise _too_large(path)
    try:
        return read_outside_json(data.decode("utf-8-sig"), object_pairs_hook=_object, parse_constant=_no_constant)
    except _DuplicateKey as duplicate:
        raise KnownError(translate("ReplyTemplates", "{name} has the key “{key}” twice in one place; Omroeper cannot "
                                                     "tell which one counts.").format(
            name=path.name, key=_shown(duplicate.key))) from None
    except TooDeep:
        raise KnownError(translate("ReplyTemplates", "{name} is nested far deeper than a template file is.").format(
            name=path.name)) from None
    except json.JSONDecodeError as error:
        raise KnownError(translate("ReplyTemplates", "{name} is not a template file Omroeper can read (line "
                                                     "{line}).").format(name=path.name, line=error.lineno)) from None
    except ValueError:  # not UTF-8, NaN, a number of thousands of digits
        raise unreadable from None


def _too_large(path: Path) -> KnownError:
    return KnownError(translate("ReplyTemplates", "{name} is larger than {limit} MB: not a template file.").format(
        name=path.name, limit=MAX_FILE_BYTES // (1024 * 1024)))


def _shown(value: Any) -> str:
    """A value from the file as a message quotes it: on one line, and short."""
    text = value if isinstance(value, str) else json.dumps(value)[:200]
    text = _CONTROL.sub(" ", text)
    return text if len(text) <= 40 else text[:39] + "…"


def _imported(entry: dict[str, Any]) -> ReplyTemplate:
    return ReplyTemplate(title=entry["title"].strip(), category=TemplateCategory(entry["category"]),
                         language=entry["language"], body=entry["body"].strip(),
                         audience=Audience(entry.get("audience", "public")),
                         tags=[tag.strip() for tag in entry.get("tags", []) if tag.strip()])


def _problem(entry: Any) -> str:
    """What keeps one entry out (empty when it may come in): the same rules as the template dialog's, and the
    sizes a template has."""
    if not isinstance(entry, dict):
        return translate("ReplyTemplates", "not a template")
    unknown = sorted(set(entry) - _TEMPLATE_FIELDS)
    if unknown:
        return translate("ReplyTemplates", "unknown field “{field}”").format(field=_shown(unknown[0]))
    for name in ("title", "body", "category", "language", "audience"):
        if name in entry and not isinstance(entry[name], str):
            return translate("ReplyTemplates", "“{field}” must be a text in quotes").format(field=name)
    title, body = entry.get("title", "").strip(), entry.get("body", "").strip()
    if not title:
        return translate("ReplyTemplates", "no title")
    if len(title) > MAX_TITLE:
        return translate("ReplyTemplates", "the title is longer than {limit} characters").format(limit=MAX_TITLE)
    if _CONTROL.search(title):
        return translate("ReplyTemplates", "the title holds a line break or a control character")
    if not body:
        return translate("ReplyTemplates", "no text")
    if len(body) > MAX_BODY:
        return translate("ReplyTemplates", "the text is longer than {limit} characters").format(limit=MAX_BODY)
    if _CONTROL.search(body.replace("\n", "").replace("\t", "").replace("\r", "")):
        return translate("ReplyTemplates", "the text holds a control character")
    unknown_placeholders = [name for name in _ANY_BRACES.findall(body) if name not in PLACEHOLDERS]
    if unknown_placeholders:
        return translate("ReplyTemplates", "unknown placeholder {{{name}}}").format(
            name=_shown(unknown_placeholders[0]))
    if entry.get("category") not in {category.value for category in TemplateCategory}:
        return translate("ReplyTemplates", "unknown category “{value}”").format(value=_shown(entry.get("category")))
    if entry.get("language") not in LANGUAGES:
        return translate("ReplyTemplates", "language must be nl, en or fr")
    if entry.get("audience", "public") not in {audience.value for audience in Audience}:
        return translate("ReplyTemplates", "audience must be public or private")
    tags = entry.get("tags", [])
    if not isinstance(tags, list):
        return translate("ReplyTemplates", "tags must be a list")
    if len(tags) > MAX_TAGS:
        return translate("ReplyTemplates", "more than {limit} tags").format(limit=MAX_TAGS)
    for tag in tags:
        if not isinstance(tag, str):
            return translate("ReplyTemplates", "tags must be texts in quotes")
        if len(tag.strip()) > MAX_TAG:
            return translate("ReplyTemplates", "a tag is longer than {limit} characters").format(limit=MAX_TAG)
        if "," in tag or _CONTROL.search(tag):
            return translate("ReplyTemplates", "a tag holds a comma, a line break or a control character")
    return ""


def import_templates(store: Store, templates: list[ReplyTemplate]) -> int:
    """Adds the templates in one transaction; one with the same title and language as an existing one is skipped."""
    existing = {(t.title.lower(), t.language) for t in store.find(ReplyTemplate)}
    added = 0
    with store.transaction():
        for template in templates:
            if (template.title.lower(), template.language) not in existing:
                store.save(template)
                existing.add((template.title.lower(), template.language))
                added += 1
    return added
