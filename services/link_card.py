"""The card a network makes of a link: the page's title and image, read the way a network's crawler reads them.

The page is hostile input: anyone can put anything at an address, and the officer may paste a link to a page that
was taken over. So it is read through the outbox's Wire (a deadline for each request, no redirect followed by the
wire, an answer cut at 512 kB, which holds any page's head), parsed with the standard library's HTML parser for
three things only (og:title, og:image, <title>) up to the end of the head, and its text is returned as plain text of
at most 200 characters. A redirect is followed here, three at most, only to http(s) and never from https to http;
everything together takes 6 seconds at most. The image gets the same wire with a cap of 5 MB, must be a JPEG, PNG,
GIF or WebP of at most 40 million pixels, and comes back as a small PNG made by Pillow (never the page's bytes).
Run it off the GUI thread.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from services.errors import KnownError, translate
from services.networks.base import Failure, PublishError
from services.networks.http import Answer, Wire
from services.plain_text import printable_text

MAX_PAGE = 512 * 1024  # bytes of a page read for its head
MAX_IMAGE = 5 * 1024 * 1024  # bytes of the card's image
MAX_PIXELS = 40_000_000  # the image's pixels: more could exhaust the laptop when decoded
MAX_REDIRECTS = 3
DEADLINE = 5.0  # seconds for each request and its answer
TOTAL_DEADLINE = 6.0  # seconds for the page, its redirects and its image together
THUMBNAIL = (600, 600)  # the card's image is made at most this size
TITLE_LENGTH = 200
_IMAGE_FORMATS = ("JPEG", "PNG", "GIF", "WEBP")


@dataclass(frozen=True)
class LinkCard:
    """What a network shows of a link: the address it ended at, the site, the title and a small PNG image."""

    url: str
    site: str
    title: str
    image: bytes | None = None


class NoLinkCard(KnownError):
    """The page gave no card; the message says why, in the officer's language."""


def read_link_card(url: str, *, make_wire: Callable[[str], Wire] | None = None) -> LinkCard:
    """Reads the card of `url` from the page (and its image), within TOTAL_DEADLINE seconds for everything (the
    window waits for background work when it quits). Raises NoLinkCard with the reason."""
    make = make_wire or link_wire
    ends = time.monotonic() + TOTAL_DEADLINE

    def within_time(host: str) -> Wire:
        remaining = ends - time.monotonic()
        if remaining <= 0.2:
            raise NoLinkCard(translate("LinkCard", "The page took too long to read: no link card."))
        wire = make(host)
        wire.deadline = min(wire.deadline, remaining)
        return wire

    answer, final = _follow(url, within_time, MAX_PAGE)
    if answer.status != 200:
        raise NoLinkCard(translate("LinkCard", "The page answered {status}: no link card.").format(
            status=answer.status))
    kind = answer.header("content-type").split(";")[0].strip().lower()
    if kind not in ("text/html", "application/xhtml+xml", ""):
        raise NoLinkCard(translate("LinkCard", "The link leads to a file, not a page: no link card."))
    head = _Head()
    head.read(answer.body.decode(_charset(answer), errors="replace"))
    title = printable_text(" ".join((head.og_title or head.title).split()), TITLE_LENGTH)
    site = urlsplit(final).hostname or ""
    image = None
    picture = urljoin(final, head.og_image) if head.og_image else ""
    if picture and urlsplit(picture).scheme in ("http", "https"):
        try:
            image = _thumbnail(*_follow(picture, within_time, MAX_IMAGE, image=True))
        except (NoLinkCard, PublishError):
            image = None  # a card without its image, as the networks show it
    if not title and image is None:
        raise NoLinkCard(translate("LinkCard", "The page names no title or image: the networks show the bare link."))
    return LinkCard(url=final, site=site, title=title, image=image)


def link_wire(host: str, *, public_only: bool = True) -> Wire:
    """How a link card is read: only from the public internet (a post's link may come from a file or a colleague,
    and reading it must not reach into this laptop or its network), within DEADLINE."""
    return Wire(host, deadline=DEADLINE, max_answer=MAX_IMAGE, cut_long_answer=True, public_only=public_only,
                headers={"Accept": "text/html,image/*;q=0.8", "User-Agent": "Omroeper link preview"})


def _follow(url: str, make: Callable[[str], Wire], cap: int, *, image: bool = False) -> tuple[Answer, str]:
    """GETs `url`, following at most MAX_REDIRECTS redirects to http(s), never from https down to http."""
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        parts = urlsplit(current)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise NoLinkCard(translate("LinkCard", "Only web addresses (http, https) get a link card."))
        wire = make(parts.hostname)
        wire.max_answer = cap
        wire.cut_long_answer = not image  # a page's head is at its start; an image cut short is no image
        try:
            return wire.send("GET", current), current
        except PublishError as error:
            if error.failure is not Failure.MOVED or not error.location:
                raise NoLinkCard(_unreachable(parts.hostname, error)) from None
            following = urljoin(current, error.location)
            if urlsplit(following).scheme == "http" and parts.scheme == "https":
                raise NoLinkCard(translate("LinkCard", "The page sends its readers from https to an unsafe http "
                                                       "address: no link card.")) from None
            current = following
    raise NoLinkCard(translate("LinkCard", "The page sends its readers on more than {count} times: no link card.")
                     .format(count=MAX_REDIRECTS))


def _unreachable(host: str, error: PublishError) -> str:
    if error.failure is Failure.MOVED:
        return translate("LinkCard", "{host} sends its readers on without saying where: no link card.").format(
            host=host)
    return translate("LinkCard", "{host} could not be read (not reachable, too slow, too large, or not a valid "
                                 "secure connection): no link card.").format(host=host)


def _charset(answer: Answer) -> str:
    import codecs

    for part in answer.header("content-type").split(";")[1:]:
        name, _equals, value = part.strip().partition("=")
        if name.lower() == "charset":
            try:
                return codecs.lookup(value.strip().strip('"')).name
            except LookupError:
                break
    return "utf-8"


class _Head(HTMLParser):
    """Reads og:title, og:image and <title> from the head, and stops at the body: nothing else of the page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.og_title = ""
        self.og_image = ""
        self.title = ""
        self._in_title = False
        self._done = False

    def read(self, text: str) -> None:
        try:
            self.feed(text)
            self.close()
        except _HeadEnded:
            pass

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            raise _HeadEnded
        if tag == "title" and not self.title:
            self._in_title = True
        if tag == "meta":
            values = {name.lower(): (value or "") for name, value in attrs}
            key = (values.get("property") or values.get("name") or "").lower()
            content = values.get("content", "")
            if key == "og:title" and not self.og_title:
                self.og_title = content
            elif key in ("og:image", "og:image:url", "og:image:secure_url") and not self.og_image:
                self.og_image = content.strip()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "head":
            raise _HeadEnded

    def handle_data(self, data: str) -> None:
        if self._in_title and len(self.title) < 1000:
            self.title += data


class _HeadEnded(Exception):
    pass


def _thumbnail(answer: Answer, _url: str) -> bytes | None:
    """The card's image as a small PNG, or None when the answer is no image Omroeper takes."""
    import warnings

    from PIL import Image, UnidentifiedImageError

    if answer.status != 200:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # refused below by its pixels
            picture = Image.open(io.BytesIO(answer.body))
        with picture:
            if picture.format not in _IMAGE_FORMATS:
                return None
            width, height = picture.size
            if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
                return None
            picture.draft("RGB", THUMBNAIL)  # a JPEG decodes at a fraction of its size
            picture.thumbnail(THUMBNAIL)
            out = io.BytesIO()
            picture.convert("RGBA" if picture.mode in ("RGBA", "LA", "P") else "RGB").save(out, "PNG")
            return out.getvalue()
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError, SyntaxError, EOFError):
        return None
