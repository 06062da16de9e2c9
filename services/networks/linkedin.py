"""LinkedIn organization pages (versioned REST API): posts whose text is written as "little text" (every character
LinkedIn reads as markup escaped, so the post is never cut silently; a hashtag as LinkedIn's own hashtag template,
so it stays a hashtag), images with alt text. No idempotency key and no scheduling of its own; after a lost answer the
organization's recent posts are looked at, and since that list can lag, a post not found there is "unconfirmed"
for the officer, never sent again by itself."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlsplit

from models.common import utc_now
from services.errors import translate
from services.networks.base import (
    Account,
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
from services.networks.http import Answer, BadAnswer, Wire, address_as_sent

API_URL = "https://api.linkedin.com/rest"
API_URL_VARIABLE = "OMROEPER_LINKEDIN_URL"
API_VERSION = "202410"
TOKEN_LIFETIME = timedelta(days=60)
_LITTLE_TEXT_RESERVED = set("|{}@[]()<>#*_~\\")
# A hashtag as people type one: "#" and a word with at least one letter, not inside a word ("C#"), not "#2".
_HASHTAG = re.compile(r"(?<![\w#&])#(\w*[^\W\d_]\w*)")
_ADDRESS = re.compile(r"https?://\S+")  # a "#" in a web address is part of it, not a hashtag


def escape_little_text(text: str) -> str:
    """LinkedIn's commentary treats these characters as markup and cuts the post at the first unescaped one."""
    return "".join("\\" + char if char in _LITTLE_TEXT_RESERVED else char for char in text)


def little_text(text: str) -> str:
    """The commentary LinkedIn gets for a text: every hashtag as LinkedIn's hashtag template
    (`{hashtag|\\#|markt}`, so it shows and links as a hashtag), everything else escaped as plain text."""
    addresses = [match.span() for match in _ADDRESS.finditer(text)]
    parts, done = [], 0
    for match in _HASHTAG.finditer(text):
        if any(start <= match.start() < end for start, end in addresses):
            continue
        parts.append(escape_little_text(text[done:match.start()]))
        parts.append("{hashtag|\\#|" + escape_little_text(match.group(1)) + "}")
        done = match.end()
    parts.append(escape_little_text(text[done:]))
    return "".join(parts)


def api_url() -> str:
    return os.environ.get(API_URL_VARIABLE, API_URL).rstrip("/")


_PLAIN_HOST = re.compile(r"[a-z0-9]([a-z0-9.-]*[a-z0-9])?")  # a host name as LinkedIn's are (and 127.0.0.1 in tests)


class LinkedInClient:
    absence_is_proof = False  # the organization's list can lag

    def __init__(self, organization_id: str, token: str, *, base_url: str | None = None,
                 deadline: float | None = None, clock: Callable[[], datetime] = utc_now) -> None:
        self.author = f"urn:li:organization:{organization_id}"
        self.organization_id = organization_id
        self.base = (base_url or api_url()).rstrip("/")
        self.wire = Wire("LinkedIn", deadline=deadline, headers={
            "Authorization": f"Bearer {token}", "LinkedIn-Version": API_VERSION, "X-Restli-Protocol-Version": "2.0.0"})
        self.clock = clock
        self._account: Account | None = None

    def new_key(self) -> str:
        import uuid

        return str(uuid.uuid4())

    def who_am_i(self) -> AccountInfo:
        account = self.account()
        return AccountInfo(name=account.name, max_characters=3000, account=account)

    def account(self) -> Account:
        """The organization the token may post for, as LinkedIn names it (a token without that right is refused
        here already: 401 or 403)."""
        if self._account is None:
            organization = self._json(self._call("GET", f"/organizations/{quote(self.organization_id, safe='')}"))
            found = self.wire.answer_id(organization.get("id", self.organization_id))
            if not found:
                raise self.wire.odd(creates_post=False)
            self._account = Account(id=found, name=self.wire.shown(
                organization.get("localizedName") or self.author, 100))
        return self._account

    def publish(self, request: PublishRequest) -> Published:
        body: dict[str, Any] = {
            "author": self.author,
            "commentary": little_text(request.text),
            "visibility": "PUBLIC",
            "distribution": {"feedDistribution": "MAIN_FEED", "targetEntities": [],
                             "thirdPartyDistributionChannels": []},
            "lifecycleState": "PUBLISHED",
            "isReshareDisabledByAuthor": False,
        }
        images = [{"id": self._upload(image), "altText": image.alt_text} for image in request.images]
        if len(images) == 1:
            body["content"] = {"media": images[0]}
        elif images:
            body["content"] = {"multiImage": {"images": images}}
        answer = self._call("POST", "/posts", creates_post=True, json=body)
        urn = self.wire.answer_id(answer.header("x-restli-id"))
        if not urn.startswith("urn:li:"):
            raise self.wire.odd(creates_post=True)
        return Published(remote_id=urn, url=f"https://www.linkedin.com/feed/update/{urn}/")

    def scheduled_copy(self, remote_id: str) -> ScheduledCopy | None:
        raise PublishError(Failure.REFUSED, "LinkedIn has no scheduled posts")

    def cancel_scheduled(self, remote_id: str) -> None:
        raise PublishError(Failure.REFUSED, "LinkedIn has no scheduled posts")

    def safe_to_resend(self, request: PublishRequest, first_sent: datetime, now: datetime) -> bool:
        return False

    def find_published(self, request: PublishRequest, since: datetime) -> Published | None:
        """The organization's recent posts with exactly this text. The list can lag behind a post just made:
        None means "not seen yet", never "not there"."""
        answer = self._json(self._call("GET", "/posts", params={"author": self.author, "q": "author",
                                                                "count": "20"}))
        elements = answer.get("elements")
        if not isinstance(elements, list):
            raise self.wire.odd(creates_post=False)
        # As sent now, or as an earlier version sent it (hashtags escaped as text) before its answer was lost.
        wanted = {little_text(request.text), escape_little_text(request.text)}
        for post in elements:
            if not isinstance(post, dict):
                continue
            try:
                created = int(post.get("createdAt") or 0) / 1000
            except (TypeError, ValueError):
                continue
            if post.get("commentary") in wanted and created >= (since - timedelta(minutes=5)).timestamp():
                urn = self.wire.answer_id(post.get("id"))
                if not urn:
                    continue  # an id that proves nothing: not seen
                return Published(remote_id=urn, url=f"https://www.linkedin.com/feed/update/{urn}/")
        return None

    def check_scheduled(self, remote_id: str, request: PublishRequest) -> ScheduledCheck:
        raise PublishError(Failure.REFUSED, "LinkedIn has no scheduled posts")

    def _upload(self, image: Image) -> str:
        started = self._json(self._call("POST", "/images", params={"action": "initializeUpload"},
                                        json={"initializeUploadRequest": {"owner": self.author}})).get("value")
        if not isinstance(started, dict) or not isinstance(started.get("uploadUrl"), str) \
                or not isinstance(started.get("image"), str):
            raise self.wire.odd(creates_post=False)
        upload_url = started["uploadUrl"]
        if not self._ours(upload_url):
            raise PublishError(Failure.REFUSED, translate(
                "LinkedIn", "LinkedIn named an upload address that is not LinkedIn's; the image (and the token) "
                            "were not sent there."))
        self._call("PUT", "", absolute=upload_url, data=image.data, headers={"Content-Type": image.mime_type})
        return str(started["image"])

    def _ours(self, url: str) -> bool:
        """An upload address on LinkedIn (or, for tests and labs, on the API's own host): only there does the
        token go. Read as the request will go out (address_as_sent)."""
        parts, base = address_as_sent(url), urlsplit(self.base)
        if parts is None or "@" in parts.netloc:  # a user name before the host: no address of LinkedIn's has one
            return False
        host = parts.hostname or ""
        if not _PLAIN_HOST.fullmatch(host):  # a bracketed, percent-encoded or otherwise odd host: not trusted
            return False
        if parts.scheme == "https" and (host == "linkedin.com" or host.endswith(".linkedin.com")):
            return True
        return parts.scheme == base.scheme and host == base.hostname and parts.port == base.port

    def _json(self, answer: Answer) -> dict[str, Any]:
        try:
            return answer.json_object()
        except BadAnswer:
            raise self.wire.odd(creates_post=False) from None

    def _call(self, method: str, path: str, *, absolute: str = "", creates_post: bool = False,
              **options: Any) -> Answer:
        answer = self.wire.send(method, absolute or self.base + path, creates_post=creates_post, **options)
        if answer.status < 300:
            return answer
        try:
            body = answer.json()
        except BadAnswer:
            body = None
        status = answer.status
        documented = isinstance(body, dict) and ("message" in body or "code" in body or "serviceErrorCode" in body)
        code = str(body.get("code") or body.get("serviceErrorCode") or "") if isinstance(body, dict) else ""
        message = str(body.get("message") or "") if isinstance(body, dict) else ""
        if status >= 500:
            raise self.wire.server_error(status, creates_post)
        if status == 401:
            failure = PublishError(Failure.TOKEN, translate(
                "LinkedIn", "LinkedIn refused the access token (expired after 60 days, or revoked). Make a new one "
                            "and enter it under Channels."))
        elif status == 403:
            failure = PublishError(Failure.TOKEN, translate(
                "LinkedIn", "The LinkedIn token may not post for this organization (w_organization_social)."))
        elif status == 429:
            failure = PublishError(Failure.THROTTLED, translate(
                "LinkedIn", "LinkedIn asks to slow down; the post waits until it allows more."),
                retry_at=sane_retry_at(_retry_after(answer, self.clock()), self.clock()))
        elif status == 422 and "DUPLICATE" in (code + message).upper():
            failure = PublishError(Failure.REFUSED, translate(
                "LinkedIn", "LinkedIn refused this as a duplicate of an earlier post: check the page."))
        elif not documented and creates_post:
            failure = self.wire.odd(creates_post=True)  # not LinkedIn's documented error: nothing is proven
        else:
            failure = PublishError(Failure.REFUSED, translate("LinkedIn", "LinkedIn refused the post: {detail}").format(
                detail=self.wire.shown(message, 300) or status))
        failure.status, failure.code = status, code
        raise failure


def _retry_after(answer: Answer, now: datetime) -> datetime | None:
    """A Retry-After in seconds, where LinkedIn sends one (it documents none for its daily limits)."""
    value = answer.header("Retry-After")
    if value.isdigit() and len(value) < 9:
        return now + timedelta(seconds=int(value))
    return None


def token_expiry(entered: datetime) -> datetime:
    """LinkedIn tokens live 60 days from when they were made; Omroeper counts from their entry."""
    return entered.astimezone(UTC) + TOKEN_LIFETIME
