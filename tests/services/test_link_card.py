"""A link card read from a page served on 127.0.0.1, hostile pages included: only the head's title and image are
taken, as plain text and a small PNG made here; redirects are followed a few times and only to web addresses; a
page that is too large, too slow, or an image bomb gives a card without what it spoiled, or none, with the reason."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PIL import Image

from services.link_card import MAX_REDIRECTS, NoLinkCard, link_wire, read_link_card
from services.networks.http import Wire


def png(width: int, height: int, colour: str = "#3a7") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


def bomb_png() -> bytes:
    """A valid small PNG whose header claims 20000 × 20000 pixels (it would take 1.2 GB decoded)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 20000, 20000, 8, 2, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (20000 * 3 + 1) * 16)  # a few rows; the rest missing
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")


PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Fallback title</title>
<meta property="og:title" content="Werkzaamheden &lt;b&gt;Dorpsstraat&lt;/b&gt;\u202e evil">
<meta property="og:image" content="/photo.png">
<script>document.title = "not this"</script>
</head><body><meta property="og:title" content="a title in the body is no title">
""" + "<p>filler</p>" * 300_000 + "</body></html>"

ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/page": (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE.encode()),
    "/photo.png": (200, {"Content-Type": "image/png"}, png(1200, 630)),
    "/moved": (302, {"Location": "/page"}, b""),
    "/title-only": (200, {"Content-Type": "text/html"}, b"<html><head><title> Raadsvergadering\n 12 maart "
                                                       b"</title></head><body></body></html>"),
    "/bomb-page": (200, {"Content-Type": "text/html"}, b"<head><meta property='og:title' content='Bom'>"
                                                      b"<meta property='og:image' content='/bomb.png'></head>"),
    "/bomb.png": (200, {"Content-Type": "image/png"}, bomb_png()),
    "/not-an-image-page": (200, {"Content-Type": "text/html"}, b"<head><meta property='og:title' content='X'>"
                                                              b"<meta property='og:image' content='/text.png'>"),
    "/text.png": (200, {"Content-Type": "image/png"}, b"this is text"),
    "/nothing": (200, {"Content-Type": "text/html"}, b"<html><body>no head at all</body></html>"),
    "/gone": (404, {"Content-Type": "text/html"}, b"<head><title>Not found</title></head>"),
    "/report.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4"),
    "/to-ftp": (301, {"Location": "ftp://files.example/x"}, b""),
}


class Handler(BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        Handler.requests.append(self.path)
        if self.path.startswith("/loop"):
            number = int(self.path.removeprefix("/loop") or 0)
            self.send_response(302)
            self.send_header("Location", f"/loop{number + 1}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b"<!-- -->")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass  # the reader gave up, as it should
            return
        status, headers, body = ROUTES.get(self.path, (404, {}, b""))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass  # the reader stopped after what it needed

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def local(host: str) -> Wire:
    """As the app reads a card, but allowed to reach this test's server on 127.0.0.1."""
    return link_wire(host, public_only=False)


def quick(host: str) -> Wire:
    return Wire(host, deadline=1.5, cut_long_answer=True)


def test_the_card_takes_the_heads_title_and_image_as_plain_text_and_a_small_png(site: str) -> None:
    card = read_link_card(f"{site}/moved", make_wire=local)
    assert card.url == f"{site}/page"
    assert card.site == "127.0.0.1"
    assert card.title == "Werkzaamheden <b>Dorpsstraat</b> evil"  # as text; the bidi override left out
    assert card.image is not None
    made = Image.open(io.BytesIO(card.image))
    assert made.format == "PNG" and made.size == (600, 315)


def test_a_page_without_open_graph_gives_its_title(site: str) -> None:
    card = read_link_card(f"{site}/title-only", make_wire=local)
    assert card.title == "Raadsvergadering 12 maart"
    assert card.image is None


@pytest.mark.parametrize(("path", "reason"), [
    ("/nothing", "names no title or image"),
    ("/gone", "answered 404"),
    ("/report.pdf", "leads to a file"),
    ("/to-ftp", "Only web addresses"),
    ("/loop", f"more than {MAX_REDIRECTS} times"),
])
def test_no_card_says_why(site: str, path: str, reason: str) -> None:
    with pytest.raises(NoLinkCard, match=reason):
        read_link_card(site + path, make_wire=local)


def test_redirects_are_followed_three_times_at_most(site: str) -> None:
    Handler.requests.clear()
    with pytest.raises(NoLinkCard):
        read_link_card(f"{site}/loop", make_wire=local)
    assert Handler.requests == ["/loop", "/loop1", "/loop2", "/loop3"]


def test_an_image_bomb_or_a_false_image_leaves_the_card_without_image(site: str) -> None:
    assert read_link_card(f"{site}/bomb-page", make_wire=local).image is None
    card = read_link_card(f"{site}/not-an-image-page", make_wire=local)
    assert card.title == "X" and card.image is None


def test_a_page_that_trickles_is_given_up_within_the_deadline(site: str) -> None:
    started = time.monotonic()
    with pytest.raises(NoLinkCard, match="could not be read"):
        read_link_card(f"{site}/slow", make_wire=quick)
    assert time.monotonic() - started < 4


def test_nothing_listens_there(site: str) -> None:
    with pytest.raises(NoLinkCard, match="could not be read"):
        read_link_card("http://127.0.0.1:9/page", make_wire=quick)


@pytest.mark.parametrize("address", ["http://127.0.0.1:{port}/page", "http://localhost:{port}/page",
                                     "http://[::1]:{port}/page", "http://10.0.0.1:{port}/page",
                                     "http://192.168.1.1/admin", "http://169.254.169.254/latest/meta-data"])
def test_a_link_to_this_computer_or_its_network_is_never_read(site: str, address: str) -> None:
    """A post's link may come from a file or a colleague: reading its card must not reach into the laptop's own
    network (a router's admin page, a cloud's metadata service)."""
    port = site.rsplit(":", 1)[1]
    Handler.requests.clear()
    with pytest.raises(NoLinkCard):
        read_link_card(address.format(port=port))
    assert Handler.requests == []
