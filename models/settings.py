"""The municipality's settings that travel with the data (not the UI preferences)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Country(StrEnum):
    NL = "NL"
    BE = "BE"


DEFAULT_TIME_ZONES = {Country.NL: "Europe/Amsterdam", Country.BE: "Europe/Brussels"}


@dataclass
class Municipality:
    name: str = ""
    country: Country = Country.NL
    time_zone: str = "Europe/Amsterdam"
    region: str = ""  # a subdivision the holidays package knows (for regional holidays), or ""
