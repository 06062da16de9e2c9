"""Mastodon: statuses with an Idempotency-Key, media with alt text (v2 upload, waiting while the server processes
it), the server's own scheduling, the instance's character and image limits, and looking on the account itself
whether a post whose answer was lost (or that the server's schedule held) is there.

Looking on the account pages back through its statuses (40 a page, older pages by max_id as the Link header
names them) until they are older than the post's time by a margin, at most MAX_PAGES pages a run; the pages read
are kept for the rest of the run, so fifty posts confirmed after a holiday cost those pages once. A post not found
within that bound is "not to be told" (the officer decides), never "deleted there"."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import requests

from models.channel import IMAGE_LIMITS, ImageLimits, Network
from models.common import utc_now
from services.errors import translate
from services.networks.base import (
    Account,
    AccountInfo,
    Failure,
    Fetched,
    Image,
    Incoming,
    Published,
    PublishError,
    PublishRequest,
    ScheduledCheck,
    ScheduledCopy,
    sane_retry_at,
    server_instant,
)
from services.networks.http import Answer, BadAnswer, Wire

# The server remembers an Idempotency-Key for about an hour after the status was made; a resend within this window
# returns the same status. The margin covers a slow first request and clocks that differ a little.
IDEMPOTENCY_WINDOW = timedelta(minutes=50)
# scheduled_at must be at least 5 minutes ahead; a margin keeps a slow upload from crossing that line.
MIN_SCHEDULE_AHEAD = timedelta(minutes=10)
MEDIA_POLLS = 30
LOOK_BACK = timedelta(minutes=5)  # a status made this long before the first attempt is not ours
PAGE_SIZE = 40  # the most statuses Mastodon gives in one page
MAX_PAGES = 20  # pages of an account's statuses read back in one run (800 statuses: weeks of a busy account)
PAST_MARGIN = timedelta(hours=1)  # statuses are read back until one is this much older than what is looked for
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_MENTION = re.compile(r"@([A-Za-z0-9_]+)@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")  # shown as @user in a status's content
_PLAIN_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_MASTODON_ID = re.compile(r"[0-9]{1,20}")  # a notification's or status's id as Mastodon makes them (a snowflake)
NOTIFICATION_PAGE = 80  # the most notifications Mastodon gives in one page (since 4.1)
MAX_NOTIFICATION_PAGES = 200  # pages in one fetch: 16,000 mentions; the rest comes at the next
RATE_MARGIN = 5  # requests kept back of the account's rate limit
_BREAK = re.compile(r"<br\s*/?>|</p>\s*<p[^>]*>", re.IGNORECASE)


def _id_order(value: str) -> tuple[int, str]:
    """Mastodon's ids are numbers as text: a longer one is a later one."""
    return len(value), value


def _note_ids(notes: list[dict[str, Any]], now: datetime) -> list[str]:
    """The notifications' ids that are plausible Mastodon ids: only such an id becomes the saved position. A
    snowflake id holds its moment in milliseconds above its low 16 bits, and a counted id is far smaller: an id
    whose moment lies past tomorrow is neither, and as the position it would keep every later message out, at
    every fetch."""
    latest = int((now + timedelta(days=1)).timestamp() * 1000) << 16
    return [text for note in notes
            if _MASTODON_ID.fullmatch(text := str(note.get("id"))) and int(text) <= latest]


def _kept_visibility(visibility: str) -> str:
    """An answer is as visible as the message it answers, never more."""
    return visibility if visibility in ("public", "unlisted", "private", "direct") else "direct"


def text_of_html(content: str) -> str:
    """A status's HTML content as the plain text a person reads: line and paragraph breaks kept, every tag gone,
    entities read. Nothing else is taken out (the text is evidence)."""
    return html.unescape(_TAG.sub("", _BREAK.sub("\n", content))).strip()


def _reset_time(answer: Answer, now: datetime) -> datetime:
    """Mastodon's X-RateLimit-Reset is an ISO 8601 instant (not epoch seconds); anything else falls back."""
    return sane_retry_at(server_instant(answer.header("X-RateLimit-Reset")), now)


def _bare(text: str) -> str:
    """Text without markup and without any whitespace: how a status's HTML content is compared with its source."""
    return _SPACE.sub("", html.unescape(_TAG.sub("", text)))


def image_limits_of(instance: dict[str, Any]) -> ImageLimits | None:
    """The image limits an instance states in /api/v2/instance, or None where it states none usable."""
    try:
        media = instance["configuration"]["media_attachments"]
        types = frozenset(str(kind) for kind in media["supported_mime_types"] if str(kind).startswith("image/"))
        size, matrix = int(media["image_size_limit"]), int(media["image_matrix_limit"])
        alt = media.get("description_limit")
    except (KeyError, TypeError, ValueError):
        return None
    if size <= 0 or matrix <= 0 or not types:
        return None
    default = IMAGE_LIMITS[Network.MASTODON]
    return ImageLimits(max_bytes=size, max_pixels=matrix, types=types, animated=True,
                       alt_characters=int(alt) if isinstance(alt, int) and alt > 0 else default.alt_characters)


class MastodonClient:
    absence_is_proof = False  # the account's list is looked at, not the key

    def __init__(self, base_url: str, token: str, *, deadline: float | None = None,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], datetime] = utc_now) -> None:
        self.base_url = base_url.rstrip("/")
        self.wire = Wire(urlsplit(self.base_url).hostname or self.base_url, deadline=deadline,
                         headers={"Authorization": f"Bearer {token}"})
        self.sleep = sleep
        self.clock = clock
        self.account_id = ""
        self._account: Account | None = None
        self._statuses = _StatusPages()
        self._shown_account = ""

    # ---- the calls ----------------------------------------------------------------------------------------

    def new_key(self) -> str:
        import uuid

        return str(uuid.uuid4())

    def who_am_i(self) -> AccountInfo:
        account = self.account()
        shown = self._shown_account or account.name
        limit, images = None, None
        try:
            instance = self._json("GET", "/api/v2/instance")
            stated = int(instance["configuration"]["statuses"]["max_characters"])
            limit = stated if 0 < stated <= 100_000 else None  # an absurd figure is not believed
            images = image_limits_of(instance)
        except (PublishError, KeyError, TypeError, ValueError):
            pass  # older servers: the defaults apply
        return AccountInfo(name=shown, max_characters=limit, image_limits=images, account=account)

    def account(self) -> Account:
        """The account the token belongs to (verify_credentials): its id and @acct."""
        if self._account is None:
            found = self._json("GET", "/api/v1/accounts/verify_credentials")
            account_id = found.get("id")
            if not isinstance(account_id, (str, int)) or not _PLAIN_ID.fullmatch(str(account_id)):
                raise self.wire.odd(creates_post=False)
            acct = str(found.get("acct") or found.get("username") or "")
            self.account_id = str(account_id)
            self._account = Account(id=self.account_id, name=f"@{self.wire.shown(acct, 100)}" if acct
                                    else self.account_id)
            # As before: shown by "Test connection" (as plain text in the window, without controls on a terminal).
            self._shown_account = f"{found.get('display_name') or found.get('username') or acct} (@{acct})"
        return self._account

    def publish(self, request: PublishRequest) -> Published:
        media_ids = [self._upload(image) for image in request.images]
        body: dict[str, Any] = {"status": request.text, "visibility": "public", "language": request.language}
        if request.reply is not None:  # an answer: under the resident's status, as visible as it (or direct)
            body["in_reply_to_id"] = request.reply.remote_id
            body["visibility"] = "direct" if request.reply.private else _kept_visibility(request.reply.visibility)
        if media_ids:
            body["media_ids"] = media_ids
        if request.scheduled_at is not None:
            body["scheduled_at"] = request.scheduled_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        answer = self._json("POST", "/api/v1/statuses", creates_post=True, json=body,
                            headers={"Idempotency-Key": request.idempotency_key})
        status_id = self.wire.answer_id(answer.get("id"))
        if not status_id:
            raise self.wire.odd(creates_post=True)
        if "scheduled_at" in answer and "uri" not in answer:
            return Published(remote_id=status_id, scheduled=True)
        return Published(remote_id=status_id, url=self.wire.link(answer.get("url") or answer.get("uri")))

    def scheduled_copy(self, remote_id: str) -> ScheduledCopy | None:
        """The account's scheduled status with this id (its text as it was handed over), or None when the server
        holds none (published meanwhile, deleted there, or never one of this account's)."""
        try:
            item = self._json("GET", f"/api/v1/scheduled_statuses/{quote(remote_id, safe='')}")
        except PublishError as error:
            if error.status == 404:
                return None
            raise
        params = item.get("params")
        text = params.get("text") if isinstance(params, dict) else None
        return ScheduledCopy(text=text if isinstance(text, str) else "", waiting=True,
                             scheduled_at=server_instant(item.get("scheduled_at")))

    def cancel_scheduled(self, remote_id: str) -> None:
        """Takes a post back from the server's schedule; one already gone (published, deleted) is fine."""
        try:
            self._call("DELETE", f"/api/v1/scheduled_statuses/{quote(remote_id, safe='')}")
        except PublishError as error:
            if error.status != 404:
                raise

    def safe_to_resend(self, request: PublishRequest, first_sent: datetime, now: datetime) -> bool:
        return now - first_sent < IDEMPOTENCY_WINDOW

    def find_published(self, request: PublishRequest, since: datetime) -> Published | None:
        """Beyond the key's window: the post among the server's schedule (if it was handed over) or the account's
        own statuses since the first attempt. None means only "not seen"."""
        if request.scheduled_at is not None:
            held = self._json_list("GET", "/api/v1/scheduled_statuses", params={"limit": "40"})
            for item in held:
                params = item.get("params")
                params = params if isinstance(params, dict) else {}
                when = server_instant(item.get("scheduled_at"))
                if (params.get("text") == request.text and when is not None
                        and abs(when - request.scheduled_at) < timedelta(minutes=1)
                        and (held_id := self.wire.answer_id(item.get("id")))):
                    return Published(remote_id=held_id, scheduled=True)
        found, _complete = self._look_back(request.text, since - LOOK_BACK,
                                           replying_to=request.reply.remote_id if request.reply else "")
        return found

    def check_scheduled(self, remote_id: str, request: PublishRequest) -> ScheduledCheck:
        """Still held while the server's schedule has it; once it does not, published when the account shows a
        status with this text from its time on, gone when the account's statuses reach back past its time without
        it, and not to be told when they could not be read back that far (MAX_PAGES)."""
        since = (request.scheduled_at or self.clock()) - timedelta(minutes=2)
        try:
            self._call("GET", f"/api/v1/scheduled_statuses/{quote(remote_id, safe='')}")
            return ScheduledCheck()
        except PublishError as error:
            if error.status != 404:
                raise
        found, complete = self._look_back(request.text, since)
        if found is None:
            # The server deletes a scheduled status just before it makes the status: look at the newest once more.
            found, _newest = self._look_back(request.text, since, fresh=True)
        if found is not None:
            return ScheduledCheck(published=found)
        if not complete:
            return ScheduledCheck(unknown=translate(
                "Mastodon", "The Mastodon server no longer holds this post in its schedule, and it is not among the "
                            "account's newest {count} posts, which is as far back as Omroeper looks: it probably went "
                            "out among many others, but that is not certain.").format(count=MAX_PAGES * PAGE_SIZE))
        return ScheduledCheck(gone=translate(
            "Mastodon", "The Mastodon server no longer holds this post in its schedule, and it is not on the "
                        "account: it was deleted there, or the server could not publish it."))

    # ---- the inbox --------------------------------------------------------------------------------------------

    def fetch_inbox(self, cursor: str, since: datetime) -> Fetched:
        """The account's mentions (replies to its statuses, mentions, direct messages) newer than `cursor` (a
        notification id), every page of NOTIFICATION_PAGE; without a cursor, those since `since` (a new account's
        bounded history). Newer pages follow the Link header's "prev" (min_id), older ones its "next" (max_id);
        only a plain Mastodon id (digits, at most 20) is taken from it (the address itself is never followed), and
        a link to a page already read ends the fetch (a server that points back would loop until the page cap).
        Only such an id becomes the cursor. A first fetch that stops at MAX_NOTIFICATION_PAGES before `since`
        says how far back it got (`Fetched.reached_back_to`); the older ones are not fetched later."""
        self.account()
        fetched = Fetched(cursor=cursor if _MASTODON_ID.fullmatch(cursor) else "")
        newest = fetched.cursor
        asked: set[str] = set()
        if newest:
            min_id = newest
            for _page in range(MAX_NOTIFICATION_PAGES):
                asked.add(min_id)
                try:
                    notes, links = self._notifications({"min_id": min_id})
                except PublishError as error:
                    if error.failure is not Failure.OUT_OF_TIME or newest == fetched.cursor:
                        raise  # nothing read yet: nothing to keep
                    fetched.out_of_time = True  # the pages read go forward from the cursor: no gap, the rest next
                    break
                if not notes:
                    break
                self._take_notes(notes, fetched)
                newest = max([newest, *_note_ids(notes, self.clock())], key=_id_order)
                min_id = links.get("prev", newest)
                if min_id in asked:
                    break
            fetched.cursor = newest
            return fetched
        max_id: str | None = None
        oldest: datetime | None = None
        for page in range(MAX_NOTIFICATION_PAGES):
            try:
                notes, links = self._notifications({"max_id": max_id} if max_id else {})
            except PublishError as error:
                if error.failure is not Failure.OUT_OF_TIME or not max_id:
                    raise  # nothing read yet: nothing to keep
                fetched.out_of_time = True  # newest first: what was read is kept, how far back is said
                fetched.reached_back_to = oldest or self.clock()
                break
            if not notes:
                break
            newest = max([newest, *_note_ids(notes, self.clock())], key=_id_order)
            recent = [note for note in notes if (server_instant(note.get("created_at")) or since) >= since]
            self._take_notes(recent, fetched)
            oldest = min([moment for note in recent if (moment := server_instant(note.get("created_at")))] +
                         ([oldest] if oldest else []), default=oldest)
            asked.add(max_id or "")
            max_id = links.get("next")
            if len(recent) < len(notes) or not max_id or max_id in asked:
                break
            if page == MAX_NOTIFICATION_PAGES - 1:
                fetched.reached_back_to = oldest  # stopped at the cap with older ones within `since` left
        fetched.cursor = newest
        return fetched

    def look_again(self, remote_ids: list[str]) -> Fetched:
        """Statuses fetched before, asked for again: the ones edited since (with their new text) and the ones
        deleted by their authors (404)."""
        fetched = Fetched()
        for remote_id in remote_ids:
            try:
                status = self._json("GET", f"/api/v1/statuses/{quote(remote_id, safe='')}")
            except PublishError as error:
                if error.status == 404:
                    fetched.gone.append(remote_id)
                    continue
                raise
            found = self._incoming(status)
            if found is not None and found.edited_at is not None:
                fetched.edited.append(found)
        return fetched

    def thread(self, remote_id: str) -> list[Incoming]:
        """The conversation around a status (/api/v1/statuses/:id/context): its ancestors and descendants, oldest
        first, as messages (the municipality's own among them)."""
        context = self._json("GET", f"/api/v1/statuses/{quote(remote_id, safe='')}/context")
        found = []
        for part in ("ancestors", "descendants"):
            items = context.get(part)
            for status in items if isinstance(items, list) else []:
                message = self._incoming(status) if isinstance(status, dict) else None
                if message is not None:
                    found.append(message)
        return found

    def _notifications(self, params: dict[str, str]) -> tuple[list[dict[str, Any]], dict[str, str]]:
        answer = self._call("GET", "/api/v1/notifications",
                            params={"types[]": "mention", "limit": str(NOTIFICATION_PAGE), **params})
        try:
            value = answer.json()
        except BadAnswer:
            raise self.wire.odd(creates_post=False) from None
        if not isinstance(value, list):
            raise self.wire.odd(creates_post=False)
        links = {}
        for part in requests.utils.parse_header_links(answer.header("Link")) if answer.header("Link") else []:
            query = parse_qs(urlsplit(part.get("url", "")).query)
            for rel, name in (("next", "max_id"), ("prev", "min_id")):
                found = query.get(name, [""])[0]
                if part.get("rel") == rel and _MASTODON_ID.fullmatch(found):
                    links[rel] = found
        self._keep_within_limit(answer)
        return [note for note in value if isinstance(note, dict)], links

    def _keep_within_limit(self, answer: Answer) -> None:
        """Stops before the account's rate limit runs out (300 requests in 5 minutes): the rest waits for the
        reset the server names."""
        remaining = answer.header("X-RateLimit-Remaining")
        if remaining.isdigit() and int(remaining) <= RATE_MARGIN:
            raise PublishError(Failure.THROTTLED, translate(
                "Mastodon", "The Mastodon server's limit of requests is nearly used up; Omroeper fetches the rest "
                            "after it resets."), retry_at=_reset_time(answer, self.clock()))

    def _take_notes(self, notes: list[dict[str, Any]], fetched: Fetched) -> None:
        for note in notes:
            status = note.get("status")
            if note.get("type") == "mention" and isinstance(status, dict):
                found = self._incoming(status, received=server_instant(note.get("created_at")))
                if found is not None:
                    fetched.items.append(found)

    def _incoming(self, status: dict[str, Any], received: datetime | None = None) -> Incoming | None:
        """A status as a message to the municipality; None for one that lacks what a message needs (an id, an
        author). A status whose time cannot be read (year 1, no zone) is kept, with the time its notification
        came (`received`) or else the time it was fetched: a resident's words are never left out for a clock."""
        status_id, account = self.wire.answer_id(status.get("id")), status.get("account")
        if not _PLAIN_ID.fullmatch(status_id) or not isinstance(account, dict):
            return None
        created = server_instant(status.get("created_at")) or received or self.clock()
        source = self.wire.masked(status.get("content"))
        visibility = str(status.get("visibility") or "public")
        in_reply_to = self.wire.answer_id(status.get("in_reply_to_id"))
        to_us = self.account_id != "" and self.wire.answer_id(status.get("in_reply_to_account_id")) == self.account_id
        kind = "message" if visibility == "direct" else "reply" if in_reply_to and to_us else "mention"
        acct = self.wire.masked(account.get("acct") or account.get("username"))
        if acct and "@" not in acct:  # an account on the same server: its full address
            acct = f"{acct}@{urlsplit(self.base_url).hostname or ''}"
        attachments = status.get("media_attachments")
        images = tuple((link, self.wire.masked(media.get("description")))
                       for media in (attachments if isinstance(attachments, list) else []) if isinstance(media, dict)
                       if (link := self.wire.link(media.get("url") or media.get("preview_url"))))
        return Incoming(
            remote_id=status_id, kind=kind, created_at=created, text=text_of_html(source), source=source,
            author_name=self.wire.masked(account.get("display_name") or account.get("username")), author_handle=acct,
            author_ref=self.wire.answer_id(account.get("id")),
            url=self.wire.link(status.get("url") or status.get("uri")),
            visibility=visibility if visibility in ("public", "unlisted", "private", "direct") else "public",
            answers_remote_id=in_reply_to, images=images, edited_at=server_instant(status.get("edited_at")))

    # ---- looking on the account ---------------------------------------------------------------------------

    def _look_back(self, text: str, since: datetime, fresh: bool = False,
                   replying_to: str = "") -> tuple[Published | None, bool]:
        """The account's status with this text made since `since`, under the status `replying_to` (an answer's) or
        under none (a post's), reading its pages back (kept for the rest of the run) until they are PAST_MARGIN
        older than that, or the account has no more; and whether the look was complete: False when MAX_PAGES were
        read without getting that far (then None proves nothing)."""
        if not self.account_id:
            self.account()
        pages = self._statuses
        if fresh or not pages.read:
            pages.take_newest(*self._page(None))
        while True:
            for status in pages.since(since):
                if str(status.get("in_reply_to_id") or "") == replying_to and self._matches(status, text) \
                        and (status_id := self.wire.answer_id(status.get("id"))):
                    return Published(remote_id=status_id,
                                     url=self.wire.link(status.get("url") or status.get("uri")),
                                     published_at=server_instant(status.get("created_at"))), True
            if pages.ended or pages.reach_back_to(since - PAST_MARGIN):
                return None, True
            if pages.read >= MAX_PAGES:
                return None, False
            pages.take_older(*self._page(pages.next_max_id))

    def _page(self, max_id: str | None) -> tuple[list[dict[str, Any]], str | None]:
        """One page of the account's own statuses, newest first (older than max_id when given), and the max_id of
        the page after it (None: there is none)."""
        params = {"limit": str(PAGE_SIZE), "exclude_reblogs": "true"}
        if max_id:
            params["max_id"] = max_id
        answer = self._call("GET", f"/api/v1/accounts/{quote(self.account_id, safe='')}/statuses", params=params)
        try:
            value = answer.json()
        except BadAnswer:
            raise self.wire.odd(creates_post=False) from None
        if not isinstance(value, list):
            raise self.wire.odd(creates_post=False)
        statuses = [item for item in value if isinstance(item, dict)]
        if not statuses:
            return [], None
        return statuses, _older_page(answer, statuses)

    def _matches(self, status: dict[str, Any], text: str) -> bool:
        """Whether a status is this text: its content (HTML) as bare text, or, where the content differs only as
        Mastodon shows mentions (@user for @user@server), the text it was written as."""
        content = _bare(str(status.get("content") or ""))
        if content == _bare(text):
            return True
        return content == _bare(_MENTION.sub(r"@\1", text)) and self._source_of(status) == text

    def _source_of(self, status: dict[str, Any]) -> str | None:
        """The plain text a status was written as (its content is HTML, with mentions shortened)."""
        if not status.get("id"):
            return None
        source = self._json("GET", f"/api/v1/statuses/{quote(str(status['id']), safe='')}/source")
        value = source.get("text")
        return value if isinstance(value, str) else None

    # ---- media --------------------------------------------------------------------------------------------

    def _upload(self, image: Image) -> str:
        answer = self._call("POST", "/api/v2/media", files={"file": (image.name, image.data, image.mime_type)},
                            data={"description": image.alt_text})
        media = self._object(answer)
        media_id = str(media.get("id") or "")
        if not media_id:
            raise self.wire.odd(creates_post=False)
        polls = 0
        while answer.status in (202, 206) or media.get("url") is None:
            if polls >= MEDIA_POLLS:
                raise PublishError(Failure.TEMPORARY, translate(
                    "Mastodon", "The Mastodon server is still processing an image; it will be tried again."))
            self.sleep(min(2.0, 0.5 * (polls + 1)))
            polls += 1
            answer = self._call("GET", f"/api/v1/media/{quote(media_id, safe='')}")
            media = self._object(answer) if answer.body else {}
        return media_id

    # ---- the wire -----------------------------------------------------------------------------------------

    def _json(self, method: str, path: str, *, creates_post: bool = False, **options: Any) -> dict[str, Any]:
        return self._object(self._call(method, path, creates_post=creates_post, **options), creates_post)

    def _json_list(self, method: str, path: str, **options: Any) -> list[dict[str, Any]]:
        try:
            value = self._call(method, path, **options).json()
        except BadAnswer:
            raise self.wire.odd(creates_post=False) from None
        if not isinstance(value, list):
            raise self.wire.odd(creates_post=False)
        return [item for item in value if isinstance(item, dict)]

    def _object(self, answer: Answer, creates_post: bool = False) -> dict[str, Any]:
        try:
            return answer.json_object()
        except BadAnswer:
            raise self.wire.odd(creates_post) from None

    def _call(self, method: str, path: str, *, creates_post: bool = False, **options: Any) -> Answer:
        answer = self.wire.send(method, self.base_url + path, creates_post=creates_post, **options)
        if answer.status < 300:
            return answer
        raise self._error(answer, creates_post)

    def _error(self, answer: Answer, creates_post: bool) -> PublishError:
        status = answer.status
        try:
            body = answer.json()
        except BadAnswer:
            body = None
        detail = str(body.get("error") or "") if isinstance(body, dict) else ""
        if status >= 500:
            return self.wire.server_error(status, creates_post)
        if status in (401, 403):
            error = PublishError(Failure.TOKEN, translate(
                "Mastodon", "The Mastodon server refused the access token (revoked or mistyped). Make a new one "
                            "under Preferences > Development on the server and enter it under Channels."))
        elif status == 429:
            error = PublishError(Failure.THROTTLED, translate(
                "Mastodon", "The Mastodon server asks to slow down; the post waits until it allows more."),
                retry_at=_reset_time(answer, self.clock()))
        elif detail:
            error = PublishError(Failure.REFUSED, translate(
                "Mastodon", "The Mastodon server refused the post: {detail}").format(
                detail=self.wire.shown(detail, 300)))
        elif creates_post:
            error = self.wire.odd(creates_post=True)  # not Mastodon's documented error: nothing is proven
        else:
            error = PublishError(Failure.REFUSED, translate(
                "Mastodon", "The Mastodon server refused the request ({status}).").format(status=status))
        error.status = status
        return error


class _StatusPages:
    """An account's statuses as read this run, newest first, and where the next older page starts."""

    def __init__(self) -> None:
        self.statuses: list[dict[str, Any]] = []
        self.next_max_id: str | None = None
        self.read = 0
        self.ended = False

    def take_newest(self, statuses: list[dict[str, Any]], next_max_id: str | None) -> None:
        """The newest page: statuses made since the last read go in front. A page with none of those already read
        (more new statuses than a page) starts the reading anew."""
        self.read += 1
        known = {str(status.get("id")) for status in self.statuses}
        if self.statuses and not any(str(status.get("id")) in known for status in statuses):
            self.statuses, self.next_max_id, self.ended = [], None, False
        if not self.statuses:
            self.statuses, self.next_max_id, self.ended = list(statuses), next_max_id, next_max_id is None
            return
        self.statuses[:0] = [status for status in statuses if str(status.get("id")) not in known]

    def take_older(self, statuses: list[dict[str, Any]], next_max_id: str | None) -> None:
        self.read += 1
        known = {str(status.get("id")) for status in self.statuses}
        self.statuses += [status for status in statuses if str(status.get("id")) not in known]
        self.next_max_id, self.ended = next_max_id, next_max_id is None or not statuses

    def since(self, moment: datetime) -> list[dict[str, Any]]:
        return [status for status in self.statuses
                if (when := server_instant(status.get("created_at"))) is not None and when >= moment]

    def reach_back_to(self, moment: datetime) -> bool:
        """Whether the statuses read go back to before `moment`."""
        return any((when := server_instant(status.get("created_at"))) is not None and when < moment
                   for status in self.statuses)


def _older_page(answer: Answer, statuses: list[dict[str, Any]]) -> str | None:
    """Where the next older page starts: the max_id of the Link header's "next" address, as Mastodon documents
    paging; without a Link header, after the page's last status if the page was full. Only a plain id is taken
    from the server (the address itself is never followed: the token goes only to the channel's own address)."""
    link = answer.header("Link")
    if link:
        for part in requests.utils.parse_header_links(link):
            if part.get("rel") == "next":
                found = parse_qs(urlsplit(part.get("url", "")).query).get("max_id", [""])[0]
                return found if _PLAIN_ID.fullmatch(found) else None
        return None
    last = str(statuses[-1].get("id") or "")
    return last if len(statuses) >= PAGE_SIZE and _PLAIN_ID.fullmatch(last) else None
