"""Reply texts: placeholders, the expected answer date in working days, and personal data in public comments."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date

from dateutil import rrule

PLACEHOLDERS = ("name", "street", "case", "date", "answerer", "signature", "municipality")
_PLACEHOLDER = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")


def placeholders_in(body: str) -> list[str]:
    """The placeholders a text uses, in order of first appearance."""
    seen: list[str] = []
    for match in _PLACEHOLDER.finditer(body):
        if match.group(1) not in seen:
            seen.append(match.group(1))
    return seen


GREETING_NAME_MAX = 50  # characters: a long name is cut at a word before this
_JOINERS = "\u200c\u200d"  # invisible, but they shape a word (Persian) or join one emoji's parts (a family)
_BLANK = "\u115f\u1160\u3164\uffa0\u2800"  # letters and a Braille cell that look like nothing: a space here


def greeting_name(name: str) -> str:
    """A resident's display name as `{name}` puts it into a public answer of the municipality. The resident chose
    the name, so it is kept to what a name is: one line; no invisible characters (bidi overrides, zero-width
    spaces, tag characters; the joiners inside a Persian word or an emoji stay); no braces (they would read as a
    placeholder still to fill); none of the words that would make the answer mention another account, carry a
    link or a hashtag (a word with "@", "#" or "://" in it, or starting with "www."); at most GREETING_NAME_MAX
    characters, cut at a word where one ends in time and never between a letter and its accents. "" when nothing
    visible of a name is left: {name} then stays to be filled in by hand."""
    kept = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") or c in _BLANK else c for c in name
                   if (unicodedata.category(c) not in ("Cf", "Cs", "Co", "Cn") or c in _JOINERS) and c not in "{}")
    words = [word for word in kept.split()
             if not any(mark in word for mark in ("@", "#", "://")) and not word.lower().startswith("www.")]
    text = " ".join(words)
    if len(text) > GREETING_NAME_MAX:
        cut = text[:GREETING_NAME_MAX + 1].rsplit(" ", 1)[0]
        if len(cut) > GREETING_NAME_MAX:  # one long word: cut before the letter whose accents would not fit
            end = GREETING_NAME_MAX
            while end > 0 and unicodedata.category(text[end]).startswith("M"):
                end -= 1
            cut = text[:end]
        text = cut
    if not any(unicodedata.category(c)[0] in "LNS" for c in text if c not in _JOINERS):
        return ""
    return text


def fill(body: str, values: Mapping[str, str]) -> tuple[str, list[str]]:
    """The text with every placeholder that has a value filled in; the ones still empty stay visible as {name}
    and are returned, so copying can be refused until they are filled or removed. A value is filled in once and
    never read for placeholders of its own; one that holds one (a signature "Groet, {name}") gives it without its
    braces, so that no raw placeholder reaches a reply unannounced, and none stops an answer for a cause that
    lies in Staff and signatures."""
    missing: list[str] = []

    def replace(match: re.Match[str]) -> str:
        value = values.get(match.group(1), "").strip()
        if not value:
            if match.group(1) not in missing:
                missing.append(match.group(1))
            return match.group(0)
        return _PLACEHOLDER.sub(lambda inner: inner.group(1), value)

    return _PLACEHOLDER.sub(replace, body), missing


def add_working_days(start: date, days: int, holidays: Iterable[date] = ()) -> date:
    """The date `days` working days after `start`: Monday to Friday, public holidays skipped."""
    closed = set(holidays)
    if days <= 0:
        return start
    counted = 0
    for moment in rrule.rrule(rrule.DAILY, dtstart=start, byweekday=(rrule.MO, rrule.TU, rrule.WE, rrule.TH,
                                                                       rrule.FR)):
        day = moment.date()
        if day <= start or day in closed:
            continue
        counted += 1
        if counted == days:
            return day
    raise AssertionError("unreachable: rrule without end")


# ---- personal data ----------------------------------------------------------------------------------------------

# An address starts where a run of its characters starts: tried from every character of a long pasted word, the
# pattern read the rest of the word each time (32,000 letters took seconds, on every key press).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+/])(?:\+|00)?(?:31|32)?[\s-]?\(?0?\d{1,3}\)?(?:[\s./-]?\d){6,9}(?!\w)")
# A phone number in the Netherlands or Belgium starts with its trunk 0, or with +31/+32 (0031/0032) from abroad.
_DIALLED = re.compile(r"\+|00|0")
# A case number as municipalities write them: the year, a dash or slash, a number (2026-123456, 2026/00123).
_CASE_NUMBER = re.compile(r"(?<![\w/-])(?:19|20)\d{2}[-/]\d{2,8}(?![\w/-])")
_NL_POSTCODE = re.compile(r"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b(?:\s*,?\s*\d+)?|\b[A-Z][a-z]+(?:straat|laan|weg|"
                          r"plein|dreef|steenweg|kaai)\s+\d+[a-z]?\b", re.UNICODE)
_BE_ADDRESS = re.compile(r"\b\d+[a-z]?\s*,?\s+[1-9]\d{3}\s+[A-Z][a-z]+")
_NINE_DIGITS = re.compile(r"(?<![\d.,-])(\d{9}|\d{4}\.\d{2}\.\d{3})(?!\d|[.,-]\d)")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b")


class PersonalData:
    EMAIL = "email"
    PHONE = "phone"
    ADDRESS = "address"
    CITIZEN_NUMBER = "citizen_number"
    IBAN = "iban"


def _bsn_like(digits: str) -> bool:
    """The Dutch 11-test that BSNs pass (Belgian national numbers are longer; they show as phone-like)."""
    numbers = [int(d) for d in digits.replace(".", "")]
    total = sum(n * w for n, w in zip(numbers[:8], range(9, 1, -1), strict=True)) - numbers[8]
    return total % 11 == 0


def _iban_valid(text: str) -> bool:
    compact = text.replace(" ", "")
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(char, 36)) for char in rearranged)
    return len(compact) >= 15 and int(digits) % 97 == 1


def personal_data_in(text: str) -> list[tuple[str, str]]:
    """What in a text looks like personal data: (kind, the text found). Meant for public comments."""
    found: list[tuple[str, str]] = []
    for match in _EMAIL.finditer(text):
        found.append((PersonalData.EMAIL, match.group()))
    without_mail = _EMAIL.sub(" ", text)
    for match in _IBAN.finditer(without_mail):
        if _iban_valid(match.group()):
            found.append((PersonalData.IBAN, match.group()))
    without_iban = _IBAN.sub(" ", without_mail)
    for match in _NINE_DIGITS.finditer(without_iban):
        if _bsn_like(match.group(1)):
            found.append((PersonalData.CITIZEN_NUMBER, match.group(1)))
    without_cases = _CASE_NUMBER.sub(lambda case: " " * len(case.group()), without_iban)
    for match in _PHONE.finditer(without_cases):
        digits = re.sub(r"\D", "", match.group())
        number = match.group().strip()
        if len(digits) >= 9 and _DIALLED.match(number) and not any(
                kind == PersonalData.CITIZEN_NUMBER and value.replace(".", "") == digits for kind, value in found):
            found.append((PersonalData.PHONE, number))
    found.extend((PersonalData.ADDRESS, address) for address in _addresses(without_iban))
    return found


def _addresses(text: str) -> list[str]:
    """Street and number, postcode, Belgian number-postcode-town: the parts of one address that stand together
    ("Kerkstraat 12, 1234 AB") are one address, not two."""
    spans = sorted(match.span() for pattern in (_NL_POSTCODE, _BE_ADDRESS) for match in pattern.finditer(text)
                   if any(char.isdigit() for char in match.group()))
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and (start <= merged[-1][1] or not text[merged[-1][1]:start].strip(" ,")):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [text[start:end].strip() for start, end in merged]
