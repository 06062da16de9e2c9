"""How a published post landed: the figures a network gives for it, taken a few times as the post ages, and the
followers of each account. Plain records and the schedule of when figures are due; no I/O.

The schedule: figures are taken once a post is a day old, again at a week and at a month (FIGURE_AGES). A post
first looked at when it is already older takes only the latest age it passed (a post found at forty days gets its
month figures, not a day's figures that would be taken too late to mean anything). A month and a week after the
month figures nothing is asked any more: the networks hardly move by then. Followers are taken at most once a
day per account, when the figures of its posts are fetched.

What each column holds, per network (the words the officer knows):
- likes: Mastodon's favourites, Bluesky's likes, the Facebook Page post's reactions (all kinds together);
- shares: Mastodon's boosts, Bluesky's reposts, Facebook's shares;
- replies: replies (Mastodon, Bluesky), comments (Facebook);
- quotes: Bluesky's quotes (and Mastodon's from 4.5), else None;
- views: Facebook's "views" (the metric that replaced "impressions"), else None: no other network counts them;
- reach: Facebook's unique viewers of the post, else None. "Reach" is said only where a network measures it.
None means "this network does not give it", never zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from models.common import Record


class FigureAge(StrEnum):
    """When a set of figures was taken: at a day, a week or a month after the post went out, or typed in by
    hand (a manual channel: the officer reads them off the app)."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    BY_HAND = "by_hand"


FIGURE_AGES: tuple[tuple[FigureAge, timedelta], ...] = (
    (FigureAge.DAY, timedelta(days=1)),
    (FigureAge.WEEK, timedelta(days=7)),
    (FigureAge.MONTH, timedelta(days=30)),
)
LAST_LOOK = timedelta(days=37)  # after a month and a week, a post's figures are no longer asked for
FOLLOWERS_EVERY = timedelta(hours=20)  # followers at most once a day (a little less, so a daily sync keeps up)


@dataclass(kw_only=True, eq=False, repr=False)
class PostFigures(Record):
    """The figures of one channel text (a variant) at one age, with when they were taken. A network that could
    not be asked leaves a row with `problem` (its reason, in the officer's words) and no figures: the figures
    taken before stay the latest."""

    variant_id: str
    age: FigureAge
    taken_at: datetime
    likes: int | None = None
    shares: int | None = None
    replies: int | None = None
    quotes: int | None = None
    views: int | None = None
    reach: int | None = None
    problem: str = ""

    @property
    def reactions(self) -> int:
        """Everything residents did with the post: likes, shares, replies and quotes together."""
        return sum(value or 0 for value in (self.likes, self.shares, self.replies, self.quotes))


@dataclass(kw_only=True, eq=False, repr=False)
class FollowerCount(Record):
    """How many follow an account, as its network said at `taken_at`."""

    channel_id: str
    taken_at: datetime
    followers: int


def due_age(published_at: datetime, now: datetime, taken: set[FigureAge]) -> FigureAge | None:
    """The age whose figures are due for a post that went out at `published_at`, or None: the latest age the
    post has passed, unless it (or a later one) was taken already, or the post is past LAST_LOOK."""
    age_now = now - published_at
    if age_now > LAST_LOOK:
        return None
    passed = [age for age, after in FIGURE_AGES if age_now >= after]
    if not passed:
        return None
    latest = passed[-1]
    order = [age for age, _after in FIGURE_AGES]
    if any(order.index(age) >= order.index(latest) for age in taken if age in order):
        return None
    return latest


def latest_figures(snapshots: list[PostFigures]) -> PostFigures | None:
    """The latest figures that came back (typed in or from the network); a failed look does not count."""
    good = [item for item in snapshots if not item.problem and not item.is_deleted]
    return max(good, key=lambda item: item.taken_at) if good else None
