from __future__ import annotations

from datetime import date, timedelta

import pytest

from models.channel import ChannelAccount, Network
from models.planning import Absence, KeyDate
from models.post import DeliveryState, Post, PostStatus, Variant
from models.staff import Signature, StaffMember
from services.demo import fill_demo
from services.errors import DemoRefusedError
from services.preferences import load_municipality
from services.store import Store


@pytest.mark.parametrize("today", [date(2026, 11, 18), date(2026, 11, 30), date(2027, 1, 1)])
def test_demo_holds_five_weeks_in_every_status_whatever_the_day(store: Store, today: date) -> None:
    fill_demo(store, today)
    posts = store.find(Post)
    assert {post.status for post in posts} == set(PostStatus)
    dated = [post for post in posts if post.scheduled_at]
    assert len(dated) >= 20
    assert min(post.scheduled_at for post in dated if post.scheduled_at).date() >= today - timedelta(days=14)
    assert max(post.scheduled_at for post in dated if post.scheduled_at).date() <= today + timedelta(days=21)
    assert {channel.network for channel in store.find(ChannelAccount)} >= {
        Network.FACEBOOK, Network.MASTODON, Network.BLUESKY, Network.LINKEDIN, Network.MANUAL}
    states = {variant.state for variant in store.find(Variant)}
    assert {DeliveryState.PUBLISHED, DeliveryState.FAILED, DeliveryState.SCHEDULED_REMOTE,
            DeliveryState.QUEUED, DeliveryState.REMINDER} <= states
    assert len(store.find(KeyDate)) >= 4
    staff = store.find(StaffMember)
    assert [member.name for member in staff if member.is_self] == ["Sanne de Vries"]
    assert store.find(Signature) and store.find(Absence)
    assert load_municipality(store).name == "Oosterzande"


def test_demo_refuses_a_store_that_holds_data(store: Store) -> None:
    store.save(Post(title="Echt bericht van de gemeente"))
    with pytest.raises(DemoRefusedError) as caught:
        fill_demo(store, date(2026, 11, 18))
    assert "already holds data" in caught.value.message
    assert [post.title for post in store.find(Post)] == ["Echt bericht van de gemeente"]


def problems(store: Store) -> list[str]:
    return [c.last_error for c in store.find(ChannelAccount) if c.last_error] + \
        [v.last_error for v in store.find(Variant) if v.last_error]


def test_the_demos_messages_are_in_the_interfaces_language(store: Store, english: None) -> None:
    fill_demo(store, date(2026, 11, 18))
    found = problems(store)
    assert found and all("token" in message and " het " not in message for message in found)
    assert "Facebook says the Page token is invalid or expired." in found[0]


def test_the_demos_messages_in_dutch(tmp_path, dutch: None) -> None:  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path / "omroeper.sqlite")
    try:
        fill_demo(store, date(2026, 11, 18))
        assert all(" het " in message for message in problems(store))
    finally:
        store.close()
