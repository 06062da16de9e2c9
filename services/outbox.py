"""The outbox: sends what is due, hands over what a network can schedule itself, and never posts twice.

One run (every minute while the app is open, or `main.py publish-due`):
1. Variants left "sending" by a crash or a lost answer are settled first: resent only where the network would
   recognise the resend (Mastodon's Idempotency-Key within its window); otherwise they become "unconfirmed" and
   the officer decides, with what is known shown.
2. Every scheduled post's variants: due ones are sent, oldest first (those that fell due more than the grace
   period ago, while this laptop was off or offline, wait for the officer: "overdue"); future ones go to a
   network's own schedule where it has one, else wait here ("needs this laptop on").
3. A post handed to a network and changed since (text, time, images) or no longer scheduled is taken back.

Before a request leaves, the variant is marked "sending" with its idempotency key and an attempt is recorded, in
one transaction; the answer is stored in the next. Everything is tested with a fake clock and local servers.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from models.channel import ChannelAccount, Network
from models.post import DeliveryState, Post, PostStatus, Variant
from models.publish_attempt import PublishAttempt
from services.delivery import update_post_status
from services.errors import KnownError, translate
from services.media_library import media_path
from services.networks.base import Failure, Image, NetworkClient, Published, PublishError, PublishRequest
from services.post_editing import images_of
from services.store import Store

log = logging.getLogger(__name__)

GRACE_SETTING = "outbox.grace_hours"
DEFAULT_GRACE = timedelta(hours=6)
FIRST_BACKOFF = timedelta(minutes=1)
MAX_BACKOFF = timedelta(hours=1)
# How far ahead a network's own schedule takes a post (Mastodon: at least 5 minutes; no upper limit documented).
NATIVE_WINDOW = {Network.MASTODON: (timedelta(minutes=10), timedelta(days=365)),
                 Network.FACEBOOK: (timedelta(minutes=15), timedelta(days=29))}  # Graph: 10 min to 30 days

ClientFor = Callable[[ChannelAccount], NetworkClient]


@dataclass
class OutboxReport:
    published: int = 0
    handed_over: int = 0
    taken_back: int = 0
    waiting: int = 0
    overdue: int = 0
    unconfirmed: int = 0
    failures: list[str] = field(default_factory=list)  # one line per failed variant or stopped account

    @property
    def failed(self) -> bool:
        return bool(self.failures or self.unconfirmed)


def grace_period(store: Store) -> timedelta:
    return timedelta(hours=float(store.get_setting(GRACE_SETTING, DEFAULT_GRACE.total_seconds() / 3600)))


def fingerprint(post: Post, variant: Variant, images: list[Image]) -> str:
    """What was handed to the network: if this changes, the network's copy is out of date."""
    parts = [variant.text(post), post.language, post.scheduled_at.isoformat() if post.scheduled_at else ""]
    parts += [f"{image.path.name}:{image.alt_text}" for image in images]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


class Outbox:
    """One run over the store. `client_for` gives the network client of an account (it may raise KnownError,
    e.g. when no token is stored)."""

    def __init__(self, store: Store, client_for: ClientFor, now: datetime, grace: timedelta | None = None) -> None:
        self.store = store
        self.client_for = client_for
        self.now = now
        self.grace = grace if grace is not None else grace_period(store)
        self.report = OutboxReport()
        self.channels = {channel.id: channel for channel in store.find(ChannelAccount)}
        self.clients: dict[str, NetworkClient] = {}
        self.stopped: dict[str, str] = {}  # channel id -> why

    # ---- the run ------------------------------------------------------------------------------------------

    def run(self) -> OutboxReport:
        for variant in self.store.find(Variant, "state = ?", [DeliveryState.SENDING.value]):
            self._settle_sending(variant)
        for post, variant in self._scheduled_variants():
            self._consider(post, variant)
        for variant in self.store.find(Variant, "state = ?", [DeliveryState.SCHEDULED_REMOTE.value]):
            self._check_handed_over(variant)
        return self.report

    def _scheduled_variants(self) -> list[tuple[Post, Variant]]:
        posts = {post.id: post for post in self.store.find(
            Post, "status = ? AND paused_at IS NULL AND scheduled_at IS NOT NULL", [PostStatus.SCHEDULED.value])}
        found = []
        for variant in self.store.find(Variant, "state IN (?, ?, ?)", [
                DeliveryState.NOT_QUEUED.value, DeliveryState.QUEUED.value, DeliveryState.FAILED.value]):
            post = posts.get(variant.post_id)
            if post is not None:
                found.append((post, variant))
        found.sort(key=lambda pair: pair[0].scheduled_at or self.now)
        return found

    def _consider(self, post: Post, variant: Variant) -> None:
        channel = self.channels.get(variant.channel_id)
        assert post.scheduled_at is not None
        if channel is None:
            return
        if channel.network is Network.MANUAL:
            if variant.state is not DeliveryState.REMINDER:
                self._set(variant, state=DeliveryState.REMINDER)
            return
        if variant.state is DeliveryState.FAILED:
            return  # waits for the officer ("try again" puts it back in the queue)
        if channel.id in self.stopped:
            self._set(variant, state=DeliveryState.QUEUED)
            self.report.waiting += 1
            return
        due = post.scheduled_at <= self.now
        if due:
            if variant.next_try_at and variant.next_try_at > self.now:
                self.report.waiting += 1
                return
            if self.now - post.scheduled_at > self.grace and not variant.send_late:
                self._set(variant, state=DeliveryState.OVERDUE, last_error=translate(
                    "Outbox", "This post fell due while Omroeper could not send it, more than the grace period "
                              "ago. Send it now or move it."))
                self.report.overdue += 1
                return
            self._send(post, variant, channel)
            return
        window = NATIVE_WINDOW.get(channel.network)
        if window and window[0] <= post.scheduled_at - self.now <= window[1]:
            self._send(post, variant, channel, hand_over=True)
            return
        if variant.state is not DeliveryState.QUEUED:
            self._set(variant, state=DeliveryState.QUEUED)
        self.report.waiting += 1

    # ---- sending ------------------------------------------------------------------------------------------

    def _client(self, channel: ChannelAccount) -> NetworkClient:
        client = self.clients.get(channel.id)
        if client is None:
            client = self.clients[channel.id] = self.client_for(channel)
        return client

    def _request(self, post: Post, variant: Variant, hand_over: bool) -> PublishRequest:
        images = [Image(media_path(self.store, media), media.mime_type, link.alt_text)
                  for link, media in images_of(self.store, post.id)]
        return PublishRequest(text=variant.text(post), language=post.language, idempotency_key=variant.idempotency_key,
                              images=tuple(images), scheduled_at=post.scheduled_at if hand_over else None)

    def _send(self, post: Post, variant: Variant, channel: ChannelAccount, *, hand_over: bool = False) -> None:
        try:
            client = self._client(channel)
        except KnownError as error:
            self._stop(channel, error.message)
            self._set(variant, state=DeliveryState.QUEUED)
            return
        attempt = PublishAttempt(variant_id=variant.id, started_at=self.now, outcome="sending")
        with self.store.transaction():  # marked before the request leaves: a crash now is noticed next run
            self._set(variant, idempotency_key=variant.idempotency_key or client.new_key(), state=DeliveryState.SENDING,
                      sending_since=self.now, attempt_count=variant.attempt_count + 1)
            self.store.save(attempt)
        request = self._request(post, variant, hand_over)
        try:
            published = client.publish(request)
        except PublishError as error:
            self._failed(post, variant, channel, attempt, error)
            return
        self._succeeded(post, variant, attempt, published, request)

    def _succeeded(self, post: Post, variant: Variant, attempt: PublishAttempt, published: Published,
                   request: PublishRequest) -> None:
        changes: dict[str, object] = {"remote_id": published.remote_id, "remote_url": published.url,
                                      "last_error": "", "next_try_at": None, "sending_since": None}
        if published.scheduled:
            changes.update(state=DeliveryState.SCHEDULED_REMOTE,
                           remote_fingerprint=fingerprint(post, variant, list(request.images)))
            self.report.handed_over += 1
        else:
            changes.update(state=DeliveryState.PUBLISHED, published_at=self.now)
            self.report.published += 1
        attempt.finished_at, attempt.outcome = self.now, "scheduled" if published.scheduled else "published"
        attempt.remote_id, attempt.remote_url = published.remote_id, published.url
        with self.store.transaction():
            self._set(variant, **changes)
            self.store.save(attempt)
        self._update_post_status(post.id)

    def _failed(self, post: Post, variant: Variant, channel: ChannelAccount, attempt: PublishAttempt,
                error: PublishError) -> None:
        attempt.finished_at, attempt.outcome, attempt.error = self.now, error.failure.value, error.message
        changes: dict[str, object] = {"last_error": error.message, "sending_since": None}
        if error.failure is Failure.UNKNOWN:
            # Maybe it arrived. Settled next run (or now) without a blind second send.
            changes = {"last_error": error.message}
            self.store.save(attempt)
            self._set(variant, **changes)
            self._settle_sending(variant)
            return
        if error.failure is Failure.TOKEN:
            self._stop(channel, error.message)
            changes.update(state=DeliveryState.QUEUED)
        elif error.failure is Failure.THROTTLED:
            changes.update(state=DeliveryState.QUEUED, next_try_at=error.retry_at or self.now + FIRST_BACKOFF)
            self.report.waiting += 1
        elif error.failure is Failure.TEMPORARY:
            backoff = min(MAX_BACKOFF, FIRST_BACKOFF * 2 ** max(0, variant.attempt_count - 1))
            changes.update(state=DeliveryState.QUEUED, next_try_at=self.now + backoff)
            self.report.waiting += 1
        else:
            changes.update(state=DeliveryState.FAILED)
            self.report.failures.append(f"{channel.name}: {error.message}")
        with self.store.transaction():
            self.store.save(attempt)
            self._set(variant, **changes)
        self._update_post_status(post.id)

    def _stop(self, channel: ChannelAccount, message: str) -> None:
        """One message per account, not one per post; its posts wait in the queue."""
        if channel.id in self.stopped:
            return
        self.stopped[channel.id] = message
        self.store.update_fields(channel, last_error=message, last_checked_at=self.now)
        self.report.failures.append(f"{channel.name}: {message}")

    def _settle_sending(self, variant: Variant) -> None:
        """A variant marked sending whose answer never came: resend only where that cannot post twice."""
        post = self.store.get(Post, variant.post_id)
        channel = self.channels.get(variant.channel_id)
        if post is None or channel is None:
            return
        first_sent = variant.sending_since or self.now
        try:
            client = self._client(channel)
            request = self._request(post, variant, hand_over=variant.remote_fingerprint != "" or
                                    (post.scheduled_at is not None and post.scheduled_at > self.now))
            safe = client.safe_to_resend(request, first_sent, self.now)
        except KnownError:
            safe = False
        if not safe:
            try:  # no idempotency: look among the page's recent posts before anything is sent again
                found = client.find_published(request, first_sent) if channel.id not in self.stopped else None
                decided = channel.id not in self.stopped
            except (PublishError, KnownError):
                found, decided = None, False
            if found is not None:
                self._succeeded(post, variant, PublishAttempt(variant_id=variant.id, started_at=self.now,
                                                              outcome="found"), found, request)
                return
            safe = decided
        if not safe:
            self._set(variant, state=DeliveryState.UNCONFIRMED, sending_since=None, last_error=translate(
                "Outbox", "Omroeper could not tell whether this post arrived on {channel} (sent {time}). Check "
                          "there: mark it published if it is, or send it again.").format(
                channel=channel.name, time=first_sent.astimezone().strftime("%d-%m %H:%M")))
            self.report.unconfirmed += 1
            return
        attempt = PublishAttempt(variant_id=variant.id, started_at=self.now, outcome="resending")
        self.store.save(attempt)
        try:
            published = client.publish(request)
        except PublishError as error:
            if error.failure is Failure.UNKNOWN:
                self._set(variant, state=DeliveryState.UNCONFIRMED, sending_since=None, last_error=error.message)
                attempt.finished_at, attempt.outcome, attempt.error = self.now, "unknown", error.message
                self.store.save(attempt)
                self.report.unconfirmed += 1
                return
            self._failed(post, variant, channel, attempt, error)
            return
        self._succeeded(post, variant, attempt, published, request)

    # ---- handed-over posts ----------------------------------------------------------------------------------

    def _check_handed_over(self, variant: Variant) -> None:
        """Takes a post back from a network's schedule when it changed, was paused or is no longer scheduled."""
        post = self.store.get(Post, variant.post_id, include_deleted=True)
        channel = self.channels.get(variant.channel_id)
        if post is None or channel is None:
            return
        if post.scheduled_at is not None and post.scheduled_at <= self.now and post.deleted_at is None:
            # The network's own schedule published it at its time (the laptop may have been closed).
            self._set(variant, state=DeliveryState.PUBLISHED, published_at=post.scheduled_at)
            self._update_post_status(post.id)
            return
        images = [Image(media_path(self.store, media), media.mime_type, link.alt_text)
                  for link, media in images_of(self.store, post.id)]
        still_wanted = (post.deleted_at is None and post.paused_at is None and post.status is PostStatus.SCHEDULED
                        and variant.deleted_at is None)
        if still_wanted and fingerprint(post, variant, images) == variant.remote_fingerprint:
            return
        try:
            self._client(channel).cancel_scheduled(variant.remote_id)
        except (PublishError, KnownError) as error:
            self.report.failures.append(f"{channel.name}: {error.message}")
            return
        # A new key for what is handed over next: with the old one the network would return the post just
        # cancelled (Mastodon remembers a key for an hour) and the changed post would never be scheduled.
        self._set(variant, state=DeliveryState.PAUSED if post.paused_at else DeliveryState.QUEUED, remote_id="",
                  remote_fingerprint="", idempotency_key="")
        self.report.taken_back += 1
        if still_wanted:
            self._consider(post, variant)  # handed over again as it is now

    # ---- bookkeeping ----------------------------------------------------------------------------------------

    def _set(self, variant: Variant, **changes: object) -> None:
        """Only the outbox's own columns: the officer may be editing the same post's text at this moment."""
        self.store.update_fields(variant, **changes)

    def _update_post_status(self, post_id: str) -> None:
        update_post_status(self.store, post_id)


def run_outbox(store: Store, client_for: ClientFor, now: datetime, grace: timedelta | None = None) -> OutboxReport:
    return Outbox(store, client_for, now, grace).run()


def run_outbox_at(store_path: Path, now: datetime) -> OutboxReport:
    """One run on its own connection to the data file, with the real network clients: for a background thread."""
    from services.networks.registry import client_for

    store = Store.open(store_path)
    try:
        return run_outbox(store, client_for, now)
    finally:
        store.close()
