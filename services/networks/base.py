"""What every network client takes and gives back, and the one error type the outbox acts on."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Protocol

import requests

from services.errors import KnownError

CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 60.0


@dataclass(frozen=True)
class Image:
    path: Path
    mime_type: str
    alt_text: str


@dataclass(frozen=True)
class PublishRequest:
    """One variant on its way: the text as it goes out, its images, and the key that makes a retry safe."""

    text: str
    language: str
    idempotency_key: str
    images: tuple[Image, ...] = field(default_factory=tuple)
    scheduled_at: datetime | None = None  # hand over to the network's own scheduling (where it has one)


@dataclass(frozen=True)
class Published:
    """The network's answer: its id for the post (or for the scheduled post) and where to see it."""

    remote_id: str
    url: str = ""
    scheduled: bool = False


@dataclass(frozen=True)
class AccountInfo:
    """What "Test connection" shows."""

    name: str
    max_characters: int | None = None
    token_expires_at: datetime | None = None


class Failure(Enum):
    TOKEN = "token"  # invalid, expired or revoked: stop this account's queue, one message
    THROTTLED = "throttled"  # wait until retry_at
    TEMPORARY = "temporary"  # offline, 5xx: try again later
    REFUSED = "refused"  # the network refused the content (too long, bad image): needs the officer
    UNKNOWN = "unknown"  # the request went out but no answer came: it may or may not be published


class PublishError(KnownError):
    """A network's "no", with what it means for the outbox and a message a person can act on."""

    def __init__(self, failure: Failure, message: str, retry_at: datetime | None = None) -> None:
        super().__init__(message)
        self.failure = failure
        self.retry_at = retry_at
        self.status: int | None = None  # the HTTP status, where there was one


def not_sent(error: requests.RequestException) -> bool:
    """True when the request never reached the server (no connection made), so nothing can have been posted."""
    if isinstance(error, requests.ConnectTimeout):
        return True
    if isinstance(error, requests.ConnectionError):
        seen: set[int] = set()
        pending: list[BaseException | None] = [error]
        while pending:
            current = pending.pop()
            if current is None or id(current) in seen:
                continue
            seen.add(id(current))
            name = type(current).__name__
            if name in ("NewConnectionError", "NameResolutionError", "ConnectTimeoutError"):
                return True
            pending.extend([getattr(current, "reason", None), current.__cause__, current.__context__])
            pending.extend(arg for arg in getattr(current, "args", ()) if isinstance(arg, BaseException))
    return False


class NetworkClient(Protocol):
    def new_key(self) -> str:
        """A fresh idempotency key in the form the network needs (Bluesky: a record key TID)."""
        ...

    def who_am_i(self) -> AccountInfo: ...

    def publish(self, request: PublishRequest) -> Published: ...

    def cancel_scheduled(self, remote_id: str) -> None: ...

    def safe_to_resend(self, request: PublishRequest, first_sent: datetime, now: datetime) -> bool:
        """True when sending the same request again cannot make a second post (the network recognises it)."""
        ...

    def find_published(self, request: PublishRequest, since: datetime) -> Published | None:
        """For networks without idempotency: the post if it is among the page's recent (or scheduled) posts,
        None when it is certainly not there. Raises PublishError when that cannot be decided."""
        ...
