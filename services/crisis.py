"""The crisis switch: when something big happens, every post not yet published stops at once, here and at the
networks; it goes out again only when the officer resumes it.

Pausing marks the posts in one transaction (`paused_at`, `pause_reason`); variants waiting here become PAUSED at
once, and the outbox run that follows takes the ones held by a network back from its schedule (deleted there,
kept here with all their content). A network that cannot be reached keeps its copy: the report names it, so the
officer can remove it there by hand, and every later run tries again. A run that is already sending when the
switch is thrown reads each post again right before it sends it, so nothing paused goes out after the pause.

Resuming clears the marks. A post whose time is still ahead is handed to the outbox as before; one whose time
passed during the pause is not sent by itself: it is set overdue, so the officer decides (send now, move, skip).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from models.post import DeliveryState, Post, PostStatus, Variant
from services.errors import translate
from services.store import Store

# Variants the crisis switch stops: waiting here, or held by a network (taken back by the outbox).
_STOPPABLE = (DeliveryState.NOT_QUEUED, DeliveryState.QUEUED, DeliveryState.SCHEDULED_REMOTE,
              DeliveryState.REMINDER, DeliveryState.OVERDUE)


@dataclass
class PauseReport:
    posts: int = 0
    at_networks: int = 0  # variants a network holds: the outbox run takes them back


@dataclass
class ResumeReport:
    posts: int = 0
    passed: list[Post] = field(default_factory=list)  # their time passed while paused: the officer decides


def pausable_posts(store: Store) -> list[Post]:
    return store.find(Post, "status = ? AND paused_at IS NULL", [PostStatus.SCHEDULED.value],
                      order_by="scheduled_at")


def pause_all(store: Store, now: datetime, reason: str) -> PauseReport:
    report = PauseReport()
    with store.transaction():
        for post in pausable_posts(store):
            pause_post(store, post, now, reason, report)
    return report


def pause_post(store: Store, post: Post, now: datetime, reason: str, report: PauseReport | None = None) -> None:
    report = report if report is not None else PauseReport()
    with store.transaction():
        store.update_fields(post, paused_at=now, pause_reason=reason.strip())
        report.posts += 1
        for variant in store.find(Variant, "post_id = ?", [post.id]):
            if variant.state is DeliveryState.SCHEDULED_REMOTE:
                report.at_networks += 1  # stays marked so until the network confirms it is gone
            elif variant.state in _STOPPABLE:
                store.update_fields(variant, state=DeliveryState.PAUSED)


def still_held(store: Store) -> list[tuple[Post, Variant]]:
    """Posts a network still holds in its own schedule that should no longer go out there (taking them back
    failed, or has not run yet): paused, deleted, set back from "scheduled", their channel unticked in the
    composer or removed. They go out there unless removed. In time order."""
    rows = store.query_tuples(
        "SELECT v.id, p.id FROM variants v JOIN posts p ON p.id = v.post_id "
        "LEFT JOIN channels c ON c.id = v.channel_id "
        "WHERE v.state = ? AND (p.paused_at IS NOT NULL OR p.deleted_at IS NOT NULL OR p.status NOT IN (?, ?) "
        "OR v.deleted_at IS NOT NULL OR c.deleted_at IS NOT NULL) ORDER BY p.scheduled_at, v.id",
        [DeliveryState.SCHEDULED_REMOTE.value, PostStatus.SCHEDULED.value, PostStatus.FAILED.value])
    found = []
    for variant_id, post_id in rows:
        variant = store.get(Variant, variant_id, include_deleted=True)
        post = store.get(Post, post_id, include_deleted=True)
        if variant is not None and post is not None:
            found.append((post, variant))
    return found


@dataclass(frozen=True)
class PauseState:
    """What the window says while the crisis switch holds posts: since when, why, how many, and how many posts a
    network still holds in its own schedule that should no longer go out there (with the channels' names)."""

    since: datetime | None  # None: the stored time does not read (a damaged record)
    reason: str
    posts: int
    held: int = 0
    held_on: tuple[str, ...] = ()


def pause_state(store: Store) -> PauseState | None:
    """The pause as the window shows it, or None when no post is paused. Since: the first post still paused;
    the reason: the latest one given."""
    from models.channel import ChannelAccount
    from models.validation import parse_app_instant

    # In time order, so that SQLite reads the paused posts' own index (a few rows) rather than the calendar's.
    paused = store.query_tuples("SELECT paused_at, pause_reason FROM posts WHERE paused_at IS NOT NULL AND "
                                "deleted_at IS NULL ORDER BY paused_at")
    if not paused:
        return None
    reasons = [str(reason) for _at, reason in paused if reason]
    held = still_held(store)
    names = []
    for channel_id in dict.fromkeys(variant.channel_id for _post, variant in held):
        channel = store.get(ChannelAccount, channel_id, include_deleted=True)
        names.append(channel.name if channel is not None else "?")
    return PauseState(since=parse_app_instant(paused[0][0]), reason=reasons[-1] if reasons else "",
                      posts=len(paused), held=len(held), held_on=tuple(names))


def paused_posts(store: Store) -> list[Post]:
    return store.find(Post, "paused_at IS NOT NULL", order_by="scheduled_at")


def resume_all(store: Store, now: datetime) -> ResumeReport:
    report = ResumeReport()
    with store.transaction():
        for post in paused_posts(store):
            resume_post(store, post, now, report)
    return report


def resume_post(store: Store, post: Post, now: datetime, report: ResumeReport | None = None) -> ResumeReport:
    report = report if report is not None else ResumeReport()
    passed = post.scheduled_at is not None and post.scheduled_at <= now
    with store.transaction():
        store.update_fields(post, paused_at=None, pause_reason="")
        for variant in store.find(Variant, "post_id = ?", [post.id]):
            if variant.state is not DeliveryState.PAUSED:
                continue
            if passed:
                store.update_fields(variant, state=DeliveryState.OVERDUE, last_error=translate(
                    "Crisis", "Its time passed while all posts were paused. Send it now, move it or skip it."))
            else:
                store.update_fields(variant, state=DeliveryState.NOT_QUEUED, last_error="", next_try_at=None)
        report.posts += 1
        if passed:
            report.passed.append(post)
    return report
