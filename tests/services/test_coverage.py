"""Absences and the coverage check, with a fake clock."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from models.channel import ChannelAccount, Network
from models.planning import Absence
from models.post import Post, PostStatus, Variant
from models.staff import Signature, StaffMember
from services.absences import save_absence, standing_in
from services.calendar_page import Rhythm, load_page, save_rhythm
from services.coverage import Action, check_coverage
from services.errors import KnownError
from services.post_editing import save_post
from services.preferences import load_municipality
from services.store import Store
from tests.conftest import FakeClock

AMS = ZoneInfo("Europe/Amsterdam")
TODAY = date(2026, 7, 1)  # a Wednesday; the absence is 13 to 24 July


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 7, 1, 8, 0, tzinfo=UTC))


def staff(store: Store) -> tuple[StaffMember, StaffMember]:
    sanne = store.save(StaffMember(name="Sanne", is_self=True))
    joris = store.save(StaffMember(name="Joris"))
    return sanne, joris


def post_on(store: Store, day: date, channel: ChannelAccount, status: PostStatus = PostStatus.SCHEDULED,
            title: str = "Post") -> Post:
    post = Post(title=title, body=title, status=status, scheduled_at=datetime(day.year, day.month, day.day, 10,
                                                                              tzinfo=AMS))
    return save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)])


def test_overlapping_absences_of_one_person_are_refused(store: Store) -> None:
    sanne, joris = staff(store)
    save_absence(store, Absence(staff_id=sanne.id, standin_id=joris.id, starts_on=date(2026, 7, 13),
                                ends_on=date(2026, 7, 24)))
    with pytest.raises(KnownError, match="overlaps"):
        save_absence(store, Absence(staff_id=sanne.id, starts_on=date(2026, 7, 24), ends_on=date(2026, 7, 30)))
    with pytest.raises(KnownError, match="before its first day"):
        save_absence(store, Absence(staff_id=sanne.id, starts_on=date(2026, 8, 2), ends_on=date(2026, 8, 1)))
    with pytest.raises(KnownError, match="themselves"):
        save_absence(store, Absence(staff_id=sanne.id, standin_id=sanne.id, starts_on=date(2026, 9, 1),
                                    ends_on=date(2026, 9, 2)))
    save_absence(store, Absence(staff_id=joris.id, starts_on=date(2026, 7, 20), ends_on=date(2026, 7, 22)))
    save_absence(store, Absence(staff_id=sanne.id, starts_on=date(2026, 7, 25), ends_on=date(2026, 7, 26)))
    assert len(store.find(Absence)) == 3


def test_the_stand_in_sees_for_whom_they_stand_in(store: Store) -> None:
    sanne, joris = staff(store)
    store.update_fields(sanne, is_self=False)
    store.update_fields(joris, is_self=True)  # the stand-in's own laptop
    absence = save_absence(store, Absence(staff_id=sanne.id, standin_id=joris.id, starts_on=date(2026, 8, 3),
                                          ends_on=date(2026, 8, 14)))
    assert standing_in(store, date(2026, 8, 2)) is None
    found = standing_in(store, date(2026, 8, 14))
    assert found == (sanne.name, absence.ends_on)
    store.update_fields(joris, active=False)  # another user on this laptop now
    assert standing_in(store, date(2026, 8, 14)) is None
    store.update_fields(joris, active=True)
    store.mark_deleted(absence)
    assert standing_in(store, date(2026, 8, 14)) is None


def test_the_coverage_check_finds_each_risk_with_its_action(store: Store) -> None:
    sanne, joris = staff(store)
    save_rhythm(store, Rhythm(per_week=5, weekends=False))
    mastodon = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", has_secret=True))
    bluesky = store.save(ChannelAccount(network=Network.BLUESKY, name="Bluesky", has_secret=True))
    store.save(ChannelAccount(network=Network.LINKEDIN, name="LinkedIn", has_secret=True,
                              token_expires_at=datetime(2026, 7, 16, 12, tzinfo=UTC)))
    store.save(ChannelAccount(network=Network.FACEBOOK, name="Facebook", has_secret=True,
                              token_expires_at=datetime(2026, 9, 1, tzinfo=UTC)))
    absence = Absence(staff_id=sanne.id, standin_id=joris.id, starts_on=date(2026, 7, 13), ends_on=date(2026, 7, 17))
    for day in (13, 15):
        post_on(store, date(2026, 7, day), mastodon, title=f"Mastodon {day}")
    on_bluesky = post_on(store, date(2026, 7, 14), bluesky, title="Bluesky 14")
    draft = post_on(store, date(2026, 7, 16), mastodon, status=PostStatus.DRAFT, title="Concept 16")

    findings = check_coverage(store, absence, TODAY)
    by_action: dict[Action, list] = {}
    for finding in findings:
        by_action.setdefault(finding.action, []).append(finding)
    # Four posts that week (a draft counts: it is planned) against the municipality's five: one finding for the
    # week, on its first day without a post; the channels without posts of their own (LinkedIn, Facebook) are no
    # gaps of their own.
    assert [(f.day, f.text) for f in by_action[Action.ADD_POST]] == [
        (date(2026, 7, 17), "this week has 4 of the 5 posts of your rhythm")]
    assert [(f.post_id, f.channel_id) for f in by_action[Action.HAND_OVER_OR_MOVE]] == [(on_bluesky.id, bluesky.id)]
    assert [f.post_id for f in by_action[Action.FINISH_POST]] == [draft.id]
    assert [f.text.startswith("LinkedIn") for f in by_action[Action.RENEW_TOKEN]] == [True]
    assert [f.staff_id for f in by_action[Action.ADD_SIGNATURE]] == [joris.id]

    store.save(Signature(staff_id=joris.id, language="nl", text="Groet, Joris"))
    assert Action.ADD_SIGNATURE not in {f.action for f in check_coverage(store, absence, TODAY)}


def test_a_post_beyond_the_networks_horizon_needs_the_laptop(store: Store) -> None:
    sanne, joris = staff(store)
    save_rhythm(store, Rhythm(per_week=0))
    facebook = store.save(ChannelAccount(network=Network.FACEBOOK, name="Facebook", has_secret=True))
    absence = Absence(staff_id=sanne.id, standin_id=joris.id, starts_on=date(2026, 7, 1), ends_on=date(2026, 8, 31))
    within = post_on(store, date(2026, 7, 20), facebook, title="Binnen 29 dagen")
    beyond = post_on(store, date(2026, 8, 20), facebook, title="Verder dan 29 dagen")
    found = [f.post_id for f in check_coverage(store, absence, TODAY) if f.action is Action.HAND_OVER_OR_MOVE]
    assert found == [beyond.id] and within.id not in found


def test_a_past_absence_has_nothing_to_check(store: Store) -> None:
    sanne, _ = staff(store)
    assert check_coverage(store, Absence(staff_id=sanne.id, starts_on=date(2026, 6, 1), ends_on=date(2026, 6, 5)),
                          TODAY) == []


def test_the_rhythm_is_the_municipalitys_not_one_per_channel(store: Store) -> None:
    """Three channels, three posts a week: a week with three posts, each on one or more channels, is covered."""
    sanne, joris = staff(store)
    save_rhythm(store, Rhythm(per_week=3, weekends=False))
    facebook, bluesky, mastodon = (store.save(ChannelAccount(network=network, name=network.value, has_secret=True))
                                   for network in (Network.FACEBOOK, Network.BLUESKY, Network.MASTODON))
    absence = Absence(staff_id=sanne.id, standin_id=joris.id, starts_on=date(2026, 7, 13), ends_on=date(2026, 7, 24))
    for day, channels in ((13, [facebook, bluesky, mastodon]), (15, [facebook]), (17, [bluesky])):
        post = Post(title=f"Post {day}", body="…", status=PostStatus.SCHEDULED,
                    scheduled_at=datetime(2026, 7, day, 10, tzinfo=AMS))
        save_post(store, post, [Variant(post_id=post.id, channel_id=c.id) for c in channels])
    post_on(store, date(2026, 7, 21), facebook)  # the second week: one post of three
    gaps = [(f.day, f.text) for f in check_coverage(store, absence, TODAY) if f.action is Action.ADD_POST]
    assert gaps == [(date(2026, 7, 20), "this week has 1 of the 3 posts of your rhythm")]


def test_public_holidays_are_not_gaps_in_the_rhythm(store: Store) -> None:
    sanne, joris = staff(store)
    save_rhythm(store, Rhythm(per_week=1, weekends=True))
    store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", has_secret=True))
    absence = Absence(staff_id=sanne.id, standin_id=joris.id, starts_on=date(2026, 12, 24), ends_on=date(2026, 12, 27))
    page = load_page(store, date(2026, 12, 1), date(2026, 12, 31), municipality=load_municipality(store),
                     today=date(2026, 12, 1), ui_language="en")
    assert date(2026, 12, 24) in page.gaps and date(2026, 12, 27) in page.gaps  # a Sunday: weekends count here
    assert date(2026, 12, 25) not in page.gaps and date(2026, 12, 26) not in page.gaps  # Christmas: not tinted
    gaps = [f.day for f in check_coverage(store, absence, date(2026, 12, 1)) if f.action is Action.ADD_POST]
    assert gaps == [date(2026, 12, 24)]
