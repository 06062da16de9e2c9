"""What a channel account and its network allow: how far ahead a network schedules, how many posts its schedule
holds, which counting rule and image limits hold, and when a token needs attention."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from models.channel import (
    IMAGE_LIMITS,
    ChannelAccount,
    ImageLimits,
    ManualNetwork,
    Network,
    ScheduleRoom,
    schedules_ahead,
)

NOON = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def test_mastodon_schedules_from_ten_minutes_ahead_and_facebook_up_to_29_days() -> None:
    assert not schedules_ahead(Network.MASTODON, timedelta(minutes=9))
    assert schedules_ahead(Network.MASTODON, timedelta(minutes=10))
    assert schedules_ahead(Network.MASTODON, timedelta(days=300))
    assert not schedules_ahead(Network.FACEBOOK, timedelta(minutes=14))
    assert schedules_ahead(Network.FACEBOOK, timedelta(days=29))
    assert not schedules_ahead(Network.FACEBOOK, timedelta(days=29, minutes=1))


def test_networks_without_a_schedule_of_their_own_never_take_a_post_ahead() -> None:
    for network in (Network.BLUESKY, Network.LINKEDIN, Network.MANUAL, Network.INSTAGRAM):
        assert not schedules_ahead(network, timedelta(hours=2))


def test_a_schedule_has_room_until_the_day_or_the_whole_is_full() -> None:
    room = ScheduleRoom(total=5, per_day=2)
    assert room.has_room([], NOON)
    assert room.has_room([NOON], NOON + timedelta(hours=1))
    assert not room.has_room([NOON, NOON + timedelta(hours=2)], NOON + timedelta(hours=1))
    assert room.has_room([NOON, NOON + timedelta(hours=2)], NOON + timedelta(days=1))
    four_days = [NOON + timedelta(days=day) for day in range(5)]
    assert not room.has_room(four_days, NOON + timedelta(days=9))


def test_the_day_is_counted_in_utc() -> None:
    """00:30 in Amsterdam on 2 December is 23:30 UTC on 1 December: it counts for the 1st."""
    room = ScheduleRoom(total=10, per_day=1)
    late_evening_utc = datetime(2026, 12, 1, 23, 30, tzinfo=UTC)
    assert not room.has_room([NOON], late_evening_utc)
    assert room.has_room([NOON], late_evening_utc + timedelta(hours=1))


def test_a_full_day_gives_way_with_its_farthest_post_only_to_a_nearer_one() -> None:
    room = ScheduleRoom(total=10, per_day=2)
    held = [NOON + timedelta(hours=3), NOON + timedelta(days=3), NOON + timedelta(hours=5)]
    assert room.gives_way(held, NOON + timedelta(hours=1)) == 2  # that day's farthest, not the one days later
    assert room.gives_way(held, NOON + timedelta(hours=6)) is None  # later than both: it waits instead


def test_a_full_schedule_gives_way_with_the_farthest_of_all() -> None:
    room = ScheduleRoom(total=3, per_day=3)
    held = [NOON, NOON + timedelta(days=8), NOON + timedelta(days=2)]
    assert room.gives_way(held, NOON + timedelta(days=1)) == 1
    assert room.gives_way(held, NOON + timedelta(days=9)) is None


@given(st.lists(st.integers(min_value=0, max_value=24 * 20), max_size=30), st.integers(min_value=0, max_value=480))
def test_after_the_post_that_gives_way_leaves_there_is_room(hours: list[int], at: int) -> None:
    room = ScheduleRoom(total=12, per_day=3)
    held: list[datetime] = []
    for hour in hours:  # a schedule as the network lets it fill
        moment = NOON + timedelta(hours=hour)
        if room.has_room(held, moment):
            held.append(moment)
    when = NOON + timedelta(hours=at)
    if room.has_room(held, when):
        return
    leaving = room.gives_way(held, when)
    if leaving is not None:
        assert held[leaving] > when
        assert room.has_room(held[:leaving] + held[leaving + 1:], when)
    else:  # nothing in the way is later: the nearest posts stay
        same_day = [moment for moment in held if moment.date() == when.date()]
        assert all(moment <= when for moment in (same_day if len(same_day) >= room.per_day else held))


def test_a_channel_posted_by_hand_counts_by_the_network_it_is_for() -> None:
    instagram = ChannelAccount(network=Network.MANUAL, name="Insta", manual_network=ManualNetwork.INSTAGRAM)
    whatsapp = ChannelAccount(network=Network.MANUAL, name="Buurtapp", manual_network=ManualNetwork.WHATSAPP)
    assert instagram.counted_as is Network.INSTAGRAM
    assert whatsapp.counted_as is Network.MANUAL
    assert ChannelAccount(network=Network.BLUESKY, name="Bsky").counted_as is Network.BLUESKY


def test_an_accounts_own_image_limits_win_over_its_networks_documented_ones() -> None:
    told = ImageLimits(max_bytes=16_000_000, max_pixels=33_177_600)
    instance = ChannelAccount(network=Network.MASTODON, name="Mastodon", image_limits=told.to_json())
    assert instance.images_taken() == told
    assert ChannelAccount(network=Network.MASTODON, name="New").images_taken() == IMAGE_LIMITS[Network.MASTODON]
    broken = ChannelAccount(network=Network.MASTODON, name="Odd", image_limits={"max_bytes": "many"})
    assert broken.images_taken() == IMAGE_LIMITS[Network.MASTODON]
    assert ChannelAccount(network=Network.MANUAL, name="Poster").images_taken() is None


def test_a_token_needs_attention_when_it_failed_or_ends_within_two_weeks() -> None:
    now = NOON
    fine = ChannelAccount(network=Network.LINKEDIN, name="LinkedIn", token_expires_at=now + timedelta(days=30))
    ending = ChannelAccount(network=Network.LINKEDIN, name="LinkedIn", token_expires_at=now + timedelta(days=13))
    failed = ChannelAccount(network=Network.MASTODON, name="Mastodon", last_error="401")
    assert not fine.needs_attention(now)
    assert ending.needs_attention(now)
    assert failed.needs_attention(now)
