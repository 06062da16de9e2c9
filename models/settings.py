"""The municipality's settings that travel with the data (not the UI preferences)."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class Country(StrEnum):
    NL = "NL"
    BE = "BE"


DEFAULT_TIME_ZONES = {Country.NL: "Europe/Amsterdam", Country.BE: "Europe/Brussels"}


class Municipality(NamedTuple):
    """Who the officer works for. (A NamedTuple: read at every start, and a dataclass writes and compiles its
    methods as it is defined.)"""

    name: str = ""
    country: Country = Country.NL
    time_zone: str = "Europe/Amsterdam"
    region: str = ""  # a subdivision the holidays package knows (for regional holidays), or ""
