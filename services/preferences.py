"""The municipality's settings, kept in the store (they travel in a handover, unlike UI preferences)."""

from __future__ import annotations

from typing import Any

from models.settings import DEFAULT_TIME_ZONES, Country, Municipality
from models.validation import setting_problem
from services.store import Store


def load_municipality(store: Store) -> Municipality:
    """The stored municipality. A value that breaks its rule (a damaged or foreign setting: an unknown country, a
    time zone that does not exist) counts as the default and is noted for the officer: the window still opens."""

    def read(key: str, default: object) -> Any:
        value = store.get_setting(key, default)
        if setting_problem(key, value):
            store.unreadable.note("settings", key, "value: breaks its rule")
            return default
        return value

    country = Country(read("municipality.country", Country.NL.value))
    return Municipality(
        name=read("municipality.name", ""),
        country=country,
        time_zone=read("municipality.time_zone", DEFAULT_TIME_ZONES[country]),
        region=read("municipality.region", ""),
    )


def save_municipality(store: Store, municipality: Municipality) -> None:
    with store.transaction():
        store.set_setting("municipality.name", municipality.name.strip())
        store.set_setting("municipality.country", municipality.country.value)
        store.set_setting("municipality.time_zone", municipality.time_zone)
        store.set_setting("municipality.region", municipality.region)
