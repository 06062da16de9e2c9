"""One request to a network, the way every network client sends it: within a total deadline, never following a
redirect, with a capped answer, and knowing exactly how far it got.

Why not requests' own send: its timeouts count per socket operation, so a server that trickles its answer a byte
at a time, or stops reading an upload, holds the outbox (and the data folder's lock) for as long as it likes; and
once it fails it cannot say whether any of the request had left. Here a watchdog closes the connection when the
deadline passes, whatever the request is doing, and the phase that failed decides what the failure proves:

- nothing left this laptop (no connection, no secure channel): the post was certainly not sent;
- the request went out (even in part) and no complete answer came: the outcome is unknown;
- a redirect: the server moved; it is not followed, so the token never travels to the new address.

A whole outbox run has a budget of its own (RunBudget): once it is spent, no new request starts, so a server that
answers every request correctly but slowly cannot hold a run for hours either.

requests still builds the request (query, JSON, form and multipart bodies); this module only sends it.
"""

from __future__ import annotations

import base64
import http.client
import os
import socket
import ssl
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import SplitResult, quote, quote_plus, unquote, urlsplit

import requests
from requests.utils import DEFAULT_CA_BUNDLE_PATH

from models.outside_json import read_outside_json
from services.errors import translate
from services.networks.base import Failure, PublishError
from services.plain_text import printable_text

DEFAULT_DEADLINE = 30.0  # seconds for one request and its whole answer
UPLOAD_RATE = 100_000  # bytes per second: an upload's deadline grows by its size at this (slow) rate
# No request takes longer than this, however large its upload: so a run that started its last request just before
# its budget ended holds the data folder's lock for a known time at most (the crisis switch waits that long, see
# LOCK_WAIT in services/instance_lock.py). A 16 MB image needs about 1 Mbit/s of upload to fit in it.
LONGEST_REQUEST = 120.0
MAX_ANSWER = 4 * 1024 * 1024  # no answer the clients read is near this; a larger one is not what the API documents
DEADLINE_VARIABLE = "OMROEPER_HTTP_DEADLINE"  # seconds; tests of the command line shorten it
_CHUNK = 64 * 1024


def default_deadline() -> float:
    """The deadline of one request: DEFAULT_DEADLINE unless the environment names another (tests, labs)."""
    try:
        value = float(os.environ.get(DEADLINE_VARIABLE, ""))
    except ValueError:
        return DEFAULT_DEADLINE
    return value if value > 0 else DEFAULT_DEADLINE


@dataclass
class RunBudget:
    """How long one run may go on starting requests, in seconds from when it was made. A request already under way
    keeps its own deadline; after the budget no new one starts (`spending`), and the run leaves the rest for the
    next one. `clock` is a monotonic clock in seconds (tests pass their own)."""

    seconds: float
    clock: Callable[[], float] = time.monotonic
    started: float = field(init=False)

    def __post_init__(self) -> None:
        self.started = self.clock()

    def spent(self) -> bool:
        return self.clock() - self.started >= self.seconds


_RUN_BUDGET: ContextVar[RunBudget | None] = ContextVar("run_budget", default=None)


@contextmanager
def spending(budget: RunBudget) -> Iterator[RunBudget]:
    """Every Wire.send in this block (on this thread) first checks the budget and starts nothing once it is spent:
    it raises PublishError OUT_OF_TIME, which proves the request was never sent."""
    token = _RUN_BUDGET.set(budget)
    try:
        yield budget
    finally:
        _RUN_BUDGET.reset(token)


def out_of_time(budget: RunBudget) -> PublishError:
    return PublishError(Failure.OUT_OF_TIME, translate(
        "Networks", "This run of the outbox used its {seconds} seconds, so it sent nothing more; the rest goes at "
                    "the next run.").format(seconds=round(budget.seconds)))


class BadAnswer(Exception):
    """An answer that is not what the network's API documents (not JSON, the wrong shape, far too large)."""


SERVER_JSON_DEPTH_MAX = 600


@dataclass(frozen=True)
class Answer:
    """A complete answer: its status, its headers (names in lower case) and its body."""

    status: int
    headers: Mapping[str, str]
    body: bytes

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")

    def json(self) -> Any:
        """The body as JSON, strictly: UTF-8, no NaN or Infinity, nothing after the value. A text that could not be
        stored (a lone surrogate written as \\ud800, in a resident's message or name) is kept with U+FFFD in its
        place, as a broken character shows; an id holding one proves nothing (`answer_id`)."""
        try:
            # a thread nests a level per reply: deep, but not deeper than Python's parser goes
            return read_outside_json(self.body.decode("utf-8"), max_depth=SERVER_JSON_DEPTH_MAX, mend=True,
                                     parse_constant=_no_constant)
        except (UnicodeDecodeError, ValueError) as error:
            raise BadAnswer(str(error)[:200]) from None

    def json_object(self) -> dict[str, Any]:
        value = self.json()
        if not isinstance(value, dict):
            raise BadAnswer("not a JSON object")
        return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


class _NotConnected(Exception):
    """Nothing of the request left this laptop."""

    def __init__(self, certificate: bool = False) -> None:
        super().__init__("certificate not valid" if certificate else "no connection")
        self.certificate = certificate


class _NoAnswer(Exception):
    """The request went out, at least in part; no complete answer came."""

    def __init__(self, timed_out: bool) -> None:
        super().__init__("timed out" if timed_out else "connection broken")
        self.timed_out = timed_out


class _Moved(Exception):
    def __init__(self, location: str, status: int) -> None:
        super().__init__(location)
        self.location, self.status = location, status


class _Watchdog:
    """Shuts the connection down when the deadline passes: a blocked connect, send or read then ends at once.
    It holds its own duplicate of the socket, so it never touches a descriptor that was closed and reused."""

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._lock = threading.Lock()
        self._socket: socket.socket | None = None
        self._timer = threading.Timer(max(0.0, seconds), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, connection: socket.socket) -> None:
        with self._lock:
            self._socket = connection.dup()
            if self.fired:
                self._shut()

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            self._shut()

    def _shut(self) -> None:
        if self._socket is not None:
            try:
                self._socket.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def stop(self) -> None:
        self._timer.cancel()
        with self._lock:
            if self._socket is not None:
                self._socket.close()
                self._socket = None


def _tls_context() -> ssl.SSLContext:
    """The system's certificates and those requests trusts (certifi), as requests itself would verify."""
    context = ssl.create_default_context()
    try:
        context.load_verify_locations(DEFAULT_CA_BUNDLE_PATH)
    except OSError:
        pass
    return context


def _proxy_for(parts: SplitResult) -> SplitResult | None:
    """The HTTPS proxy the system names for this address (environment, Windows registry, macOS settings)."""
    if parts.scheme != "https" or not parts.hostname or urllib.request.proxy_bypass(parts.hostname):
        return None
    proxy = urllib.request.getproxies().get("https", "")
    if not proxy:
        return None
    found = urlsplit(proxy if "://" in proxy else "http://" + proxy)
    return found if found.hostname else None


class Wire:
    """Sends requests for one network. `name` is how messages name the other side ("Facebook",
    "social.example.nl"); `deadline` is the total time one request and its answer may take, in seconds; an upload
    gets its size divided by `upload_rate` (bytes per second) more."""

    def __init__(self, name: str, *, deadline: float | None = None, max_answer: int = MAX_ANSWER,
                 upload_rate: float = UPLOAD_RATE, headers: Mapping[str, str] | None = None,
                 cut_long_answer: bool = False, public_only: bool = False) -> None:
        self.name = name
        # Only to addresses on the public internet, never this computer or its local network: for addresses that
        # come from a post's text (a link card), which a file or a colleague may have written.
        self.public_only = public_only
        self.deadline = deadline if deadline is not None else default_deadline()
        self.max_answer = max_answer
        # A page read only for its head (a link card) keeps its first max_answer bytes instead of being refused.
        self.cut_long_answer = cut_long_answer
        self.upload_rate = upload_rate
        self.headers = {"User-Agent": "Omroeper", **(headers or {})}
        self._tls: ssl.SSLContext | None = None  # made on the first https request
        self._secrets: set[str] = set()
        scheme, _space, credential = self.headers.get("Authorization", "").partition(" ")
        if scheme in ("Bearer", "OAuth"):
            self.keep_secret(credential)

    def keep_secret(self, secret: str) -> None:
        """A token this wire sends: `shown` never repeats it, whatever a server quotes back, as it is or as an
        address writes it (percent-encoded, or with "+" for a space)."""
        if len(secret) >= 4:
            self._secrets.update({secret, quote(secret, safe=""), quote_plus(secret)})

    def shown(self, value: object, limit: int = 200) -> str:
        """A value from the server (or an address with one) as plain text to store and show (printable_text), with
        every secret this wire sends blanked out: a careless or hostile server may quote the token in its error or
        in the address it names, and that text goes into the data file, the log and a handover file. Every text
        this module builds from what a server says goes through here."""
        return printable_text(self.masked(str(value)), limit)

    def answer_id(self, value: object) -> str:
        """An id the server gave (for a post, a photo, a comment, an account), as the app keeps it: a text that is
        not blank, or a whole number above zero (never true or false, which Python counts as numbers); "" for
        anything else, for an id with a character the answer could not carry (U+FFFD, see `Answer.json`: not the
        server's id), and for an id holding a secret this wire sends, which would go into the data file and every
        handover file. A client takes "" as an answer that proves nothing."""
        if isinstance(value, bool) or not isinstance(value, (str, int)) or (isinstance(value, int) and value <= 0):
            return ""
        text = str(value)
        return "" if not text.strip() or "\ufffd" in text or self._holds_secret(text) else text

    def link(self, value: object) -> str:
        """A link from the server to keep (see web_link), or "" when it holds a secret this wire sends."""
        text = web_link(value)
        return "" if self._holds_secret(text) else text

    def masked(self, value: object) -> str:
        """A text from the server to keep whole (a resident's message, a name), every secret this wire sends
        blanked out as `shown` does. (A server that has the token can always write it some other way: this keeps
        the plain copies out of the data file and the handover files.)"""
        text = value if isinstance(value, str) else str(value or "")
        for secret in sorted(self._secrets, key=len, reverse=True):
            text = text.replace(secret, "•••")
        return text

    def _holds_secret(self, text: str) -> bool:
        """Whether `text` holds a secret this wire sends: as it is, percent-encoded in either letter case, or in
        other letter case."""
        seen = unquote(text).casefold()
        return any(secret.casefold() in seen for secret in self._secrets)

    # ---- what the clients call ------------------------------------------------------------------------------

    def send(self, method: str, url: str, *, creates_post: bool = False, headers: Mapping[str, str] | None = None,
             params: Mapping[str, str] | None = None, json: Any = None, data: Any = None, files: Any = None
             ) -> Answer:
        """One request; any answer that is not a redirect is returned, whatever its status.

        `creates_post`: this request makes the post itself (not an upload or a look-up), so a lost answer means
        the outcome is unknown. Raises PublishError: TEMPORARY when nothing was sent (or a look-up failed),
        UNKNOWN when a request that creates the post went out without a complete answer, MOVED for a redirect,
        OUT_OF_TIME (nothing sent) when the run's budget is spent.
        """
        budget = _RUN_BUDGET.get()
        if budget is not None and budget.spent():
            raise out_of_time(budget)
        try:
            prepared = requests.Request(method, url, headers={**self.headers, **(headers or {})}, params=params,
                                        json=json, data=data, files=files).prepare()
        except (requests.RequestException, ValueError):
            raise PublishError(Failure.MOVED, translate(
                "Networks", "The address {address} cannot be used; nothing was sent. Check it under Channels."
            ).format(address=self.shown(url))) from None
        body = prepared.body or b""
        if isinstance(body, str):
            body = body.encode("utf-8")
        assert prepared.url is not None
        try:
            return self._exchange(prepared.method or method, prepared.url, dict(prepared.headers), body)
        except _NotConnected as failed:
            if failed.certificate:
                raise PublishError(Failure.TEMPORARY, translate(
                    "Networks", "The secure connection to {name} failed: its certificate is not valid. Nothing was "
                                "sent. Check the address under Channels, or the network this laptop is on."
                ).format(name=self.name)) from None
            raise PublishError(Failure.TEMPORARY, translate(
                "Networks", "{name} cannot be reached (offline?); nothing was sent. It will be tried again."
            ).format(name=self.name)) from None
        except _NoAnswer as lost:
            raise self.lost(creates_post, lost.timed_out) from None
        except _Moved as moved:
            if creates_post and moved.status == 303:
                # "See Other": the request was acted on and the answer is elsewhere. Sent again once the address
                # is put right, the post could be there twice. (A whole server that moved answers 301, 302, 307 or
                # 308, having done nothing: that is the address to put right.)
                error = PublishError(Failure.UNKNOWN, translate(
                    "Networks", "{name} answered the post with a move to {location}; Omroeper did not follow it, and "
                                "it is not known whether the post arrived.").format(
                    name=self.name, location=self.shown(moved.location) or "?"))
                error.location = moved.location
                raise error from None
            error = PublishError(Failure.MOVED, translate(
                "Networks", "The server at {address} answers that it moved to {location}. Omroeper did not follow "
                            "it, so the token was not sent there. Check the address under Channels."
            ).format(address=self.shown(_address(url)), location=self.shown(moved.location) or "?"))
            error.location = moved.location  # the Location header as sent, for a caller that decides to follow
            raise error from None
        except BadAnswer:
            raise self.odd(creates_post) from None

    def lost(self, creates_post: bool, timed_out: bool = False) -> PublishError:
        """The request went out and no complete answer came back."""
        if creates_post:
            return PublishError(Failure.UNKNOWN, translate(
                "Networks", "{name} did not answer in time after the post was sent; it is not known whether it "
                            "arrived.").format(name=self.name) if timed_out else translate(
                "Networks", "The connection to {name} broke after the post was sent; it is not known whether it "
                            "arrived.").format(name=self.name))
        return PublishError(Failure.TEMPORARY, translate(
            "Networks", "{name} did not answer in time, or not completely; it will be tried again.").format(
            name=self.name))

    def odd(self, creates_post: bool) -> PublishError:
        """An answer that is not what the API documents."""
        if creates_post:
            return PublishError(Failure.UNKNOWN, translate(
                "Networks", "{name} gave an answer Omroeper does not understand after the post was sent; it is not "
                            "known whether it arrived.").format(name=self.name))
        return PublishError(Failure.TEMPORARY, translate(
            "Networks", "{name} gave an answer Omroeper does not understand; it will be tried again.").format(
            name=self.name))

    def server_error(self, status: int, creates_post: bool) -> PublishError:
        """A 5xx: the server failed, perhaps after it stored the post."""
        if creates_post:
            error = PublishError(Failure.UNKNOWN, translate(
                "Networks", "{name} reported a problem of its own ({status}) after the post was sent; it is not "
                            "known whether it arrived.").format(name=self.name, status=status))
        else:
            error = PublishError(Failure.TEMPORARY, translate(
                "Networks", "{name} has a problem of its own ({status}); it will be tried again.").format(
                name=self.name, status=status))
        error.status = status
        return error

    # ---- the exchange ---------------------------------------------------------------------------------------

    def _exchange(self, method: str, url: str, headers: dict[str, str], body: bytes) -> Answer:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise _NotConnected()
        seconds = min(self.deadline + len(body) / self.upload_rate, LONGEST_REQUEST)
        ends = time.monotonic() + seconds
        watchdog = _Watchdog(seconds)
        connection: http.client.HTTPConnection | None = None
        sent = False
        try:
            try:
                connection = self._connect(parts, watchdog, seconds)
            except ssl.SSLCertVerificationError:
                raise _NotConnected(certificate=True) from None
            except (OSError, http.client.HTTPException, ValueError):
                raise _NotConnected() from None
            try:
                path = parts.path or "/"
                connection.putrequest(method, path + (f"?{parts.query}" if parts.query else ""),
                                      skip_accept_encoding=True)
                for name, value in headers.items():
                    connection.putheader(name, value)
                if body and "Content-Length" not in headers:
                    connection.putheader("Content-Length", str(len(body)))
                sent = True  # from here on, some of the request may have reached the server
                connection.endheaders()
                for start in range(0, len(body), _CHUNK):
                    if time.monotonic() > ends:
                        raise _NoAnswer(timed_out=True)
                    connection.send(body[start:start + _CHUNK])
                response = connection.getresponse()
                if 300 <= response.status < 400:
                    raise _Moved(response.getheader("Location") or "", response.status)
                received = bytearray()
                cut = False
                while chunk := response.read1(_CHUNK):
                    received += chunk
                    if len(received) > self.max_answer:
                        if not self.cut_long_answer:
                            raise BadAnswer("answer too large")
                        del received[self.max_answer:]
                        cut = True
                        break
                    if time.monotonic() > ends:
                        raise _NoAnswer(timed_out=True)
                if watchdog.fired or (not cut and (response.length or 0) > 0):  # cut off before the whole answer
                    raise _NoAnswer(timed_out=watchdog.fired)
                return Answer(response.status, {name.lower(): value for name, value in response.getheaders()},
                              bytes(received))
            except (OSError, http.client.HTTPException, ValueError) as error:
                if not sent and not watchdog.fired:
                    raise _NotConnected() from error
                raise _NoAnswer(timed_out=watchdog.fired) from error
        finally:
            watchdog.stop()
            if connection is not None:
                connection.close()

    def _connect(self, parts: SplitResult, watchdog: _Watchdog, seconds: float) -> http.client.HTTPConnection:
        """A connection to the server (through the system's proxy where it names one), secured for https."""
        host, secure = parts.hostname or "", parts.scheme == "https"
        port = parts.port or (443 if secure else 80)
        proxy = _proxy_for(parts)
        if proxy is not None and self.public_only:
            _open((host, port), seconds, public_only=True, look_only=True)  # the proxy goes where the name says
        target = (proxy.hostname or "", proxy.port or 8080) if proxy else (host, port)
        raw = _open(target, seconds, public_only=self.public_only and proxy is None)
        try:
            watchdog.watch(raw)
            if proxy is not None:
                _tunnel(raw, proxy, host, port)
            connection: http.client.HTTPConnection
            if secure:
                self._tls = self._tls or _tls_context()
                wrapped = self._tls.wrap_socket(raw, server_hostname=host)
                connection = http.client.HTTPSConnection(host, port, context=self._tls)
                connection.sock = wrapped
            else:
                connection = http.client.HTTPConnection(host, port)
                connection.sock = raw
            return connection
        except BaseException:
            raw.close()
            raise


class NotPublic(OSError):
    """An address of this computer or its local network where only public ones are allowed."""


def _open(target: tuple[str, int], seconds: float, *, public_only: bool = False,
          look_only: bool = False) -> socket.socket:
    """A TCP connection within `seconds`, the name lookup included (the system's resolver has no deadline of its
    own, so it runs aside and is no longer waited for once the time is up). `public_only`: every address the name
    gives must be a public one (the connection goes to the address checked, so a second lookup cannot change it);
    `look_only`: only that check, no connection (raises or returns None)."""
    ends = time.monotonic() + seconds
    found: list[list[Any] | OSError] = []
    done = threading.Event()

    def look_up() -> None:
        try:
            found.append(list(socket.getaddrinfo(target[0], target[1], type=socket.SOCK_STREAM)))
        except OSError as error:
            found.append(error)
        finally:
            done.set()

    threading.Thread(target=look_up, daemon=True).start()
    if not done.wait(seconds):
        raise OSError(f"looking up {target[0]} took too long")
    if isinstance(found[0], OSError):
        raise found[0]
    if public_only and not all(_is_public(address[0]) for *_rest, address in found[0]):
        raise NotPublic(f"{target[0]} is on this computer or its local network")
    if look_only:
        return None  # type: ignore[return-value]
    last: OSError = OSError(f"no address for {target[0]}")
    for family, kind, protocol, _name, address in found[0]:
        remaining = ends - time.monotonic()
        if remaining <= 0:
            break
        connection = socket.socket(family, kind, protocol)
        try:
            connection.settimeout(remaining)
            connection.connect(address)
            return connection
        except OSError as error:
            connection.close()
            last = error
    raise last


def _is_public(address: str) -> bool:
    import ipaddress

    try:
        return ipaddress.ip_address(address.split("%")[0]).is_global
    except ValueError:
        return False


def _tunnel(raw: socket.socket, proxy: SplitResult, host: str, port: int) -> None:
    """Asks the proxy for a tunnel to host:port (HTTP CONNECT); what goes through it is encrypted end to end."""
    lines = [f"CONNECT {host}:{port} HTTP/1.1", f"Host: {host}:{port}"]
    if proxy.username:
        pair = f"{unquote(proxy.username)}:{unquote(proxy.password or '')}".encode()
        lines.append("Proxy-Authorization: Basic " + base64.b64encode(pair).decode("ascii"))
    raw.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
    reply = b""
    while b"\r\n\r\n" not in reply:
        chunk = raw.recv(4096)
        if not chunk or len(reply) > 65536:
            raise OSError("the proxy closed the connection")
        reply += chunk
    status_line = reply.split(b"\r\n", 1)[0].split()
    if len(status_line) < 2 or not status_line[1].startswith(b"2"):
        raise OSError("the proxy refused the tunnel")


def address_as_sent(url: str) -> SplitResult | None:
    """Where `Wire.send` connects for `url`: the address as requests prepares it, which is what goes out, and not
    as urlsplit reads the raw text (the two disagree, for one, on a backslash before an @: "https://elsewhere\\@
    api.linkedin.com/" names LinkedIn to urlsplit and goes to elsewhere). A check of where a token may go reads
    this. None for an address that cannot be sent at all."""
    try:
        prepared = requests.Request("GET", url).prepare().url
    except (requests.RequestException, ValueError):
        return None
    return urlsplit(prepared) if prepared else None


def _address(url: str) -> str:
    parts = urlsplit(url)
    return parts.hostname or url


def web_link(value: object) -> str:
    """A link from a server, kept only when it is a plain web address (the composer opens it on a click: a file:,
    javascript: or other scheme from a hostile answer must never get there)."""
    text = str(value or "")
    parts = urlsplit(text) if len(text) <= 500 and text.isprintable() else None
    return text if parts is not None and parts.scheme in ("https", "http") and parts.hostname else ""
