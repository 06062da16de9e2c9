"""A small HTTP server on 127.0.0.1 whose answers a test writes as routes: for the Graph and LinkedIn clients. The
faults of tests/services/faults.py are played per request ("POST /123/feed": ["stored-500"]): those before the
work answer without calling the route, those after it call the route (the post is stored) and then answer badly,
slowly or not at all."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.services.faults import AFTER, Holds, play_after, play_before


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    form: dict[str, Any]
    json: Any
    raw: bytes


Answer = tuple[int, Any, dict[str, str]]
Route = Callable[[Seen], Answer | None]  # None: close the connection without answering
PAGE = "104857600012345"  # the municipality's Facebook page in these tests
ORGANIZATION = "2414183"  # its LinkedIn organization


def _me(seen: Seen) -> Answer:
    """Graph's /me for a Page token: the page. Graph takes the token in the Authorization header (OAuth or
    Bearer) as well as in the access_token parameter; without any it refuses."""
    if not (seen.headers.get("Authorization", "").startswith(("OAuth ", "Bearer ")) or "access_token" in seen.query):
        return 400, {"error": {"message": "An active access token must be used", "code": 2500}}, {}
    return 200, {"id": PAGE, "name": "Gemeente Oosterzande"}, {}


def _organization(seen: Seen) -> Answer:
    return 200, {"id": int(seen.path.rsplit("/", 1)[1]), "localizedName": "Gemeente Oosterzande"}, {}


def _whose_token() -> dict[tuple[str, str], Route]:
    """Who the token belongs to, as every outbox run asks first: a test may route these otherwise."""
    return {("GET", "/me"): _me, ("GET", r"/organizations/\d+"): _organization}


@dataclass
class LocalApi:
    routes: dict[tuple[str, str], Route] = field(default_factory=_whose_token)
    seen: list[Seen] = field(default_factory=list)
    url: str = ""
    faults: dict[str, list[str]] = field(default_factory=dict)  # "METHOD /path" -> faults in turn
    redirect_to: str = "http://127.0.0.1:9"
    holds: Holds = field(default_factory=Holds)

    def fault_for(self, method: str, path: str) -> str:
        listed = self.faults.get(f"{method} {path}")
        return listed.pop(0) if listed else ""

    def route(self, method: str, pattern: str) -> Callable[[Route], Route]:
        def register(handler: Route) -> Route:
            self.routes[(method, pattern)] = handler
            return handler
        return register


@contextmanager
def local_api() -> Iterator[LocalApi]:
    api = LocalApi()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _handle(self) -> None:
            parts = urlsplit(self.path)
            raw = self.rfile.read(int(self.headers.get("Content-Length", 0) or 0))
            kind = self.headers.get("Content-Type", "")
            form: dict[str, Any] = {}
            body: Any = None
            if kind.startswith("application/json"):
                body = json.loads(raw or b"null")
            elif kind.startswith("multipart/form-data"):
                message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {kind}\r\n\r\n".encode() + raw)
                for part in message.iter_parts():
                    form[part.get_param("name", header="content-disposition")] = part.get_payload(decode=True)
            elif kind.startswith("application/x-www-form-urlencoded"):
                form = {key: values[0] for key, values in parse_qs(raw.decode()).items()}
            seen = Seen(self.command, parts.path, {k: v[0] for k, v in parse_qs(parts.query).items()},
                        dict(self.headers.items()), form, body, raw)
            api.seen.append(seen)
            fault = api.fault_for(self.command, parts.path)
            if play_before(self, fault, api.holds, api.redirect_to, "Retry-After", {"good": "120",
                           "429-garbage": "soon-ish", "429-past": "-5", "429-far": "99999999999"}):
                return
            for (method, pattern), handler in api.routes.items():
                if method == self.command and re.fullmatch(pattern, parts.path):
                    answer = handler(seen)
                    break
            else:
                answer = (404, {"error": {"message": "not found", "code": 803}}, {})
            if answer is None:
                self.close_connection = True
                return
            status, payload, headers = answer
            if fault in AFTER:
                play_after(self, fault, api.holds, status, payload)
                return
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_DELETE = do_PUT = _handle  # noqa: N815

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    api.url = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        yield api
    finally:
        api.holds.release.set()
        server.shutdown()
        server.server_close()
