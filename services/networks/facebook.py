"""Facebook Page (Graph API): feed and photo posts, Facebook's own scheduling (10 minutes to 30 days ahead), and
Graph's error codes as messages a person can act on. Graph has no idempotency key: after a lost answer the
outbox looks among the page's recent and scheduled posts (find_published) before anything is sent again."""

from __future__ import annotations

import json
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
    Published,
    PublishError,
    PublishRequest,
    not_sent,
)

GRAPH_URL = "https://graph.facebook.com/v21.0"
GRAPH_URL_VARIABLE = "OMROEPER_GRAPH_URL"  # tests and labs point the client at a local server
THROTTLE_CODES = {4, 17, 32, 613}


def graph_url() -> str:
    return os.environ.get(GRAPH_URL_VARIABLE, GRAPH_URL).rstrip("/")


class FacebookClient:
    def __init__(self, page_id: str, token: str, *, base_url: str | None = None,
                 session: requests.Session | None = None, clock: Callable[[], datetime] = utc_now) -> None:
        self.page_id = page_id
        self.token = token
        self.base = (base_url or graph_url()).rstrip("/")
        self.http = session or requests.Session()
        self.http.headers["User-Agent"] = "Omroeper"
        self.clock = clock

    def new_key(self) -> str:
        import uuid

        return str(uuid.uuid4())  # Graph has no idempotency key; kept for the record of attempts

    def who_am_i(self) -> AccountInfo:
        page = self._call("GET", "/me", params={"fields": "id,name"})
        expires = None
        try:
            debug = self._call("GET", "/debug_token", params={"input_token": self.token})["data"]
            if debug.get("expires_at"):
                expires = datetime.fromtimestamp(int(debug["expires_at"]), UTC)
        except (PublishError, KeyError, TypeError, ValueError):
            pass
        return AccountInfo(name=str(page.get("name", self.page_id)), max_characters=63206, token_expires_at=expires)

    def publish(self, request: PublishRequest) -> Published:
        schedule: dict[str, Any] = {}
        if request.scheduled_at is not None:
            schedule = {"published": "false", "scheduled_publish_time": str(int(request.scheduled_at.timestamp()))}
        if len(request.images) == 1:
            image = request.images[0]
            with image.path.open("rb") as handle:
                answer = self._call("POST", f"/{self.page_id}/photos", data={"caption": request.text, **schedule},
                                    files={"source": (image.path.name, handle, image.mime_type)})
            post_id = str(answer.get("post_id") or answer["id"])
        else:
            data: dict[str, Any] = {"message": request.text, **schedule}
            for number, image in enumerate(request.images):
                with image.path.open("rb") as handle:
                    photo = self._call("POST", f"/{self.page_id}/photos", data={"published": "false"},
                                       files={"source": (image.path.name, handle, image.mime_type)})
                data[f"attached_media[{number}]"] = json.dumps({"media_fbid": photo["id"]})
            post_id = str(self._call("POST", f"/{self.page_id}/feed", data=data)["id"])
        return Published(remote_id=post_id, url="" if schedule else f"https://www.facebook.com/{post_id}",
                         scheduled=bool(schedule))

    def cancel_scheduled(self, remote_id: str) -> None:
        try:
            self._call("DELETE", f"/{remote_id}")
        except PublishError as error:
            if error.status != 404:
                raise

    def safe_to_resend(self, request: PublishRequest, first_sent: datetime, now: datetime) -> bool:
        return False

    def find_published(self, request: PublishRequest, since: datetime) -> Published | None:
        """The page's posts since the first attempt (or its scheduled posts) with exactly this text."""
        edge = "scheduled_posts" if request.scheduled_at is not None else "feed"
        posts = self._call("GET", f"/{self.page_id}/{edge}", params={
            "fields": "id,message,created_time,permalink_url",
            "since": str(int((since - timedelta(minutes=5)).timestamp())), "limit": "50"}).get("data", [])
        for post in posts:
            if (post.get("message") or "").strip() == request.text.strip():
                return Published(remote_id=str(post["id"]), url=str(post.get("permalink_url") or ""),
                                 scheduled=request.scheduled_at is not None)
        return None

    # ---- the wire -----------------------------------------------------------------------------------------

    def _call(self, method: str, path: str, **options: Any) -> Any:
        params = dict(options.pop("params", {}))
        params["access_token"] = self.token
        try:
            response = self.http.request(method, self.base + path, params=params, allow_redirects=False,
                                         timeout=(CONNECT_TIMEOUT, READ_TIMEOUT), **options)
        except requests.RequestException as error:
            if not_sent(error):
                raise PublishError(Failure.TEMPORARY, translate(
                    "Facebook", "Facebook cannot be reached (offline?). It will be tried again.")) from None
            raise PublishError(Failure.UNKNOWN, translate(
                "Facebook", "The connection to Facebook broke after sending; it is not known whether the post "
                            "arrived.")) from None
        try:
            body = response.json()
        except ValueError:
            body = {}
        if response.status_code < 300 and "error" not in body:
            return body
        failure = self._error(response, body.get("error") or {})
        failure.status = response.status_code
        raise failure

    def _error(self, response: requests.Response, error: dict[str, Any]) -> PublishError:
        code = int(error.get("code") or 0)
        detail = str(error.get("message") or response.status_code)
        if code == 190 or response.status_code == 401:
            return PublishError(Failure.TOKEN, translate(
                "Facebook", "Facebook says the Page token is invalid or expired. Make a new Page access token "
                            "and enter it under Channels."))
        if code == 10 or 200 <= code <= 299:
            return PublishError(Failure.TOKEN, translate(
                "Facebook", "The Page token lacks a permission Facebook needs (pages_manage_posts, "
                            "pages_read_engagement). Make a new token with them."))
        if code in THROTTLE_CODES or response.status_code == 429:
            return PublishError(Failure.THROTTLED, translate(
                "Facebook", "Facebook asks to slow down; the post waits until it allows more."),
                retry_at=self.clock() + timedelta(minutes=_minutes_to_wait(response)))
        if code == 506:
            return PublishError(Failure.REFUSED, translate(
                "Facebook", "Facebook refused this as a duplicate of a recent post: check the page before sending "
                            "it again."))
        if response.status_code >= 500 or error.get("is_transient"):
            return PublishError(Failure.TEMPORARY, translate(
                "Facebook", "Facebook has a problem of its own; it will be tried again."))
        return PublishError(Failure.REFUSED, translate("Facebook", "Facebook refused the post: {detail}").format(
            detail=detail))


def _minutes_to_wait(response: requests.Response) -> int:
    """Graph's usage headers say how long until access returns; 15 minutes when they do not."""
    for name in ("X-Business-Use-Case-Usage", "X-Page-Usage", "X-App-Usage"):
        try:
            usage = json.loads(response.headers.get(name, "") or "{}")
        except ValueError:
            continue
        entries = [entry for value in usage.values() if isinstance(value, list) for entry in value] \
            if isinstance(usage, dict) and not usage.get("call_count") else [usage]
        waits = [int(entry.get("estimated_time_to_regain_access") or 0) for entry in entries if isinstance(entry, dict)]
        if any(waits):
            return max(waits)
    return 15
