"""Every network's counting rule, with the characters that trip counters up."""

from __future__ import annotations

import random
import unicodedata

import pytest
import regex

from models.channel import Network
from models.text_rules import (
    Measure,
    character_count,
    check_text,
    graphemes,
    mastodon_length,
    x_length,
)

FAMILY = "👨‍👩‍👧‍👦"  # 7 code points, 11 UTF-16 units, one grapheme
FLAG_BE = "🇧🇪"  # two regional indicators
THUMB_DARK = "👍🏿"  # emoji + skin tone modifier
E_ACUTE_COMBINING = "e\u0301"  # e + combining acute: one grapheme, NFC makes it é


@pytest.mark.parametrize(
    ("text", "expected"),
    [("", 0), ("Gemeente", 8), ("café", 4), (E_ACUTE_COMBINING, 1), (FAMILY, 1), (FLAG_BE, 1),
     (THUMB_DARK, 1), ("市役所", 3), ("Hoi 👋🏽!", 6)],
)
def test_graphemes_count_what_a_person_sees(text: str, expected: int) -> None:
    assert graphemes(text) == expected


def test_mastodon_counts_every_url_as_23_and_mentions_without_domain() -> None:
    url = "https://www.oosterzande.nl/werkzaamheden/dorpsstraat-fase-2?pagina=3"
    assert mastodon_length(f"Lees meer: {url}") == len("Lees meer: ") + 23
    assert mastodon_length("http://a.nl") == 23
    assert mastodon_length("Dank @sanne@social.overheid.nl!") == len("Dank @sanne!")
    assert mastodon_length(f"Feest {FLAG_BE}{FAMILY}") == len("Feest ") + 2


def test_a_url_at_the_end_of_a_sentence_keeps_its_full_stop_outside() -> None:
    assert mastodon_length("Zie https://oosterzande.nl.") == len("Zie ") + 23 + 1


def test_bluesky_has_two_limits_graphemes_and_bytes() -> None:
    text = FAMILY * 280  # 280 graphemes but 25 bytes each
    check = check_text(Network.BLUESKY, text)
    assert check.used == 280 and check.limit == 300
    assert not check.ok
    [broken] = check.broken
    assert broken.measure is Measure.BYTES and broken.used == 280 * len(FAMILY.encode()) and broken.limit == 3000


def test_bluesky_at_exactly_300_graphemes_is_fine_and_301_is_over_by_one() -> None:
    assert check_text(Network.BLUESKY, "é" * 300).ok
    over = check_text(Network.BLUESKY, "é" * 301)
    assert over.over_by == 1 and not over.ok


@pytest.mark.parametrize(
    ("text", "weight"),
    [("Hallo", 5), ("市役所", 6), ("😀", 2), (FAMILY, 2), (FLAG_BE, 2), (THUMB_DARK, 2),
     (E_ACUTE_COMBINING, 1),  # NFC first: é is one light character
     ("Zie https://oosterzande.nl/a/b/c/d/e/f/g", 4 + 23), ("—", 1), ("…", 2)],
)
def test_x_weighted_length(text: str, weight: int) -> None:
    assert x_length(text) == weight


def _x_weight_by_grapheme(text: str) -> int:
    """X's rule read grapheme by grapheme, as its documentation puts it: after NFC, an emoji sequence 2, else each
    code point in the light ranges 1 and every other 2."""
    light = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
    total = 0
    for cluster in regex.findall(r"\X", unicodedata.normalize("NFC", text)):
        if regex.search(r"\p{Extended_Pictographic}|\p{Regional_Indicator}", cluster):
            total += 2
        else:
            total += sum(1 if any(low <= ord(char) <= high for low, high in light) else 2 for char in cluster)
    return total


def test_x_weighs_long_texts_with_and_without_emoji_as_grapheme_by_grapheme() -> None:
    pool = [*"Gemeente markt, 12:00!\n", "\u00e9", "\u0301", "\u10ff", "\u1100", "\u2000", "\u200d", "\u200e",
            "\u2010", "\u201f", "\u2020", "\u2032", "\u2037", "\u2038", "\u2026", "\u00a0", "\ufe0f", "市",
            "\uac00", FAMILY, FLAG_BE, THUMB_DARK, "😀", "\u2764"]
    rng = random.Random(14)
    for _ in range(400):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 60)))
        assert x_length(text) == _x_weight_by_grapheme(text), text
    assert x_length("市役所 — café…" * 2000) == 15 * 2000
    assert x_length("市役所 — café…" * 2000 + "😀") == 15 * 2000 + 2


def test_x_limit_is_280_weighted() -> None:
    assert check_text(Network.X, "a" * 280).ok
    assert check_text(Network.X, "市" * 141).over_by == 2


def test_meta_and_linkedin_count_utf16_units_the_safe_way() -> None:
    assert character_count(Network.FACEBOOK, "café") == 4
    assert character_count(Network.FACEBOOK, "😀") == 2
    assert check_text(Network.LINKEDIN, "x" * 3001).over_by == 1
    assert check_text(Network.THREADS, "x" * 500).ok


def test_instagram_allows_30_hashtags() -> None:
    tags = " ".join(f"#tag{n}" for n in range(31))
    check = check_text(Network.INSTAGRAM, tags)
    assert [c.measure for c in check.broken] == [Measure.HASHTAGS]
    assert check.broken[0].over_by == 1
    assert check_text(Network.INSTAGRAM, "Mooi #oosterzande#markt en C# is geen tag").broken == ()


def test_mastodon_limit_follows_the_instance() -> None:
    text = "x" * 600
    assert not check_text(Network.MASTODON, text).ok
    assert check_text(Network.MASTODON, text, max_characters=1000).ok


def test_manual_channels_have_no_limit() -> None:
    check = check_text(Network.MANUAL, "x" * 100_000)
    assert check.ok and check.limit is None and check.over_by == 0
