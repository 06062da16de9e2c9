"""LinkedIn organization pages (versioned REST API): posts whose text is escaped as "little text" so it is never
cut silently, images with alt text. No idempotency key and no scheduling of its own."""

from __future__ import annotations

import os
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

API_URL = "https://api.linkedin.com/rest"
API_URL_VARIABLE = "OMROEPER_LINKEDIN_URL"
API_VERSION = "202410"
TOKEN_LIFETIME = timedelta(days=60)
_LITTLE_TEXT_RESERVED = set("|{}@[]()<>#*_~\\")


def escape_little_text(text: str) -> str:
    """LinkedIn's commentary treats these characters as markup and cuts the post at the first unescaped one."""
    return "".join("\\" + char if char in _LITTLE_TEXT_RESERVED else char for char in text)


def api_url() -> str:
    return os.environ.get(API_URL_VARIABLE, API_URL).rstrip("/")


class LinkedInClient:
    def __init__(self, organization_id: str, token: str, *, base_url: str | None = None,
                 session: requests.Session | None = None, clock: Callable[[], datetime] = utc_now) -> None:
        self.author = f"urn:li:organization:{organization_id}"
        self.organization_id = organization_id
        self.base = (base_url or api_url()).rstrip("/")
        self.http = session or requests.Session()
        self.http.headers.update({"Authorization": f"Bearer {token}", "LinkedIn-Version": API_VERSION,
                                  "X-Restli-Protocol-Version": "2.0.0", "User-Agent": "Omroeper"})
        self.clock = clock

    def new_key(self) -> str:
        import uuid

        return str(uuid.uuid4())

    def who_am_i(self) -> AccountInfo:
        organization = self._call("GET", f"/organizations/{self.organization_id}").json()
        return AccountInfo(name=str(organization.get("localizedName", self.author)), max_characters=3000)

    def publish(self, request: PublishRequest) -> Published:
        body: dict[str, Any] = {
            "author": self.author,
            "commentary": escape_little_text(request.text),
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
        response = self._call("POST", "/posts", json=body)
        urn = response.headers.get("x-restli-id", "")
        if not urn:
            raise PublishError(Failure.UNKNOWN, translate(
                "LinkedIn", "LinkedIn accepted the post without saying which it is; check the page."))
        return Published(remote_id=urn, url=f"https://www.linkedin.com/feed/update/{urn}/")

    def cancel_scheduled(self, remote_id: str) -> None:
        raise PublishError(Failure.REFUSED, "LinkedIn has no scheduled posts")

    def safe_to_resend(self, request: PublishRequest, first_sent: datetime, now: datetime) -> bool:
        return False

    def find_published(self, request: PublishRequest, since: datetime) -> Published | None:
        answer = self._call("GET", "/posts", params={"author": self.author, "q": "author", "count": "20"}).json()
        wanted = escape_little_text(request.text)
        for post in answer.get("elements", []):
            created = int(post.get("createdAt") or 0) / 1000
            if post.get("commentary") == wanted and created >= (since - timedelta(minutes=5)).timestamp():
                urn = str(post["id"])
                return Published(remote_id=urn, url=f"https://www.linkedin.com/feed/update/{urn}/")
        return None

    def _upload(self, image: Image) -> str:
        started = self._call("POST", "/images", params={"action": "initializeUpload"},
                             json={"initializeUploadRequest": {"owner": self.author}}).json()["value"]
        with image.path.open("rb") as handle:
            self._call("PUT", "", absolute=started["uploadUrl"], data=handle.read(),
                       headers={"Content-Type": image.mime_type})
        return str(started["image"])

    def _call(self, method: str, path: str, *, absolute: str = "", **options: Any) -> requests.Response:
        try:
            response = self.http.request(method, absolute or self.base + path, allow_redirects=False,
                                         timeout=(CONNECT_TIMEOUT, READ_TIMEOUT), **options)
        except requests.RequestException as error:
            if not_sent(error):
                raise PublishError(Failure.TEMPORARY, translate(
                    "LinkedIn", "LinkedIn cannot be reached (offline?). It will be tried again.")) from None
            raise PublishError(Failure.UNKNOWN, translate(
                "LinkedIn", "The connection to LinkedIn broke after sending; it is not known whether the post "
                            "arrived.")) from None
        if response.status_code < 300:
            return response
        try:
            body = response.json()
        except ValueError:
            body = {}
        status = response.status_code
        code = str(body.get("code") or body.get("serviceErrorCode") or "")
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
                retry_at=self.clock() + timedelta(hours=1))
        elif status == 422 and "DUPLICATE" in (code + str(body.get("message", ""))).upper():
            failure = PublishError(Failure.REFUSED, translate(
                "LinkedIn", "LinkedIn refused this as a duplicate of an earlier post: check the page."))
        elif status >= 500:
            failure = PublishError(Failure.TEMPORARY, translate(
                "LinkedIn", "LinkedIn has a problem of its own; it will be tried again."))
        else:
            failure = PublishError(Failure.REFUSED, translate("LinkedIn", "LinkedIn refused the post: {detail}").format(
                detail=body.get("message") or status))
        failure.status = status
        raise failure


def token_expiry(entered: datetime) -> datetime:
    """LinkedIn tokens live 60 days from when they were made; Omroeper counts from their entry."""
    return entered.astimezone(UTC) + TOKEN_LIFETIME
