"""What the officer decides about a variant the outbox could not settle alone: try a failed one again, send an
overdue one anyway, record one as published (checked on the network, or posted by hand), or skip it."""

from __future__ import annotations

from datetime import datetime

from models.channel import ChannelAccount, Network
from models.common import to_utc_text
from models.post import DeliveryState, Post, PostStatus, Variant
from services.store import Store


def try_again(store: Store, variant: Variant) -> None:
    """Back into the queue (after a failure or an unconfirmed send the officer checked: not there)."""
    store.update_fields(variant, state=DeliveryState.QUEUED, last_error="", next_try_at=None, sending_since=None,
                        idempotency_key="" if variant.state is DeliveryState.FAILED else variant.idempotency_key)
    _post_back_to_scheduled(store, variant.post_id)


def send_anyway(store: Store, variant: Variant) -> None:
    """An overdue post goes out at the next run, late as it is."""
    store.update_fields(variant, state=DeliveryState.QUEUED, send_late=True, last_error="", next_try_at=None)
    _post_back_to_scheduled(store, variant.post_id)


def mark_published(store: Store, variant: Variant, now: datetime, url: str = "") -> None:
    """The officer saw it on the network, or posted it by hand."""
    store.update_fields(variant, state=DeliveryState.PUBLISHED, published_at=now, last_error="",
                        sending_since=None, remote_url=url or variant.remote_url)
    update_post_status(store, variant.post_id)


def skip(store: Store, variant: Variant) -> None:
    """Not to be sent after all (an overdue "tonight's event" the next morning)."""
    store.update_fields(variant, state=DeliveryState.FAILED, last_error="skipped", next_try_at=None)
    update_post_status(store, variant.post_id)


DECISIONS = ("try_again", "send_anyway", "skip", "mark_published")


def apply_decision(store: Store, variant: Variant, decision: str, now: datetime) -> None:
    """One of the officer's DECISIONS on a variant, by name (as the composer's delivery rows offer them)."""
    {"try_again": lambda: try_again(store, variant), "send_anyway": lambda: send_anyway(store, variant),
     "skip": lambda: skip(store, variant), "mark_published": lambda: mark_published(store, variant, now)}[decision]()


_DUE_REMINDERS = (
    "FROM variants v JOIN posts p ON p.id = v.post_id JOIN channels c ON c.id = v.channel_id "
    "WHERE v.deleted_at IS NULL AND v.state = ? AND p.deleted_at IS NULL AND p.paused_at IS NULL "
    "AND p.scheduled_at <= ? AND c.deleted_at IS NULL AND c.network = ?"
)


def _due_reminder_params(now: datetime) -> list[str]:
    return [DeliveryState.REMINDER.value, to_utc_text(now), Network.MANUAL.value]


def due_reminders(store: Store, now: datetime) -> list[tuple[Post, Variant, ChannelAccount]]:
    """Posts for manual channels whose time has come and that are not yet marked posted, oldest first.
    One query finds them; only those are read whole. None while a handover file has taken the sending to another
    laptop: posting by hand is that laptop's too, or both people would post the same text."""
    from services.sending import handed_to

    if handed_to(store) is not None:
        return []
    rows = store.query_tuples(f"SELECT v.id, p.id, c.id {_DUE_REMINDERS} ORDER BY p.scheduled_at",
                              _due_reminder_params(now))
    found = []
    for variant_id, post_id, channel_id in rows:
        variant, post, channel = (store.get(Variant, variant_id), store.get(Post, post_id),
                                  store.get(ChannelAccount, channel_id))
        if variant and post and channel:
            found.append((post, variant, channel))
    return found


def count_due_reminders(store: Store, now: datetime) -> int:
    """How many of `due_reminders` there are, without reading them: the status bar asks at every start and
    every 15 seconds."""
    from services.sending import handed_to

    if handed_to(store) is not None:
        return 0
    return int(store.query_tuples(f"SELECT count(*) {_DUE_REMINDERS}", _due_reminder_params(now))[0][0])


# Where the outbox stops and the officer decides: sent without proof, fallen due while offline, refused.
AWAITING_DECISION = (DeliveryState.UNCONFIRMED, DeliveryState.OVERDUE, DeliveryState.FAILED)


def count_awaiting_decision(store: Store) -> int:
    """How many channel texts of live posts wait for the officer's decision, whenever they came to: a run that
    finds none new still says that earlier ones wait."""
    marks = ", ".join("?" for _ in AWAITING_DECISION)
    return int(store.query_tuples(
        f"SELECT count(*) FROM variants JOIN posts ON posts.id = variants.post_id WHERE variants.deleted_at IS NULL "
        f"AND posts.deleted_at IS NULL AND variants.state IN ({marks})",
        [state.value for state in AWAITING_DECISION])[0][0])


def update_post_status(store: Store, post_id: str) -> None:
    """Published when every variant is (reminders posted by hand included); failed when one failed."""
    post = store.get(Post, post_id)
    if post is None:
        return
    variants = store.find(Variant, "post_id = ?", [post_id])
    if variants and all(v.state is DeliveryState.PUBLISHED for v in variants):
        status = PostStatus.PUBLISHED
    elif any(v.state is DeliveryState.FAILED for v in variants):
        status = PostStatus.FAILED
    else:
        return
    if post.status is not status:
        store.update_fields(post, status=status)


def _post_back_to_scheduled(store: Store, post_id: str) -> None:
    post = store.get(Post, post_id)
    if post is not None and post.status is PostStatus.FAILED:
        store.update_fields(post, status=PostStatus.SCHEDULED)
