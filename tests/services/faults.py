"""The faults a local test server plays, the same for every network: answers that are not what the API documents,
an answer trickled slower than any deadline, a connection held open until the test lets go (so a test can kill
the client at that step), a redirect, and rate limits with reset headers that are missing, garbage, past or absurd.

A fault is named in a list the test fills per request ("POST /api/v1/statuses": ["stored-500"]); the server takes
one name per matching request. Faults that happen before the server does its work (the request was refused or
never reached the application) and after it (the work is done, the answer is bad or lost) are told apart, since
that is exactly what the client cannot see.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler
from typing import Any

# Before the work: nothing was stored.
BEFORE = {"html-500", "redirect", "hold-before", "429-none", "429-garbage", "429-past", "429-far"}
# After the work: the post is stored, the answer is bad, slow or lost.
AFTER = {"stored-500", "non-json", "wrong-shape", "trickle", "hold", "drop", "long-id", "surrogate-id"}
TRICKLE_INTERVAL = 0.25  # seconds between the bytes of a trickled answer


class Holds:
    """Connections held open at a fault: `reached` is set when one is held, `release` lets them all go."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.release = threading.Event()

    def hold(self, handler: BaseHTTPRequestHandler) -> None:
        self.reached.set()
        self.release.wait(timeout=60)
        handler.close_connection = True


def send(handler: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str = "application/json",
         headers: dict[str, str] | None = None, trickle: bool = False) -> None:
    """Writes a complete answer; trickled, a byte at a time with a pause between (a client without a total deadline
    waits for as long as this takes)."""
    try:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        if not trickle:
            handler.wfile.write(body)
            return
        for index in range(len(body)):
            handler.wfile.write(body[index:index + 1])
            handler.wfile.flush()
            time.sleep(TRICKLE_INTERVAL)
    except OSError:
        handler.close_connection = True  # the client gave up: as it should


def send_json(handler: BaseHTTPRequestHandler, status: int, payload: Any, headers: dict[str, str] | None = None,
              trickle: bool = False) -> None:
    send(handler, status, json.dumps(payload).encode(), headers=headers, trickle=trickle)


def play_before(handler: BaseHTTPRequestHandler, fault: str, holds: Holds, redirect_to: str,
                reset_header: str, reset_values: dict[str, str]) -> bool:
    """Plays a fault that comes before the server's work; True when it answered (or held) the request."""
    if fault == "html-500":
        send(handler, 500, b"<html><body>Bad gateway</body></html>", "text/html")
    elif fault == "redirect":
        send(handler, 308, b"", "text/plain", {"Location": redirect_to + handler.path})
    elif fault == "hold-before":
        holds.hold(handler)
    elif fault.startswith("429"):
        value = reset_values.get(fault, reset_values.get("good", ""))
        headers = {} if fault == "429-none" else {reset_header: value}
        send_json(handler, 429, {"error": "Too many requests"}, headers)
    else:
        return False
    return True


def play_after(handler: BaseHTTPRequestHandler, fault: str, holds: Holds, status: int, payload: Any) -> None:
    """Answers after the server's work, as the fault says (or properly, without one)."""
    if fault == "stored-500":
        send_json(handler, 500, {"error": "Internal server error"})
    elif fault == "non-json":
        send(handler, 200, b"<html><body>Welcome to nginx!</body></html>", "text/html")
    elif fault == "wrong-shape":
        send_json(handler, 200, ["not", "what", "the", "API", "documents"])
    elif fault in ("long-id", "surrogate-id") and isinstance(payload, dict):  # an id no record can keep
        send_json(handler, status, {**payload, "id": "9" * 40_000 if fault == "long-id" else "\ud800"})
    elif fault == "trickle":
        send_json(handler, status, payload, trickle=True)
    elif fault == "hold":
        holds.hold(handler)
    elif fault == "drop":
        handler.close_connection = True  # the work is done, but the client hears nothing
    else:
        send_json(handler, status, payload)
