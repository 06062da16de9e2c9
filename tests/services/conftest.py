"""A calendar with a few posts on two channels and a weekly key date, for the exchange tests."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from models.channel import ChannelAccount, Network
from models.planning import KeyDate, KeyDateKind
from models.post import Post, PostStatus, Variant
from services.post_editing import save_post
from services.store import Store

AMS = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def planned(store: Store) -> Store:
    facebook = store.save(ChannelAccount(network=Network.FACEBOOK, name="Facebook"))
    bluesky = store.save(ChannelAccount(network=Network.BLUESKY, name="Bluesky"))
    for title, day, channels, status in (("Oud papier", 3, [facebook], PostStatus.SCHEDULED),
                                         ("Raad", 12, [facebook, bluesky], PostStatus.DRAFT),
                                         ("Kermis", 28, [bluesky], PostStatus.IDEA)):
        post = Post(title=title, body=f"Tekst over {title.lower()}, met één accent", status=status, tags=["gemeente"],
                    scheduled_at=datetime(2026, 3, day, 9, 30, tzinfo=AMS))
        save_post(store, post, [Variant(post_id=post.id, channel_id=c.id) for c in channels])
    store.save(KeyDate(title="Weekmarkt", kind=KeyDateKind.MARKET, on_date=date(2026, 3, 7), rrule="FREQ=WEEKLY"))
    return store
