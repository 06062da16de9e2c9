"""The record of each try to publish a variant."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from models.common import Record


@dataclass(kw_only=True, eq=False, repr=False)
class PublishAttempt(Record):
    """One try to publish a variant, kept as evidence of what happened."""

    variant_id: str
    started_at: datetime
    finished_at: datetime | None = None
    outcome: str = ""
    remote_id: str = ""
    remote_url: str = ""
    error: str = ""
