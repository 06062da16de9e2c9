"""The printable handover note as the stand-in reads it: what goes out and how, day by day, in their language;
and apart from it what will not go out by itself."""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from models.channel import ChannelAccount, Network
from models.planning import Absence
from models.post import DeliveryState, Post, PostStatus, Variant
from models.staff import StaffMember
from services.handover import HandoverNote
from services.handover_note import handover_note_html
from services.post_editing import save_post
from services.store import Store

AMS = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def away(store: Store) -> Absence:
    sanne = store.save(StaffMember(name="Sanne", is_self=True))
    joris = store.save(StaffMember(name="Joris"))
    mastodon = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    bluesky = store.save(ChannelAccount(network=Network.BLUESKY, name="Bluesky"))
    whatsapp = store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
    for title, status, day, states in (
            ("Braderie", PostStatus.SCHEDULED, 2, {mastodon.id: DeliveryState.SCHEDULED_REMOTE,
                                                   whatsapp.id: DeliveryState.NOT_QUEUED}),
            ("Kermis", PostStatus.SCHEDULED, 3, {bluesky.id: DeliveryState.FAILED}),
            ("Idee: zomerfoto's", PostStatus.IDEA, 3, {mastodon.id: DeliveryState.NOT_QUEUED}),
            ("Wegwerkzaamheden", PostStatus.DRAFT, 6, {bluesky.id: DeliveryState.NOT_QUEUED}),
            ("Zwembad open", PostStatus.READY, 7, {mastodon.id: DeliveryState.NOT_QUEUED})):
        post = Post(title=title, body=title, status=status, scheduled_at=datetime(2026, 7, day, 10, 0, tzinfo=AMS))
        save_post(store, post, [Variant(post_id=post.id, channel_id=channel_id) for channel_id in states])
        for variant in store.find(Variant, "post_id = ?", [post.id]):
            store.update_fields(variant, state=states[variant.channel_id])
    return Absence(staff_id=sanne.id, standin_id=joris.id, starts_on=date(2026, 7, 2), ends_on=date(2026, 7, 10))


def sections(page: str) -> dict[str, str]:
    """The note's text under each heading, without markup."""
    found = {}
    for heading, body in re.findall(r"<h2>(.*?)</h2>(.*?)(?=<h2>|</body>)", page, re.S):
        found[heading] = " ".join(re.sub(r"<[^>]+>", " ", body).replace("&#x27;", "'").split())
    return found


def test_ideas_drafts_and_ready_posts_are_apart_from_what_goes_out(store: Store, away: Absence) -> None:
    page = sections(handover_note_html(store, away, HandoverNote(), date(2026, 7, 1)))
    planned = page["Posts, day by day"]
    assert "Braderie" in planned and "Kermis" in planned
    assert "zomerfoto" not in planned and "Wegwerkzaamheden" not in planned and "Zwembad" not in planned
    apart = page["Not planned to go out: ideas, drafts and ready posts"]
    assert "These go out only when someone sets them to Scheduled" in apart
    assert "Friday 3 July 2026 10:00 Idee: zomerfoto's Idea: Mastodon" in apart
    assert "Wegwerkzaamheden Draft: Bluesky" in apart and "Zwembad open Ready: Mastodon" in apart


def test_each_channel_of_a_post_that_goes_out_says_truthfully_what_happens(store: Store, away: Absence) -> None:
    planned = sections(handover_note_html(store, away, HandoverNote(), date(2026, 7, 1)))["Posts, day by day"]
    assert "Mastodon: safe at the network" in planned and "WhatsApp: post this yourself" in planned
    assert "Bluesky: failed: open the post to see why" in planned
    assert "from your laptop" not in planned  # nothing here waits for the stand-in's token


def test_the_note_in_dutch_writes_its_dates_as_dutch_does(store: Store, away: Absence, dutch: None) -> None:
    page = handover_note_html(store, away, HandoverNote(), date(2026, 7, 1))
    assert "Sanne is afwezig van 2 juli 2026 tot en met 10 juli 2026. Joris vervangt." in page
    assert "<td>donderdag 2 juli 2026</td><td>10:00</td><td>Braderie</td>" in page
    assert "2026-07" not in page


def test_a_direction_override_in_a_name_or_title_does_not_mirror_the_printed_note(store: Store) -> None:
    """"Sanne\u202e" mirrored the whole sentence around the name on the paper the stand-in keeps, dates too."""
    from models.settings import Municipality
    from services.preferences import save_municipality

    save_municipality(store, Municipality("Oost\u202eedsiw"))
    sanne = store.save(StaffMember(name="Sanne\u202e", is_self=True))
    joris = store.save(StaffMember(name="Joris\u2066"))
    store.save(Post(title="Markt\u202d", body="x", status=PostStatus.DRAFT,
                    scheduled_at=datetime(2026, 7, 3, 10, 0, tzinfo=AMS)))
    page = handover_note_html(store, Absence(staff_id=sanne.id, standin_id=joris.id, starts_on=date(2026, 7, 2),
                                             ends_on=date(2026, 7, 10)), HandoverNote("Lopend\u202e"), date(2026, 7, 1))
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", page)
    assert "Sanne" in page and "Joris" in page and "Markt" in page and "Oostedsiw" in page
