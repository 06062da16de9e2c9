"""Mastodon: statuses with an Idempotency-Key, media with alt text (v2 upload, waiting while the server processes
it), the server's own scheduling, and the instance's character limit."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import requests

from models.common import utc_now
from services.errors import translate
from services.networks.base import (
    CONNECT_TIMEOUT,
    READ_TIMEOUT,
    AccountInfo,
    Failure,
    Image,
    Published,
    PublishError,
    PublishRequest,
    not_sent,
)

# The server remembers an Idempotency-Key for about an hour; a resend within this window returns the same status.
IDEMPOTENCY_WINDOW = timedelta(minutes=50)
# scheduled_at must be at least 5 minutes ahead; a margin keeps a slow upload from crossing that line.
MIN_SCHEDULE_AHEAD = timedelta(minutes=10)
MEDIA_POLLS = 30


def _reset_time(response: requests.Response, now: datetime) -> datetime:
    """Mastodon's X-RateLimit-Reset is an ISO 8601 instant (not epoch seconds)."""
    text = response.headers.get("X-RateLimit-Reset", "")
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    except ValueError:
        return now + timedelta(minutes=5)


class MastodonClient:
    def __init__(self, base_url: str, token: str, *, session: requests.Session | None = None,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], datetime] = utc_now) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = session or requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.session.headers["User-Agent"] = "Omroeper"
        self.sleep = sleep
        self.clock = clock

    # ---- the calls ----------------------------------------------------------------------------------------

    def new_key(self) -> str:
        import uuid

        return str(uuid.uuid4())

    def who_am_i(self) -> AccountInfo:
        account = self._call("GET", "/api/v1/accounts/verify_credentials").json()
        limit = None
        try:
            instance = self._call("GET", "/api/v2/instance").json()
            limit = int(instance["configuration"]["statuses"]["max_characters"])
        except (PublishError, KeyError, TypeError, ValueError):
            pass  # older servers: the default of 500 applies
        name = account.get("display_name") or account.get("username") or account.get("acct", "")
        return AccountInfo(name=f"{name} (@{account.get('acct', '')})", max_characters=limit)

    def publish(self, request: PublishRequest) -> Published:
        media_ids = [self._upload(image) for image in request.images]
        body: dict[str, Any] = {"status": request.text, "visibility": "public", "language": request.language}
        if media_ids:
            body["media_ids"] = media_ids
        if request.scheduled_at is not None:
            body["scheduled_at"] = request.scheduled_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        answer = self._call("POST", "/api/v1/statuses", json=body,
                            headers={"Idempotency-Key": request.idempotency_key}).json()
        if not isinstance(answer, dict) or not answer.get("id"):
            raise PublishError(Failure.UNKNOWN, translate(
                "Mastodon", "The Mastodon server gave an answer Omroeper does not understand; check the account."))
        if "scheduled_at" in answer and "uri" not in answer:
            return Published(remote_id=str(answer["id"]), scheduled=True)
        return Published(remote_id=str(answer["id"]), url=str(answer.get("url") or answer.get("uri") or ""))

    def cancel_scheduled(self, remote_id: str) -> None:
        """Takes a post back from the server's schedule; one already gone (published, deleted) is fine."""
        try:
            self._call("DELETE", f"/api/v1/scheduled_statuses/{remote_id}")
        except PublishError as error:
            if error.status != 404:
                raise

    def safe_to_resend(self, request: PublishRequest, first_sent: datetime, now: datetime) -> bool:
        return now - first_sent < IDEMPOTENCY_WINDOW

    def find_published(self, request: PublishRequest, since: datetime) -> Published | None:
        raise PublishError(Failure.UNKNOWN, translate(
            "Mastodon", "The Mastodon server no longer recognises the first attempt; check the account."))

    # ---- media --------------------------------------------------------------------------------------------

    def _upload(self, image: Image) -> str:
        with image.path.open("rb") as handle:
            response = self._call("POST", "/api/v2/media", files={"file": (image.path.name, handle, image.mime_type)},
                                  data={"description": image.alt_text})
        media = response.json()
        media_id = str(media["id"])
        polls = 0
        while response.status_code in (202, 206) or media.get("url") is None:
            if polls >= MEDIA_POLLS:
                raise PublishError(Failure.TEMPORARY, translate(
                    "Mastodon", "The Mastodon server is still processing an image; it will be tried again."))
            self.sleep(min(2.0, 0.5 * (polls + 1)))
            polls += 1
            response = self._call("GET", f"/api/v1/media/{media_id}")
            media = response.json() if response.content else {}
        return media_id

    # ---- the wire -----------------------------------------------------------------------------------------

    def _call(self, method: str, path: str, **options: Any) -> requests.Response:
        try:
            response = self.session.request(method, self.base_url + path, timeout=(CONNECT_TIMEOUT, READ_TIMEOUT),
                                            allow_redirects=False, **options)
        except requests.RequestException as error:
            if not_sent(error):
                raise PublishError(Failure.TEMPORARY, translate(
                    "Mastodon", "The Mastodon server cannot be reached (offline?). It will be tried again.")) from None
            raise PublishError(Failure.UNKNOWN, translate(
                "Mastodon", "The connection to the Mastodon server broke after sending; it is not known whether "
                            "the post arrived.")) from None
        if response.status_code < 300:
            return response
        raise self._error(response)

    def _error(self, response: requests.Response) -> PublishError:
        status = response.status_code
        try:
            detail = str(response.json().get("error", ""))
        except ValueError:
            detail = ""
        if status in (401, 403):
            error = PublishError(Failure.TOKEN, translate(
                "Mastodon", "The Mastodon server refused the access token (revoked or mistyped). Make a new one "
                            "under Preferences > Development on the server and enter it under Channels."))
        elif status == 429:
            error = PublishError(Failure.THROTTLED, translate(
                "Mastodon", "The Mastodon server asks to slow down; the post waits until it allows more."),
                retry_at=_reset_time(response, self.clock()))
        elif status >= 500:
            error = PublishError(Failure.TEMPORARY, translate(
                "Mastodon", "The Mastodon server has a problem of its own ({status}); it will be tried again."
            ).format(status=status))
        else:
            error = PublishError(Failure.REFUSED, translate(
                "Mastodon", "The Mastodon server refused the post: {detail}").format(detail=detail or status))
        error.status = status
        return error
