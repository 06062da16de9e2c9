"""What every network client takes and gives back, and the one error type the outbox acts on."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from models.validation import EARLIEST, LATEST
from services.errors import KnownError

if TYPE_CHECKING:
    from models.channel import ImageLimits

# A rate limit whose reset time is missing, unreadable, past or absurd: wait this long instead.
FALLBACK_WAIT = timedelta(minutes=10)
LONGEST_WAIT = timedelta(days=1)  # a reset further ahead than this is not believed


@dataclass(frozen=True)
class Image:
    """An image as it goes out: its bytes (read before anything is sent, so a missing file never leaves a post
    half sent), its type and its alt text."""

    name: str
    mime_type: str
    alt_text: str
    data: bytes = field(repr=False, default=b"")
    width: int = 0  # in pixels, 0 when not known
    height: int = 0

    @classmethod
    def read(cls, path: Path, mime_type: str, alt_text: str, width: int = 0, height: int = 0) -> Image:
        return cls(path.name, mime_type, alt_text, path.read_bytes(), width, height)


@dataclass(frozen=True)
class ReplyTo:
    """What an answer to a resident's message needs to reach that person, threaded under the message: the
    message's id (Bluesky: its uri and cid, and the thread's top as reply.root), its visibility (kept: a private
    message is answered privately), and its author (the @acct a Mastodon answer starts with, the DID of a Bluesky
    mention, the page-scoped id a Messenger answer goes to). `private`: taken to a private message."""

    remote_id: str
    visibility: str = "public"
    author_handle: str = ""
    author_ref: str = ""
    remote_cid: str = ""
    root: tuple[str, str] | None = None  # Bluesky (uri, cid) of the thread's top; None: the message is the top
    private: bool = False
    kind: str = "reply"


@dataclass(frozen=True)
class PublishRequest:
    """One variant on its way: the text as it goes out, its images, and the key that makes a retry safe. An
    answer to a resident carries `reply` (services/inbox_sending.py)."""

    text: str
    language: str
    idempotency_key: str
    images: tuple[Image, ...] = field(default_factory=tuple)
    scheduled_at: datetime | None = None  # hand over to the network's own scheduling (where it has one)
    reply: ReplyTo | None = None


@dataclass(frozen=True)
class Incoming:
    """A resident's message as a network gives it (services/inbox_sync.py stores it as an InboxItem)."""

    remote_id: str
    kind: str  # "reply", "mention", "message"
    created_at: datetime
    text: str
    source: str
    author_name: str = ""
    author_handle: str = ""
    author_ref: str = ""
    url: str = ""
    remote_cid: str = ""
    visibility: str = "public"
    answers_remote_id: str = ""
    conversation_key: str = ""
    thread_root: tuple[str, str] | None = None
    images: tuple[tuple[str, str], ...] = ()  # (url, alt)
    edited_at: datetime | None = None


@dataclass
class Fetched:
    """One account's new messages since `cursor` (every page read), the cursor to start from next time, and the
    messages the network says are gone (deleted by their authors)."""

    items: list[Incoming] = field(default_factory=list)
    cursor: str = ""
    gone: list[str] = field(default_factory=list)
    edited: list[Incoming] = field(default_factory=list)
    reached_back_to: datetime | None = None  # a fetch that stopped at its page cap with older ones left: how far back
    out_of_time: bool = False  # the fetch's time ran out after some pages: what they held is here, the rest is not


@dataclass(frozen=True)
class Published:
    """The network's answer: its id for the post (or for the scheduled post) and where to see it. An id or address
    that could not be stored and handed over as the app's own records are (too long, a lone surrogate, a link that
    is not http(s)) raises UnkeepableAnswer: such an answer proves nothing, so the outcome stays unknown."""

    remote_id: str
    url: str = ""
    scheduled: bool = False
    published_at: datetime | None = None  # when the network says it went out, where it says so

    def __post_init__(self) -> None:
        from models.outside_json import is_storable
        from models.validation import link_problem

        if not isinstance(self.remote_id, str) or not 0 < len(self.remote_id) <= REMOTE_ID_MAX \
                or not is_storable(self.remote_id) or link_problem(self.url) is not None:
            raise UnkeepableAnswer(f"an id or address that cannot be kept: {self.remote_id[:40]!r} {self.url[:60]!r}")


REMOTE_ID_MAX = 1000  # far above any network's ids (Bluesky's at:// URIs are under 200 characters)


class UnkeepableAnswer(ValueError):
    """A network's id or address for a post that Omroeper cannot store: not a proof of anything."""


@dataclass(frozen=True)
class ScheduledCheck:
    """What a network says about a post handed to its own schedule whose time has come: published (with where to
    see it), gone without being published (with the network's reason), still held, or not to be told (`unknown`,
    with why: the network no longer holds it, and its list of posts could not be read back far enough to find it
    or to prove it is not there)."""

    published: Published | None = None
    gone: str = ""
    unknown: str = ""

    @property
    def still_held(self) -> bool:
        return self.published is None and not self.gone and not self.unknown


@dataclass(frozen=True)
class ScheduledCopy:
    """What a network holds in its own schedule under an id, as it says: the text, the time, and whether it is
    still waiting there (False: it is published, or it is not a scheduled post at all). The outbox removes only a
    copy it recognises as its own from this."""

    text: str
    waiting: bool
    scheduled_at: datetime | None = None


@dataclass(frozen=True)
class Account:
    """Whose token it is: the network's own id for the account (Mastodon's account id, Bluesky's DID, the
    Facebook page's id, the LinkedIn organization's id) and how a person knows it ("@gemeente", the page's name)."""

    id: str
    name: str


@dataclass(frozen=True)
class AccountInfo:
    """What "Test connection" shows (and what the outbox keeps of it: the account's image limits, and whose
    token it is)."""

    name: str
    max_characters: int | None = None
    token_expires_at: datetime | None = None
    image_limits: ImageLimits | None = None
    account: Account | None = None


class Failure(Enum):
    TOKEN = "token"  # invalid, expired or revoked: stop this account's queue, one message
    MOVED = "moved"  # the server answered with a redirect: stop this account's queue until its address is checked
    THROTTLED = "throttled"  # the network asks to wait until retry_at: this account sends nothing more this run
    TEMPORARY = "temporary"  # certainly not sent (offline, nothing left this laptop), or a look-up failed: later
    REFUSED = "refused"  # the network's documented answer refused the post (too long, bad image): the officer
    UNKNOWN = "unknown"  # the post went out but no answer proves what happened: it may or may not be published
    OUT_OF_TIME = "out_of_time"  # the run's time was up, so this request never started: the next run goes on


class PublishError(KnownError):
    """A network's "no", with what it means for the outbox and a message a person can act on."""

    def __init__(self, failure: Failure, message: str, retry_at: datetime | None = None) -> None:
        super().__init__(message)
        self.failure = failure
        self.retry_at = retry_at
        self.status: int | None = None  # the HTTP status, where there was one
        self.code = ""  # the network's own name for the error, where it gave one
        self.location = ""  # for MOVED: where the server says it moved (its Location header, as sent)


def server_instant(value: object) -> datetime | None:
    """A time a server's answer holds (ISO 8601 with its zone, "Z" or "+0000" as the networks write it), in UTC;
    None for anything else: no text, no zone, no date, or a date outside 1970-2200. Such a time is a wrong clock
    or a crafted answer; a resident's own app sets a Bluesky post's time, and a year 1 or 9999 in one reply
    broke the whole fetch of the inbox, at every sync. Each caller says what a message without a time becomes
    (the server's own time, or the time it was fetched: a message is never left out for its clock)."""
    if not isinstance(value, str) or not 10 <= len(value) <= 40:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            return None
        moment = moment.astimezone(UTC)
    except (ValueError, OverflowError):
        return None
    return moment if EARLIEST <= moment < LATEST else None


def sane_retry_at(reset: datetime | None, now: datetime) -> datetime:
    """When to try again after a rate limit: the network's reset time where it is believable, else
    FALLBACK_WAIT from now (a reset that is missing, in the past or more than a day ahead is not believed)."""
    if reset is None or reset <= now or reset - now > LONGEST_WAIT:
        return now + FALLBACK_WAIT
    return reset


class NetworkClient(Protocol):
    # True where find_published's None proves the post is not there (Bluesky: no record at its key), so a post that
    # is too late to send after all can wait for the officer as "overdue" instead of "unconfirmed".
    absence_is_proof: bool

    def new_key(self) -> str:
        """A fresh idempotency key in the form the network needs (Bluesky: a record key TID)."""
        ...

    def who_am_i(self) -> AccountInfo: ...

    def account(self) -> Account:
        """Whose token this is, as the network says (one request at most per client: the answer is kept). The
        outbox compares it with the account the channel was set up for before it sends or takes back anything."""
        ...

    def publish(self, request: PublishRequest) -> Published: ...

    def scheduled_copy(self, remote_id: str) -> ScheduledCopy | None:
        """What the network's schedule holds under this id; None when it holds nothing there (any more)."""
        ...

    def cancel_scheduled(self, remote_id: str) -> None:
        """Deletes what the network holds under this id. Called only for a copy the outbox recognised as its own
        (scheduled_copy): on Facebook the same call deletes any object of the page."""
        ...

    def safe_to_resend(self, request: PublishRequest, first_sent: datetime, now: datetime) -> bool:
        """True when sending the same request again cannot make a second post (the network recognises it)."""
        ...

    def find_published(self, request: PublishRequest, since: datetime) -> Published | None:
        """The post if the network shows it among the account's recent (or scheduled) posts, else None. None
        proves nothing where the network's lists may lag. Raises PublishError when it cannot look."""
        ...

    def check_scheduled(self, remote_id: str, request: PublishRequest) -> ScheduledCheck:
        """For a post handed to the network's schedule whose time has come: did the network publish it?"""
        ...
