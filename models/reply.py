"""Reply templates and the log of replies given."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from models.common import Record


class TemplateCategory(StrEnum):
    QUESTION = "question"
    PROBLEM_REPORT = "problem_report"
    COMPLAINT = "complaint"
    THANKS = "thanks"
    EVENT = "event"
    NEGATIVE = "negative"
    LOOKING_INTO_IT = "looking_into_it"
    TO_PRIVATE = "to_private"
    APOLOGY = "apology"
    OUT_OF_OFFICE = "out_of_office"


class Audience(StrEnum):
    PUBLIC = "public"  # a public comment: no personal data
    PRIVATE = "private"  # a private message


@dataclass(kw_only=True, eq=False, repr=False)
class ReplyTemplate(Record):
    title: str
    category: TemplateCategory
    language: str
    body: str
    audience: Audience = Audience.PUBLIC
    tags: list[str] = field(default_factory=list)
    use_count: int = 0
    last_used_at: datetime | None = None
    starter_key: str = ""  # set on templates from the starter library
    edited: bool = False


@dataclass(kw_only=True, eq=False, repr=False)
class ReplyLogEntry(Record):
    """One reply given: when the resident wrote and when we answered gives the response time."""

    staff_id: str | None
    template_id: str | None
    channel: str
    received_at: datetime
    answered_at: datetime
