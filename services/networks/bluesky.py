"""Bluesky (AT Protocol): a session from an app password, posts as records at a key we choose (a TID, so a retry
can never make a second post), facets for links, mentions and hashtags in UTF-8 byte offsets, images as blobs."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import requests

from models.common import utc_now
from services.errors import translate
from services.networks.base import (
    CONNECT_TIMEOUT,
    READ_TIMEOUT,
    AccountInfo,
    Failure,
    Published,
    PublishError,
    PublishRequest,
    not_sent,
)

_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
_URL = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]}]")
_MENTION = re.compile(r"(?<![\w@])@([a-zA-Z0-9][a-zA-Z0-9.-]*\.[a-zA-Z]{2,})")
_TAG = re.compile(r"(?<![\w#])#(\w+)")
POST = "app.bsky.feed.post"


def new_tid(now_us: int | None = None, clock_id: int | None = None) -> str:
    """A timestamp identifier: microseconds since 1970 and a 10-bit clock id, in sortable base32 (13 chars)."""
    micros = now_us if now_us is not None else time.time_ns() // 1000
    clock = clock_id if clock_id is not None else int.from_bytes(os.urandom(2), "big") & 0x3FF
    value = (micros << 10) | clock
    chars = []
    for _ in range(13):
        chars.append(_TID_ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def facets_of(text: str, resolve_handle: Callable[[str], str | None]) -> list[dict[str, Any]]:
    """Links, mentions and hashtags with their UTF-8 byte ranges (end exclusive), as the app view expects."""

    def span(match: re.Match[str]) -> dict[str, int]:
        start = len(text[:match.start()].encode("utf-8"))
        return {"byteStart": start, "byteEnd": start + len(match.group().encode("utf-8"))}

    facets: list[dict[str, Any]] = []
    for match in _URL.finditer(text):
        facets.append({"index": span(match),
                       "features": [{"$type": "app.bsky.richtext.facet#link", "uri": match.group()}]})
    for match in _MENTION.finditer(text):
        did = resolve_handle(match.group(1))
        if did:
            facets.append({"index": span(match),
                           "features": [{"$type": "app.bsky.richtext.facet#mention", "did": did}]})
    for match in _TAG.finditer(text):
        if not match.group(1).isdigit():
            facets.append({"index": span(match),
                           "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": match.group(1)}]})
    return sorted(facets, key=lambda facet: facet["index"]["byteStart"])


class BlueskyClient:
    def __init__(self, pds_url: str, handle: str, app_password: str, *, session: requests.Session | None = None,
                 clock: Callable[[], datetime] = utc_now) -> None:
        self.pds = pds_url.rstrip("/")
        self.handle = handle
        self.app_password = app_password
        self.http = session or requests.Session()
        self.http.headers["User-Agent"] = "Omroeper"
        self.clock = clock
        self.did = ""
        self.access = ""
        self.refresh = ""

    # ---- the calls ----------------------------------------------------------------------------------------

    def new_key(self) -> str:
        return new_tid()

    def who_am_i(self) -> AccountInfo:
        self._login()
        info = self._call("GET", "com.atproto.server.getSession")
        return AccountInfo(name=f"@{info.get('handle', self.handle)}", max_characters=300)

    def publish(self, request: PublishRequest) -> Published:
        self._login()
        rkey = request.idempotency_key
        existing = self._existing(rkey)
        if existing is not None:
            return existing  # sent before (the answer was lost): the record is there
        record: dict[str, Any] = {
            "$type": POST,
            "text": request.text,
            "createdAt": self.clock().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
            "langs": [request.language],
        }
        facets = facets_of(request.text, self._resolve)
        if facets:
            record["facets"] = facets
        if request.images:
            record["embed"] = {"$type": "app.bsky.embed.images", "images": [
                {"image": self._upload(image.path.read_bytes(), image.mime_type), "alt": image.alt_text}
                for image in request.images]}
        try:
            self._call("POST", "com.atproto.repo.createRecord",
                       json={"repo": self.did, "collection": POST, "rkey": rkey, "record": record})
        except PublishError as error:
            if error.failure is Failure.REFUSED and (again := self._existing(rkey)) is not None:
                return again  # a second record at the same key is refused: the first one stands
            raise
        return self._published(rkey)

    def cancel_scheduled(self, remote_id: str) -> None:
        raise PublishError(Failure.REFUSED, "Bluesky has no scheduled posts")

    def safe_to_resend(self, request: PublishRequest, first_sent: datetime, now: datetime) -> bool:
        return True  # the record key decides: a resend finds the first record or makes the only one

    def find_published(self, request: PublishRequest, since: datetime) -> Published | None:
        self._login()
        return self._existing(request.idempotency_key)

    # ---- helpers ------------------------------------------------------------------------------------------

    def _published(self, rkey: str) -> Published:
        return Published(remote_id=f"at://{self.did}/{POST}/{rkey}",
                         url=f"https://bsky.app/profile/{self.handle}/post/{rkey}")

    def _existing(self, rkey: str) -> Published | None:
        try:
            self._call("GET", "com.atproto.repo.getRecord",
                       params={"repo": self.did, "collection": POST, "rkey": rkey})
        except PublishError as error:
            if error.failure is Failure.REFUSED:
                return None  # RecordNotFound
            raise
        return self._published(rkey)

    def _resolve(self, handle: str) -> str | None:
        try:
            return str(self._call("GET", "com.atproto.identity.resolveHandle", params={"handle": handle})["did"])
        except (PublishError, KeyError):
            return None  # an unknown handle stays plain text

    def _upload(self, data: bytes, mime_type: str) -> Any:
        return self._call("POST", "com.atproto.repo.uploadBlob", data=data,
                          headers={"Content-Type": mime_type})["blob"]

    def _login(self) -> None:
        if self.access:
            return
        session = self._call("POST", "com.atproto.server.createSession", authorised=False,
                             json={"identifier": self.handle, "password": self.app_password})
        self.access, self.refresh = session["accessJwt"], session["refreshJwt"]
        self.did, self.handle = session["did"], session.get("handle", self.handle)

    def _refresh_session(self) -> None:
        session = self._call("POST", "com.atproto.server.refreshSession", authorised=False,
                             headers={"Authorization": f"Bearer {self.refresh}"})
        self.access, self.refresh = session["accessJwt"], session["refreshJwt"]

    # ---- the wire -----------------------------------------------------------------------------------------

    def _call(self, method: str, nsid: str, *, authorised: bool = True, retry: bool = True,
              **options: Any) -> Any:
        headers = dict(options.pop("headers", {}))
        if authorised:
            headers["Authorization"] = f"Bearer {self.access}"
        try:
            response = self.http.request(method, f"{self.pds}/xrpc/{nsid}", headers=headers,
                                         timeout=(CONNECT_TIMEOUT, READ_TIMEOUT), allow_redirects=False, **options)
        except requests.RequestException as error:
            if not_sent(error):
                raise PublishError(Failure.TEMPORARY, translate(
                    "Bluesky", "Bluesky cannot be reached (offline?). It will be tried again.")) from None
            raise PublishError(Failure.UNKNOWN, translate(
                "Bluesky", "The connection to Bluesky broke after sending; it is not known whether the post "
                           "arrived.")) from None
        if response.status_code < 300:
            return response.json() if response.content else {}
        try:
            body = response.json()
        except ValueError:
            body = {}
        name, message = str(body.get("error", "")), str(body.get("message", ""))
        if name == "ExpiredToken" and authorised and retry and self.refresh:
            self._refresh_session()
            return self._call(method, nsid, authorised=authorised, retry=False, headers=headers, **options)
        failure = self._error(response.status_code, name, message, response)
        failure.status = response.status_code
        raise failure

    def _error(self, status: int, name: str, message: str, response: requests.Response) -> PublishError:
        if status == 401 or name in ("AuthenticationRequired", "InvalidToken", "ExpiredToken",
                                     "AccountTakedown"):
            return PublishError(Failure.TOKEN, translate(
                "Bluesky", "Bluesky refused the app password or the session (revoked or mistyped). Make a new app "
                           "password under Settings > Privacy and security and enter it under Channels."))
        if status == 429 or name == "RateLimitExceeded":
            reset = response.headers.get("RateLimit-Reset", "")
            retry_at = datetime.fromtimestamp(int(reset), UTC) if reset.isdigit() else None
            return PublishError(Failure.THROTTLED, translate(
                "Bluesky", "Bluesky asks to slow down; the post waits until it allows more."), retry_at=retry_at)
        if status >= 500:
            return PublishError(Failure.TEMPORARY, translate(
                "Bluesky", "Bluesky has a problem of its own ({status}); it will be tried again.").format(
                status=status))
        return PublishError(Failure.REFUSED, translate("Bluesky", "Bluesky refused the post: {detail}").format(
            detail=message or name or status))
