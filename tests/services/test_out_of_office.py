"""Out-of-office drafts: at the start of the absence and on the first working day back, on every channel."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from models.channel import ChannelAccount, Network
from models.planning import Absence
from models.post import Post, PostStatus
from models.staff import StaffMember
from services.errors import KnownError
from services.out_of_office import PHONE_SETTING, draft_notices, existing_notices
from services.post_editing import variants_of
from services.store import Store

AMS = ZoneInfo("Europe/Amsterdam")


def test_two_drafts_on_every_channel_and_asking_again_writes_no_second_pair(store: Store) -> None:
    channels = [store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon")),
                store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))]
    sanne = store.save(StaffMember(name="Sanne", is_self=True))
    # Away until Thursday 24 December 2026: back on Monday 28 December (Christmas and Boxing Day are closed)
    absence = store.save(Absence(staff_id=sanne.id, starts_on=date(2026, 12, 14), ends_on=date(2026, 12, 24)))
    with pytest.raises(KnownError, match="phone number"):
        draft_notices(store, absence, " ")
    away, back = draft_notices(store, absence, "14 0123")
    assert away.status is PostStatus.DRAFT and back.status is PostStatus.DRAFT
    assert away.scheduled_at == datetime(2026, 12, 14, 9, 0, tzinfo=AMS)
    assert back.scheduled_at == datetime(2026, 12, 28, 9, 0, tzinfo=AMS)
    assert "Tot en met 24 december" in away.body and "Bel 14 0123." in away.body
    assert {v.channel_id for v in variants_of(store, away.id)} == {c.id for c in channels}
    assert [p.id for p in draft_notices(store, absence, "14 0123")] == [away.id, back.id]
    assert store.get_setting(PHONE_SETTING) == "14 0123"


def test_the_english_words_for_an_english_speaking_municipality(store: Store) -> None:
    sanne = store.save(StaffMember(name="Sanne", is_self=True))
    absence = store.save(Absence(staff_id=sanne.id, starts_on=date(2026, 8, 3), ends_on=date(2026, 8, 14)))
    away, back = draft_notices(store, absence, "+32 14 85 00 00", language="en")
    assert away.body.startswith("Until 14 August we answer") and back.scheduled_at.date() == date(2026, 8, 17)  # type: ignore[union-attr]


def test_only_the_absences_own_notices_are_listed_and_outdated_drafts_make_way(store: Store) -> None:
    """An absence planned, its notices drafted, then deleted and planned again: the first pair (never sent) goes,
    and the new absence's coverage lists its own two drafts only."""
    from services.coverage import Action, check_coverage

    store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    sanne = store.save(StaffMember(name="Sanne", is_self=True))
    first = store.save(Absence(staff_id=sanne.id, starts_on=date(2026, 8, 3), ends_on=date(2026, 8, 14)))
    old_away, old_back = draft_notices(store, first, "14 0123")
    store.mark_deleted(first)
    second = store.save(Absence(staff_id=sanne.id, starts_on=date(2026, 8, 3), ends_on=date(2026, 8, 21)))

    def drafts_listed(absence: Absence) -> list[str]:
        return [f.post_id for f in check_coverage(store, absence, date(2026, 7, 1)) if f.action is Action.FINISH_POST]

    assert drafts_listed(second) == []  # the deleted absence's pair is not this absence's to finish
    away, back = draft_notices(store, second, "14 0123")
    assert drafts_listed(second) == [away.id]  # the "back" post is on 24 August, after the absence
    assert store.get(Post, old_away.id) is None and store.get(Post, old_back.id) is None
    assert "Tot en met 21 augustus" in away.body


def test_changed_dates_give_a_new_pair_unless_the_officer_already_took_the_old_one(store: Store) -> None:
    store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    sanne = store.save(StaffMember(name="Sanne", is_self=True))
    absence = store.save(Absence(staff_id=sanne.id, starts_on=date(2026, 8, 3), ends_on=date(2026, 8, 14)))
    old_away, _old_back = draft_notices(store, absence, "14 0123")
    absence.ends_on = date(2026, 8, 21)
    store.save(absence)
    assert existing_notices(store, absence) == []
    away, back = draft_notices(store, absence, "14 0123")
    assert back.scheduled_at.date() == date(2026, 8, 24) and store.get(Post, old_away.id) is None  # type: ignore[union-attr]
    away.status = PostStatus.SCHEDULED  # the officer read it and scheduled it
    store.save(away)
    absence.ends_on = date(2026, 8, 28)
    store.save(absence)
    assert [post.id for post in existing_notices(store, absence)] == [away.id, back.id]  # hers now: kept
