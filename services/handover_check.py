"""The records of a handover file, checked before anything is merged: every value by the same rules as the app's
own editing (models/validation.py), and across the records: ids and image hashes unique, every reference pointing
at a record in the file or on this laptop, a channel text's claim on a network (held by its schedule, sending,
unconfirmed) only where its post and channel fit it (`claim_problem`: the outbox acts on such a claim), an inbox
item said to be answered only with a published answer of its own in the file or on this laptop (`answered_problem`;
whether the network holds that answer is not checkable during an import), no change
later than the file's own time, and a file time that is not ahead of this laptop's clock. One bad record refuses
the whole file, with a message that names it.

The export runs the same checks on its snapshot (without a laptop to point at) and leaves out what fails, so a
file this version writes is one this version takes in.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from models.claims import answer_claim_problem, answered_problem, claim_problem
from models.common import to_utc_text
from models.validation import (
    HAPPENED,
    REFERENCES,
    Fault,
    Problem,
    one_line,
    parse_app_instant,
    record_problems,
    setting_problem,
)
from services.errors import translate

log = logging.getLogger("omroeper")

CLOCK_SKEW = timedelta(days=1)  # how far a file's time may lie ahead of this laptop's clock
_LABELS = {"posts": "title", "staff": "name", "channels": "name", "key_dates": "title",
           "reply_templates": "title", "settings": "key", "media": "file_name"}


@dataclass(frozen=True)
class FileProblem:
    """One record that breaks a rule: which (table, id, how it is called) and what is wrong."""

    table: str
    record_id: str
    label: str
    column: str
    fault: Fault
    detail: str = ""
    key: Any = None  # the id as stored, whatever its type (an export leaves the row out by it)


def table_name(table: str) -> str:
    return {
        "staff": translate("Merge", "staff members"), "signatures": translate("Merge", "signatures"),
        "channels": translate("Merge", "channels"), "key_dates": translate("Merge", "key dates"),
        "absences": translate("Merge", "absences"), "reply_templates": translate("Merge", "reply templates"),
        "media": translate("Merge", "images"), "post_series": translate("Merge", "series"),
        "posts": translate("Merge", "posts"), "variants": translate("Merge", "channel texts"),
        "post_media": translate("Merge", "images in posts"), "settings": translate("Merge", "settings"),
        "post_figures": translate("Merge", "figures of posts"),
        "follower_counts": translate("Merge", "follower counts"),
        "inbox_items": translate("Merge", "inbox messages"), "inbox_answers": translate("Merge", "inbox answers"),
    }.get(table, table)


def _problem(table: str, row: Mapping[str, Any], problem: Problem) -> FileProblem:
    label = row.get(_LABELS.get(table, ""), "")
    return FileProblem(table, str(row.get("id")), one_line(label, 60) if isinstance(label, str) else "",
                       problem.column, problem.fault, problem.detail, row.get("id"))


def file_problems(rows: Mapping[str, list[dict[str, Any]]], *, exported_at: str,
                  local_ids: Mapping[str, set[str]] | None = None,
                  local_rows: Mapping[str, Mapping[str, Mapping[str, Any]]] | None = None) -> list[FileProblem]:
    """Every record of `rows` (table -> rows) that breaks a rule, at most one problem per record. `local_ids`
    (table -> ids on this laptop) are what a reference may point at besides the file's own records; `local_rows`
    (table -> id -> row on this laptop) also say what a channel text's post and channel are when the file does not
    hold them (for its claim on a network, `claim_problem`)."""
    if local_ids is None and local_rows is not None:
        local_ids = {table: set(table_rows) for table, table_rows in local_rows.items()}
    found: list[FileProblem] = []
    bad: set[tuple[str, str]] = set()
    ids: dict[str, set[str]] = {}
    for table, table_rows in rows.items():
        ids[table] = set()
        for row in table_rows:
            problems = record_problems(table, row)
            if not problems and row["id"] in ids[table]:
                problems = [Problem("id", Fault.DUPLICATE)]
            if not problems:
                problems = [Problem(column, Fault.LATER_THAN_FILE, row[column]) for column in HAPPENED
                            if isinstance(row.get(column), str) and row[column] > exported_at][:1]
            if not problems and table == "settings":
                problems = _setting_problems(row)
            if problems:
                found.append(_problem(table, row, problems[0]))
                bad.add((table, str(row.get("id"))))
            ids[table].add(row["id"])
    found += _unique(rows, "settings", "key", bad) + _unique(rows, "media", "sha256", bad)
    found += _one_text_per_channel(rows, bad)
    for table, references in REFERENCES.items():
        for row in rows.get(table, ()):
            if (table, str(row.get("id"))) in bad:
                continue
            for column, target in references:
                value = row.get(column)
                if value is not None and value not in ids.get(target, ()) and (
                        local_ids is None or value not in local_ids.get(target, ())):
                    found.append(_problem(table, row, Problem(column, Fault.DANGLING, table_name(target))))
                    bad.add((table, str(row.get("id"))))
                    break
    found += _claims(rows, local_rows or {}, bad)
    found += _answered(rows, local_rows or {}, bad)
    return found


def _answered(rows: Mapping[str, list[dict[str, Any]]], local_rows: Mapping[str, Mapping[str, Mapping[str, Any]]],
              bad: set[tuple[str, str]]) -> list[FileProblem]:
    """Inbox answers that claim to be out without what the outbox writes then, and inbox items that say they
    were answered without a published answer of theirs in the file or on this laptop (`answered_problem`)."""
    answers = {**local_rows.get("inbox_answers", {}), **{row["id"]: row for row in rows.get("inbox_answers", ())}}
    found = []
    for row in rows.get("inbox_answers", ()):
        problem = answer_claim_problem(row) if ("inbox_answers", str(row.get("id"))) not in bad else None
        if problem is not None:
            found.append(_problem("inbox_answers", row, problem))
            bad.add(("inbox_answers", str(row.get("id"))))
    for row in rows.get("inbox_items", ()):
        if ("inbox_items", str(row.get("id"))) in bad:
            continue
        answer_id = row.get("answer_id")
        answer = answers.get(answer_id) if isinstance(answer_id, str) and (
            "inbox_answers", answer_id) not in bad else None
        problem = answered_problem(row, answer)
        if problem is not None:
            found.append(_problem("inbox_items", row, problem))
    return found


def _claims(rows: Mapping[str, list[dict[str, Any]]], local_rows: Mapping[str, Mapping[str, Mapping[str, Any]]],
            bad: set[tuple[str, str]]) -> list[FileProblem]:
    """The channel texts whose claim on a network does not fit their post and channel (the file's own record of
    each, else this laptop's)."""
    posts = {row["id"]: row for row in rows.get("posts", ())}
    channels = {row["id"]: row for row in rows.get("channels", ())}
    found = []
    for row in rows.get("variants", ()):
        if ("variants", str(row.get("id"))) in bad:
            continue
        post_id, channel_id = str(row.get("post_id")), str(row.get("channel_id"))
        post = posts.get(post_id) or local_rows.get("posts", {}).get(post_id)
        channel = channels.get(channel_id) or local_rows.get("channels", {}).get(channel_id)
        problem = claim_problem(row, post, channel)
        if problem is not None:
            found.append(_problem("variants", row, problem))
    return found


def _setting_problems(row: Mapping[str, Any]) -> list[Problem]:
    problem = setting_problem(row["key"], json.loads(row["value"]))
    return [Problem("value", *problem)] if problem else []


def _unique(rows: Mapping[str, list[dict[str, Any]]], table: str, column: str,
            bad: set[tuple[str, str]]) -> list[FileProblem]:
    seen: set[Any] = set()
    found = []
    for row in rows.get(table, ()):
        if (table, str(row.get("id"))) in bad:
            continue
        if row[column] in seen:
            found.append(_problem(table, row, Problem(column, Fault.DUPLICATE)))
            bad.add((table, str(row.get("id"))))
        seen.add(row[column])
    return found


def _one_text_per_channel(rows: Mapping[str, list[dict[str, Any]]], bad: set[tuple[str, str]]) -> list[FileProblem]:
    """A post has one channel text per channel (the composer keeps it so): two would both be sent."""
    seen: set[tuple[Any, Any]] = set()
    found = []
    for row in rows.get("variants", ()):
        if ("variants", str(row.get("id"))) in bad or row.get("deleted_at") is not None:
            continue
        pair = (row.get("post_id"), row.get("channel_id"))
        if pair in seen:
            found.append(_problem("variants", row, Problem("channel_id", Fault.DUPLICATE)))
            bad.add(("variants", str(row.get("id"))))
        seen.add(pair)
    return found


def check_clock(source_name: str, exported_at: str, now: datetime) -> str | None:
    """A message when the file's own time lies more than a day ahead of this laptop's clock, else None."""
    made = parse_app_instant(exported_at)
    if made is None or made <= now + CLOCK_SKEW:
        return None
    return translate("HandoverCheck", "{name} cannot be imported: it was made on {made} by the clock of the laptop "
                                      "that made it, more than a day after this laptop's clock ({now}). One of the "
                                      "two clocks is wrong: set the date and time right on that laptop (or this "
                                      "one), make the file again and import that. Nothing was changed.").format(
        name=source_name, made=_when(exported_at), now=_when(to_utc_text(now)))


def _when(instant: str) -> str:
    """An instant of the file as the interface writes it, on this laptop's clock (the clocks are what is wrong)."""
    from services.i18n import moment_text  # Qt's locale, only for this message

    moment = parse_app_instant(instant)
    return moment_text(moment, None) if moment else instant[:40]


def describe(problem: FileProblem, source_name: str, exported_at: str) -> str:
    """The refusal, naming the record (table, how it is called, its id) and what is wrong."""
    shown_id = one_line(problem.record_id, 40)
    record = (translate("HandoverCheck", "{table} “{label}” (id {id})").format(
        table=table_name(problem.table), label=problem.label, id=shown_id) if problem.label else
        translate("HandoverCheck", "{table} with id {id}").format(table=table_name(problem.table), id=shown_id))
    if problem.fault is Fault.LATER_THAN_FILE:
        return translate("HandoverCheck", "{name} cannot be imported: {record} was changed on {when} ({column}), "
                                          "after the file was made ({made}). The clock of the laptop that made the "
                                          "file is wrong: set its date and time right, make the file again and "
                                          "import that. Nothing was changed.").format(
            name=source_name, record=record, when=_when(problem.detail), column=problem.column,
            made=_when(exported_at))
    return translate("HandoverCheck", "{name} cannot be imported: {record}: {what}. Nothing was changed.").format(
        name=source_name, record=record, what=describe_fault(problem.column, problem.fault, problem.detail))


def describe_fault(column: str, fault: Fault, detail: str) -> str:
    """What is wrong with a column's value, in words."""
    texts = {
        Fault.MISSING: translate("HandoverCheck", "“{column}” is empty"),
        Fault.BLANK: translate("HandoverCheck", "“{column}” is blank"),
        Fault.NOT_TEXT: translate("HandoverCheck", "“{column}” is not text"),
        Fault.TOO_LONG: translate("HandoverCheck", "“{column}” is longer than {detail} characters"),
        Fault.NOT_WHOLE_NUMBER: translate("HandoverCheck", "“{column}” is not a whole number"),
        Fault.OUT_OF_RANGE: translate("HandoverCheck", "“{column}” is not between {detail}"),
        Fault.UNKNOWN_CHOICE: translate("HandoverCheck", "“{column}” is “{detail}”, which Omroeper does not know"),
        Fault.NOT_INSTANT: translate("HandoverCheck", "“{column}” (“{detail}”) is not a date and time as Omroeper "
                                                      "writes it"),
        Fault.NOT_DAY: translate("HandoverCheck", "“{column}” (“{detail}”) is not a date (YYYY-MM-DD)"),
        Fault.NOT_LOCAL_TIME: translate("HandoverCheck", "“{column}” (“{detail}”) is not a date and time"),
        Fault.TIME_OUT_OF_RANGE: translate("HandoverCheck", "“{column}” (“{detail}”) lies outside 1970–2200"),
        Fault.NOT_ID: translate("HandoverCheck", "“{column}” (“{detail}”) is not an id Omroeper makes"),
        Fault.NOT_TEXT_LIST: translate("HandoverCheck", "“{column}” is not a list of texts"),
        Fault.NOT_JSON: translate("HandoverCheck", "“{column}” is damaged"),
        Fault.NOT_RULE: translate("HandoverCheck", "“{column}” (“{detail}”) is not a repeat rule Omroeper writes"),
        Fault.NOT_ZONE: translate("HandoverCheck", "“{column}” (“{detail}”) is not a time zone"),
        Fault.NOT_LANGUAGE: translate("HandoverCheck", "“{column}” (“{detail}”) is not a language code"),
        Fault.NOT_ADDRESS: translate("HandoverCheck", "“{column}” (“{detail}”) is not an https address (http only "
                                                      "for this computer, never with a name or password)"),
        Fault.NOT_LINK: translate("HandoverCheck", "“{column}” (“{detail}”) is not a web link"),
        Fault.NOT_IMAGE_NAME: translate("HandoverCheck", "“{column}” (“{detail}”) is not an image name Omroeper "
                                                         "gives (the SHA-256 of the image and its type)"),
        Fault.NOT_HASH: translate("HandoverCheck", "“{column}” is not a SHA-256"),
        Fault.NOT_SETTING_KEY: translate("HandoverCheck", "“{column}” (“{detail}”) is not a setting Omroeper has"),
        Fault.NAME_NOT_CONTENT: translate("HandoverCheck", "its file name (“{detail}”) does not say its SHA-256 "
                                                           "and type"),
        Fault.ENDS_BEFORE_START: translate("HandoverCheck", "it ends before it starts"),
        Fault.OWN_STANDIN: translate("HandoverCheck", "it names someone as their own stand-in"),
        Fault.DANGLING: translate("HandoverCheck", "“{column}” points at {detail} that are neither in the file nor "
                                                   "on this laptop"),
        Fault.CLAIM_WITHOUT_ID: translate("HandoverCheck", "it says a network's schedule holds it, without “{column}”"),
        Fault.CLAIM_NOT_SCHEDULED: translate("HandoverCheck", "it says a network holds it or it is being sent "
                                                              "there, while its post is not scheduled"),
        Fault.CLAIM_NO_SCHEDULE: translate("HandoverCheck", "it says {detail}'s schedule holds it, but {detail} "
                                                            "keeps no schedule of Omroeper's posts"),
        Fault.CLAIM_NOT_SENT: translate("HandoverCheck", "it says {detail} holds it or it is being sent there, but "
                                                         "Omroeper does not send to {detail}"),
        Fault.ANSWERED_WITHOUT_ANSWER: translate("HandoverCheck", "it says it was answered, but “{column}” does "
                                                                  "not name a published answer of it in the file "
                                                                  "or on this laptop"),
        Fault.DUPLICATE: translate("HandoverCheck", "“{column}” appears twice in the file"),
        Fault.LATER_THAN_FILE: translate("HandoverCheck", "“{column}” lies after the file was made"),
    }
    return texts[fault].format(column=column, detail=detail)


def log_problems(source_name: str, problems: Iterable[FileProblem]) -> None:
    for problem in problems:
        log.warning("handover %s refused: %s %s: %s %s %s", source_name, problem.table, problem.record_id,
                    problem.column, problem.fault.value, problem.detail)
