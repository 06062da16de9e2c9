"""When the first start's guide is offered, and what its steps save."""

from __future__ import annotations

import pytest

from models.channel import ChannelAccount, Network
from models.post import Post, PostStatus
from models.settings import Country, Municipality
from models.staff import StaffMember
from services.errors import KnownError
from services.first_start import is_first_start, mark_done, me_and_signatures, save_me, save_municipality_step
from services.preferences import load_municipality, save_municipality
from services.store import Store


def test_offered_on_a_new_data_folder_until_done(store: Store) -> None:
    assert is_first_start(store)
    mark_done(store)
    assert not is_first_start(store)


@pytest.mark.parametrize("in_use", ["municipality", "channel", "post", "me"])
def test_not_offered_where_something_is_set_up_already(store: Store, in_use: str) -> None:
    """A handover file brings the municipality to a new laptop; a data folder used before the guide existed has
    channels, posts or "me"."""
    if in_use == "municipality":
        save_municipality(store, Municipality("Oosterzande", Country.NL, "Europe/Amsterdam"))
    elif in_use == "channel":
        store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
    elif in_use == "post":
        store.save(Post(title="Idee", status=PostStatus.IDEA))
    else:
        store.save(StaffMember(name="Sanne", is_self=True))
    assert not is_first_start(store)


def test_the_time_zone_and_region_follow_the_country(store: Store) -> None:
    save_municipality_step(store, " Kasterlee ", Country.BE)
    assert load_municipality(store) == Municipality("Kasterlee", Country.BE, "Europe/Brussels", "")
    # Preferences chose a region; the guide opened again with the same country keeps it.
    save_municipality(store, Municipality("Kasterlee", Country.BE, "Europe/Brussels", "Flemish"))
    save_municipality_step(store, "Kasterlee", Country.BE)
    assert load_municipality(store).region == "Flemish"
    save_municipality_step(store, "Oosterzande", Country.NL)
    assert load_municipality(store) == Municipality("Oosterzande", Country.NL, "Europe/Amsterdam", "")


def test_me_is_changed_when_there_is_one_and_needs_a_name(store: Store) -> None:
    with pytest.raises(KnownError, match="Fill in your name"):
        save_me(store, "  ", "", {})
    first = save_me(store, "Sanne", "Communicatie", {"nl": "Groet, Sanne", "en": ""})
    again = save_me(store, "Sanne de Vries", "Communicatieadviseur", {"nl": "Groet, Sanne", "en": "Regards, Sanne"})
    assert again.id == first.id and len(store.find(StaffMember)) == 1
    me, signatures = me_and_signatures(store)
    assert me is not None and (me.name, me.role, me.is_self) == ("Sanne de Vries", "Communicatieadviseur", True)
    assert signatures == {"nl": "Groet, Sanne", "en": "Regards, Sanne"}
