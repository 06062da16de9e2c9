"""Mastodon: statuses with an Idempotency-Key, media with alt text (v2 upload, waiting while the server processes
it), the server's own scheduling, the instance's character and image limits, and looking on the account itself
whether a post whose answer was lost (or that the server's schedule held) is there."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlsplit

from models.channel import IMAGE_LIMITS, ImageLimits, Network
from models.common import utc_now
from services.errors import translate
from services.networks.base import (
    AccountInfo,
    Failure,
    Image,
    Published,
    PublishError,
    PublishRequest,
    ScheduledCheck,
    ScheduledCopy,
    sane_retry_at,
)
from services.networks.http import Answer, BadAnswer, Wire, web_link

# The server remembers an Idempotency-Key for about an hour after the status was made; a resend within this window
# returns the same status. The margin covers a slow first request and clocks that differ a little.
IDEMPOTENCY_WINDOW = timedelta(minutes=50)
# scheduled_at must be at least 5 minutes ahead; a margin keeps a slow upload from crossing that line.
MIN_SCHEDULE_AHEAD = timedelta(minutes=10)
MEDIA_POLLS = 30
LOOK_BACK = timedelta(minutes=5)  # a status made this long before the first attempt is not ours
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def _reset_time(answer: Answer, now: datetime) -> datetime:
    """Mastodon's X-RateLimit-Reset is an ISO 8601 instant (not epoch seconds); anything else falls back."""
    text = answer.header("X-RateLimit-Reset")
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return sane_retry_at(None, now)
    return sane_retry_at(moment if moment.tzinfo else moment.replace(tzinfo=UTC), now)


def _instant(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


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

    # ---- the calls ----------------------------------------------------------------------------------------

    def new_key(self) -> str:
        import uuid

        return str(uuid.uuid4())

    def who_am_i(self) -> AccountInfo:
        account = self._account()
        limit, images = None, None
        try:
            instance = self._json("GET", "/api/v2/instance")
            stated = int(instance["configuration"]["statuses"]["max_characters"])
            limit = stated if 0 < stated <= 100_000 else None  # an absurd figure is not believed
            images = image_limits_of(instance)
        except (PublishError, KeyError, TypeError, ValueError):
            pass  # older servers: the defaults apply
        name = account.get("display_name") or account.get("username") or account.get("acct", "")
        return AccountInfo(name=f"{name} (@{account.get('acct', '')})", max_characters=limit, image_limits=images)

    def publish(self, request: PublishRequest) -> Published:
        media_ids = [self._upload(image) for image in request.images]
        body: dict[str, Any] = {"status": request.text, "visibility": "public", "language": request.language}
        if media_ids:
            body["media_ids"] = media_ids
        if request.scheduled_at is not None:
            body["scheduled_at"] = request.scheduled_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        answer = self._json("POST", "/api/v1/statuses", creates_post=True, json=body,
                            headers={"Idempotency-Key": request.idempotency_key})
        if not isinstance(answer.get("id"), (str, int)) or not str(answer["id"]):
            raise self.wire.odd(creates_post=True)
        if "scheduled_at" in answer and "uri" not in answer:
            return Published(remote_id=str(answer["id"]), scheduled=True)
        return Published(remote_id=str(answer["id"]), url=web_link(answer.get("url") or answer.get("uri")))

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
                             scheduled_at=_instant(item.get("scheduled_at")))

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
        own recent statuses. The account's list is the server's own record, but None still means only "not seen"."""
        if request.scheduled_at is not None:
            held = self._json_list("GET", "/api/v1/scheduled_statuses", params={"limit": "40"})
            for item in held:
                params = item.get("params")
                params = params if isinstance(params, dict) else {}
                when = _instant(item.get("scheduled_at"))
                if (params.get("text") == request.text and when is not None
                        and abs(when - request.scheduled_at) < timedelta(minutes=1)):
                    return Published(remote_id=str(item.get("id", "")), scheduled=True)
        return self._status_with(request.text, since - LOOK_BACK)

    def check_scheduled(self, remote_id: str, request: PublishRequest) -> ScheduledCheck:
        """Published when the account shows a status with this text from its time on; still held while the
        server's schedule has it; gone when it has neither."""
        since = (request.scheduled_at or self.clock()) - timedelta(minutes=2)
        found = self._status_with(request.text, since)
        if found is not None:
            return ScheduledCheck(published=found)
        try:
            self._call("GET", f"/api/v1/scheduled_statuses/{quote(remote_id, safe='')}")
            return ScheduledCheck()
        except PublishError as error:
            if error.status != 404:
                raise
        found = self._status_with(request.text, since)  # published between the two looks
        if found is not None:
            return ScheduledCheck(published=found)
        return ScheduledCheck(gone=translate(
            "Mastodon", "The Mastodon server no longer holds this post in its schedule, and it is not on the "
                        "account: it was deleted there, or the server could not publish it."))

    # ---- looking on the account ---------------------------------------------------------------------------

    def _account(self) -> dict[str, Any]:
        account = self._json("GET", "/api/v1/accounts/verify_credentials")
        self.account_id = str(account.get("id") or "")
        return account

    def _status_with(self, text: str, since: datetime) -> Published | None:
        if not self.account_id:
            self._account()
        if not self.account_id:
            raise self.wire.odd(creates_post=False)
        statuses = self._json_list("GET", f"/api/v1/accounts/{quote(self.account_id, safe='')}/statuses",
                                   params={"limit": "40", "exclude_reblogs": "true"})
        recent = [status for status in statuses
                  if (when := _instant(status.get("created_at"))) is not None and when >= since]
        wanted = _bare(text)
        for status in recent:
            if _bare(str(status.get("content") or "")) == wanted or self._source_of(status) == text:
                return Published(remote_id=str(status.get("id", "")),
                                 url=web_link(status.get("url") or status.get("uri")),
                                 published_at=_instant(status.get("created_at")))
        return None

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
