"""Outside text made plain (services/plain_text.py): whatever it holds, nothing in what is shown can turn the
words beside it around or hide them, and every other character is kept."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from services.plain_text import CONTROL_MARK, one_line, printable_text, shown_text, visible_text

_OPENS_DIRECTION = re.compile("[\u202a-\u202e\u2066\u2067]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# Texts rich in what a hostile message holds: direction controls, controls, line breaks, right-to-left letters.
_hostile = st.text(alphabet=st.sampled_from(
    list("ab \n\t\r") + ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
                         "\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9b", "\u2028", "\u2029", "\u05d0", "\u0627"])
    | st.characters(), max_size=60)


def _balanced(line: str) -> bool:
    depth = 0
    for char in line:
        depth += {"\u2068": 1, "\u2069": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


@given(_hostile)
def test_what_is_shown_opens_no_direction_and_holds_no_control(text: str) -> None:
    for shown in (shown_text(text), one_line(text, None), visible_text(text)):
        assert not _OPENS_DIRECTION.search(shown) and not _CONTROL.search(shown)
    assert all(_balanced(line) for line in shown_text(text).split("\n"))
    assert "\n" not in one_line(text, None) and _balanced(one_line(text, None))


@given(_hostile)
def test_every_other_character_is_kept_and_each_control_shows_as_a_mark(text: str) -> None:
    kept = visible_text(text)
    expected = re.sub("[\u202a-\u202e\u2066-\u2069]", "", re.sub("\r\n?|[\u2028\u2029]", "\n", text))
    assert kept == _CONTROL.sub(CONTROL_MARK, expected)


def test_an_override_cannot_turn_the_account_number_around() -> None:
    assert shown_text("Betaal op \u202eLN99BANK\u202c nu\nBEL:\x07") == \
        "\u2068Betaal op LN99BANK nu\u2069\n\u2068BEL:\ufffd\u2069"
    assert one_line("a" * 10, 5) == "\u2068aaaa…\u2069"


def test_a_server_s_words_keep_only_what_prints_and_stop_at_the_limit() -> None:
    assert printable_text("Bad\x1b[31m image\u202e\r\nnext\u00a0line\t!") == "Bad[31m imagenextline!"
    assert printable_text("x" * 300) == "x" * 199 + "…"
    assert printable_text("x" * 200) == "x" * 200
    assert printable_text(404, limit=2) == "4…"
