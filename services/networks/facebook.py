"""Facebook Page (Graph API): feed and photo posts, Facebook's own scheduling (10 minutes to 30 days ahead), and
Graph's error codes as messages a person can act on. Graph has no idempotency key: after a lost answer the
outbox looks among the page's recent and scheduled posts (find_published); since the page's lists can lag, a post
not found there is "unconfirmed" for the officer, never sent again by itself.

The Page token travels in the Authorization header (Graph takes `OAuth <token>` there as well as the
`access_token` parameter its examples use), so it is in no address: an address ends up in a proxy's log, a Wi-Fi
portal's redirect, and from there in a message. For the same reason the token's expiry is not asked
(/debug_token takes the token only in its address); a Page token made from a long-lived user token does not
expire, and an expired one is said as such at its first use."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

from models.common import utc_now
from services.errors import translate
from services.networks.base import (
    Account,
    AccountInfo,
    Failure,
    Published,
    PublishError,
    PublishRequest,
    ScheduledCheck,
    ScheduledCopy,
    sane_retry_at,
)
from services.networks.http import Answer, BadAnswer, Wire

GRAPH_URL = "https://graph.facebook.com/v21.0"
GRAPH_URL_VARIABLE = "OMROEPER_GRAPH_URL"  # tests and labs point the client at a local server
THROTTLE_CODES = {4, 17, 32, 613}


def graph_url() -> str:
    return os.environ.get(GRAPH_URL_VARIABLE, GRAPH_URL).rstrip("/")


class FacebookClient:
    absence_is_proof = False  # the page's lists can lag

    def __init__(self, page_id: str, token: str, *, base_url: str | None = None, deadline: float | None = None,
                 clock: Callable[[], datetime] = utc_now) -> None:
        self.page_id = page_id
        self.base = (base_url or graph_url()).rstrip("/")
        self.wire = Wire("Facebook", deadline=deadline, headers={"Authorization": f"OAuth {token}"})
        self.wire.keep_secret(token)
        self.clock = clock
        self._account: Account | None = None

    def new_key(self) -> str:
        import uuid

        return str(uuid.uuid4())  # Graph has no idempotency key; kept for the record of attempts

    def who_am_i(self) -> AccountInfo:
        account = self.account()
        return AccountInfo(name=account.name, max_characters=63206, account=account)

    def account(self) -> Account:
        """The page (or, for a user token, the person) the token speaks for: Graph's /me."""
        if self._account is None:
            me = self._call("GET", "/me", params={"fields": "id,name"})
            if not isinstance(me.get("id"), (str, int)) or not str(me["id"]):
                raise self.wire.odd(creates_post=False)
            self._account = Account(id=str(me["id"]), name=self.wire.shown(me.get("name") or me["id"], 100))
        return self._account

    def publish(self, request: PublishRequest) -> Published:
        schedule: dict[str, Any] = {}
        if request.scheduled_at is not None:
            schedule = {"published": "false", "scheduled_publish_time": str(int(request.scheduled_at.timestamp()))}
        if len(request.images) == 1 and not schedule:  # a photo post; a scheduled one goes through the feed, whose
            image = request.images[0]                  # id is the post's (is_published tells when it went out)
            answer = self._call("POST", f"/{self.page_id}/photos", creates_post=True,
                                data={"caption": request.text, **schedule},
                                files={"source": (image.name, image.data, image.mime_type)})
            post_id = answer.get("post_id") or answer.get("id")
        else:
            data: dict[str, Any] = {"message": request.text, **schedule}
            for number, image in enumerate(request.images):
                unpublished = {"published": "false", **({"temporary": "true"} if schedule else {})}
                photo = self._call("POST", f"/{self.page_id}/photos", data=unpublished,
                                   files={"source": (image.name, image.data, image.mime_type)})
                if not isinstance(photo.get("id"), (str, int)):
                    raise self.wire.odd(creates_post=False)
                data[f"attached_media[{number}]"] = json.dumps({"media_fbid": str(photo["id"])})
            post_id = self._call("POST", f"/{self.page_id}/feed", creates_post=True, data=data).get("id")
        if not isinstance(post_id, (str, int)) or not str(post_id):
            raise self.wire.odd(creates_post=True)
        return Published(remote_id=str(post_id), url="" if schedule else f"https://www.facebook.com/{post_id}",
                         scheduled=bool(schedule))

    def scheduled_copy(self, remote_id: str) -> ScheduledCopy | None:
        """The page's post with this id as Graph describes it: waiting only when Graph says it is not published
        (is_published false); None when no such object exists (any more). A published post, or an object that is
        no post at all (a photo, a comment: no is_published), is never a waiting copy."""
        try:
            post = self._call("GET", f"/{quote(remote_id, safe='')}",
                              params={"fields": "id,message,is_published,scheduled_publish_time"})
        except PublishError as error:
            if _does_not_exist(error):
                return None
            raise
        when = _unix_time(post.get("scheduled_publish_time"))
        message = post.get("message")
        return ScheduledCopy(text=message if isinstance(message, str) else "",
                             waiting=post.get("is_published") is False, scheduled_at=when)

    def cancel_scheduled(self, remote_id: str) -> None:
        try:
            self._call("DELETE", f"/{quote(remote_id, safe='')}")
        except PublishError as error:
            if error.status != 404 and not _does_not_exist(error):
                raise

    def safe_to_resend(self, request: PublishRequest, first_sent: datetime, now: datetime) -> bool:
        return False

    def find_published(self, request: PublishRequest, since: datetime) -> Published | None:
        """The page's posts since the first attempt (or its scheduled posts) with exactly this text. The page's
        lists can lag behind a post just made: None means "not seen yet", never "not there"."""
        edge = "scheduled_posts" if request.scheduled_at is not None else "feed"
        posts = self._call("GET", f"/{self.page_id}/{edge}", params={
            "fields": "id,message,created_time,permalink_url",
            "since": str(int((since - timedelta(minutes=5)).timestamp())), "limit": "50"}).get("data")
        if not isinstance(posts, list):
            raise self.wire.odd(creates_post=False)
        for post in posts:
            if isinstance(post, dict) and str(post.get("message") or "").strip() == request.text.strip():
                return Published(remote_id=str(post.get("id", "")), url=self.wire.link(post.get("permalink_url")),
                                 scheduled=request.scheduled_at is not None)
        return None

    def check_scheduled(self, remote_id: str, request: PublishRequest) -> ScheduledCheck:
        """Published once Graph says is_published; gone when the post no longer exists."""
        try:
            post = self._call("GET", f"/{quote(remote_id, safe='')}",
                              params={"fields": "id,is_published,permalink_url,created_time"})
        except PublishError as error:
            if _does_not_exist(error):
                return ScheduledCheck(gone=translate(
                    "Facebook", "Facebook no longer has this scheduled post: it was deleted there."))
            raise
        if post.get("is_published") is True:
            return ScheduledCheck(published=Published(remote_id=str(post.get("id") or remote_id),
                                                      url=self.wire.link(post.get("permalink_url"))))
        if post.get("is_published") is False:
            return ScheduledCheck()
        raise self.wire.odd(creates_post=False)

    # ---- the wire -----------------------------------------------------------------------------------------

    def _call(self, method: str, path: str, *, creates_post: bool = False, **options: Any) -> dict[str, Any]:
        answer = self.wire.send(method, self.base + path, creates_post=creates_post, **options)
        try:
            body = answer.json()
        except BadAnswer:
            body = None
        error = body.get("error") if isinstance(body, dict) else None
        if answer.status < 300 and isinstance(body, dict) and error is None:
            return body
        if answer.status < 300 and not isinstance(error, dict):
            raise self.wire.odd(creates_post)
        failure = self._error(answer, error if isinstance(error, dict) else None, creates_post)
        failure.status = answer.status
        if isinstance(error, dict):
            failure.code = f"{error.get('code', '')}/{error.get('error_subcode', '')}"
        raise failure

    def _error(self, answer: Answer, error: dict[str, Any] | None, creates_post: bool) -> PublishError:
        if answer.status >= 500:
            return self.wire.server_error(answer.status, creates_post)
        if error is None:  # not Graph's documented error body: nothing is proven
            return self.wire.odd(creates_post) if creates_post else PublishError(Failure.REFUSED, translate(
                "Facebook", "Facebook refused the request ({status}).").format(status=answer.status))
        try:
            code = int(error.get("code") or 0)
        except (TypeError, ValueError):
            code = 0
        detail = self.wire.shown(error.get("message") or answer.status, 300)
        if code == 190 or answer.status == 401:
            return PublishError(Failure.TOKEN, translate(
                "Facebook", "Facebook says the Page token is invalid or expired. Make a new Page access token "
                            "and enter it under Channels."))
        if code == 10 or 200 <= code <= 299:
            return PublishError(Failure.TOKEN, translate(
                "Facebook", "The Page token lacks a permission Facebook needs (pages_manage_posts, "
                            "pages_read_engagement). Make a new token with them."))
        if code in THROTTLE_CODES or answer.status == 429:
            now = self.clock()
            minutes = min(_minutes_to_wait(answer), 48 * 60)  # beyond that it is not believed anyway
            return PublishError(Failure.THROTTLED, translate(
                "Facebook", "Facebook asks to slow down; the post waits until it allows more."),
                retry_at=sane_retry_at(now + timedelta(minutes=minutes) if minutes else None, now))
        if code == 506:
            return PublishError(Failure.REFUSED, translate(
                "Facebook", "Facebook refused this as a duplicate of a recent post: check the page before sending "
                            "it again."))
        if error.get("is_transient"):
            return self.wire.server_error(answer.status, creates_post)
        return PublishError(Failure.REFUSED, translate("Facebook", "Facebook refused the post: {detail}").format(
            detail=detail))


def _unix_time(value: object) -> datetime | None:
    """A time Graph gives as unix seconds (a number, or its digits as text); None for anything else."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        return datetime.fromtimestamp(float(value), UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _does_not_exist(error: PublishError) -> bool:
    """Graph's "object does not exist" (code 100, subcode 33)."""
    return error.code == "100/33"


def _minutes_to_wait(answer: Answer) -> int:
    """Graph's usage headers say how many minutes until access returns; 0 when they do not say."""
    for name in ("X-Business-Use-Case-Usage", "X-Page-Usage", "X-App-Usage"):
        try:
            usage = json.loads(answer.header(name) or "{}")
        except ValueError:
            continue
        entries = [entry for value in usage.values() if isinstance(value, list) for entry in value] \
            if isinstance(usage, dict) and not usage.get("call_count") else [usage]
        waits = []
        for entry in entries:
            try:
                waits.append(int(entry.get("estimated_time_to_regain_access") or 0) if isinstance(entry, dict) else 0)
            except (TypeError, ValueError):
                continue
        if any(waits):
            return max(0, max(waits))
    return 0
