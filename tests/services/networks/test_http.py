"""The one way requests leave for a network: a total deadline whatever the server does (trickles its answer,
stops reading an upload, stalls a secure connection), answers capped and read strictly, and a certificate that is
not valid ending it before anything is sent."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from services.networks.base import Failure, PublishError
from services.networks.http import BadAnswer, Wire, address_as_sent


def raw_server(conversation: Callable[[socket.socket], None], tls: ssl.SSLContext | None = None) -> Iterator[int]:
    """A server that runs `conversation` on every connection (after the TLS handshake where `tls` is given)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    received: list[socket.socket] = []

    def serve() -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            received.append(client)

            def talk(connection: socket.socket = client) -> None:
                try:
                    conversation(tls.wrap_socket(connection, server_side=True) if tls else connection)
                except OSError:
                    pass

            threading.Thread(target=talk, daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    yield listener.getsockname()[1]
    listener.close()
    for connection in received:
        connection.close()


def read_request(connection: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                   if line.lower().startswith(b"content-length")), 0)
    while len(body) < length:
        body += connection.recv(65536)
    return head


def answer(connection: socket.socket, body: bytes, pause: float = 0.0) -> None:
    read_request(connection)
    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
                       % len(body))
    if not pause:
        connection.sendall(body)
    for index in range(len(body)) if pause else ():
        connection.sendall(body[index:index + 1])
        time.sleep(pause)
    time.sleep(0.5)


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    return key, cert


def tls_server(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(certificate[1]), str(certificate[0]))
    return context


def test_a_secure_answer_trickled_slower_than_the_deadline_ends_at_the_deadline(
        certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[1]))  # this laptop trusts the test certificate
    for port in raw_server(lambda c: answer(c, b'{"id": "1", "text": "' + b"x" * 100 + b'"}', pause=0.2),
                           tls_server(certificate)):
        with pytest.raises(PublishError) as caught:
            Wire("social.example.nl", deadline=1.0).send("POST", f"https://127.0.0.1:{port}/api/v1/statuses",
                                                         creates_post=True, json={"status": "Markt"})
    assert caught.value.failure is Failure.UNKNOWN and "did not answer in time" in caught.value.message
    for port in raw_server(lambda c: answer(c, b'{"id": "1"}'), tls_server(certificate)):
        assert Wire("x", deadline=5.0).send("GET", f"https://127.0.0.1:{port}/").json() == {"id": "1"}


def test_a_certificate_that_is_not_valid_ends_it_before_anything_is_sent(certificate: tuple[Path, Path]) -> None:
    heard: list[bytes] = []
    for port in raw_server(lambda c: heard.append(read_request(c)), tls_server(certificate)):
        with pytest.raises(PublishError) as caught:
            Wire("social.example.nl", deadline=2.0).send("POST", f"https://127.0.0.1:{port}/api/v1/statuses",
                                                         creates_post=True, headers={"Authorization": "Bearer t"},
                                                         json={"status": "Markt"})
    assert caught.value.failure is Failure.TEMPORARY and "certificate is not valid" in caught.value.message
    assert heard == []  # not a byte of the request (nor the token) reached the server


def test_an_upload_the_server_stops_reading_ends_at_the_deadline() -> None:
    def never_read(connection: socket.socket) -> None:
        time.sleep(5)

    for port in raw_server(never_read):
        with pytest.raises(PublishError) as caught:
            Wire("Facebook", deadline=1.0, upload_rate=10 ** 12).send(
                "POST", f"http://127.0.0.1:{port}/123/photos", creates_post=True,
                files={"source": ("plein.jpg", b"\xff" * 32_000_000, "image/jpeg")})
    assert caught.value.failure is Failure.UNKNOWN and "did not answer in time" in caught.value.message


def test_an_answer_larger_than_any_the_api_documents_is_not_read_whole() -> None:
    for port in raw_server(lambda c: answer(c, b'{"id": "' + b"9" * 2000 + b'"}')):
        with pytest.raises(PublishError) as caught:
            Wire("LinkedIn", max_answer=1000).send("POST", f"http://127.0.0.1:{port}/posts", creates_post=True)
    assert caught.value.failure is Failure.UNKNOWN


@pytest.mark.parametrize("body", [b'{"id": NaN}', b'{"id": "1"} trailing', b"\xff\xfe", b"[" * 100_000])
def test_json_is_read_strictly(body: bytes) -> None:
    for port in raw_server(lambda c: answer(c, body)):
        received = Wire("x").send("GET", f"http://127.0.0.1:{port}/")
        with pytest.raises(BadAnswer):
            received.json()


@pytest.mark.parametrize("address", ["http://", "https://exa mple.nl:notaport/api"])
def test_an_address_that_cannot_be_used_sends_nothing_and_says_so(address: str) -> None:
    with pytest.raises(PublishError) as caught:
        Wire("x").send("POST", address, creates_post=True, json={"status": "Markt"})
    assert caught.value.failure in (Failure.MOVED, Failure.TEMPORARY)
    assert "nothing was sent" in caught.value.message


@pytest.mark.parametrize("location", ["http://portal.example/login?orig=http://127.0.0.1/feed?access_token={token}",
                                      "http://portal.example/?next=%2Ffeed%3Faccess_token%3D{quoted}",
                                      "http://portal.example/#{token}"])
def test_a_redirect_that_repeats_the_token_is_said_without_it(location: str) -> None:
    from urllib.parse import quote

    token = "EAAGpage+token/0123="
    sent = location.format(token=token, quoted=quote(token, safe=""))

    def moved(connection: socket.socket) -> None:
        read_request(connection)
        connection.sendall(b"HTTP/1.1 302 Found\r\nLocation: %s\r\nContent-Length: 0\r\n\r\n" % sent.encode())
        time.sleep(0.5)

    for port in raw_server(moved):
        with pytest.raises(PublishError) as caught:
            Wire("Facebook", headers={"Authorization": f"OAuth {token}"}).send(
                "POST", f"http://127.0.0.1:{port}/123/feed", creates_post=True, data={"message": "Markt"})
    assert caught.value.failure is Failure.MOVED and "portal.example" in caught.value.message
    assert token not in caught.value.message and quote(token, safe="") not in caught.value.message
    assert "•••" in caught.value.message


@pytest.mark.parametrize(("status", "creates_post", "failure"), [
    (303, True, Failure.UNKNOWN), (303, False, Failure.MOVED), (301, True, Failure.MOVED), (308, True, Failure.MOVED)])
def test_a_post_answered_with_see_other_is_not_known_to_be_unsent(status: int, creates_post: bool,
                                                                   failure: Failure) -> None:
    """303 says the request was acted on and its answer is elsewhere: the post may be there, so it is not sent
    again as if it had moved. A look-up or upload answered so, or a post answered with another move, has moved."""
    def moved(connection: socket.socket) -> None:
        read_request(connection)
        connection.sendall(b"HTTP/1.1 %d Moved\r\nLocation: https://elsewhere.example/post/1\r\n"
                           b"Content-Length: 0\r\n\r\n" % status)
        time.sleep(0.5)

    for port in raw_server(moved):
        with pytest.raises(PublishError) as caught:
            Wire("Mastodon").send("POST", f"http://127.0.0.1:{port}/api/v1/statuses", creates_post=creates_post,
                                  json={"status": "Markt"})
    assert caught.value.failure is failure and "elsewhere.example" in caught.value.message
    assert caught.value.location == "https://elsewhere.example/post/1"


def test_no_request_outlasts_the_longest_a_run_waits_for_whatever_its_upload(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A 16 MB image at the slow upload rate would get minutes; every request ends within LONGEST_REQUEST, which
    the crisis switch's wait for the data folder counts on."""
    from services.networks import http

    monkeypatch.setattr(http, "LONGEST_REQUEST", 1.0)
    finished: list[PublishError] = []

    def upload(port: int) -> None:
        try:
            Wire("social.example.nl", deadline=600.0).send(
                "POST", f"http://127.0.0.1:{port}/api/v2/media", files={"file": ("foto.png", b"\x89" * 16_000_000,
                                                                                  "image/png")})
        except PublishError as error:
            finished.append(error)

    for port in raw_server(lambda connection: time.sleep(30)):  # reads nothing, answers nothing
        sending = threading.Thread(target=upload, args=(port,), daemon=True)
        sending.start()
        sending.join(20)  # without the bound it would take 600 s and more
        assert not sending.is_alive()
    assert finished and finished[0].failure is Failure.TEMPORARY


@pytest.mark.parametrize(("address", "host"), [
    ("https://evil.example\\@www.linkedin.com/upload", "evil.example"),
    ("https://evil.example\\.linkedin.com/upload", "evil.example"),
    ("https://www.linkedin.com/upload?next=https://evil.example", "www.linkedin.com"),
])
def test_an_address_is_read_where_the_request_goes_not_where_its_text_seems_to_point(address: str,
                                                                                      host: str) -> None:
    """A check of where a token may go must read the host the request is sent to: urlsplit reads the first two
    as LinkedIn's, and requests sends them to evil.example."""
    parts = address_as_sent(address)
    assert parts is not None and parts.hostname == host


def test_an_address_that_cannot_be_sent_has_no_host_to_trust() -> None:
    assert address_as_sent("https://") is None and address_as_sent("no address") is None
