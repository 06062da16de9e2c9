"""The municipality's settings, kept in the store (they travel in a handover, unlike UI preferences)."""

from __future__ import annotations

from models.settings import DEFAULT_TIME_ZONES, Country, Municipality
from services.store import Store


def load_municipality(store: Store) -> Municipality:
    country = Country(store.get_setting("municipality.country", Country.NL.value))
    return Municipality(
        name=store.get_setting("municipality.name", ""),
        country=country,
        time_zone=store.get_setting("municipality.time_zone", DEFAULT_TIME_ZONES[country]),
        region=store.get_setting("municipality.region", ""),
    )


def save_municipality(store: Store, municipality: Municipality) -> None:
    with store.transaction():
        store.set_setting("municipality.name", municipality.name.strip())
        store.set_setting("municipality.country", municipality.country.value)
        store.set_setting("municipality.time_zone", municipality.time_zone)
        store.set_setting("municipality.region", municipality.region)
