"""A Mastodon server on 127.0.0.1 for the tests: the documented client API (statuses with Idempotency-Key, media
v2 with processing, scheduled statuses with the server's limits of 300 per account and 25 a day, the account's
own statuses and their source, instance limits, residents' mentions as notifications paged by max_id/min_id and
the Link header, a status and its context) and its failures (tests/services/faults.py), with every request
checked against ../shared/specs/mastodon-openapi.json."""

from __future__ import annotations

import html
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.services.faults import AFTER, Holds, play_after, play_before, send_json

SPEC_PATH = Path(__file__).resolve().parents[3] / "shared" / "specs" / "mastodon-openapi.json"
TOKEN = "test-token-0123456789"
ACCOUNT_ID = "1"
OTHER_TOKEN = "other-token-9876543210"  # a colleague's own account on the same server
OTHER_ACCOUNT_ID = "2"


def _spec() -> dict[str, Any]:
    return dict(json.loads(SPEC_PATH.read_text(encoding="utf-8")))


def _status_properties(spec: dict[str, Any]) -> set[str]:
    names: set[str] = set()
    schemas = spec["components"]["schemas"]
    for name in ("BaseStatus", "TextStatus", "MediaStatus"):
        schema = schemas[name]
        parts = schema.get("allOf", [schema])
        for part in parts:
            if "$ref" in part:
                part = schemas[part["$ref"].rsplit("/", 1)[1]]
            names.update(part.get("properties", {}))
    return names


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


@dataclass
class MastodonServer:
    url: str = ""
    statuses: list[dict[str, Any]] = field(default_factory=list)
    scheduled: dict[str, dict[str, Any]] = field(default_factory=dict)
    media: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_key: dict[str, dict[str, Any]] = field(default_factory=dict)
    requests: list[tuple[str, str, dict[str, str], Any]] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    fail_next: list[str] = field(default_factory=list)  # any request: "401", "422", "429", "500", "drop"
    faults: dict[str, list[str]] = field(default_factory=dict)  # "POST /api/v1/statuses" -> faults in turn
    max_characters: int = 1000
    processing_polls: int = 2
    image_size_limit: int | None = None  # the instance's media limits, when it states them
    image_matrix_limit: int = 33_177_600
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    redirect_to: str = "http://127.0.0.1:9"
    total_scheduled_limit: int = 300
    daily_scheduled_limit: int = 25
    followers: int = 0  # the account's followers_count
    delay: float = 0.0  # seconds before each answer: a slow server that still answers every request correctly
    # token -> (account id, username): whose statuses and scheduled statuses a request sees, as on a real server
    accounts: dict[str, tuple[str, str]] = field(default_factory=lambda: {
        TOKEN: (ACCOUNT_ID, "oosterzande"), OTHER_TOKEN: (OTHER_ACCOUNT_ID, "joris")})
    owners: dict[str, str] = field(default_factory=dict)  # scheduled status id -> its account's id
    notifications: list[dict[str, Any]] = field(default_factory=list)  # oldest first
    deleted: set[str] = field(default_factory=set)  # status ids their authors deleted
    rate_remaining: int | None = None  # X-RateLimit-Remaining on the notifications' answers, when set
    links_back: bool = False  # a misbehaving server: the notifications' Link header names the page just asked
    on_request: Callable[[str, str], None] | None = None  # (method, path), called before the server does its work
    spec: dict[str, Any] = field(default_factory=_spec)

    def __post_init__(self) -> None:
        self.lock = threading.Lock()
        self.holds = Holds()
        self.allowed_status_keys = _status_properties(self.spec)
        self.templates = [(re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"), path)
                          for path in self.spec["paths"]]

    def check(self, method: str, path: str, headers: dict[str, str], body: Any) -> None:
        matches = [template for pattern, template in self.templates if pattern.match(path)]
        if not matches or not any(method.lower() in self.spec["paths"][t] for t in matches):
            self.violations.append(f"{method} {path} is not in the API")
        if method == "POST" and path == "/api/v1/statuses":
            unknown = set(body) - self.allowed_status_keys
            if unknown:
                self.violations.append(f"unknown status fields {sorted(unknown)}")
            if "Idempotency-Key" not in headers:
                self.violations.append("POST /api/v1/statuses without Idempotency-Key")

    def check_query(self, method: str, path: str, query: str) -> None:
        """Every query parameter is one the API describes for that call (`types[]` as `types`)."""
        names = {name.removesuffix("[]") for name in parse_qs(query)}
        for pattern, template in self.templates:
            operation = self.spec["paths"][template].get(method.lower()) if pattern.match(path) else None
            if operation is not None:
                known = {parameter.get("name") for parameter in operation.get("parameters", [])}
                unknown = names - known
                if unknown:
                    self.violations.append(f"{method} {path}: unknown parameters {sorted(unknown)}")
                return

    def add_message(self, text: str, *, acct: str = "jan", display_name: str = "Jan de Vries",
                    in_reply_to: str | None = None, visibility: str = "public", when: datetime | None = None,
                    account_id: str = "3", note_id: str | None = None) -> dict[str, Any]:
        """A resident's status that names the municipality, and the mention notification it makes (under
        `note_id` when given: a misbehaving server's id)."""
        with self.lock:
            parent = next((s for s in self.statuses if s["id"] == in_reply_to), None)
            status = self._make_status({"status": text, "visibility": visibility}, when or self.clock(), account_id)
            status["account"] = {"id": account_id, "username": acct.split("@")[0], "acct": acct,
                                 "display_name": display_name}
            status["in_reply_to_id"] = in_reply_to
            status["in_reply_to_account_id"] = parent["account"]["id"] if parent else None
            note_id = note_id or str(1000 + len(self.notifications) + 1)
            self.notifications.append({"id": note_id, "type": "mention", "created_at": status["created_at"],
                                       "account": status["account"], "status": status})
        return status

    def add_status(self, text: str, when: datetime, *, visibility: str = "public") -> dict[str, Any]:
        """A status of the municipality's own account that did not come through the app (written on the server's
        web page, or posted before), as the server holds it."""
        with self.lock:
            return self._make_status({"status": text, "visibility": visibility}, when)

    def fault_for(self, method: str, path: str) -> str:
        with self.lock:
            if self.fail_next:
                return self.fail_next.pop(0)
            listed = self.faults.get(f"{method} {path}")
            return listed.pop(0) if listed else ""

    def publish_scheduled(self) -> None:
        """What the server's scheduler does at a post's time: the scheduled status becomes a status."""
        with self.lock:
            for scheduled_id, item in list(self.scheduled.items()):
                when = datetime.fromisoformat(item["scheduled_at"].replace("Z", "+00:00"))
                if when <= self.clock():
                    del self.scheduled[scheduled_id]
                    self._make_status(item["params"], when, self.owners.get(scheduled_id, ACCOUNT_ID))

    def _make_status(self, params: dict[str, Any], when: datetime, account: str = ACCOUNT_ID) -> dict[str, Any]:
        status_id = str(100 + len(self.statuses) + 1)
        text = params.get("status") or params.get("text") or ""
        answer = {"id": status_id, "uri": f"{self.url}/users/oosterzande/statuses/{status_id}",
                  "url": f"{self.url}/@oosterzande/{status_id}", "created_at": _stamp(when),
                  "content": "<p>" + html.escape(text).replace("\n", "<br>") + "</p>", "text_source": text,
                  "language": params.get("language"), "visibility": params.get("visibility"),
                  "account": {"id": account}, "in_reply_to_id": params.get("in_reply_to_id"),
                  "in_reply_to_account_id": None, "edited_at": None,
                  "favourites_count": 0, "reblogs_count": 0, "replies_count": 0,
                  "media_attachments": [{"id": m, "description": self.media[m]["description"]}
                                        for m in params.get("media_ids", []) if m in self.media]}
        self.statuses.append(answer)
        return answer


def serve(server_state: MastodonServer) -> ThreadingHTTPServer:
    state = server_state

    class Handler(BaseHTTPRequestHandler):
        account = ACCOUNT_ID  # whose token the request carries

        def log_message(self, *args: Any) -> None:
            pass

        def _body(self) -> Any:
            length = int(self.headers.get("Content-Length", 0))
            raw = self.rfile.read(length) if length else b""
            kind = self.headers.get("Content-Type", "")
            if kind.startswith("application/json"):
                return json.loads(raw or b"{}")
            if kind.startswith("multipart/form-data"):
                message = BytesParser(policy=HTTP).parsebytes(
                    f"Content-Type: {kind}\r\n\r\n".encode() + raw)
                parts = {}
                for part in message.iter_parts():
                    name = part.get_param("name", header="content-disposition")
                    parts[name] = part.get_payload(decode=True)
                return parts
            return raw

        def _handle(self, method: str) -> None:
            path, _, query = self.path.partition("?")
            body = self._body()
            headers = {key: value for key, value in self.headers.items()}
            with state.lock:
                state.requests.append((method, path, headers, body))
                state.check(method, path, headers, body if isinstance(body, dict) else {})
                state.check_query(method, path, query)
            if state.on_request is not None:
                state.on_request(method, path)
            if state.delay:
                time.sleep(state.delay)
            fault = state.fault_for(method, path)
            token = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
            if token not in state.accounts or fault == "401":
                return send_json(self, 401, {"error": "The access token is invalid"})
            self.account = state.accounts[token][0]
            soon = _stamp(datetime.now(UTC) + timedelta(minutes=3))
            resets = {"good": soon, "429-garbage": "soon-ish", "429-past": "2001-01-01T00:00:00.000Z",
                      "429-far": "2999-01-01T00:00:00.000Z"}
            if fault == "429":
                fault = "429-good"
            if play_before(self, fault, state.holds, state.redirect_to, "X-RateLimit-Reset", resets):
                return None
            if fault == "500":
                return send_json(self, 500, {"error": "Internal server error"})
            route = next((handler for (verb, pattern), handler in ROUTES.items()
                          if verb == method and re.fullmatch(pattern, path)), None)
            if route is None:
                return send_json(self, 404, {"error": "Record not found"})
            status, payload, *headers = route(self, path, body, fault)
            if fault in AFTER:
                return play_after(self, fault, state.holds, status, payload)
            return send_json(self, status, payload, headers[0] if headers else None)

        def do_GET(self) -> None:  # noqa: N802
            self._handle("GET")

        def do_POST(self) -> None:  # noqa: N802
            self._handle("POST")

        def do_DELETE(self) -> None:  # noqa: N802
            self._handle("DELETE")

        def do_PUT(self) -> None:  # noqa: N802
            self._handle("PUT")

    def verify(handler: Handler, path: str, body: Any, fault: str) -> tuple[int, Any]:
        if handler.account != ACCOUNT_ID:
            name = next(name for account, name in state.accounts.values() if account == handler.account)
            return 200, {"id": handler.account, "username": name, "acct": name, "display_name": name.title()}
        return 200, {"id": ACCOUNT_ID, "username": "oosterzande", "acct": "oosterzande",
                     "display_name": "Gemeente Oosterzande", "followers_count": state.followers}

    def instance(handler: Handler, path: str, body: Any, fault: str) -> tuple[int, Any]:
        configuration: dict[str, Any] = {"statuses": {"max_characters": state.max_characters,
                                                      "characters_reserved_per_url": 23, "max_media_attachments": 4}}
        if state.image_size_limit is not None:
            configuration["media_attachments"] = {
                "supported_mime_types": ["image/jpeg", "image/png", "image/gif", "image/webp", "video/mp4"],
                "image_size_limit": state.image_size_limit, "image_matrix_limit": state.image_matrix_limit,
                "video_size_limit": 99_999_999, "video_matrix_limit": 8_294_400, "video_frame_rate_limit": 120,
                "description_limit": 1500}
        return 200, {"domain": "social.example", "configuration": configuration}

    def upload(handler: Handler, path: str, body: Any, fault: str) -> tuple[int, Any]:
        data = body.get("file") or b""
        if state.image_size_limit is not None and len(data) > state.image_size_limit:
            return 422, {"error": "Validation failed: File file size must be less than the limit"}
        with state.lock:
            media_id = f"m{len(state.media) + 1}"
            state.media[media_id] = {"description": (body.get("description") or b"").decode(),
                                     "size": len(data), "data": data, "polls_left": state.processing_polls}
        return 202, {"id": media_id, "type": "image", "url": None}

    def media(handler: Handler, path: str, body: Any, fault: str) -> tuple[int, Any]:
        media_id = path.rsplit("/", 1)[1]
        with state.lock:
            item = state.media.get(media_id)
            if item is None:
                return 404, {"error": "Record not found"}
            if item["polls_left"] > 0:
                item["polls_left"] -= 1
                return 206, {}
        return 200, {"id": media_id, "type": "image", "url": f"{state.url}/media/{media_id}.png",
                     "description": item["description"]}

    def post_status(handler: Handler, path: str, body: Any, fault: str) -> tuple[int, Any]:
        key = handler.headers.get("Idempotency-Key", "")
        key = f"{handler.account}:{key}" if key and handler.account != ACCOUNT_ID else key  # keys are per account
        with state.lock:
            if key and key in state.by_key:
                return 200, state.by_key[key]
            if fault == "422" or len(body.get("status", "")) > state.max_characters:
                return 422, {"error": f"Validation failed: Text character limit of {state.max_characters} "
                                      "exceeded"}
            if body.get("scheduled_at"):
                when = datetime.fromisoformat(body["scheduled_at"].replace("Z", "+00:00"))
                if when < state.clock() + timedelta(minutes=5):
                    return 422, {"error": "Validation failed: Scheduled at must be at least 5 minutes ahead"}
                same_day = [s for s in state.scheduled.values() if s["scheduled_at"][:10] == body["scheduled_at"][:10]]
                if len(state.scheduled) >= state.total_scheduled_limit or \
                        len(same_day) >= state.daily_scheduled_limit:
                    return 422, {"error": "Validation failed: Scheduled at You have exceeded the limit of "
                                          "scheduled posts"}
                scheduled_id = f"s{len(state.scheduled) + len(state.statuses) + 1}-{len(state.by_key)}"
                answer = {"id": scheduled_id, "scheduled_at": body["scheduled_at"],
                          "params": {**body, "text": body.get("status", "")}, "media_attachments": []}
                state.scheduled[scheduled_id] = answer
                state.owners[scheduled_id] = handler.account
            else:
                answer = state._make_status(body, state.clock(), handler.account)
            if key:
                state.by_key[key] = answer
            return 200, answer

    def account_statuses(handler: Handler, path: str, body: Any, fault: str) -> tuple[int, Any, dict[str, str]]:
        """Newest first, `limit` (at most 40) a page, older than `max_id` when given; the Link header names the
        next (older) page while there is one, as Mastodon documents paging."""
        query = parse_qs(urlsplit(handler.path).query)
        limit = min(40, int(query.get("limit", ["20"])[0]))
        max_id = int(query.get("max_id", ["0"])[0] or 0)
        account = path.split("/")[4]
        with state.lock:
            own = [status for status in reversed(state.statuses) if status["account"]["id"] == account
                   and (not max_id or int(status["id"]) < max_id)]
        page = [{k: v for k, v in status.items() if k != "text_source"} for status in own[:limit]]
        headers = {}
        if page:
            older = f"{state.url}/api/v1/accounts/{account}/statuses?limit={limit}&max_id={page[-1]['id']}"
            newer = f"{state.url}/api/v1/accounts/{account}/statuses?limit={limit}&min_id={page[0]['id']}"
            headers["Link"] = f'<{older}>; rel="next", <{newer}>; rel="prev"'
        return 200, page, headers

    def status(handler: Handler, path: str, body: Any, fault: str) -> tuple[int, Any]:
        """A status as anyone sees it, with its counts of favourites, boosts and replies."""
        status_id = path.split("/")[4]
        with state.lock:
            found = [s for s in state.statuses if s["id"] == status_id]
        if not found:
            return 404, {"error": "Record not found"}
        return 200, {k: v for k, v in found[0].items() if k != "text_source"}

    def source(handler: Handler, path: str, body: Any, fault: str) -> tuple[int, Any]:
        status_id = path.split("/")[4]
        with state.lock:
            found = [s for s in state.statuses if s["id"] == status_id]
        if not found:
            return 404, {"error": "Record not found"}
        return 200, {"id": status_id, "text": found[0]["text_source"], "spoiler_text": ""}

    def list_scheduled(handler: Handler, path: str, body: Any, fault: str) -> tuple[int, Any]:
        with state.lock:
            return 200, [item for scheduled_id, item in state.scheduled.items()
                         if state.owners.get(scheduled_id, ACCOUNT_ID) == handler.account][:40]

    def get_scheduled(handler: Handler, path: str, body: Any, fault: str) -> tuple[int, Any]:
        """Another account's scheduled status is "not found", as on a real server."""
        scheduled_id = path.rsplit("/", 1)[1]
        with state.lock:
            item = state.scheduled.get(scheduled_id)
            if item is not None and state.owners.get(scheduled_id, ACCOUNT_ID) != handler.account:
                item = None
        return (200, item) if item is not None else (404, {"error": "Record not found"})

    def delete_scheduled(handler: Handler, path: str, body: Any, fault: str) -> tuple[int, Any]:
        scheduled_id = path.rsplit("/", 1)[1]
        with state.lock:
            if state.owners.get(scheduled_id, ACCOUNT_ID) != handler.account or \
                    state.scheduled.pop(scheduled_id, None) is None:
                return 404, {"error": "Record not found"}
        return 200, {}

    def notifications(handler: Handler, path: str, body: Any, fault: str) -> tuple[int, Any, dict[str, str]]:
        """Newest first, at most 80 a page; older than max_id, or the page right after min_id; the Link header
        names the older page ("next", max_id) and the newer one ("prev", min_id), as Mastodon documents it."""
        query = parse_qs(urlsplit(handler.path).query)
        limit = min(80, int(query.get("limit", ["40"])[0]))
        types = query.get("types[]", [])
        max_id, min_id = int(query.get("max_id", ["0"])[0] or 0), int(query.get("min_id", ["0"])[0] or 0)
        with state.lock:
            notes = [n for n in state.notifications if (not types or n["type"] in types)
                     and n["status"]["id"] not in state.deleted]
        if min_id:
            page = [n for n in notes if int(n["id"]) > min_id][:limit][::-1]
        else:
            page = [n for n in reversed(notes) if not max_id or int(n["id"]) < max_id][:limit]
        headers = {}
        if page:
            base = f"{state.url}/api/v1/notifications?limit={limit}"
            older, newer = page[-1]["id"], page[0]["id"]
            if state.links_back:
                older, newer = str(max_id or int(page[0]["id"]) + 1), str(min_id or newer)
            headers["Link"] = f'<{base}&max_id={older}>; rel="next", <{base}&min_id={newer}>; rel="prev"'
        if state.rate_remaining is not None:
            headers["X-RateLimit-Remaining"] = str(state.rate_remaining)
            headers["X-RateLimit-Reset"] = _stamp(state.clock() + timedelta(minutes=4))
        return 200, [{**n, "status": {k: v for k, v in n["status"].items() if k != "text_source"}} for n in page], \
            headers

    def one_status(handler: Handler, path: str, body: Any, fault: str) -> tuple[int, Any]:
        status_id = path.rsplit("/", 1)[1]
        with state.lock:
            found = [s for s in state.statuses if s["id"] == status_id and status_id not in state.deleted]
        if not found:
            return 404, {"error": "Record not found"}
        return 200, {k: v for k, v in found[0].items() if k != "text_source"}

    def context(handler: Handler, path: str, body: Any, fault: str) -> tuple[int, Any]:
        status_id = path.split("/")[4]
        with state.lock:
            by_id = {s["id"]: s for s in state.statuses if s["id"] not in state.deleted}
        if status_id not in by_id:
            return 404, {"error": "Record not found"}
        ancestors, parent = [], by_id[status_id].get("in_reply_to_id")
        while parent in by_id:
            ancestors.insert(0, by_id[parent])
            parent = by_id[parent].get("in_reply_to_id")
        descendants, frontier = [], {status_id}
        for status in by_id.values():
            if status.get("in_reply_to_id") in frontier:
                descendants.append(status)
                frontier.add(status["id"])
        strip = lambda items: [{k: v for k, v in s.items() if k != "text_source"} for s in items]  # noqa: E731
        return 200, {"ancestors": strip(ancestors), "descendants": strip(descendants)}

    ROUTES = {
        ("GET", "/api/v1/notifications"): notifications,
        ("GET", "/api/v1/statuses/[^/]+/context"): context,
        ("GET", "/api/v1/statuses/[0-9]+"): one_status,
        ("GET", "/api/v1/accounts/verify_credentials"): verify,
        ("GET", "/api/v2/instance"): instance,
        ("POST", "/api/v2/media"): upload,
        ("GET", "/api/v1/media/[^/]+"): media,
        ("POST", "/api/v1/statuses"): post_status,
        ("GET", "/api/v1/accounts/[^/]+/statuses"): account_statuses,
        ("GET", "/api/v1/statuses/[^/]+/source"): source,
        ("GET", "/api/v1/statuses/[^/]+"): status,
        ("GET", "/api/v1/scheduled_statuses"): list_scheduled,
        ("GET", "/api/v1/scheduled_statuses/[^/]+"): get_scheduled,
        ("DELETE", "/api/v1/scheduled_statuses/[^/]+"): delete_scheduled,
    }

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return httpd


def stop(httpd: ThreadingHTTPServer, state: MastodonServer) -> None:
    """Lets held connections go and shuts the server down."""
    state.holds.release.set()
    httpd.shutdown()
    httpd.server_close()
