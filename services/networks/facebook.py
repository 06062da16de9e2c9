"""Facebook Page (Graph API): feed and photo posts, Facebook's own scheduling (10 minutes to 30 days ahead), and
Graph's error codes as messages a person can act on. Graph has no idempotency key: after a lost answer the
outbox looks among the page's recent and scheduled posts (find_published); since the page's lists can lag, a post
not found there is "unconfirmed" for the officer, never sent again by itself.

The Page token travels in the Authorization header (Graph takes `OAuth <token>` there as well as the
`access_token` parameter its examples use), so it is in no address: an address ends up in a proxy's log, a Wi-Fi
portal's redirect, and from there in a message. For the same reason the token's expiry is not asked
(/debug_token takes the token only in its address); a Page token made from a long-lived user token does not
expire, and an expired one is said as such at its first use.

The inbox: comments on the page's posts of the last 14 days (`/{post-id}/comments` with `filter=stream`, so answers
to comments come too, newest first, paged by Graph's cursors down to where the last fetch stopped; a post whose
`updated_time` is older than that has nothing new), and Messenger conversations (`/{page-id}/conversations`
with `platform=messenger`, newest first, and their messages). Comments asked for again show edits and deletions.
An answer to a comment is `POST /{comment-id}/comments`; to a Messenger message `POST /{page-id}/messages` with
`messaging_type` RESPONSE, which Messenger allows only within 24 hours of the resident's last message. Facebook
has no key that makes a resend safe: a lost answer is looked for among the comment's answers or the conversation's
messages. Permissions: pages_read_engagement and pages_read_user_content (reading), pages_manage_engagement
(answering comments), pages_messaging (Messenger)."""

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
    Fetched,
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

GRAPH_URL = "https://graph.facebook.com/v21.0"
GRAPH_URL_VARIABLE = "OMROEPER_GRAPH_URL"  # tests and labs point the client at a local server
THROTTLE_CODES = {4, 17, 32, 613}
PAGE_SIZE = 100  # comments or messages a page (Graph's own maximum varies by edge)
MAX_PAGES = 50  # pages of one edge in one fetch; the rest comes at the next
POSTS_DAYS = 14  # comments are fetched on the page's posts of this many days
OVERLAP = timedelta(minutes=15)  # read back this far past the last fetch's mark (Graph's lists lag a little)
USAGE_MARGIN = 90  # percent of the page's or app's call budget at which the inbox stops until later
WINDOW_CLOSED = (10, 2018278)  # Messenger: "message sent outside of allowed window"


def graph_url() -> str:
    return os.environ.get(GRAPH_URL_VARIABLE, GRAPH_URL).rstrip("/")


class FacebookClient:
    absence_is_proof = False  # the page's lists can lag

    def __init__(self, page_id: str, token: str, *, base_url: str | None = None, deadline: float | None = None,
                 clock: Callable[[], datetime] = utc_now, page_size: int = PAGE_SIZE) -> None:
        self.page_id = page_id
        self.page_size = max(1, min(PAGE_SIZE, page_size))
        self.base = (base_url or graph_url()).rstrip("/")
        self.wire = Wire("Facebook", deadline=deadline, headers={"Authorization": f"OAuth {token}"})
        self.wire.keep_secret(token)
        self.clock = clock
        self._account: Account | None = None
        self._inbox = False  # the inbox is being read: a missing permission is named for it
        self.last_answer: Answer | None = None

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
            me_id = self.wire.answer_id(me.get("id"))
            if not me_id:
                raise self.wire.odd(creates_post=False)
            self._account = Account(id=me_id, name=self.wire.shown(me.get("name") or me_id, 100))
        return self._account

    def publish(self, request: PublishRequest) -> Published:
        if request.reply is not None:
            return self._answer(request)
        schedule: dict[str, Any] = {}
        if request.scheduled_at is not None:
            schedule = {"published": "false", "scheduled_publish_time": str(int(request.scheduled_at.timestamp()))}
        if len(request.images) == 1 and not schedule:  # a photo post; a scheduled one goes through the feed, whose
            image = request.images[0]                  # id is the post's (is_published tells when it went out)
            answer = self._call("POST", f"/{self.page_id}/photos", creates_post=True,
                                data={"caption": request.text, **schedule},
                                files={"source": (image.name, image.data, image.mime_type)})
            post_id = self.wire.answer_id(answer.get("post_id") or answer.get("id"))
        else:
            data: dict[str, Any] = {"message": request.text, **schedule}
            for number, image in enumerate(request.images):
                unpublished = {"published": "false", **({"temporary": "true"} if schedule else {})}
                photo = self._call("POST", f"/{self.page_id}/photos", data=unpublished,
                                   files={"source": (image.name, image.data, image.mime_type)})
                photo_id = self.wire.answer_id(photo.get("id"))
                if not photo_id:
                    raise self.wire.odd(creates_post=False)
                data[f"attached_media[{number}]"] = json.dumps({"media_fbid": photo_id})
            post_id = self.wire.answer_id(self._call("POST", f"/{self.page_id}/feed", creates_post=True,
                                                     data=data).get("id"))
        if not post_id:
            raise self.wire.odd(creates_post=True)
        return Published(remote_id=post_id, url="" if schedule else f"https://www.facebook.com/{post_id}",
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
        if request.reply is not None:
            return self._find_answer(request, since)
        edge = "scheduled_posts" if request.scheduled_at is not None else "feed"
        posts = self._call("GET", f"/{self.page_id}/{edge}", params={
            "fields": "id,message,created_time,permalink_url",
            "since": str(int((since - timedelta(minutes=5)).timestamp())), "limit": "50"}).get("data")
        if not isinstance(posts, list):
            raise self.wire.odd(creates_post=False)
        for post in posts:
            if isinstance(post, dict) and str(post.get("message") or "").strip() == request.text.strip() \
                    and (post_id := self.wire.answer_id(post.get("id"))):
                return Published(remote_id=post_id, url=self.wire.link(post.get("permalink_url")),
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
            return ScheduledCheck(published=Published(remote_id=self.wire.answer_id(post.get("id")) or remote_id,
                                                      url=self.wire.link(post.get("permalink_url"))))
        if post.get("is_published") is False:
            return ScheduledCheck()
        raise self.wire.odd(creates_post=False)

    # ---- the inbox ----------------------------------------------------------------------------------------

    def fetch_inbox(self, cursor: str, since: datetime) -> Fetched:
        """Comments and Messenger messages newer than `cursor` (unix seconds of the newest one the last fetch saw);
        without one, those since `since` (a new account's bounded history)."""
        self._inbox = True
        mark = _unix_time(cursor) if cursor.isdigit() else None
        floor = mark - OVERLAP if mark is not None else since
        fetched = Fetched(cursor=cursor)
        newest = mark
        posts_from = min(since, self.clock() - timedelta(days=POSTS_DAYS))
        for post in self._pages(f"/{self.page_id}/published_posts", {
                "fields": "id,created_time,updated_time,permalink_url",
                "since": str(int(posts_from.timestamp())), "limit": "100"}, stop=lambda post: False):
            post_id = str(post.get("id") or "")
            updated = server_instant(post.get("updated_time")) or server_instant(post.get("created_time"))
            if not post_id or (mark is not None and updated is not None and updated < floor):
                continue  # nothing new under it since the last fetch
            for comment in self._pages(f"/{quote(post_id, safe='')}/comments", {
                    "fields": "id,message,created_time,from{id,name},parent{id},attachment,permalink_url",
                    "filter": "stream", "order": "reverse_chronological", "since": str(int(floor.timestamp())),
                    "limit": str(self.page_size)}, stop=lambda found: _older(found, floor)):
                message = self._comment(comment, post_id)
                if message is not None and message.created_at >= floor:
                    fetched.items.append(message)
                    newest = max(newest or message.created_at, message.created_at)
        for talk in self._pages(f"/{self.page_id}/conversations", {
                "platform": "messenger", "fields": "id,updated_time,link", "limit": str(min(25, self.page_size))},
                stop=lambda found: _older(found, floor, "updated_time")):
            talk_id = str(talk.get("id") or "")
            updated = server_instant(talk.get("updated_time"))
            if not talk_id or updated is None or updated < floor:
                continue
            for note in self._pages(f"/{quote(talk_id, safe='')}/messages", {
                    "fields": "id,message,created_time,from,attachments", "limit": str(self.page_size)},
                    stop=lambda found: _older(found, floor)):
                message = self._message(note, talk_id, str(talk.get("link") or ""))
                if message is not None and message.created_at >= floor:
                    fetched.items.append(message)
                    newest = max(newest or message.created_at, message.created_at)
        fetched.cursor = str(int(newest.timestamp())) if newest is not None else cursor
        return fetched

    def look_again(self, remote_ids: list[str]) -> Fetched:
        """Comments fetched before, asked for again: their text as it is now (an edit), or gone (deleted, or
        hidden from the page by its author). A Messenger message cannot be edited; it is not asked for."""
        self._inbox = True
        fetched = Fetched()
        for remote_id in remote_ids:
            if remote_id.startswith("m_") or not remote_id:
                continue
            try:
                comment = self._call("GET", f"/{quote(remote_id, safe='')}",
                                     params={"fields": "id,message,created_time,from{id,name},parent{id},"
                                                       "attachment,permalink_url"})
            except PublishError as error:
                if _does_not_exist(error) or error.status == 404:
                    fetched.gone.append(remote_id)
                    continue
                raise
            message = self._comment(comment, "")
            if message is not None:
                fetched.edited.append(message)
        return fetched

    def _pages(self, path: str, params: dict[str, str], stop: Callable[[dict[str, Any]], bool]
               ) -> list[dict[str, Any]]:
        """Every entry of an edge, page by page by Graph's `after` cursor (never by the address it names), until
        `stop` is true of one (the lists are newest first) or MAX_PAGES were read."""
        found: list[dict[str, Any]] = []
        after = ""
        for _page in range(MAX_PAGES):
            answer = self._call("GET", path, params={**params, **({"after": after} if after else {})})
            data = answer.get("data")
            if not isinstance(data, list):
                raise self.wire.odd(creates_post=False)
            entries = [entry for entry in data if isinstance(entry, dict)]
            found += entries
            self._keep_within_limit()
            paging = answer.get("paging")
            cursors = paging.get("cursors") if isinstance(paging, dict) else None
            after_next = cursors.get("after") if isinstance(cursors, dict) else None
            if not entries or any(stop(entry) for entry in entries) or not isinstance(paging, dict) or \
                    not paging.get("next") or not isinstance(after_next, str) or not after_next or after_next == after:
                break
            after = after_next
        return found

    def _comment(self, comment: dict[str, Any], post_id: str) -> Incoming | None:
        """A comment on a page post as a message; None for the page's own and for one without what a message
        needs."""
        comment_id = self.wire.answer_id(comment.get("id"))
        created = server_instant(comment.get("created_time")) or self.clock()  # unreadable: kept, as fetched now
        author = comment.get("from") if isinstance(comment.get("from"), dict) else {}
        assert isinstance(author, dict)
        author_id = self.wire.answer_id(author.get("id"))
        if not comment_id or author_id == self.page_id:
            return None
        parent = comment.get("parent")
        parent_id = self.wire.answer_id(parent.get("id")) if isinstance(parent, dict) else ""
        text = comment.get("message")
        text = self.wire.masked(text) if isinstance(text, str) else ""
        post = post_id or comment_id.split("_", 1)[0]
        name = self.wire.masked(author.get("name"))
        return Incoming(
            remote_id=comment_id, kind="reply", created_at=created, text=text, source=text,
            author_name=name, author_handle=name,
            author_ref=author_id, url=self.wire.link(comment.get("permalink_url")),
            answers_remote_id=parent_id or post_id, conversation_key=post_id or post,
            images=self._attachment_images(comment.get("attachment")))

    def _message(self, note: dict[str, Any], talk_id: str, link: str) -> Incoming | None:
        """A Messenger message from a resident (the page's own are left out)."""
        message_id = self.wire.answer_id(note.get("id"))
        created = server_instant(note.get("created_time")) or self.clock()  # unreadable: kept, as fetched now
        author = note.get("from") if isinstance(note.get("from"), dict) else {}
        assert isinstance(author, dict)
        author_id = self.wire.answer_id(author.get("id"))
        if not message_id or author_id in ("", self.page_id):
            return None
        text = note.get("message")
        text = self.wire.masked(text) if isinstance(text, str) else ""
        attachments = note.get("attachments")
        entries = attachments.get("data") if isinstance(attachments, dict) else None
        images = tuple(image for entry in (entries if isinstance(entries, list) else []) if isinstance(entry, dict)
                       for image in self._attachment_images(entry))
        name = self.wire.masked(author.get("name"))
        return Incoming(
            remote_id=message_id, kind="message", created_at=created, text=text, source=text,
            author_name=name, author_handle=name,
            author_ref=author_id, visibility="direct", conversation_key=talk_id,
            url=self.wire.link(f"https://www.facebook.com{link}" if link.startswith("/") else link), images=images)

    def _attachment_images(self, attachment: object) -> tuple[tuple[str, str], ...]:
        """The image of a comment's attachment (or of a Messenger attachment) as (address, alt text)."""
        if not isinstance(attachment, dict):
            return ()
        media = attachment.get("media")
        image = media.get("image") if isinstance(media, dict) else None
        source = image.get("src") if isinstance(image, dict) else None
        data = attachment.get("image_data")
        if source is None and isinstance(data, dict):
            source = data.get("url")
        link = self.wire.link(source)
        return ((link, self.wire.masked(attachment.get("description"))),) if link else ()

    def _answer(self, request: PublishRequest) -> Published:
        """An answer: under the resident's comment, or in Messenger to the resident (within the window)."""
        reply = request.reply
        assert reply is not None
        if reply.private or reply.kind == "message":
            if not reply.author_ref:
                raise PublishError(Failure.REFUSED, translate(
                    "Facebook", "Facebook did not say who wrote this message, so it cannot be answered in Messenger."))
            sent = self._call("POST", f"/{self.page_id}/messages", creates_post=True, json={
                "recipient": {"id": reply.author_ref}, "messaging_type": "RESPONSE",
                "message": {"text": request.text}})
            message_id = self.wire.answer_id(sent.get("message_id"))
            if not message_id:
                raise self.wire.odd(creates_post=True)
            return Published(remote_id=message_id)
        made = self._call("POST", f"/{quote(reply.remote_id, safe='')}/comments", creates_post=True,
                          data={"message": request.text})
        comment_id = self.wire.answer_id(made.get("id"))
        if not comment_id:
            raise self.wire.odd(creates_post=True)
        return Published(remote_id=comment_id, url=f"https://www.facebook.com/{comment_id}")

    def _find_answer(self, request: PublishRequest, since: datetime) -> Published | None:
        """A lost answer: the page's answer with this text under the comment, or in the resident's
        conversation, since the first attempt. None means only "not seen yet"."""
        reply = request.reply
        assert reply is not None
        floor = since - timedelta(minutes=5)
        if reply.private or reply.kind == "message":
            talks = self._call("GET", f"/{self.page_id}/conversations", params={
                "platform": "messenger", "user_id": reply.author_ref, "fields": "id"}).get("data")
            entries = [str(talk.get("id")) for talk in talks or [] if isinstance(talk, dict) and talk.get("id")] \
                if isinstance(talks, list) else []
            for talk_id in entries[:1]:
                for note in self._pages(f"/{quote(talk_id, safe='')}/messages", {
                        "fields": "id,message,created_time,from", "limit": "50"},
                        stop=lambda found: _older(found, floor)):
                    if self._ours(note, request.text, floor) and (message_id := self.wire.answer_id(note.get("id"))):
                        return Published(remote_id=message_id)
            return None
        for comment in self._pages(f"/{quote(reply.remote_id, safe='')}/comments", {
                "fields": "id,message,created_time,from{id,name}", "filter": "stream",
                "order": "reverse_chronological", "limit": "50"}, stop=lambda found: _older(found, floor)):
            comment_id = self.wire.answer_id(comment.get("id"))
            if self._ours(comment, request.text, floor) and comment_id:
                return Published(remote_id=comment_id, url=f"https://www.facebook.com/{comment_id}")
        return None

    def _ours(self, entry: dict[str, Any], text: str, floor: datetime) -> bool:
        author = entry.get("from")
        when = server_instant(entry.get("created_time"))
        return isinstance(author, dict) and str(author.get("id") or "") == self.page_id and \
            str(entry.get("message") or "").strip() == text.strip() and (when is None or when >= floor)

    def _keep_within_limit(self) -> None:
        """Stops before the page's or the app's call budget runs out (Graph's usage headers, in percent)."""
        answer = self.last_answer
        if answer is None:
            return
        for name in ("X-Page-Usage", "X-App-Usage"):
            try:
                usage = json.loads(answer.header(name) or "{}")
            except ValueError:
                continue
            used = [value for key, value in usage.items() if key in ("call_count", "total_cputime", "total_time")
                    and isinstance(value, (int, float))] if isinstance(usage, dict) else []
            if used and max(used) >= USAGE_MARGIN:
                now = self.clock()
                minutes = min(_minutes_to_wait(answer), 48 * 60)
                raise PublishError(Failure.THROTTLED, translate(
                    "Facebook", "The page's budget of Facebook requests is nearly used up; Omroeper fetches the rest "
                                "after it recovers."),
                    retry_at=sane_retry_at(now + timedelta(minutes=minutes or 60), now))

    # ---- the wire -----------------------------------------------------------------------------------------

    def _call(self, method: str, path: str, *, creates_post: bool = False, **options: Any) -> dict[str, Any]:
        answer = self.wire.send(method, self.base + path, creates_post=creates_post, **options)
        self.last_answer = answer
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
        try:
            subcode = int(error.get("error_subcode") or 0)
        except (TypeError, ValueError):
            subcode = 0
        if (code, subcode) == WINDOW_CLOSED or code == 551:
            return PublishError(Failure.REFUSED, translate(
                "Inbox", "The resident wrote more than 24 hours ago: Messenger no longer lets the page answer. Answer "
                         "in Meta Business Suite with the human agent tag (7 days), or by phone or e-mail."))
        if (code == 10 or 200 <= code <= 299) and self._inbox:
            return PublishError(Failure.TOKEN, translate(
                "Facebook", "The Page token lacks a permission the inbox needs (pages_read_engagement, "
                            "pages_read_user_content, pages_manage_engagement, pages_messaging). Make a new token "
                            "with them."))
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


def _older(entry: dict[str, Any], floor: datetime, field: str = "created_time") -> bool:
    when = server_instant(entry.get(field))
    return when is not None and when < floor


