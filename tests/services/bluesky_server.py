"""A Bluesky PDS on 127.0.0.1 for the fault tests: the XRPC calls the client makes (createSession, getSession,
getRecord, createRecord at a chosen record key, uploadBlob with the 1,000,000-byte image limit, resolveHandle),
answering with the documented error bodies, and playing the faults of tests/services/faults.py. (The happy path
and the record-key resend are tested against the real PDS in test_bluesky.py.)"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.services.faults import AFTER, Holds, play_after, play_before, send_json

HANDLE = "oosterzande.test"
DID = "did:plc:oosterzande"
APP_PASSWORD = "abcd-efgh-ijkl-mnop"
ACCESS = "access-jwt-0123"
POST = "app.bsky.feed.post"
BLOB_LIMIT = 1_000_000


@dataclass
class BlueskyServer:
    url: str = ""
    records: dict[str, dict[str, Any]] = field(default_factory=dict)  # rkey -> record
    blobs: dict[str, bytes] = field(default_factory=dict)
    seen: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    faults: dict[str, list[str]] = field(default_factory=dict)  # "POST com.atproto.repo.createRecord" -> faults
    redirect_to: str = "http://127.0.0.1:9"

    def __post_init__(self) -> None:
        self.lock = threading.Lock()
        self.holds = Holds()

    def fault_for(self, method: str, nsid: str) -> str:
        with self.lock:
            listed = self.faults.get(f"{method} {nsid}")
            return listed.pop(0) if listed else ""

    def posts(self) -> list[str]:
        return [record["text"] for record in self.records.values()]


def serve(state: BlueskyServer) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _handle(self, method: str) -> None:
            parts = urlsplit(self.path)
            nsid = parts.path.removeprefix("/xrpc/")
            query = {key: values[0] for key, values in parse_qs(parts.query).items()}
            raw = self.rfile.read(int(self.headers.get("Content-Length", 0) or 0))
            with state.lock:
                state.seen.append((method, nsid, dict(self.headers.items())))
            fault = state.fault_for(method, nsid)
            reset = str(int(time.time()) + 120)
            if play_before(self, fault, state.holds, state.redirect_to, "RateLimit-Reset", {
                    "good": reset, "429-garbage": "soon-ish", "429-past": "1000000000", "429-far": "99999999999"}):
                return
            if nsid != "com.atproto.server.createSession" and self.headers.get("Authorization") != f"Bearer {ACCESS}":
                return send_json(self, 401, {"error": "AuthenticationRequired", "message": "Invalid token"})
            answer = ROUTES.get((method, nsid))
            if answer is None:
                return send_json(self, 501, {"error": "MethodNotImplemented", "message": nsid})
            status, payload = answer(query, raw, self.headers.get("Content-Type", ""))
            if fault in AFTER:
                return play_after(self, fault, state.holds, status, payload)
            send_json(self, status, payload)

        def do_GET(self) -> None:  # noqa: N802
            self._handle("GET")

        def do_POST(self) -> None:  # noqa: N802
            self._handle("POST")

    def session(query: dict[str, str], raw: bytes, kind: str) -> tuple[int, Any]:
        body = json.loads(raw or b"{}")
        if body.get("identifier") != HANDLE or body.get("password") != APP_PASSWORD:
            return 401, {"error": "AuthenticationRequired", "message": "Invalid identifier or password"}
        return 200, {"accessJwt": ACCESS, "refreshJwt": "refresh-jwt", "did": DID, "handle": HANDLE}

    def get_session(query: dict[str, str], raw: bytes, kind: str) -> tuple[int, Any]:
        return 200, {"did": DID, "handle": HANDLE}

    def get_record(query: dict[str, str], raw: bytes, kind: str) -> tuple[int, Any]:
        with state.lock:
            record = state.records.get(query.get("rkey", ""))
        if record is None:
            return 400, {"error": "RecordNotFound", "message": "Could not locate record"}
        return 200, {"uri": f"at://{DID}/{POST}/{query['rkey']}", "cid": "bafy", "value": record}

    def create_record(query: dict[str, str], raw: bytes, kind: str) -> tuple[int, Any]:
        body = json.loads(raw or b"{}")
        rkey = body.get("rkey", "")
        with state.lock:
            if rkey in state.records:
                return 400, {"error": "InvalidRequest", "message": "Record already exists"}
            state.records[rkey] = body["record"]
        return 200, {"uri": f"at://{DID}/{POST}/{rkey}", "cid": "bafy" + rkey}

    def upload_blob(query: dict[str, str], raw: bytes, kind: str) -> tuple[int, Any]:
        if len(raw) > BLOB_LIMIT:
            return 400, {"error": "BlobTooLarge", "message": "This file is too large"}
        digest = hashlib.sha256(raw).hexdigest()
        with state.lock:
            state.blobs[digest] = raw
        return 200, {"blob": {"$type": "blob", "ref": {"$link": digest}, "mimeType": kind, "size": len(raw)}}

    def resolve(query: dict[str, str], raw: bytes, kind: str) -> tuple[int, Any]:
        return 400, {"error": "InvalidRequest", "message": "Unable to resolve handle"}

    ROUTES = {
        ("POST", "com.atproto.server.createSession"): session,
        ("GET", "com.atproto.server.getSession"): get_session,
        ("GET", "com.atproto.repo.getRecord"): get_record,
        ("POST", "com.atproto.repo.createRecord"): create_record,
        ("POST", "com.atproto.repo.uploadBlob"): upload_blob,
        ("GET", "com.atproto.identity.resolveHandle"): resolve,
    }

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return httpd


def stop(httpd: ThreadingHTTPServer, state: BlueskyServer) -> None:
    state.holds.release.set()
    httpd.shutdown()
    httpd.server_close()
