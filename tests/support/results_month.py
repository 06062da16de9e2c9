"""A month of published posts with their figures and followers, for the Results tests, the screenshots and the
bench: channels on Mastodon, Bluesky, Facebook and WhatsApp (by hand), posts spread over November 2026."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from models.channel import ChannelAccount, ManualNetwork, Network
from models.common import new_id, to_utc_text
from models.post import DeliveryState, Post, PostStatus, Variant
from models.results import FigureAge, FollowerCount, PostFigures
from services.store import Store

TITLES = ("Braderie in het centrum", "Wegwerkzaamheden Dorpsstraat", "Nieuwe speeltuin geopend",
          "Sinterklaasintocht zaterdag", "Raadsvergadering donderdag", "Afvalkalender 2027", "Vrijwilligersprijs",
          "Bibliotheek langer open", "Fietsstraat Kerkweg", "Kerstmarkt: vergunningen aangevraagd")


def channels(store: Store) -> dict[str, ChannelAccount]:
    made = {}
    for key, network, name, manual in (("mastodon", Network.MASTODON, "Mastodon", ManualNetwork.OTHER),
                                       ("bluesky", Network.BLUESKY, "Bluesky", ManualNetwork.OTHER),
                                       ("facebook", Network.FACEBOOK, "Facebook", ManualNetwork.OTHER),
                                       ("whatsapp", Network.MANUAL, "WhatsApp", ManualNetwork.WHATSAPP)):
        made[key] = store.save(ChannelAccount(network=network, name=name, manual_network=manual,
                                              external_id="1234" if network is Network.FACEBOOK else ""))
    return made


def fill_month(store: Store, posts: int = 14, seed: int = 3, year: int = 2026, month: int = 11) -> None:
    """`posts` published posts in the month, each on two or three channels, with figures at a day and a week,
    and a follower count per channel at the start and the end of the month. Written in bulk (the bench uses a
    thousand posts)."""
    rng = random.Random(seed)
    made = channels(store)
    start = datetime(year, month, 1, 8, tzinfo=UTC)
    stamp = to_utc_text(datetime(year, month, 28, tzinfo=UTC))
    post_rows, variant_rows, figure_rows = [], [], []
    for number in range(posts):
        when = start + timedelta(days=rng.randrange(0, 28), hours=rng.randrange(0, 9))
        post_id = new_id()
        title = TITLES[number % len(TITLES)] + ("" if number < len(TITLES) else f" ({number})")
        post_rows.append((post_id, stamp, stamp, title, f"{title}: meer op de website.", PostStatus.PUBLISHED.value,
                          to_utc_text(when)))
        for key in rng.sample(sorted(made), rng.randint(2, 3)):
            variant_id = new_id()
            variant_rows.append((variant_id, stamp, stamp, post_id, made[key].id, DeliveryState.PUBLISHED.value,
                                 f"r{number}{key}", to_utc_text(when)))
            scale = {"facebook": 6, "mastodon": 2, "bluesky": 3, "whatsapp": 1}[key]
            for age, after in ((FigureAge.DAY, 1), (FigureAge.WEEK, 7)):
                likes = rng.randint(0, 12) * scale * (2 if age is FigureAge.WEEK else 1)
                views = rng.randint(200, 2000) * (2 if age is FigureAge.WEEK else 1) if key == "facebook" else None
                figure_rows.append((new_id(), stamp, stamp, variant_id, age.value,
                                    to_utc_text(when + timedelta(days=after)), likes, rng.randint(0, 4) * scale,
                                    rng.randint(0, 5), 0 if key == "bluesky" else None, views,
                                    int(views * 0.6) if views else None))
    with store.transaction():
        store.conn.executemany("INSERT INTO posts (id, created_at, updated_at, title, body, status, scheduled_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)", post_rows)
        store.conn.executemany("INSERT INTO variants (id, created_at, updated_at, post_id, channel_id, state, "
                               "remote_id, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", variant_rows)
        store.conn.executemany("INSERT INTO post_figures (id, created_at, updated_at, variant_id, age, taken_at, "
                               "likes, shares, replies, quotes, views, reach) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               "?, ?)", figure_rows)
    for key, base in (("mastodon", 840), ("bluesky", 310), ("facebook", 4120)):
        store.save(FollowerCount(channel_id=made[key].id, taken_at=start - timedelta(days=1), followers=base))
        store.save(FollowerCount(channel_id=made[key].id, taken_at=start + timedelta(days=27),
                                 followers=base + rng.randint(5, 60)))


__all__ = ["Post", "Variant", "PostFigures", "fill_month", "channels"]
