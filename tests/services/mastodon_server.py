"""A Mastodon server on 127.0.0.1 for the tests: the documented client API (statuses with Idempotency-Key, media
v2 with processing, scheduled statuses, instance limits) and its failures, with every request checked against
../shared/specs/mastodon-openapi.json."""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

SPEC_PATH = Path(__file__).resolve().parents[3] / "shared" / "specs" / "mastodon-openapi.json"
TOKEN = "test-token-0123456789"


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


@dataclass
class MastodonServer:
    url: str = ""
    statuses: list[dict[str, Any]] = field(default_factory=list)
    scheduled: dict[str, dict[str, Any]] = field(default_factory=dict)
    media: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_key: dict[str, dict[str, Any]] = field(default_factory=dict)
    requests: list[tuple[str, str, dict[str, str], Any]] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    fail_next: list[str] = field(default_factory=list)  # "401", "422", "429", "500", "drop"
    max_characters: int = 1000
    processing_polls: int = 2
    spec: dict[str, Any] = field(default_factory=_spec)

    def __post_init__(self) -> None:
        self.lock = threading.Lock()
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


def serve(server_state: MastodonServer) -> ThreadingHTTPServer:
    state = server_state

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _reply(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

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
            path = self.path.split("?")[0]
            body = self._body()
            headers = {key: value for key, value in self.headers.items()}
            with state.lock:
                state.requests.append((method, path, headers, body))
                state.check(method, path, headers, body if isinstance(body, dict) else {})
                failure = state.fail_next.pop(0) if state.fail_next else ""
            if self.headers.get("Authorization") != f"Bearer {TOKEN}" or failure == "401":
                return self._reply(401, {"error": "The access token is invalid"})
            if failure == "429":
                reset = (datetime.now(UTC) + timedelta(minutes=3)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
                return self._reply(429, {"error": "Too many requests"}, {"X-RateLimit-Limit": "300",
                                                                      "X-RateLimit-Remaining": "0",
                                                                      "X-RateLimit-Reset": reset})
            if failure == "500":
                return self._reply(500, {"error": "Internal server error"})
            answer = ROUTES.get((method, path)) or ROUTES.get((method, re.sub(r"/[^/]+$", "/:id", path)))
            if answer is None:
                return self._reply(404, {"error": "Record not found"})
            status, payload = answer(self, path, body, failure)
            if failure == "drop":
                self.close_connection = True
                return  # the work is done, but the client hears nothing
            self._reply(status, payload)

        def do_GET(self) -> None:  # noqa: N802
            self._handle("GET")

        def do_POST(self) -> None:  # noqa: N802
            self._handle("POST")

        def do_DELETE(self) -> None:  # noqa: N802
            self._handle("DELETE")

        def do_PUT(self) -> None:  # noqa: N802
            self._handle("PUT")

    def verify(handler: Handler, path: str, body: Any, failure: str) -> tuple[int, Any]:
        return 200, {"id": "1", "username": "oosterzande", "acct": "oosterzande",
                     "display_name": "Gemeente Oosterzande"}

    def instance(handler: Handler, path: str, body: Any, failure: str) -> tuple[int, Any]:
        return 200, {"domain": "social.example", "configuration": {"statuses": {
            "max_characters": state.max_characters, "characters_reserved_per_url": 23,
            "max_media_attachments": 4}}}

    def upload(handler: Handler, path: str, body: Any, failure: str) -> tuple[int, Any]:
        with state.lock:
            media_id = f"m{len(state.media) + 1}"
            state.media[media_id] = {"description": (body.get("description") or b"").decode(),
                                     "size": len(body.get("file") or b""), "polls_left": state.processing_polls}
        return 202, {"id": media_id, "type": "image", "url": None}

    def media(handler: Handler, path: str, body: Any, failure: str) -> tuple[int, Any]:
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

    def post_status(handler: Handler, path: str, body: Any, failure: str) -> tuple[int, Any]:
        key = handler.headers.get("Idempotency-Key", "")
        with state.lock:
            if key and key in state.by_key:
                return 200, state.by_key[key]
            if failure == "422" or len(body.get("status", "")) > state.max_characters:
                return 422, {"error": f"Validation failed: Text character limit of {state.max_characters} "
                                      "exceeded"}
            if body.get("scheduled_at"):
                when = datetime.fromisoformat(body["scheduled_at"].replace("Z", "+00:00"))
                if when < datetime.now(UTC) + timedelta(minutes=5):
                    return 422, {"error": "Validation failed: Scheduled at must be at least 5 minutes ahead"}
                scheduled_id = f"s{len(state.scheduled) + 1}"
                answer = {"id": scheduled_id, "scheduled_at": body["scheduled_at"], "params": body,
                          "media_attachments": []}
                state.scheduled[scheduled_id] = answer
            else:
                status_id = str(100 + len(state.statuses) + 1)
                answer = {"id": status_id, "uri": f"{state.url}/users/oosterzande/statuses/{status_id}",
                          "url": f"{state.url}/@oosterzande/{status_id}", "content": body.get("status", ""),
                          "language": body.get("language"), "visibility": body.get("visibility"),
                          "media_attachments": [{"id": m, "description": state.media[m]["description"]}
                                                for m in body.get("media_ids", [])]}
                state.statuses.append(answer)
            if key:
                state.by_key[key] = answer
            return 200, answer

    def delete_scheduled(handler: Handler, path: str, body: Any, failure: str) -> tuple[int, Any]:
        with state.lock:
            if state.scheduled.pop(path.rsplit("/", 1)[1], None) is None:
                return 404, {"error": "Record not found"}
        return 200, {}

    ROUTES = {
        ("GET", "/api/v1/accounts/verify_credentials"): verify,
        ("GET", "/api/v2/instance"): instance,
        ("POST", "/api/v2/media"): upload,
        ("GET", "/api/v1/media/:id"): media,
        ("POST", "/api/v1/statuses"): post_status,
        ("DELETE", "/api/v1/scheduled_statuses/:id"): delete_scheduled,
    }

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return httpd
