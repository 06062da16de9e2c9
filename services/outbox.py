"""The outbox: sends what is due, hands over what a network can schedule itself, and never posts twice.

Only an answer that proves the network refused a post means "not sent"; a 5xx, an answer that is not what the API
documents, a cut connection or a request past its deadline leave the outcome unknown. One run (every minute while
the app is open, or `main.py publish-due`):

1. Variants left "sending" (a crash, or an answer lost in an earlier run) are settled: sent again only where the
   network recognises the repeat (Mastodon's Idempotency-Key within its window, Bluesky's record key, looked up
   first); otherwise looked for on the account (Facebook's feed or scheduled posts, LinkedIn's posts by author,
   Mastodon's own statuses beyond the key's window). Found: published. Not found: a feed that may lag proves
   nothing, so after a while of looking the variant is "unconfirmed" and the officer decides. Never a resend with
   a fresh key after an unknown outcome, and never in the run that lost the answer.
2. Posts handed to a network's own schedule: a changed, paused or deleted one is taken back; one whose time has
   come counts as published only when the network confirms it (gone from the schedule and on the account, or
   Graph's is_published); gone without being published, it fails with the network's reason.
3. Every scheduled post's variants, oldest first: due ones are sent (those more than the grace period late wait
   for the officer: "overdue", with the reason they could not go); future ones go to a network's own schedule
   where it has room (Mastodon: 300 per account, 25 a day; the nearest first, a farther one taken back to make
   room for a nearer one), else they wait here ("needs this laptop on").

One account's problem (no token, a locked keychain, the network asking to slow down, a server that does not
answer) stops that account for the run with one message; one variant's problem (a missing image, an image that
cannot be fitted) fails that variant; an unexpected error is logged with its traceback and marks its variant
failed, or unconfirmed where a request may have left. The other accounts and posts go out in the same run.

Before a request leaves, the variant is marked "sending" with its idempotency key and an attempt is recorded, in
one transaction; the answer is stored in the next. Everything is tested with a fake clock and local servers.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from models.channel import IMAGE_LIMITS, NATIVE_WINDOW, SCHEDULE_ROOM, ChannelAccount, Network
from models.media import Media, PostMedia
from models.post import DeliveryState, Post, PostStatus, Variant
from models.publish_attempt import PublishAttempt
from services.delivery import update_post_status
from services.errors import DiskFullError, KnownError, StoreError, StoreLockedError, translate
from services.networks.base import (
    Failure,
    Image,
    NetworkClient,
    Published,
    PublishError,
    PublishRequest,
    sane_retry_at,
)
from services.post_editing import images_of
from services.store import Store

log = logging.getLogger(__name__)

GRACE_SETTING = "outbox.grace_hours"
DEFAULT_GRACE = timedelta(hours=6)
FIRST_BACKOFF = timedelta(minutes=1)
MAX_BACKOFF = timedelta(hours=1)
LOOK_FOR = timedelta(minutes=15)  # a post not (yet) seen on a lagging feed is looked for this long, then unconfirmed
MAX_UNKNOWN_RESENDS = 5  # resends with the same key that again got no answer: then the officer decides
HANDOVER_RETRY = timedelta(hours=1)  # a network that refused a post for its schedule is asked again after this
CONFIRM_FOR = timedelta(days=1)  # a handed-over post the network cannot be asked about is unconfirmed after this

ClientFor = Callable[[ChannelAccount], NetworkClient]


@dataclass
class OutboxReport:
    published: int = 0  # sent now, or confirmed published by a network's own schedule
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


def fingerprint(post: Post, variant: Variant, images: list[tuple[PostMedia, Media]]) -> str:
    """What was handed to the network: if this changes, the network's copy is out of date. (The images by their
    original files: the version fitted to a network follows from them.)"""
    parts = [variant.text(post), post.language, post.scheduled_at.isoformat() if post.scheduled_at else ""]
    parts += [f"{media.file_name}:{link.alt_text}" for link, media in images]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


@dataclass
class _Held:
    """A post in a network's schedule, as the room count sees it."""

    variant_id: str
    when: datetime


class Outbox:
    """One run over the store. `client_for` gives the network client of an account (it may raise, e.g. when no
    token is stored or the keychain is locked: that account waits, with one message)."""

    def __init__(self, store: Store, client_for: ClientFor, now: datetime, grace: timedelta | None = None) -> None:
        self.store = store
        self.client_for = client_for
        self.now = now
        self.grace = grace if grace is not None else grace_period(store)
        self.report = OutboxReport()
        self.channels = {channel.id: channel for channel in store.find(ChannelAccount)}
        self.clients: dict[str, NetworkClient] = {}
        self.stopped: dict[str, str] = {}  # channel id -> why nothing more goes there this run
        self.schedules: dict[str, list[_Held]] = {}  # channel id -> what its network's schedule holds of ours

    # ---- the run ------------------------------------------------------------------------------------------

    def run(self) -> OutboxReport:
        from services.sending import handed_to

        if handed_to(self.store) is not None:  # a handover file took the sending to another laptop
            return self.report
        for channel in self.channels.values():
            if channel.held_until is not None and channel.held_until > self.now:
                self.stopped[channel.id] = translate("Outbox", "{channel} asked to slow down until {time}.").format(
                    channel=channel.name, time=_clock(channel.held_until))
        for variant in self.store.find(Variant, "state = ?", [DeliveryState.SENDING.value]):
            self._guarded(variant, self._settle_sending, variant)
        for variant in self.store.find(Variant, "state = ?", [DeliveryState.SCHEDULED_REMOTE.value]):
            self._guarded(variant, self._check_handed_over, variant)
        for post, variant in self._scheduled_variants():
            self._guarded(variant, self._consider, post, variant)
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

    def _guarded(self, variant: Variant, work: Callable[..., None], *args: object) -> None:
        """Runs one variant's work; an unexpected error stays with that variant (logged with its traceback)."""
        try:
            work(*args)
        except (StoreError, DiskFullError, StoreLockedError, sqlite3.Error):
            raise  # the data file itself: nothing more can be recorded this run
        except Exception as error:  # noqa: BLE001 - one variant's bug must not stop the others
            channel = self.channels.get(variant.channel_id)
            name = channel.name if channel else "?"
            if isinstance(error, KnownError):
                log.warning("outbox: variant %s: %s", variant.id, error.message)
                message = error.message
            else:
                log.exception("outbox: unexpected error with variant %s", variant.id)
                message = translate("Outbox", "Omroeper met an unexpected error with this post ({reason}); the "
                                              "details are in the log file.").format(reason=type(error).__name__)
            self.report.failures.append(f"{name}: {message}")
            try:
                current = self.store.get(Variant, variant.id)
                if current is not None and current.state is DeliveryState.SENDING:
                    self._unconfirmed(current, channel, message)
                elif current is not None and current.state not in (DeliveryState.PUBLISHED,
                                                                    DeliveryState.SCHEDULED_REMOTE):
                    self._set(current, state=DeliveryState.FAILED, last_error=message, sending_since=None)
                    update_post_status(self.store, current.post_id)
            except Exception:  # noqa: BLE001 - already reported; the run goes on
                log.exception("outbox: could not record the error of variant %s", variant.id)

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
        due = post.scheduled_at <= self.now
        if due and self.now - post.scheduled_at > self.grace and not variant.send_late:
            reason = translate("Outbox", "This post fell due while Omroeper could not send it, more than the grace "
                                         "period ago. Send it now or move it.")
            why = self.stopped.get(channel.id) or variant.last_error
            self._set(variant, state=DeliveryState.OVERDUE, last_error=f"{reason} {why}".strip() if why else reason)
            self.report.overdue += 1
            return
        if channel.id in self.stopped:
            self._wait(variant, self.stopped[channel.id] if due else None)
            return
        if due:
            if variant.next_try_at and variant.next_try_at > self.now:
                self._wait(variant)
                return
            self._send(post, variant, channel)
            return
        window = NATIVE_WINDOW.get(channel.network)
        handing_over = window is not None and window[0] <= post.scheduled_at - self.now <= window[1]
        if handing_over and not (variant.next_try_at and variant.next_try_at > self.now):
            if self._make_room(channel, post.scheduled_at):
                self._send(post, variant, channel, hand_over=True)
                return
        self._wait(variant)

    def _wait(self, variant: Variant, why: str | None = None) -> None:
        changes: dict[str, object] = {}
        if variant.state is not DeliveryState.QUEUED:
            changes["state"] = DeliveryState.QUEUED
        if why is not None and variant.last_error != why:
            changes["last_error"] = why
        if changes:
            self._set(variant, **changes)
        self.report.waiting += 1

    # ---- sending ------------------------------------------------------------------------------------------

    def _client(self, channel: ChannelAccount) -> NetworkClient | None:
        """The account's client, or None when it cannot be made (then the account is stopped with the reason)."""
        if channel.id in self.stopped:
            return None
        client = self.clients.get(channel.id)
        if client is not None:
            return client
        try:
            client = self.client_for(channel)
        except KnownError as error:
            self._stop(channel, error.message)
            return None
        except Exception as error:  # noqa: BLE001 - a keychain that raises, a bug: this account waits
            log.exception("outbox: the client for %s could not be made", channel.name)
            self._stop(channel, translate(
                "Outbox", "Omroeper could not get {channel} ready to send ({reason}): is the keychain locked? Its "
                          "posts wait; the details are in the log file.").format(
                channel=channel.name, reason=type(error).__name__))
            return None
        self.clients[channel.id] = client
        self._learn_limits(channel, client)
        return client

    def _learn_limits(self, channel: ChannelAccount, client: NetworkClient) -> None:
        """On first use of a Mastodon account: its instance's own image (and text) limits, kept on the account."""
        if channel.network is not Network.MASTODON or channel.image_limits:
            return
        try:
            info = client.who_am_i()
        except (PublishError, KnownError) as error:
            log.info("outbox: the limits of %s are not known yet: %s", channel.name, error.message)
            return
        limits = info.image_limits or IMAGE_LIMITS[Network.MASTODON]  # asked once; the defaults where it says none
        self.store.update_fields(channel, image_limits=limits.to_json(),
                                 max_characters=info.max_characters or channel.max_characters)

    def _request(self, post: Post, variant: Variant, channel: ChannelAccount, hand_over: bool,
                 with_images: bool = True) -> PublishRequest:
        """The variant as it goes out. Its images are read first (fitted to this account's limits where they do
        not fit as they are): a missing or unusable image raises KnownError before anything is sent."""
        images: list[Image] = []
        if with_images:
            from services.image_fit import image_for_network
            from services.media_library import media_path

            limits = channel.images_taken()
            for link, media in images_of(self.store, post.id):
                going = image_for_network(self.store, media, limits) if limits is not None else media
                path = media_path(self.store, going)
                try:
                    images.append(Image.read(path, going.mime_type, link.alt_text))
                except OSError as error:
                    raise KnownError(translate(
                        "Outbox", "The image file {name} is missing or cannot be read from the data folder "
                                  "({reason}). Add the image to the post again.").format(
                        name=media.file_name, reason=error.strerror or type(error).__name__)) from None
        return PublishRequest(text=variant.text(post), language=post.language, idempotency_key=variant.idempotency_key,
                              images=tuple(images), scheduled_at=post.scheduled_at if hand_over else None)

    def _send(self, post: Post, variant: Variant, channel: ChannelAccount, *, hand_over: bool = False) -> None:
        client = self._client(channel)
        if client is None:
            self._wait(variant, self.stopped.get(channel.id))
            return
        try:
            request = self._request(post, variant, channel, hand_over)
        except KnownError as error:
            self._set(variant, state=DeliveryState.FAILED, last_error=error.message, next_try_at=None)
            self.report.failures.append(f"{channel.name}: {error.message}")
            update_post_status(self.store, post.id)
            return
        key = variant.idempotency_key or client.new_key()
        attempt = PublishAttempt(variant_id=variant.id, started_at=self.now, outcome="sending")
        with self.store.transaction():  # marked before the request leaves: a crash now is noticed next run
            self._set(variant, idempotency_key=key, state=DeliveryState.SENDING, sending_since=self.now,
                      attempt_count=variant.attempt_count + 1)
            self.store.save(attempt)
        request = PublishRequest(text=request.text, language=request.language, idempotency_key=key,
                                 images=request.images, scheduled_at=request.scheduled_at)
        self._deliver(client, post, variant, channel, attempt, request)

    def _deliver(self, client: NetworkClient, post: Post, variant: Variant, channel: ChannelAccount,
                 attempt: PublishAttempt, request: PublishRequest, *, settling: bool = False) -> None:
        """Sends the request of a variant marked sending and records what the answer proves. `settling`: an
        earlier attempt's outcome is unknown, so only a success or a proven refusal ends "sending"."""
        try:
            published = client.publish(request)
        except PublishError as error:
            self._failed(post, variant, channel, attempt, error, settling=settling)
            return
        except Exception as error:  # noqa: BLE001 - a bug in a client: the request may have left
            log.exception("outbox: unexpected error while sending variant %s to %s", variant.id, channel.name)
            message = translate("Outbox", "Omroeper met an unexpected error while sending this post to {channel} "
                                          "({reason}; the details are in the log file). Check {channel}: mark it "
                                          "published if it is there, or send it again.").format(
                channel=channel.name, reason=type(error).__name__)
            attempt.finished_at, attempt.outcome, attempt.error = self.now, "error", message
            self.store.save(attempt)
            self._unconfirmed(variant, channel, message)
            self.report.failures.append(f"{channel.name}: {message}")
            return
        self._succeeded(post, variant, attempt, published)

    def _succeeded(self, post: Post, variant: Variant, attempt: PublishAttempt, published: Published) -> None:
        changes: dict[str, object] = {"remote_id": published.remote_id, "remote_url": published.url,
                                      "last_error": "", "next_try_at": None, "sending_since": None}
        if published.scheduled:
            changes.update(state=DeliveryState.SCHEDULED_REMOTE,
                           remote_fingerprint=fingerprint(post, variant, images_of(self.store, post.id)))
            self.report.handed_over += 1
            assert post.scheduled_at is not None
            self.schedules.setdefault(variant.channel_id, []).append(_Held(variant.id, post.scheduled_at))
        else:
            changes.update(state=DeliveryState.PUBLISHED, published_at=published.published_at or self.now)
            self.report.published += 1
        attempt.finished_at, attempt.outcome = self.now, "scheduled" if published.scheduled else "published"
        attempt.remote_id, attempt.remote_url = published.remote_id, published.url
        with self.store.transaction():
            self._set(variant, **changes)
            self.store.save(attempt)
        update_post_status(self.store, post.id)

    def _failed(self, post: Post, variant: Variant, channel: ChannelAccount, attempt: PublishAttempt,
                error: PublishError, *, settling: bool = False) -> None:
        attempt.finished_at, attempt.outcome, attempt.error = self.now, error.failure.value, error.message
        retry_at: datetime | None = None
        self._account_trouble(channel, error)  # offline or not answering: the others would wait too
        if error.failure is Failure.THROTTLED:
            retry_at = sane_retry_at(error.retry_at, self.now)
        elif error.failure is Failure.TEMPORARY:
            retry_at = self.now + min(MAX_BACKOFF, FIRST_BACKOFF * 2 ** max(0, variant.attempt_count - 1))
        elif error.failure is Failure.UNKNOWN:
            # Maybe it arrived. It stays "sending" and is settled at a later run, never resent in this one (a
            # slow server may still be working on it); this account gets nothing more this run.
            self._stop(channel, error.message + " " + translate(
                "Outbox", "Omroeper checks at the next run whether it arrived."), account=False)
        if error.failure is not Failure.REFUSED and (settling or error.failure is Failure.UNKNOWN):
            changes: dict[str, object] = {"last_error": error.message}
            if retry_at is not None:
                changes["next_try_at"] = retry_at
            with self.store.transaction():
                self.store.save(attempt)
                self._set(variant, **changes)
            self.report.waiting += 1
            return
        changes = {"last_error": error.message, "sending_since": None, "state": DeliveryState.QUEUED,
                   "next_try_at": retry_at}
        if error.failure is Failure.REFUSED:
            if post.scheduled_at is not None and post.scheduled_at > self.now and not settling:
                # The network's schedule refused it: it waits here and goes out from this laptop at its time.
                changes["next_try_at"] = min(self.now + HANDOVER_RETRY, post.scheduled_at)
            else:
                changes["state"] = DeliveryState.FAILED
                self.report.failures.append(f"{channel.name}: {error.message}")
        if changes["state"] is DeliveryState.QUEUED:
            self.report.waiting += 1
        with self.store.transaction():
            self.store.save(attempt)
            self._set(variant, **changes)
        update_post_status(self.store, post.id)

    def _stop(self, channel: ChannelAccount, message: str, *, reported: bool = True, account: bool = True) -> None:
        """Nothing more goes to this account this run; its posts wait in the queue. One message per account, not
        one per post: `reported` puts it in the run's report, `account` also on the account (a token or address
        to put right). Offline or asked to slow down is neither: the posts just wait."""
        if channel.id in self.stopped:
            return
        self.stopped[channel.id] = message
        if account:
            self.store.update_fields(channel, last_error=message, last_checked_at=self.now)
        if reported:
            self.report.failures.append(f"{channel.name}: {message}")

    def _account_trouble(self, channel: ChannelAccount, error: PublishError) -> bool:
        """Stops the account for a failure that concerns all its posts (token, address, slowing down, offline);
        True when it did."""
        if error.failure in (Failure.TOKEN, Failure.MOVED):
            self._stop(channel, error.message)
        elif error.failure is Failure.THROTTLED:
            until = sane_retry_at(error.retry_at, self.now)
            self.store.update_fields(channel, held_until=until)
            self._stop(channel, translate("Outbox", "{channel} asked to slow down until {time}.").format(
                channel=channel.name, time=_clock(until)), reported=False, account=False)
        elif error.failure is Failure.TEMPORARY:
            self._stop(channel, error.message, reported=False, account=False)
        else:
            return False
        return True

    def _unconfirmed(self, variant: Variant, channel: ChannelAccount | None, message: str) -> None:
        self._set(variant, state=DeliveryState.UNCONFIRMED, sending_since=None, last_error=message)
        self.report.unconfirmed += 1

    # ---- a variant left "sending" -----------------------------------------------------------------------------

    def _settle_sending(self, variant: Variant) -> None:
        """A variant marked sending whose answer never came: resend only where that cannot post twice, and only
        for a post still wanted and not later than the grace period; otherwise look whether it arrived."""
        post = self.store.get(Post, variant.post_id, include_deleted=True)
        channel = self.channels.get(variant.channel_id)
        if post is None or channel is None:
            return
        first_sent = variant.sending_since or self.now
        if channel.id in self.stopped or (variant.next_try_at and variant.next_try_at > self.now):
            self._still_sending(variant, channel, first_sent)
            return
        client = self._client(channel)
        if client is None:
            self._still_sending(variant, channel, first_sent)
            return
        hand_over = variant.remote_fingerprint != "" or (post.scheduled_at is not None and post.scheduled_at > self.now)
        text_only = self._request(post, variant, channel, hand_over, with_images=False)
        wanted = post.deleted_at is None and post.paused_at is None and post.status is PostStatus.SCHEDULED
        late = (post.scheduled_at is not None and self.now - post.scheduled_at > self.grace and not variant.send_late)
        if wanted and not late and client.safe_to_resend(text_only, first_sent, self.now):
            self._resend(client, post, variant, channel, hand_over, first_sent)
            return
        try:
            found = client.find_published(text_only, first_sent)
        except PublishError as error:
            if not self._account_trouble(channel, error):  # the network cannot tell: no use asking again
                self._unconfirmed(variant, channel, self._cannot_tell(channel, first_sent))
                return
            self._still_sending(variant, channel, first_sent)
            return
        if found is not None:
            self._succeeded(post, variant, PublishAttempt(variant_id=variant.id, started_at=self.now,
                                                          outcome="found"), found)
            return
        if client.absence_is_proof:  # it never arrived (Bluesky: no record at its key)
            if wanted and late:
                self._set(variant, state=DeliveryState.OVERDUE, sending_since=None, last_error=translate(
                    "Outbox", "This post did not reach {channel}, and it is now more than the grace period late. "
                              "Send it now or move it.").format(channel=channel.name))
                self.report.overdue += 1
            elif not wanted:
                self._set(variant, state=DeliveryState.PAUSED if post.paused_at else DeliveryState.QUEUED,
                          sending_since=None)
            return
        self._still_sending(variant, channel, first_sent, looked=True)

    def _resend(self, client: NetworkClient, post: Post, variant: Variant, channel: ChannelAccount, hand_over: bool,
                first_sent: datetime) -> None:
        """The same request again, with the same key: the network returns the first post if it made one."""
        try:
            request = self._request(post, variant, channel, hand_over)
        except KnownError as error:
            self._unconfirmed(variant, channel, error.message + " " + translate(
                "Outbox", "Check {channel}: mark the post published if it is there.").format(channel=channel.name))
            return
        unknowns = len(self.store.find(PublishAttempt, "variant_id = ? AND outcome = ?",
                                       [variant.id, Failure.UNKNOWN.value]))
        if unknowns > MAX_UNKNOWN_RESENDS:
            self._unconfirmed(variant, channel, self._cannot_tell(channel, first_sent))
            return
        attempt = PublishAttempt(variant_id=variant.id, started_at=self.now, outcome="resending")
        self.store.save(attempt)
        self._deliver(client, post, variant, channel, attempt, request, settling=True)
        current = self.store.get(Variant, variant.id)
        if current is not None and current.state is DeliveryState.SENDING and not (
                current.next_try_at and current.next_try_at > self.now):
            self._set(current, next_try_at=self.now + min(MAX_BACKOFF, FIRST_BACKOFF * 2 ** unknowns))

    def _still_sending(self, variant: Variant, channel: ChannelAccount, first_sent: datetime,
                       looked: bool = False) -> None:
        """Not settled this run. A post not seen on a list that may lag is looked for a while; nothing waits
        past that (or past the grace period when the network cannot be asked): then the officer decides."""
        limit = LOOK_FOR if looked else self.grace
        if self.now - first_sent >= limit:
            self._unconfirmed(variant, channel, self._cannot_tell(channel, first_sent))
            return
        self.report.waiting += 1

    def _cannot_tell(self, channel: ChannelAccount, first_sent: datetime) -> str:
        return translate("Outbox", "Omroeper could not tell whether this post arrived on {channel} (sent {time}); "
                                   "a network's list of recent posts can lag behind. Check there: mark it published "
                                   "if it is, or send it again.").format(channel=channel.name,
                                                                         time=_clock(first_sent))

    # ---- handed-over posts ----------------------------------------------------------------------------------

    def _check_handed_over(self, variant: Variant) -> None:
        """Takes a post back from a network's schedule when it changed, was paused or is no longer scheduled;
        once its time has come, asks the network whether it published it."""
        post = self.store.get(Post, variant.post_id, include_deleted=True)
        channel = self.channels.get(variant.channel_id)
        if post is None or channel is None:
            return
        wanted = (post.deleted_at is None and post.paused_at is None and post.status is PostStatus.SCHEDULED
                  and variant.deleted_at is None)
        current = wanted and fingerprint(post, variant, images_of(self.store, post.id)) == variant.remote_fingerprint
        due = post.scheduled_at is not None and post.scheduled_at <= self.now
        client = None if current and not due else self._client(channel)
        if client is None:
            self._count_held(channel, variant, post)
            if not wanted:
                self._still_held(post, variant, channel, self.stopped.get(channel.id, ""))
            return
        if due:
            held = self._confirm(client, post, variant, channel, current)
            if held is None or (held and current):
                self._count_held(channel, variant, post)
            if not held or current:
                return
        self._take_back(client, post, variant, channel)

    def _confirm(self, client: NetworkClient, post: Post, variant: Variant, channel: ChannelAccount,
                 current: bool) -> bool | None:
        """Asks the network about a handed-over post whose time has come: True when it still holds it, False
        when that is settled (published, or gone), None when the network could not be asked."""
        request = self._request(post, variant, channel, hand_over=True, with_images=False)
        try:
            check = client.check_scheduled(variant.remote_id, request)
        except (PublishError, KnownError) as error:
            if isinstance(error, PublishError):
                self._account_trouble(channel, error)
            assert post.scheduled_at is not None
            if self.now - post.scheduled_at > CONFIRM_FOR:
                self._unconfirmed(variant, channel, translate(
                    "Outbox", "{channel} could not confirm that it published this post from its schedule ({reason}). "
                              "Check there: mark it published if it is, or send it again.").format(
                    channel=channel.name, reason=error.message))
                return False
            return None
        if check.published is not None:
            found = check.published
            self._set(variant, state=DeliveryState.PUBLISHED, remote_id=found.remote_id or variant.remote_id,
                      remote_url=found.url, published_at=found.published_at or post.scheduled_at, last_error="")
            self.report.published += 1
            update_post_status(self.store, post.id)
            return False
        if check.gone:
            if current:
                self._set(variant, state=DeliveryState.FAILED, last_error=check.gone)
                self.report.failures.append(f"{channel.name}: {check.gone}")
                update_post_status(self.store, post.id)
            elif post.deleted_at is None and post.paused_at is None and post.status is PostStatus.SCHEDULED:
                self._unconfirmed(variant, channel, translate(
                    "Outbox", "This post was changed after it was handed to {channel}, and {channel} no longer holds "
                              "it: it probably went out as it was before the change. Check there.").format(
                    channel=channel.name))
            else:
                self._set(variant, state=DeliveryState.PAUSED if post.paused_at else DeliveryState.QUEUED,
                          remote_id="", remote_fingerprint="", idempotency_key="")
            return False
        return True

    def _take_back(self, client: NetworkClient, post: Post, variant: Variant, channel: ChannelAccount) -> bool:
        try:
            client.cancel_scheduled(variant.remote_id)
        except (PublishError, KnownError) as error:
            if isinstance(error, PublishError) and error.failure in (Failure.TOKEN, Failure.MOVED):
                self._stop(channel, error.message)  # reported once, for the account
            else:
                if isinstance(error, PublishError):
                    self._account_trouble(channel, error)
                self.report.failures.append(f"{channel.name}: {error.message}")
            self._count_held(channel, variant, post)
            self._still_held(post, variant, channel, error.message)
            return False
        # A new key for what is handed over next: with the old one the network would return the post just
        # cancelled (Mastodon remembers a key for an hour) and the changed post would never be scheduled.
        self._set(variant, state=DeliveryState.PAUSED if post.paused_at else DeliveryState.QUEUED, remote_id="",
                  remote_fingerprint="", idempotency_key="", last_error="")
        self.report.taken_back += 1
        return True

    def _still_held(self, post: Post, variant: Variant, channel: ChannelAccount, reason: str) -> None:
        """A post that should no longer go out (paused, changed, deleted) is still in the network's schedule: the
        variant says so, with why it could not be taken back, until a later run manages it. Its state stays
        "scheduled at the network", because that is the truth: it will go out there unless removed."""
        when = _clock(post.scheduled_at) if post.scheduled_at else "?"
        message = translate(
            "Outbox", "Still in {channel}'s own schedule, and {channel} publishes it at {time} unless it is removed "
                      "there: Omroeper could not take it back ({reason}). Remove it on {channel} by hand, or solve "
                      "the problem; every run tries again.").format(channel=channel.name, time=when,
                                                                     reason=reason or "?")
        if variant.last_error != message:
            self._set(variant, last_error=message)

    # ---- room in a network's schedule -------------------------------------------------------------------------

    def _count_held(self, channel: ChannelAccount, variant: Variant, post: Post) -> None:
        if post.scheduled_at is not None:
            self._schedule_of(channel).append(_Held(variant.id, post.scheduled_at))

    def _schedule_of(self, channel: ChannelAccount) -> list[_Held]:
        return self.schedules.setdefault(channel.id, [])

    def _make_room(self, channel: ChannelAccount, when: datetime) -> bool:
        """True when the network's schedule has room for one more post at this time; when it is full, the
        farthest post it holds (later than this one) is taken back to make room, so the nearest go first."""
        room = SCHEDULE_ROOM.get(channel.network)
        if room is None:
            return True
        held = self._schedule_of(channel)
        day = when.astimezone(UTC).date()
        same_day = [item for item in held if item.when.astimezone(UTC).date() == day]
        if len(held) < room.total and len(same_day) < room.per_day:
            return True
        candidates = same_day if len(same_day) >= room.per_day else held
        farthest = max(candidates, key=lambda item: item.when)
        if farthest.when <= when:
            return False
        variant = self.store.get(Variant, farthest.variant_id)
        post = self.store.get(Post, variant.post_id) if variant is not None else None
        client = self._client(channel)
        if variant is None or post is None or client is None:
            return False
        held.remove(farthest)
        if not self._take_back(client, post, variant, channel):
            return False
        return True

    # ---- bookkeeping ----------------------------------------------------------------------------------------

    def _set(self, variant: Variant, **changes: object) -> None:
        """Only the outbox's own columns: the officer may be editing the same post's text at this moment."""
        self.store.update_fields(variant, **changes)


def _clock(moment: datetime) -> str:
    return moment.astimezone().strftime("%d-%m %H:%M")


def run_outbox(store: Store, client_for: ClientFor, now: datetime, grace: timedelta | None = None) -> OutboxReport:
    return Outbox(store, client_for, now, grace).run()


def run_outbox_at(store_path: Path, now: datetime) -> OutboxReport:
    """One run on its own connection to the data file, with the real network clients: for a background thread."""
    from services.networks.registry import client_for

    store = Store.open(store_path, create=False)  # a vanished data file is an error here, not a new calendar
    try:
        return run_outbox(store, client_for, now)
    finally:
        store.close()
