"""How long a text is on each network, by that network's own counting rule, and what it allows.

Facts from ../shared/API-NOTES.md. Where a network's rule is unverified we count the stricter way, so a text we
call fine is never refused: Meta's networks and LinkedIn are counted in UTF-16 code units (an emoji is 2), which
is never less than what they count.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

import regex

from models.channel import Network

URL_LENGTH = 23  # Mastodon's characters_reserved_per_url and X's transformed URL length

_URL = regex.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]}]")
_MASTODON_MENTION = regex.compile(r"(?<![\w/])(@\w+)@[\w-]+(?:\.[\w-]+)+")
_HASHTAG = regex.compile(r"(?<![\w#])#\w+")
_GRAPHEME = regex.compile(r"\X")
_EMOJI = regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}")


class Measure(StrEnum):
    """What a limit counts; the composer names it."""

    CHARACTERS = "characters"
    BYTES = "bytes"
    HASHTAGS = "hashtags"


@dataclass(frozen=True)
class NetworkRules:
    characters: int | None  # None: no limit (manual channels)
    max_images: int | None
    max_bytes: int | None = None
    max_hashtags: int | None = None
    needs_image: bool = False


RULES: dict[Network, NetworkRules] = {
    Network.MASTODON: NetworkRules(characters=500, max_images=4),
    Network.BLUESKY: NetworkRules(characters=300, max_images=4, max_bytes=3000),
    Network.X: NetworkRules(characters=280, max_images=4),
    Network.FACEBOOK: NetworkRules(characters=63_206, max_images=10),
    Network.LINKEDIN: NetworkRules(characters=3000, max_images=20),
    Network.INSTAGRAM: NetworkRules(characters=2200, max_images=10, max_hashtags=30, needs_image=True),
    Network.THREADS: NetworkRules(characters=500, max_images=10),
    Network.MANUAL: NetworkRules(characters=None, max_images=None),
}


@dataclass(frozen=True)
class LimitCheck:
    measure: Measure
    used: int
    limit: int

    @property
    def over_by(self) -> int:
        return max(0, self.used - self.limit)


@dataclass(frozen=True)
class LengthCheck:
    """The text's length on one network: the main count, and every limit it was held against."""

    used: int
    limit: int | None
    checks: tuple[LimitCheck, ...] = ()

    @property
    def ok(self) -> bool:
        return all(check.over_by == 0 for check in self.checks)

    @property
    def over_by(self) -> int:
        """How far over the main (character) limit; 0 when within."""
        return 0 if self.limit is None else max(0, self.used - self.limit)

    @property
    def broken(self) -> tuple[LimitCheck, ...]:
        return tuple(check for check in self.checks if check.over_by)


def graphemes(text: str) -> int:
    """User-perceived characters (extended grapheme clusters): 👨‍👩‍👧 and 🇧🇪 are one each."""
    return len(_GRAPHEME.findall(text))


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def hashtags(text: str) -> int:
    return len(_HASHTAG.findall(text))


def mastodon_length(text: str) -> int:
    """Graphemes, with every URL counted as 23 and @user@domain as @user."""
    text = _URL.sub("x" * URL_LENGTH, text)
    text = _MASTODON_MENTION.sub(r"\1", text)
    return graphemes(text)


# What `_x_weight` counts as 2 in a grapheme without emoji: every code point outside its light ranges.
_X_HEAVY = regex.compile(r"[^\x00-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]")


def _x_weight(cluster: str) -> int:
    if _EMOJI.search(cluster):
        return 2  # an emoji sequence, however many code points, weighs 2
    weight = 0
    for char in cluster:
        point = ord(char)
        light = point <= 4351 or 8192 <= point <= 8205 or 8208 <= point <= 8223 or 8242 <= point <= 8247
        weight += 1 if light else 2
    return weight


def _x_weights(text: str) -> int:
    """The weight of a text without addresses. Without an emoji in it, every code point weighs what it weighs
    alone, so one count of the heavy ones does, not a weighing of each grapheme (for a long text, the difference
    between a keystroke that answers and one that does not)."""
    if not _EMOJI.search(text):
        return len(text) + len(_X_HEAVY.findall(text))
    return sum(_x_weight(cluster) for cluster in _GRAPHEME.findall(text))


def x_length(text: str) -> int:
    """X's weighted length: NFC first; URLs 23; Latin and common punctuation 1; CJK, emoji and the rest 2."""
    text = unicodedata.normalize("NFC", text)
    total = 0
    position = 0
    for match in _URL.finditer(text):
        total += _x_weights(text[position:match.start()]) + URL_LENGTH
        position = match.end()
    return total + _x_weights(text[position:])


def character_count(network: Network, text: str) -> int:
    """The text's length as the network counts it against its character limit."""
    if network is Network.MASTODON:
        return mastodon_length(text)
    if network is Network.BLUESKY:
        return graphemes(text)
    if network is Network.X:
        return x_length(text)
    if network is Network.MANUAL:
        return graphemes(text)
    return utf16_units(text)


@lru_cache(maxsize=32)
def check_text(network: Network, text: str, *, max_characters: int | None = None) -> LengthCheck:
    """Holds the text against every limit of the network. `max_characters` is the limit the account's
    server reported (a Mastodon instance may allow more than 500). Remembered for the last few texts: the composer
    asks for the same text's checks at every keystroke from its counters, its channels and its readiness, and
    counting a long text grapheme by grapheme is slow."""
    rules = RULES[network]
    limit = max_characters or rules.characters
    used = character_count(network, text)
    checks: list[LimitCheck] = []
    if limit is not None:
        checks.append(LimitCheck(Measure.CHARACTERS, used, limit))
    if rules.max_bytes is not None:
        checks.append(LimitCheck(Measure.BYTES, len(text.encode("utf-8")), rules.max_bytes))
    if rules.max_hashtags is not None:
        checks.append(LimitCheck(Measure.HASHTAGS, hashtags(text), rules.max_hashtags))
    return LengthCheck(used=used, limit=limit, checks=tuple(checks))
