"""Reply rules: placeholders, working days over weekends and holidays, and personal data in public comments."""

from __future__ import annotations

from datetime import date

import holidays
import pytest

from models.reply_text import (
    GREETING_NAME_MAX,
    PersonalData,
    add_working_days,
    fill,
    greeting_name,
    personal_data_in,
    placeholders_in,
)


def test_placeholders_fill_and_the_empty_ones_stay_visible() -> None:
    body = "Beste {name}, uw melding over de {street} heeft nummer {case}. U hoort van ons vóór {date}. {signature}"
    assert placeholders_in(body) == ["name", "street", "case", "date", "signature"]
    text, missing = fill(body, {"name": "Ahmed", "street": "Dorpsstraat", "case": " ", "date": "3 maart",
                                "signature": "Groet, Sanne"})
    assert missing == ["case"]
    assert text == ("Beste Ahmed, uw melding over de Dorpsstraat heeft nummer {case}. U hoort van ons vóór 3 maart. "
                    "Groet, Sanne")
    assert fill("Geen {onbekend} plaatshouder", {}) == ("Geen {onbekend} plaatshouder", [])


def nl(year: int) -> set[date]:
    return set(holidays.country_holidays("NL", years=year))


def be(year: int, subdiv: str | None = None) -> set[date]:
    return set(holidays.country_holidays("BE", years=year, subdiv=subdiv))


@pytest.mark.parametrize(("start", "days", "closed", "expected"), [
    (date(2026, 3, 6), 1, set(), date(2026, 3, 9)),  # Friday + 1 working day: Monday
    (date(2026, 3, 6), 5, set(), date(2026, 3, 13)),
    (date(2026, 4, 2), 2, nl(2026), date(2026, 4, 8)),  # Good Friday and Easter Monday (NL) skipped
    (date(2026, 4, 24), 1, nl(2026), date(2026, 4, 28)),  # King's Day, Monday 27 April
    (date(2026, 12, 23), 3, nl(2026) | nl(2027), date(2026, 12, 29)),  # Christmas (Boxing Day is a Saturday)
    (date(2026, 7, 20), 1, be(2026), date(2026, 7, 22)),  # Belgian National Day, 21 July
    (date(2026, 11, 10), 1, be(2026), date(2026, 11, 12)),  # Armistice Day, 11 November
    (date(2026, 3, 9), 0, set(), date(2026, 3, 9)),
])
def test_working_days_skip_weekends_and_public_holidays(start: date, days: int, closed: set[date],
                                                        expected: date) -> None:
    assert add_working_days(start, days, closed) == expected


def test_personal_data_is_found() -> None:
    text = ("Mail me op jan.devries@example.nl of bel 06-12345678, ik woon op 1234 AB 12. "
            "BSN 111222333, rekening NL91 ABNA 0417 1643 00.")
    kinds = {kind for kind, _value in personal_data_in(text)}
    assert kinds == {PersonalData.EMAIL, PersonalData.PHONE, PersonalData.ADDRESS, PersonalData.CITIZEN_NUMBER,
                     PersonalData.IBAN}
    belgian = personal_data_in("Kerkstraat 12, 2460 Kasterlee, tel. +32 14 85 00 00, BE68 5390 0754 7034")
    assert {kind for kind, _ in belgian} == {PersonalData.ADDRESS, PersonalData.PHONE, PersonalData.IBAN}


@pytest.mark.parametrize("ordinary", [
    "Dank u voor uw melding! We kijken er deze week naar.",
    "De markt is zaterdag van 8.00 tot 13.00 uur, 14 december.",
    "Uw melding heeft nummer 2026-0412; we laten het binnen 5 werkdagen weten.",
    "Bel gerust het algemene nummer 14 0123 van de gemeente.",
    "In 2026 kregen 1500 gezinnen de toeslag.",
    "Uw zaak 2026-123456 is doorgestuurd naar de afdeling Wonen.",  # a case number, no phone
    "Zaaknummer 2026/0012345; kenmerk Z/2026/123456.",
])
def test_ordinary_replies_raise_no_warning(ordinary: str) -> None:
    assert personal_data_in(ordinary) == []


@pytest.mark.parametrize("number", ["06-12345678", "0612345678", "06 12 34 56 78", "+31 6 1234 5678",
                                    "+31 (0)6 12345678", "0031 6 12345678", "010-1234567", "0471 12 34 56",
                                    "0471/12.34.56", "03/123.45.67", "+32 471 12 34 56", "0032 14 85 00 00"])
def test_a_phone_number_beside_a_case_number_is_still_found(number: str) -> None:
    found = personal_data_in(f"Uw zaak 2026-123456 loopt; bel mij op {number} als u vragen hebt.")
    assert found == [(PersonalData.PHONE, number)]


def test_one_address_is_named_once() -> None:
    assert personal_data_in("Ik woon op Kerkstraat 12, 1234 AB Oosterzande.") == [
        (PersonalData.ADDRESS, "Kerkstraat 12, 1234 AB")]
    assert personal_data_in("Kerkstraat 12 2460 Kasterlee") == [(PersonalData.ADDRESS, "Kerkstraat 12 2460 Kasterlee")]
    assert personal_data_in("Kerkstraat 12 of Dorpsweg 3?") == [(PersonalData.ADDRESS, "Kerkstraat 12"),
                                                                (PersonalData.ADDRESS, "Dorpsweg 3")]


def test_a_long_pasted_word_is_checked_at_once_and_an_address_at_its_end_still_found() -> None:
    """The check runs at every key press in the answer box. Tried from each character of a long run of letters,
    digits or a web address, the address pattern read the rest of the run every time: 32,000 letters took five
    seconds, 200,000 would take minutes. Run in its own process with a minute to spare, so that a return of
    that behaviour fails here rather than hanging the suite; the figures are far apart (milliseconds now)."""
    import subprocess
    import sys
    from pathlib import Path

    probe = ("from models.reply_text import personal_data_in as found\n"
             "assert found('a' * 200_000) == [] and found('1' * 200_000) == []\n"
             "assert found('https://x.example/' + 'ab' * 100_000) == []\n"
             "assert found('a' * 200_000 + '@example.org') == [('email', 'a' * 200_000 + '@example.org')]\n")
    subprocess.run([sys.executable, "-c", probe], check=True, timeout=60,
                   cwd=Path(__file__).resolve().parent.parent.parent)


@pytest.mark.parametrize(("name", "kept"), [
    ("Jan de Vries", "Jan de Vries"),
    ("Jan\n@slachtoffer@evil.example https://scam.example", "Jan"),
    ("\u202eJan\u200b Piet", "Jan Piet"),  # a bidi override and a zero-width space: invisible, so gone
    ("{signature}", "signature"),
    ("#gratis www.scam.example Els", "Els"),
    ("Familie \U0001F468\u200d\U0001F469\u200d\U0001F467", "Familie \U0001F468\u200d\U0001F469\u200d\U0001F467"),
    ("Marie-Claire van den Berg-Oosterhout en haar familie uit Zeeland",
     "Marie-Claire van den Berg-Oosterhout en haar"),
    ("A" * 80, "A" * GREETING_NAME_MAX),
    ("https://scam.example", ""),
    ("Jan (#oplichting) \"#scam\"", "Jan"),  # a hashtag inside a word is one too
    ("\u0645\u062d\u0645\u062f\u200c\u0631\u0636\u0627",  # Persian keeps its non-joiner
     "\u0645\u062d\u0645\u062f\u200c\u0631\u0636\u0627"),
    ("\u200d", ""), ("\u3164", ""), ("\u2800 \u2800", ""),  # nothing visible: filled in by hand
    ("e" * 49 + "e\u0301\u0301 x", "e" * 49),  # the accents go with their letter, not without it
])
def test_a_residents_name_in_an_answer_is_a_name_and_nothing_more(name: str, kept: str) -> None:
    assert greeting_name(name) == kept


def test_a_value_is_filled_in_once_and_its_own_placeholders_lose_their_braces() -> None:
    """A signature "Groet, {name} van {municipality}" reached the clipboard with its raw placeholders and not one
    counted as missing, and in the inbox it kept Send off for a cause that lies in Staff and signatures."""
    text, missing = fill("Dank {name}!\n{signature}", {"name": "Jan", "signature": "Groet, {name} van {municipality}"})
    assert text == "Dank Jan!\nGroet, name van municipality" and missing == []
    assert placeholders_in(text) == []
