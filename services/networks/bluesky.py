"""Bluesky (AT Protocol): a session from an app password, posts as records at a key we choose (a TID, so a retry
can never make a second post: the record is looked up first, and the repository refuses a second one at the same
key), facets for links, mentions and hashtags in UTF-8 byte offsets, images as blobs.

The inbox: replies, mentions and quotes from `app.bsky.notification.listNotifications` (newest first, paged back by
its cursor until what the last fetch saw, or a new account's history), the images and the thread from the AppView
(`getPosts`, `getPostThread`), deletions followed by asking `getPosts` again (a post it no longer gives is gone;
Bluesky has no edits). The account's "seen" mark is never set: that belongs to the officer's own Bluesky app. An
answer is a post with `reply.root` and `reply.parent` and a mention facet for the resident; Bluesky's private
messages (chat.bsky) cannot be sent with an app password, so a private answer is refused."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlsplit

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
from services.networks.http import Answer, BadAnswer, Wire, web_link

_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
_URL = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]}]")
_MENTION = re.compile(r"(?<![\w@])@([a-zA-Z0-9][a-zA-Z0-9.-]*\.[a-zA-Z]{2,})")
_TAG = re.compile(r"(?<![\w#])#(\w+)")
POST = "app.bsky.feed.post"
NOTIFICATION_PAGE = 50  # listNotifications gives at most 100 a page
MAX_NOTIFICATION_PAGES = 200  # pages in one fetch; the rest comes at the next
INBOX_REASONS = ("reply", "mention", "quote")  # a like or a repost asks for no answer
POSTS_AT_ONCE = 25  # getPosts takes at most 25 uris
RATE_MARGIN = 5  # requests kept back of the account's rate limit
# The AppView sorts notifications by the earlier of the post's own createdAt and when it was indexed: a post whose
# author's clock runs behind lands a little before the last fetch's mark. Read back this far past it (the store
# keeps each post once).
OVERLAP = timedelta(minutes=15)
_AT_URI = re.compile(r"at://did:[a-z]+:[A-Za-z0-9._:%-]{1,200}/app\.bsky\.feed\.post/[A-Za-z0-9._~:-]{1,100}")


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
                 clock: Callable[[], datetime] = utc_now, page_size: int = NOTIFICATION_PAGE) -> None:
        self.page_size = max(1, min(100, page_size))
        self.pds = pds_url.rstrip("/")
        self.handle = handle
        self.app_password = app_password
        self.wire = Wire(urlsplit(self.pds).hostname or self.pds, deadline=deadline)
        self.wire.keep_secret(app_password)
        self.clock = clock
        self.did = ""
        self.access = ""
        self.refresh = ""
        self.last_answer: Answer | None = None

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
        resolve = self._resolve
        if request.reply is not None:  # an answer: threaded under the resident's post, the resident mentioned
            record["reply"] = self._thread_of(request)
            reply = request.reply

            def resolve(handle: str) -> str | None:  # the resident's DID as the notification gave it
                if reply.author_ref.startswith("did:") and handle.lower() == reply.author_handle.lower():
                    return reply.author_ref
                return self._resolve(handle)
        facets = facets_of(request.text, resolve)
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

    # ---- the inbox ----------------------------------------------------------------------------------------

    def fetch_inbox(self, cursor: str, since: datetime) -> Fetched:
        """Replies, mentions and quotes newer than `cursor` (the time the newest notification of the last fetch was
        indexed), read back page by page with listNotifications' own cursor down to OVERLAP before that mark;
        without one, those since `since` (a new account's bounded history). A fetch that stops at
        MAX_NOTIFICATION_PAGES before it is back there says how far back it got (`Fetched.reached_back_to`): the
        AppView lists the newest first, so the older ones are not fetched later."""
        self._login()
        mark = server_instant(cursor) if cursor else None
        floor = mark - OVERLAP if mark is not None else since
        fetched = Fetched(cursor=cursor)
        newest = cursor
        page_cursor = ""
        found: list[tuple[dict[str, Any], Incoming]] = []
        oldest: datetime | None = None  # of the notifications read, or the time the AppView read back to
        for _page in range(MAX_NOTIFICATION_PAGES):
            params = {"limit": str(self.page_size)}
            if page_cursor:
                params["cursor"] = page_cursor
            # reasons[] narrows the list on the AppView (likes and reposts are most of a municipality's); the
            # reasons are checked again below for a server that does not narrow.
            try:
                answer = self._call("GET", "app.bsky.notification.listNotifications?"
                                    + "&".join(f"reasons={reason}" for reason in INBOX_REASONS), params=params)
            except PublishError as error:
                if error.failure is not Failure.OUT_OF_TIME or not page_cursor:
                    raise  # nothing read yet: nothing to keep
                fetched.out_of_time = True  # what the pages read held is kept; how far back is said
                fetched.reached_back_to = oldest or self.clock()
                break
            notes = answer.get("notifications")
            if not isinstance(notes, list):
                raise self.wire.odd(creates_post=False)
            older = False
            for note in notes:
                if not isinstance(note, dict):
                    continue
                indexed = str(note.get("indexedAt") or "")
                when = server_instant(indexed)
                if when is None:
                    continue
                if when < floor:
                    older = True
                    continue
                oldest = when if oldest is None else min(oldest, when)
                if newest == "" or (server_instant(newest) or when) < when:
                    newest = indexed
                message = self._incoming_note(note)
                if message is not None:
                    found.append((note, message))
            self._keep_within_limit()
            next_cursor = answer.get("cursor")
            # A page can be empty and still have more behind it: the AppView narrows to the reasons after reading,
            # ten reads at most per call, so under a post liked many times the page holds none of them. The cursor
            # is opaque, but the AppView's is the time it read back to: past the floor, the rest is older.
            read_back_to = server_instant(next_cursor) if isinstance(next_cursor, str) else None
            if older or not isinstance(next_cursor, str) or not next_cursor or next_cursor == page_cursor or \
                    (read_back_to is not None and read_back_to < floor):
                break
            page_cursor = next_cursor
            if read_back_to is not None:
                oldest = read_back_to if oldest is None else min(oldest, read_back_to)
        else:
            fetched.reached_back_to = oldest or self.clock()  # stopped at the cap with older ones left
        fetched.items = self._with_images(found)
        fetched.cursor = newest
        return fetched

    def look_again(self, remote_ids: list[str]) -> Fetched:
        """Posts fetched before, asked for again: those the AppView no longer gives were deleted by their authors
        (Bluesky has no edits)."""
        self._login()
        fetched = Fetched()
        uris = [uri for uri in remote_ids if _AT_URI.fullmatch(uri)]
        for start in range(0, len(uris), POSTS_AT_ONCE):
            batch = uris[start:start + POSTS_AT_ONCE]
            there = {str(post.get("uri")) for post in self._posts(batch)}
            fetched.gone += [uri for uri in batch if uri not in there]
        return fetched

    def thread(self, remote_id: str) -> list[Incoming]:
        """The conversation around a post (getPostThread): the posts above it and the answers under it, oldest
        first, as messages (the municipality's own among them)."""
        self._login()
        answer = self._call("GET", "app.bsky.feed.getPostThread", params={"uri": remote_id, "depth": "6",
                                                                            "parentHeight": "20"})
        top = answer.get("thread")
        found: list[Incoming] = []
        node = top.get("parent") if isinstance(top, dict) else None
        while isinstance(node, dict) and len(found) < 100:
            message = self._incoming_view(node.get("post"))
            if message is not None:
                found.insert(0, message)
            node = node.get("parent")

        def under(view: Any, depth: int) -> None:
            for reply in (view.get("replies") or []) if isinstance(view, dict) and depth < 10 else []:
                message = self._incoming_view(reply.get("post")) if isinstance(reply, dict) else None
                if message is not None:
                    found.append(message)
                under(reply, depth + 1)

        under(top, 0)
        return found

    def _incoming_note(self, note: dict[str, Any]) -> Incoming | None:
        """A notification as a message to the municipality; None for a reason that asks no answer or a post that
        lacks what a message needs."""
        reason = note.get("reason")
        if reason not in INBOX_REASONS:
            return None
        message = self._incoming_view(note)
        if message is None:
            return None
        subject = str(note.get("reasonSubject") or "")
        kind = "reply" if reason == "reply" else "mention"
        answers = message.answers_remote_id or (subject if reason == "quote" and _AT_URI.fullmatch(subject) else "")
        return replace(message, kind=kind, answers_remote_id=answers)

    def _incoming_view(self, view: Any) -> Incoming | None:
        """A post (a notification, or a post view of getPosts/getPostThread) as a message."""
        if not isinstance(view, dict):
            return None
        uri, author, record = view.get("uri"), view.get("author"), view.get("record")
        cid = self.wire.answer_id(view.get("cid")) if isinstance(view.get("cid"), str) else ""
        if not (isinstance(uri, str) and _AT_URI.fullmatch(uri) and cid
                and isinstance(author, dict) and isinstance(record, dict)):
            return None  # a cid the answer could not carry (see Wire.answer_id) cannot be answered under
        # createdAt is what the resident's app wrote, and the AppView's indexedAt is never later than it: a post
        # claiming the year 1 has neither to believe, and is shown at the moment it was fetched (its text stands).
        created = server_instant(record.get("createdAt")) or server_instant(view.get("indexedAt")) or self.clock()
        text = self.wire.masked(record.get("text")) if isinstance(record.get("text"), str) else ""
        handle = self.wire.masked(author.get("handle"))
        reply = record.get("reply")
        parent = reply.get("parent") if isinstance(reply, dict) else None
        root = reply.get("root") if isinstance(reply, dict) else None
        parent_uri = str(parent.get("uri") or "") if isinstance(parent, dict) else ""
        thread_root = (str(root["uri"]), str(root.get("cid") or "")) if isinstance(root, dict) and \
            isinstance(root.get("uri"), str) and _AT_URI.fullmatch(root["uri"]) else None
        return Incoming(
            remote_id=uri, kind="mention", created_at=created, text=text, source=text,
            author_name=self.wire.masked(author.get("displayName")), author_handle=handle,
            author_ref=self.wire.answer_id(author.get("did")) if isinstance(author.get("did"), str) else "",
            remote_cid=cid,
            url=self.wire.link(f"https://bsky.app/profile/{quote(handle or str(author.get('did') or ''), safe=':')}"
                               f"/post/{quote(uri.rsplit('/', 1)[1], safe='')}"),
            answers_remote_id=parent_uri if _AT_URI.fullmatch(parent_uri) else "",
            conversation_key=thread_root[0] if thread_root else "", thread_root=thread_root,
            images=_images_of(view.get("embed")))

    def _with_images(self, found: list[tuple[dict[str, Any], Incoming]]) -> list[Incoming]:
        """A notification holds the post's record, whose images are blob references: the AppView's view of the
        post (getPosts) has their addresses. Asked only for posts with images."""
        wanted = [message.remote_id for note, message in found if _has_images(note.get("record"))]
        views: dict[str, Any] = {}
        for start in range(0, len(wanted), POSTS_AT_ONCE):
            try:
                posts = self._posts(wanted[start:start + POSTS_AT_ONCE])
            except PublishError as error:
                if error.failure is not Failure.OUT_OF_TIME:
                    raise
                break  # the fetch's time ran out: the messages come without the images not yet asked for
            for post in posts:
                views[str(post.get("uri"))] = post.get("embed")
        return [replace(message, images=_images_of(views.get(message.remote_id)))
                if message.remote_id in views else message for _note, message in found]

    def _posts(self, uris: list[str]) -> list[dict[str, Any]]:
        if not uris:
            return []
        answer = self._call("GET", "app.bsky.feed.getPosts?" + "&".join(f"uris={quote(uri, safe='')}"
                                                                          for uri in uris))
        posts = answer.get("posts")
        if not isinstance(posts, list):
            raise self.wire.odd(creates_post=False)
        self._keep_within_limit()
        return [post for post in posts if isinstance(post, dict)]

    def _keep_within_limit(self) -> None:
        """Stops before the account's rate limit runs out (the PDS says what is left in RateLimit-Remaining): the
        rest waits for the reset it names."""
        answer = self.last_answer
        remaining = answer.header("RateLimit-Remaining") if answer is not None else ""
        if answer is not None and remaining.isdigit() and int(remaining) <= RATE_MARGIN:
            raise PublishError(Failure.THROTTLED, translate(
                "Bluesky", "Bluesky's limit of requests is nearly used up; Omroeper fetches the rest after it "
                           "resets."), retry_at=_reset_of(answer, self.clock()))

    def _thread_of(self, request: PublishRequest) -> dict[str, Any]:
        """reply.root and reply.parent of an answer: the resident's post is the parent, the top of its thread
        the root (the post itself when it starts one: a mention or a quote)."""
        reply = request.reply
        assert reply is not None
        if reply.private:
            raise PublishError(Failure.REFUSED, translate(
                "Bluesky", "Bluesky's private messages cannot be sent by an app through its API: answer there."))
        if not (_AT_URI.fullmatch(reply.remote_id) and reply.remote_cid):
            raise PublishError(Failure.REFUSED, translate(
                "Bluesky", "This message lacks what Bluesky needs to thread an answer under it; fetch the inbox "
                           "again."))
        parent = {"uri": reply.remote_id, "cid": reply.remote_cid}
        root = {"uri": reply.root[0], "cid": reply.root[1]} if reply.root and reply.root[1] else parent
        return {"root": root, "parent": parent}

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
        self.last_answer = answer
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
            return PublishError(Failure.THROTTLED, translate(
                "Bluesky", "Bluesky asks to slow down; the post waits until it allows more."),
                retry_at=_reset_of(answer, self.clock()))
        if not name:  # not the documented XRPC error: nothing is proven
            return self.wire.odd(creates_post) if creates_post else PublishError(Failure.REFUSED, translate(
                "Bluesky", "Bluesky refused the request ({status}).").format(status=status))
        return PublishError(Failure.REFUSED, translate("Bluesky", "Bluesky refused the post: {detail}").format(
            detail=self.wire.shown(message or name, 300)))


def _reset_of(answer: Answer, now: datetime) -> datetime:
    """When a rate limit resets: RateLimit-Reset (epoch seconds), else Retry-After (seconds), else a fallback."""
    reset, retry = answer.header("RateLimit-Reset"), answer.header("Retry-After")
    moment = None
    if reset.isdigit() and len(reset) < 12:
        moment = datetime.fromtimestamp(int(reset), UTC)
    elif retry.isdigit() and len(retry) < 9:
        moment = now + timedelta(seconds=int(retry))
    return sane_retry_at(moment, now)


def _has_images(record: Any) -> bool:
    embed = record.get("embed") if isinstance(record, dict) else None
    kinds = {embed.get("$type"), (embed.get("media") or {}).get("$type") if isinstance(embed.get("media"), dict)
             else None} if isinstance(embed, dict) else set()
    return "app.bsky.embed.images" in kinds


def _images_of(embed: Any) -> tuple[tuple[str, str], ...]:
    """The images of a post view's embed (images, or a quote with images) as (address, alt text)."""
    if isinstance(embed, dict) and isinstance(embed.get("media"), dict):
        embed = embed["media"]
    images = embed.get("images") if isinstance(embed, dict) else None
    return tuple((web_link(image.get("fullsize") or image.get("thumb")), str(image.get("alt") or ""))
                 for image in images or [] if isinstance(image, dict))[:4] if isinstance(images, list) else ()
