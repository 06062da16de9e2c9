"""Bluesky (AT Protocol): a session from an app password, posts as records at a key we choose (a TID, so a retry
can never make a second post: the record is looked up first, and the repository refuses a second one at the same
key), facets for links, mentions and hashtags in UTF-8 byte offsets, images as blobs."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

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
from services.networks.http import Answer, BadAnswer, Wire

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
    absence_is_proof = True  # no record at the post's key: it never arrived

    def __init__(self, pds_url: str, handle: str, app_password: str, *, deadline: float | None = None,
                 clock: Callable[[], datetime] = utc_now) -> None:
        self.pds = pds_url.rstrip("/")
        self.handle = handle
        self.app_password = app_password
        self.wire = Wire(urlsplit(self.pds).hostname or self.pds, deadline=deadline)
        self.wire.keep_secret(app_password)
        self.clock = clock
        self.did = ""
        self.access = ""
        self.refresh = ""

    # ---- the calls ----------------------------------------------------------------------------------------

    def new_key(self) -> str:
        return new_tid()

    def who_am_i(self) -> AccountInfo:
        account = self.account()
        info = self._call("GET", "com.atproto.server.getSession")
        did = info.get("did")
        if isinstance(did, str) and did and did != account.id:  # the session is not the one just made
            raise self.wire.odd(creates_post=False)
        return AccountInfo(name=f"@{self.wire.shown(info.get('handle', self.handle), 100)}", max_characters=300,
                           account=account)

    def account(self) -> Account:
        """The account the app password opens: its DID (from the session), and its handle."""
        self._login()
        return Account(id=self.did, name=f"@{self.wire.shown(self.handle, 100)}")

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
            record["embed"] = {"$type": "app.bsky.embed.images",
                               "images": [self._embedded(image) for image in request.images]}
        try:
            answer = self._call("POST", "com.atproto.repo.createRecord", creates_post=True,
                                json={"repo": self.did, "collection": POST, "rkey": rkey, "record": record})
        except PublishError as error:
            if error.failure is Failure.REFUSED and (again := self._existing(rkey)) is not None:
                return again  # a second record at the same key is refused: the first one stands
            raise
        uri = answer.get("uri")
        if not isinstance(uri, str) or not uri.endswith(f"/{POST}/{rkey}"):
            raise self.wire.odd(creates_post=True)
        return self._published(rkey)

    def scheduled_copy(self, remote_id: str) -> ScheduledCopy | None:
        raise PublishError(Failure.REFUSED, "Bluesky has no scheduled posts")

    def cancel_scheduled(self, remote_id: str) -> None:
        raise PublishError(Failure.REFUSED, "Bluesky has no scheduled posts")

    def safe_to_resend(self, request: PublishRequest, first_sent: datetime, now: datetime) -> bool:
        return True  # the record key decides: a resend finds the first record or makes the only one

    def find_published(self, request: PublishRequest, since: datetime) -> Published | None:
        self._login()
        return self._existing(request.idempotency_key)

    def check_scheduled(self, remote_id: str, request: PublishRequest) -> ScheduledCheck:
        raise PublishError(Failure.REFUSED, "Bluesky has no scheduled posts")

    # ---- helpers ------------------------------------------------------------------------------------------

    def _embedded(self, image: Image) -> dict[str, Any]:
        """One image of the post; with its aspect ratio when known, so the apps show it uncropped before it has
        loaded (without one they guess a square)."""
        embedded: dict[str, Any] = {"image": self._upload(image), "alt": image.alt_text}
        if image.width > 0 and image.height > 0:
            embedded["aspectRatio"] = {"width": image.width, "height": image.height}
        return embedded

    def _published(self, rkey: str) -> Published:
        return Published(remote_id=f"at://{self.did}/{POST}/{rkey}",
                         url=f"https://bsky.app/profile/{self.handle}/post/{rkey}")

    def _existing(self, rkey: str) -> Published | None:
        """The record at this key, or None when the repository says there is none (RecordNotFound). Any other
        answer raises: then it is not known, and nothing may be sent."""
        try:
            answer = self._call("GET", "com.atproto.repo.getRecord",
                                params={"repo": self.did, "collection": POST, "rkey": rkey})
        except PublishError as error:
            if error.failure is Failure.REFUSED and error.code == "RecordNotFound":
                return None
            raise
        if not isinstance(answer.get("uri"), str):
            raise self.wire.odd(creates_post=False)
        return self._published(rkey)

    def _resolve(self, handle: str) -> str | None:
        try:
            did = self._call("GET", "com.atproto.identity.resolveHandle", params={"handle": handle}).get("did")
        except PublishError:
            return None  # an unknown handle stays plain text
        return did if isinstance(did, str) and did.startswith("did:") else None

    def _upload(self, image: Image) -> Any:
        blob = self._call("POST", "com.atproto.repo.uploadBlob", data=image.data,
                          headers={"Content-Type": image.mime_type}).get("blob")
        if not isinstance(blob, dict):
            raise self.wire.odd(creates_post=False)
        return blob

    def _login(self) -> None:
        if self.access:
            return
        session = self._call("POST", "com.atproto.server.createSession", authorised=False,
                             json={"identifier": self.handle, "password": self.app_password})
        self._take(session)

    def _refresh_session(self) -> None:
        session = self._call("POST", "com.atproto.server.refreshSession", authorised=False,
                             headers={"Authorization": f"Bearer {self.refresh}"})
        self._take(session)

    def _take(self, session: dict[str, Any]) -> None:
        access, refresh, did = session.get("accessJwt"), session.get("refreshJwt"), session.get("did", self.did)
        if not (isinstance(access, str) and isinstance(refresh, str) and isinstance(did, str) and access and did):
            raise self.wire.odd(creates_post=False)
        self.access, self.refresh, self.did = access, refresh, did
        self.wire.keep_secret(access)
        self.wire.keep_secret(refresh)
        handle = session.get("handle")
        if isinstance(handle, str) and handle:
            self.handle = handle

    # ---- the wire -----------------------------------------------------------------------------------------

    def _call(self, method: str, nsid: str, *, authorised: bool = True, retry: bool = True,
              creates_post: bool = False, **options: Any) -> dict[str, Any]:
        headers = dict(options.pop("headers", {}))
        if authorised:
            headers["Authorization"] = f"Bearer {self.access}"
        answer = self.wire.send(method, f"{self.pds}/xrpc/{nsid}", creates_post=creates_post, headers=headers,
                                **options)
        try:
            body = answer.json() if answer.body else {}
        except BadAnswer:
            body = None
        if answer.status < 300:
            if not isinstance(body, dict):
                raise self.wire.odd(creates_post)
            return body
        name = str(body.get("error", "")) if isinstance(body, dict) else ""
        message = str(body.get("message", "")) if isinstance(body, dict) else ""
        if name == "ExpiredToken" and authorised and retry and self.refresh:
            self._refresh_session()
            headers.pop("Authorization", None)
            return self._call(method, nsid, authorised=authorised, retry=False, creates_post=creates_post,
                              headers=headers, **options)
        failure = self._error(answer, name, message, creates_post)
        failure.status, failure.code = answer.status, name
        raise failure

    def _error(self, answer: Answer, name: str, message: str, creates_post: bool) -> PublishError:
        status = answer.status
        if status >= 500:
            return self.wire.server_error(status, creates_post)
        if status == 401 or name in ("AuthenticationRequired", "InvalidToken", "ExpiredToken", "AccountTakedown"):
            return PublishError(Failure.TOKEN, translate(
                "Bluesky", "Bluesky refused the app password or the session (revoked or mistyped). Make a new app "
                           "password under Settings > Privacy and security and enter it under Channels."))
        if status == 429 or name == "RateLimitExceeded":
            reset = answer.header("RateLimit-Reset")
            moment = datetime.fromtimestamp(int(reset), UTC) if reset.isdigit() and len(reset) < 12 else None
            return PublishError(Failure.THROTTLED, translate(
                "Bluesky", "Bluesky asks to slow down; the post waits until it allows more."),
                retry_at=sane_retry_at(moment, self.clock()))
        if not name:  # not the documented XRPC error: nothing is proven
            return self.wire.odd(creates_post) if creates_post else PublishError(Failure.REFUSED, translate(
                "Bluesky", "Bluesky refused the request ({status}).").format(status=status))
        return PublishError(Failure.REFUSED, translate("Bluesky", "Bluesky refused the post: {detail}").format(
            detail=self.wire.shown(message or name, 300)))
