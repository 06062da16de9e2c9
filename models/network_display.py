"""How each network shows a post to residents: which parts of the text become links, hashtags and mentions (and
how a link reads), where the feed folds a long text behind "… more", how it crops a single image, and whether a
link gets a card. The composer's preview draws from this; nothing here decides what is sent.

Where each fact comes from (looked up in November 2026; "third-party" marks a fact read from a tool vendor's or
guide's page that cites the network, not from the network itself):
- Mastodon: the web app shows a lone image at its own aspect ratio and two to four in a 3:2 box
  (mastodon/mastodon, app/javascript/mastodon/components/media_gallery.jsx, `isFullSizeEligible`); links read
  without "https://" and "www.", cut to 30 characters with "…" (Mastodon's TextFormatter); `@user@server` reads
  `@user`; the server makes a card for the first link when the post has no image.
- Bluesky: links, mentions and hashtags are what the posting client marks as facets (Omroeper's, in
  services/networks/bluesky.py: the patterns below are the same, and a test holds them to it); the text shows as
  written. The app fits a lone image to its aspect ratio only when the post says it (`aspectRatio`) and treats it
  as a square otherwise (bluesky-social/social-app, src/view/com/util/images/AutoSizedImage.tsx); Omroeper sends
  no aspect ratio today, so the square is what residents get. A card exists only when the client embeds one,
  which Omroeper does not.
- Facebook: a single image is shown between 4:5 and 1.91:1 (Meta's media requirements for the feed, third-party
  for organic posts); the feed folds a text after about 480 characters on a computer (third-party); hashtags
  link, a mention typed as text stays text (the Graph API cannot tag); a link in the text gets a card
  (unverified for Graph API posts; none when the post has images).
- LinkedIn: a single image is shown between 4:5 and 3:1 (LinkedIn's help on sharing photos, third-party); the
  feed folds after about 210 characters on a computer (third-party); the API's text gets no card from a link.
- X: a lone image between 3:4 and 2:1 is shown uncropped (X's announcement of March 2021, third-party); every
  link reads shortened (t.co; shown as the address without its scheme, cut after 25 characters); cards come from
  the page's tags when there is no image.
- Instagram: captions never link (Instagram's help: links in captions are not clickable); the feed shows the
  first three lines, about 125 characters (help.instagram.com/1643471055915254); a single image between 4:5 and
  1.91:1 (Meta's Instagram media requirements).
- Threads: one hashtag per post becomes a topic (unverified: the first one here); images as on Instagram
  (unverified); links get a card when there is no image.
- Manual channels: shown as typed; what links depends on where the officer pastes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from models.channel import Network

# The same patterns as the Bluesky client's facets (services/networks/bluesky.py) and the text rules' links.
URL = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]}]")
BLUESKY_MENTION = re.compile(r"(?<![\w@])@([a-zA-Z0-9][a-zA-Z0-9.-]*\.[a-zA-Z]{2,})")
HASHTAG = re.compile(r"(?<![\w#])#(\w+)")
FEDIVERSE_MENTION = re.compile(r"(?<![\w@/])@(\w+)(?:@[\w-]+(?:\.[\w-]+)+)?")
HANDLE = re.compile(r"(?<![\w@])@(\w+)")


class Kind(StrEnum):
    TEXT = "text"
    LINK = "link"
    HASHTAG = "hashtag"
    MENTION = "mention"


@dataclass(frozen=True)
class Run:
    """A stretch of the post as shown: its kind, the text residents read, and where a link points."""

    kind: Kind
    text: str
    target: str = ""


@dataclass(frozen=True)
class Crop:
    """How a single image is framed: between `tallest` and `widest` (width / height) it is shown whole; beyond,
    cut to that bound. Equal bounds: always that shape."""

    tallest: float | None
    widest: float | None

    def frame(self, width: int, height: int) -> tuple[int, int, int, int]:
        """The part of a width × height image that shows (left, top, width, height), cut around the middle."""
        if width <= 0 or height <= 0:
            return 0, 0, max(width, 0), max(height, 0)
        aspect = width / height
        if self.tallest is not None and aspect < self.tallest:
            shown = max(1, round(width / self.tallest))
            return 0, (height - shown) // 2, width, shown
        if self.widest is not None and aspect > self.widest:
            shown = max(1, round(height * self.widest))
            return (width - shown) // 2, 0, shown, height
        return 0, 0, width, height


@dataclass(frozen=True)
class Display:
    links: bool  # addresses become links
    link_length: int | None  # an address reads without its scheme, cut to this many characters; None: as typed
    hashtags: bool | str  # True: every one links; "first": only the first; False: none
    mentions: re.Pattern[str] | None  # what a mention looks like there, None: mentions stay text
    fold: int | None  # characters shown before "… more"; None: the whole text
    crop: Crop
    gallery_crop: Crop  # each of several images
    card: bool  # the first link gets a card (when the post has no image)


_INSTAGRAM_CROP = Crop(tallest=4 / 5, widest=1.91)
DISPLAYS: dict[Network, Display] = {
    Network.MASTODON: Display(links=True, link_length=30, hashtags=True, mentions=FEDIVERSE_MENTION, fold=None,
                              crop=Crop(None, None), gallery_crop=Crop(3 / 2, 3 / 2), card=True),
    Network.BLUESKY: Display(links=True, link_length=None, hashtags=True, mentions=BLUESKY_MENTION, fold=None,
                             crop=Crop(1.0, 1.0), gallery_crop=Crop(1.0, 1.0), card=False),
    Network.FACEBOOK: Display(links=True, link_length=None, hashtags=True, mentions=None, fold=480,
                              crop=Crop(4 / 5, 1.91), gallery_crop=Crop(1.0, 1.0), card=True),
    Network.LINKEDIN: Display(links=True, link_length=None, hashtags=True, mentions=None, fold=210,
                              crop=Crop(4 / 5, 3.0), gallery_crop=Crop(1.0, 1.0), card=False),
    Network.X: Display(links=True, link_length=25, hashtags=True, mentions=HANDLE, fold=None,
                       crop=Crop(3 / 4, 2.0), gallery_crop=Crop(1.0, 1.0), card=True),
    Network.INSTAGRAM: Display(links=False, link_length=None, hashtags=True, mentions=HANDLE, fold=125,
                               crop=_INSTAGRAM_CROP, gallery_crop=_INSTAGRAM_CROP, card=False),
    Network.THREADS: Display(links=True, link_length=None, hashtags="first", mentions=HANDLE, fold=None,
                             crop=_INSTAGRAM_CROP, gallery_crop=_INSTAGRAM_CROP, card=True),
    Network.MANUAL: Display(links=False, link_length=None, hashtags=False, mentions=None, fold=None,
                            crop=Crop(None, None), gallery_crop=Crop(None, None), card=True),
}


@dataclass(frozen=True)
class ShownText:
    runs: tuple[Run, ...]
    folded: bool  # the feed hides the rest behind "… more"


def shown_text(network: Network, text: str) -> ShownText:
    """The text as the network shows it in the feed: its links, hashtags and mentions, and where it folds."""
    display = DISPLAYS[network]
    marks: list[tuple[int, int, Kind, str]] = []
    taken: list[tuple[int, int]] = []

    def mark(start: int, end: int, kind: Kind, target: str) -> None:
        if not any(start < used_end and used_start < end for used_start, used_end in taken):
            marks.append((start, end, kind, target))
            taken.append((start, end))

    urls = list(URL.finditer(text))
    for match in urls:  # an address is never read as a hashtag or mention inside it
        taken.append((match.start(), match.end()))
        if display.links:
            marks.append((match.start(), match.end(), Kind.LINK, match.group()))
    if display.hashtags:
        for number, match in enumerate(HASHTAG.finditer(text)):
            if match.group(1).isdigit() or (display.hashtags == "first" and number > 0):
                continue
            mark(match.start(), match.end(), Kind.HASHTAG, match.group(1))
    if display.mentions is not None:
        for match in display.mentions.finditer(text):
            mark(match.start(), match.end(), Kind.MENTION, match.group(1))
    runs: list[Run] = []
    position = 0
    for start, end, kind, target in sorted(marks):
        if start > position:
            runs.append(Run(Kind.TEXT, text[position:start]))
        runs.append(Run(kind, _reads(display, kind, text[start:end], target), target))
        position = end
    if position < len(text):
        runs.append(Run(Kind.TEXT, text[position:]))
    return _folded(runs, display.fold)


def _reads(display: Display, kind: Kind, written: str, target: str) -> str:
    """How a marked part reads: a shortened address, `@user` for `@user@server`."""
    if kind is Kind.LINK and display.link_length is not None:
        bare = re.sub(r"^https?://(www\.)?", "", written)
        return bare if len(bare) <= display.link_length else bare[:display.link_length] + "…"
    if kind is Kind.MENTION and display.mentions is FEDIVERSE_MENTION:
        return "@" + target
    return written


def _folded(runs: list[Run], fold: int | None) -> ShownText:
    if fold is None or sum(len(run.text) for run in runs) <= fold:
        return ShownText(tuple(runs), folded=False)
    kept: list[Run] = []
    room = fold
    for run in runs:
        if len(run.text) <= room:
            kept.append(run)
            room -= len(run.text)
            continue
        if run.kind is Kind.TEXT and room > 0:
            cut = run.text[:room]
            if " " in cut.strip() and not run.text[room:room + 1].isspace():
                cut = cut[:cut.rstrip().rfind(" ")]  # the feed folds between words
            kept.append(Run(Kind.TEXT, cut.rstrip()))
        break
    return ShownText(tuple(kept), folded=True)


def card_link(network: Network, text: str, has_images: bool) -> str | None:
    """The address the network makes a link card of (the first in the text), or None: no card there."""
    display = DISPLAYS[network]
    if not display.card or (has_images and network is not Network.MANUAL):
        return None
    found = URL.search(text)
    return found.group() if found else None


def image_crop(network: Network, count: int) -> Crop:
    """How the network frames each image of a post with `count` images."""
    display = DISPLAYS[network]
    return display.crop if count <= 1 else display.gallery_crop
