"""A Facebook Page as the Graph API shows it to a Page token, for the inbox: its published posts, comments on them
(answers to comments among them with `filter=stream`), Messenger conversations and their messages, and the two
ways to answer. Routes on tests/services/local_api.py's server, answering in Graph's documented shapes: lists as
`{"data": [...], "paging": {"cursors": {"before", "after"}, "next"}}`, times as "2026-03-02T09:00:00+0000",
errors as `{"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}`."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.services.local_api import PAGE, Answer, LocalApi, Seen

PAGE_NAME = "Gemeente Oosterzande"


def graph_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


def error(code: int, message: str, subcode: int | None = None, status: int = 400) -> Answer:
    body: dict[str, Any] = {"message": message, "type": "OAuthException", "code": code, "fbtrace_id": "AbC"}
    if subcode is not None:
        body["error_subcode"] = subcode
    return status, {"error": body}, {}


class GraphPage:
    """The page's state; `clock` gives "now" for what is made."""

    def __init__(self, api: LocalApi, clock: Callable[[], datetime]) -> None:
        self.api, self.clock = api, clock
        self.posts: list[dict[str, Any]] = []
        self.comments: dict[str, dict[str, Any]] = {}  # id -> comment (with "_on": the object it is on)
        self.conversations: dict[str, dict[str, Any]] = {}  # id -> {"psid", "name", "messages": [...]}
        self.deleted: set[str] = set()
        self.numbers = itertools.count(1)
        self.throttle_next = 0  # this many requests answered with code 32 ("page request limit reached")
        self.granted = True  # the token has the inbox permissions
        for method, pattern, handler in [
                ("GET", rf"/{PAGE}/published_posts", self._published_posts),
                ("GET", rf"/{PAGE}/conversations", self._conversations),
                ("POST", rf"/{PAGE}/messages", self._send_message),
                ("GET", r"/t_[0-9]+/messages", self._messages),
                ("GET", r"/[0-9_]+/comments", self._comments),
                ("POST", r"/[0-9_]+/comments", self._add_comment),
                ("GET", r"/[0-9]+_[0-9]+", self._object)]:
            api.route(method, pattern)(self._guarded(handler))

    # ---- what the test does on the page ---------------------------------------------------------------------

    def add_post(self, message: str, when: datetime | None = None) -> str:
        post_id = f"{PAGE}_{next(self.numbers)}"
        moment = when or self.clock()
        self.posts.append({"id": post_id, "message": message, "created_time": moment, "updated_time": moment,
                           "permalink_url": f"https://www.facebook.com/{post_id}"})
        return post_id

    def comment(self, on: str, message: str, *, who: tuple[str, str] = ("7001", "Jan de Vries"),
                when: datetime | None = None, photo: str = "") -> str:
        """A resident's comment on a post (or an answer to a comment: `on` a comment id)."""
        comment_id = f"{on.split('_')[0] if on in self.comments else on.split('_')[-1]}_{next(self.numbers)}0"
        moment = when or self.clock()
        comment: dict[str, Any] = {"id": comment_id, "message": message, "created_time": moment,
                                   "from": {"id": who[0], "name": who[1]}, "_on": on,
                                   "permalink_url": f"https://www.facebook.com/{comment_id}"}
        if photo:
            comment["attachment"] = {"type": "photo", "media": {"image": {"src": photo, "height": 10, "width": 20}},
                                     "description": "Een foto"}
        if on in self.comments:
            comment["parent"] = {"id": on}
        self.comments[comment_id] = comment
        post = self._post_of(comment_id)
        if post is not None:
            post["updated_time"] = max(post["updated_time"], moment)
        return comment_id

    def message(self, text: str, *, psid: str = "8001", name: str = "Piet Jansen", when: datetime | None = None) -> str:
        talk_id = f"t_{psid}"
        talk = self.conversations.setdefault(talk_id, {"psid": psid, "name": name, "messages": []})
        message_id = f"m_{next(self.numbers)}"
        talk["messages"].insert(0, {"id": message_id, "message": text, "created_time": when or self.clock(),
                                    "from": {"id": psid, "name": name, "email": f"{psid}@facebook.com"}})
        return message_id

    def answers_by_page(self, on: str) -> list[dict[str, Any]]:
        return [c for c in self.comments.values() if c["_on"] == on and c["from"]["id"] == PAGE]

    def messages_by_page(self, psid: str = "8001") -> list[dict[str, Any]]:
        return [m for m in self.conversations[f"t_{psid}"]["messages"] if m["from"]["id"] == PAGE]

    # ---- the Graph API ------------------------------------------------------------------------------------

    def _guarded(self, handler: Callable[[Seen], Answer | None]) -> Callable[[Seen], Answer | None]:
        def guarded(seen: Seen) -> Answer | None:
            if not seen.headers.get("Authorization", "").startswith("OAuth "):
                return error(190, "Invalid OAuth access token.", status=400)
            if self.throttle_next > 0:
                self.throttle_next -= 1
                return 403, {"error": {"message": "(#32) Page request limit reached", "type": "OAuthException",
                                       "code": 32, "fbtrace_id": "AbC"}}, {
                    "X-Page-Usage": '{"call_count": 100, "total_cputime": 10, "total_time": 10, '
                                    '"estimated_time_to_regain_access": 12}'}
            if not self.granted:
                return error(10, "(#10) This endpoint requires the 'pages_read_user_content' permission",
                             status=403)
            return handler(seen)
        return guarded

    def _post_of(self, object_id: str) -> dict[str, Any] | None:
        seen = 0
        while object_id in self.comments and seen < 10:
            object_id, seen = self.comments[object_id]["_on"], seen + 1
        return next((post for post in self.posts if post["id"] == object_id), None)

    def _listed(self, seen: Seen, entries: list[dict[str, Any]], shown: Callable[[dict[str, Any]], dict[str, Any]]
                ) -> Answer:
        """One page of a list, by Graph's cursors (an entry's position, opaque to the client)."""
        limit = int(seen.query.get("limit", "25"))
        start = int(seen.query["after"].removeprefix("c")) if "after" in seen.query else 0
        chosen = entries[start:start + limit]
        body: dict[str, Any] = {"data": [shown(entry) for entry in chosen]}
        if chosen:
            body["paging"] = {"cursors": {"before": f"c{start}", "after": f"c{start + len(chosen)}"}}
            if start + len(chosen) < len(entries):
                body["paging"]["next"] = f"{self.api.url}{seen.path}?after=c{start + len(chosen)}"
        return 200, body, {}

    def _published_posts(self, seen: Seen) -> Answer:
        since = datetime.fromtimestamp(int(seen.query.get("since", "0")), UTC)
        posts = sorted((p for p in self.posts if p["created_time"] >= since), key=lambda p: p["created_time"],
                       reverse=True)
        return self._listed(seen, posts, lambda p: {
            "id": p["id"], "created_time": graph_time(p["created_time"]),
            "updated_time": graph_time(p["updated_time"]), "permalink_url": p["permalink_url"]})

    def _show_comment(self, comment: dict[str, Any]) -> dict[str, Any]:
        shown = {key: value for key, value in comment.items() if not key.startswith("_")}
        shown["created_time"] = comment.get("_written_time") or graph_time(comment["created_time"])  # a wrong clock's
        return shown

    def _comments(self, seen: Seen) -> Answer:
        on = seen.path.split("/")[1]
        if on in self.deleted or (on not in self.comments and self._post_of(on) is None):
            return error(100, "Unsupported get request. Object does not exist", 33)
        stream = seen.query.get("filter") == "stream"
        since = datetime.fromtimestamp(int(seen.query.get("since", "0")), UTC)
        found = [c for c in self.comments.values() if c["id"] not in self.deleted and c["created_time"] >= since
                 and (c["_on"] == on or (stream and self._post_of(c["id"]) is not None
                                         and self._post_of(c["id"])["id"] == on))]  # type: ignore[index]
        found.sort(key=lambda c: c["created_time"], reverse=seen.query.get("order") == "reverse_chronological")
        return self._listed(seen, found, self._show_comment)

    def _add_comment(self, seen: Seen) -> Answer:
        on = seen.path.split("/")[1]
        if on in self.deleted or on not in self.comments:
            return error(100, "Unsupported post request. Object does not exist", 33)
        comment_id = self.comment(on, str(seen.form.get("message", "")), who=(PAGE, PAGE_NAME))
        return 200, {"id": comment_id}, {}

    def _object(self, seen: Seen) -> Answer:
        object_id = seen.path.lstrip("/")
        if object_id in self.deleted or object_id not in self.comments:
            return error(100, "Unsupported get request. Object does not exist", 33)
        return 200, self._show_comment(self.comments[object_id]), {}

    def _conversations(self, seen: Seen) -> Answer:
        if seen.query.get("platform") != "messenger":
            return error(100, "(#100) platform must be messenger or instagram")
        talks = [(talk_id, talk) for talk_id, talk in self.conversations.items()
                 if seen.query.get("user_id") in (None, talk["psid"])]
        talks.sort(key=lambda pair: pair[1]["messages"][0]["created_time"], reverse=True)
        return self._listed(seen, [{"id": talk_id, **talk} for talk_id, talk in talks], lambda t: {
            "id": t["id"], "updated_time": graph_time(t["messages"][0]["created_time"]),
            "link": f"/{PAGE}/inbox/{t['id']}"})

    def _messages(self, seen: Seen) -> Answer:
        talk = self.conversations.get(seen.path.split("/")[1])
        if talk is None:
            return error(100, "Unsupported get request. Object does not exist", 33)
        return self._listed(seen, talk["messages"], lambda m: {**m, "created_time": graph_time(m["created_time"])})

    def _send_message(self, seen: Seen) -> Answer:
        body = seen.json or {}
        psid = str((body.get("recipient") or {}).get("id", ""))
        talk = self.conversations.get(f"t_{psid}")
        if talk is None or body.get("messaging_type") != "RESPONSE":
            return error(100, "(#100) No matching user found", 2018001)
        last = next(m for m in talk["messages"] if m["from"]["id"] == psid)
        if self.clock() - last["created_time"] > timedelta(hours=24):
            return error(10, "(#10) This message is sent outside of allowed window.", 2018278, status=400)
        message_id = f"m_{next(self.numbers)}"
        talk["messages"].insert(0, {"id": message_id, "message": body["message"]["text"], "created_time": self.clock(),
                                    "from": {"id": PAGE, "name": PAGE_NAME}})
        return 200, {"recipient_id": psid, "message_id": message_id}, {}
