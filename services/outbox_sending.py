"""What every step of an outbox run shares: the run's report and budget, each account's client, one variant's
request, and sending it with what the answer proves recorded. (The run itself is services/outbox.py; variants
left "sending" are settled in services/outbox_settling.py; posts in a network's own schedule are looked after in
services/network_schedule.py.)

Before a request leaves, the variant is marked "sending" with its idempotency key and an attempt is recorded, in
one transaction, and only when the post and the variant are still as this run read them (the crisis switch, an
edit or a deletion in the window may come in while the run is busy with an earlier post); the answer is stored in
the next transaction.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from models.channel import IMAGE_LIMITS, TELLS_ITS_LIMITS, ChannelAccount
from models.media import Media, PostMedia
from models.post import DeliveryState, Post, PostStatus, Variant
from models.publish_attempt import PublishAttempt
from services.delivery import update_post_status
from services.errors import KnownError, translate
from services.i18n import moment_text
from services.networks.base import (
    Failure,
    Image,
    NetworkClient,
    Published,
    PublishError,
    PublishRequest,
    UnkeepableAnswer,
    sane_retry_at,
)
from services.networks.http import RunBudget, out_of_time
from services.post_editing import images_of
from services.preferences import load_municipality
from services.store import Store

log = logging.getLogger("services.outbox")

GRACE_SETTING = "outbox.grace_hours"
DEFAULT_GRACE = timedelta(hours=6)
FIRST_BACKOFF = timedelta(minutes=1)
MAX_BACKOFF = timedelta(hours=1)
LOOK_FOR = timedelta(minutes=15)  # a post not (yet) seen on a lagging feed is looked for this long, then unconfirmed
MAX_UNKNOWN_RESENDS = 5  # resends with the same key that again got no answer: then the officer decides
HANDOVER_RETRY = timedelta(hours=1)  # a network that refused a post for its schedule is asked again after this
CONFIRM_FOR = timedelta(days=1)  # a handed-over post the network cannot be asked about is unconfirmed after this
# A post a network still holds in its schedule this long after its time is said to be late; this long, unconfirmed.
STUCK_AFTER = timedelta(hours=1)
STUCK_FOR = timedelta(days=1)
# A run starts no new request after this; what is left goes at the next run (the window runs every minute). With
# the longest a request may take (LONGEST_REQUEST, uploads included) a run holds the data folder's lock for three
# minutes at most, so `pause-all` and `resume-all` wait for a run to end (LOCK_WAIT in services/instance_lock.py).
RUN_BUDGET = timedelta(seconds=60)
RUN_BUDGET_VARIABLE = "OMROEPER_RUN_BUDGET"  # seconds; tests of the command line shorten it

ClientFor = Callable[[ChannelAccount], NetworkClient]


def publish_proven(client: NetworkClient, request: PublishRequest, unknown: Callable[[], str]) -> Published:
    """client.publish, where an answer whose id or address proves nothing (UnkeepableAnswer) is as good as no
    answer: a PublishError whose outcome is unknown, told in the words `unknown()` gives."""
    try:
        return client.publish(request)
    except UnkeepableAnswer:
        raise PublishError(Failure.UNKNOWN, unknown()) from None


@dataclass
class OutboxReport:
    published: int = 0  # sent now, or confirmed published by a network's own schedule
    handed_over: int = 0
    taken_back: int = 0
    waiting: int = 0
    overdue: int = 0
    unconfirmed: int = 0
    failures: list[str] = field(default_factory=list)  # one line per failed variant or stopped account
    out_of_time: bool = False  # the run's budget was spent: it started no more requests
    left_for_next_run: int = 0  # variants that needed the network and wait for the next run because of that
    budget_seconds: int = round(RUN_BUDGET.total_seconds())

    @property
    def failed(self) -> bool:
        return bool(self.failures or self.unconfirmed)


def run_budget() -> RunBudget:
    """A budget for a run starting now: RUN_BUDGET unless the environment names another (tests, labs)."""
    try:
        seconds = float(os.environ.get(RUN_BUDGET_VARIABLE, ""))
    except ValueError:
        seconds = 0
    return RunBudget(seconds if seconds > 0 else RUN_BUDGET.total_seconds())


def grace_period(store: Store) -> timedelta:
    return timedelta(hours=float(store.get_setting(GRACE_SETTING, DEFAULT_GRACE.total_seconds() / 3600)))


def fingerprint(post: Post, variant: Variant, images: list[tuple[PostMedia, Media]]) -> str:
    """What was handed to the network: if this changes, the network's copy is out of date. (The images by their
    original files: the version fitted to a network follows from them.)"""
    return fingerprint_of(variant.text(post), post.language, post.scheduled_at, images)


def fingerprint_of(text: str, language: str, when: datetime | None, images: list[tuple[PostMedia, Media]]) -> str:
    parts = [text, language, when.isoformat() if when else ""]
    parts += [f"{media.file_name}:{link.alt_text}" for link, media in images]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


@dataclass
class _Held:
    """A post in a network's schedule, as the room count sees it."""

    variant_id: str
    when: datetime


class OutboxRun:
    """One run over the store. `client_for` gives the network client of an account (it may raise, e.g. when no
    token is stored or the keychain is locked: that account waits, with one message). `budget`: how long the run
    may go on starting requests (RUN_BUDGET unless given)."""

    def __init__(self, store: Store, client_for: ClientFor, now: datetime, grace: timedelta | None = None,
                 budget: RunBudget | None = None) -> None:
        self.store = store
        self.client_for = client_for
        self.now = now
        self.grace = grace if grace is not None else grace_period(store)
        self.time_zone = load_municipality(store).time_zone  # the messages' times are on the municipality's clock
        self.budget = budget or run_budget()
        self.report = OutboxReport(budget_seconds=round(self.budget.seconds))
        # Removed channels too: what their networks still hold is taken back (their token stays until then).
        self.channels = {channel.id: channel for channel in store.find(ChannelAccount, include_deleted=True)}
        self.clients: dict[str, NetworkClient] = {}
        self.verified: set[str] = set()  # accounts whose token was found this run to be the channel's own account
        self.stopped: dict[str, str] = {}  # channel id -> why nothing more goes there this run
        self.schedules: dict[str, list[_Held]] = {}  # channel id -> what its network's schedule holds of ours
        self.time_up = out_of_time(self.budget).message  # why everything waits once the budget is spent
        self.left: set[str] = set()  # variants left for the next run because the budget was spent

    def when(self, moment: datetime) -> str:
        """An instant in a message: "2 March 2026 at 09:30", on the municipality's clock."""
        return moment_text(moment, self.time_zone)

    # ---- the account's client ---------------------------------------------------------------------------------

    def found_elsewhere(self, channel: ChannelAccount, found: Published | None, record_id: str) -> Published | None:
        """What a network's look-up found for the record `record_id` (a variant or an answer left "sending"), unless
        another post or answer on this channel already has it as its proof: a look-up matches by text, and two
        answers with one template's words to one resident, or a post and its duplicate, read alike. One message
        on the network proves one record sent; the other is then not seen, and is settled as such."""
        if found is None or not found.remote_id:
            return found
        taken = self.store.query_tuples(
            "SELECT 1 FROM variants WHERE channel_id = ? AND remote_id = ? AND id != ? AND deleted_at IS NULL "
            "UNION ALL SELECT 1 FROM inbox_answers WHERE channel_id = ? AND remote_id = ? AND id != ? "
            "AND deleted_at IS NULL LIMIT 1", [channel.id, found.remote_id, record_id] * 2)
        return None if taken else found

    def _client(self, channel: ChannelAccount) -> NetworkClient | None:
        """The account's client, or None when it cannot be made or its token belongs to another account (then the
        account is stopped with the reason), or when the run's budget is spent (then every account is)."""
        if channel.id in self.stopped:
            return None
        if self.budget.spent():
            self._run_out()
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
        if not self._same_account(channel, client):
            return None
        self.clients[channel.id] = client
        self._learn_limits(channel, client)
        return client

    def _same_account(self, channel: ChannelAccount, client: NetworkClient) -> bool:
        """Whether the token belongs to the account the channel was set up for, as the network says now: asked
        once a run per account, before anything is sent or taken back there (where it is not known yet, it is
        learned now). A token of another account is stopped with a message that says whose it is: with it,
        Mastodon answers "not found" for the municipality's own scheduled posts, which would look like "already
        gone", and a post would go out in the wrong name."""
        from services.channels import account_problem

        try:
            account = client.account()
        except PublishError as error:
            if not self._account_trouble(channel, error):
                self._stop(channel, error.message)
            return False
        except KnownError as error:
            self._stop(channel, error.message)
            return False
        except Exception as error:  # noqa: BLE001 - a bug in a client: this account waits
            log.exception("outbox: could not ask %s whose token it holds", channel.name)
            self._stop(channel, translate(
                "Outbox", "Omroeper could not ask {channel} whose token it holds ({reason}); its posts wait. The "
                          "details are in the log file.").format(channel=channel.name, reason=type(error).__name__))
            return False
        problem = account_problem(channel, account)
        if problem:
            log.warning("outbox: the token of %s belongs to another account (%s)", channel.name, account.id)
            self._stop(channel, problem)
            return False
        if (channel.account_id, channel.account_name) != (account.id, account.name):
            self.store.update_fields(channel, account_id=account.id, account_name=account.name)
        self.verified.add(channel.id)
        return True

    def _learn_limits(self, channel: ChannelAccount, client: NetworkClient) -> None:
        """On first use of an account whose server says its own limits (a Mastodon instance): its image (and
        text) limits, kept on the account."""
        if channel.network not in TELLS_ITS_LIMITS or channel.image_limits:
            return
        try:
            info = client.who_am_i()
        except (PublishError, KnownError) as error:
            log.info("outbox: the limits of %s are not known yet: %s", channel.name, error.message)
            return
        limits = info.image_limits or IMAGE_LIMITS[channel.network]  # asked once; the defaults where it says none
        self.store.update_fields(channel, image_limits=limits.to_json(),
                                 max_characters=info.max_characters or channel.max_characters)

    def _run_out(self) -> None:
        """The budget is spent: no account gets another request this run; the posts wait for the next one."""
        if not self.report.out_of_time:
            self.report.out_of_time = True
            log.info("outbox: the run's %s seconds are spent; the rest waits for the next run", self.budget.seconds)
        for channel_id in self.channels:
            self.stopped.setdefault(channel_id, self.time_up)

    def _leave_if_time_up(self, variant: Variant, channel: ChannelAccount) -> None:
        """Counts a variant that needed the network and waits only because the run's budget was spent."""
        if self.stopped.get(channel.id) == self.time_up:
            self.left.add(variant.id)
            self.report.left_for_next_run = len(self.left)

    # ---- the request ----------------------------------------------------------------------------------------

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
                    images.append(Image.read(path, going.mime_type, link.alt_text, going.width, going.height))
                except OSError as error:
                    raise KnownError(translate(
                        "Outbox", "The image file {name} is missing or cannot be read from the data folder "
                                  "({reason}). Add the image to the post again.").format(
                        name=media.file_name, reason=error.strerror or type(error).__name__)) from None
        return PublishRequest(text=variant.text(post), language=post.language, idempotency_key=variant.idempotency_key,
                              images=tuple(images), scheduled_at=post.scheduled_at if hand_over else None)

    # ---- sending ------------------------------------------------------------------------------------------

    def _send(self, post: Post, variant: Variant, channel: ChannelAccount, *, hand_over: bool = False) -> None:
        client = self._client(channel)
        if client is None:
            self._leave_if_time_up(variant, channel)
            self._wait(variant, self.stopped.get(channel.id))
            return
        read = fingerprint(post, variant, images_of(self.store, post.id))
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
            if not self._still_as_read(post, variant, read):
                log.info("outbox: variant %s changed while the run was busy; it is looked at again next run",
                         variant.id)
                self.report.waiting += 1
                return
            self._set(variant, idempotency_key=key, state=DeliveryState.SENDING, sending_since=self.now,
                      attempt_count=variant.attempt_count + 1)
            self.store.save(attempt)
        request = PublishRequest(text=request.text, language=request.language, idempotency_key=key,
                                 images=request.images, scheduled_at=request.scheduled_at)
        self._deliver(client, post, variant, channel, attempt, request)

    def _still_as_read(self, post: Post, variant: Variant, read: str) -> bool:
        """The post and the variant as stored now are still the ones this run read and means to send: not
        paused, deleted or no longer scheduled, the variant in the same state, and the same text, time and
        images (`read`: their fingerprint as read); and this laptop still the one that sends (a handover file
        written while the run goes takes the sending along). Called in the transaction that marks the variant
        sending."""
        from services.sending import handed_to

        if handed_to(self.store) is not None:
            return False
        stored_post = self.store.get(Post, post.id)
        stored = self.store.get(Variant, variant.id)
        if stored_post is None or stored is None or stored_post.paused_at is not None:
            return False
        # FAILED: set by this run when another channel's variant of the post failed; the officer cannot set it.
        if stored_post.status not in (PostStatus.SCHEDULED, PostStatus.FAILED) or stored.state is not variant.state:
            return False
        return fingerprint(stored_post, stored, images_of(self.store, post.id)) == read

    def _wait(self, variant: Variant, why: str | None = None) -> None:
        changes: dict[str, object] = {}
        if variant.state is not DeliveryState.QUEUED:
            changes["state"] = DeliveryState.QUEUED
        if why is not None and variant.last_error != why:
            changes["last_error"] = why
        if changes:
            self._set_if_unchanged(variant, **changes)
        self.report.waiting += 1

    def _deliver(self, client: NetworkClient, post: Post, variant: Variant, channel: ChannelAccount,
                 attempt: PublishAttempt, request: PublishRequest, *, settling: bool = False) -> None:
        """Sends the request of a variant marked sending and records what the answer proves. `settling`: an
        earlier attempt's outcome is unknown, so only a success or a proven refusal ends "sending"."""
        try:
            published = publish_proven(client, request, lambda: translate(
                "Outbox", "{channel} answered with an id or address Omroeper cannot keep; it is not known "
                          "whether the post arrived.").format(channel=channel.name))
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
            changes.update(state=DeliveryState.SCHEDULED_REMOTE, remote_fingerprint=handed_over_mark(
                post, variant, images_of(self.store, post.id)))
        else:
            changes.update(state=DeliveryState.PUBLISHED, published_at=published.published_at or self.now)
        attempt.finished_at, attempt.outcome = self.now, "scheduled" if published.scheduled else "published"
        attempt.remote_id, attempt.remote_url = published.remote_id, published.url
        with self.store.transaction():
            self._set(variant, **changes)
            self.store.save(attempt)
        if published.scheduled:  # counted once stored: the report never tells of what the records do not hold
            self.report.handed_over += 1
            assert post.scheduled_at is not None
            self._schedule_of_id(variant.channel_id).append(_Held(variant.id, post.scheduled_at))
        else:
            self.report.published += 1
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
        elif error.failure is Failure.OUT_OF_TIME:
            self._leave_if_time_up(variant, channel)  # never sent; the next run goes on with it at once
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
        """Stops the account for a failure that concerns all its posts (token, address, slowing down, offline), or
        every account when the run's budget is spent; True when it did."""
        if error.failure in (Failure.TOKEN, Failure.MOVED):
            self._stop(channel, error.message)
        elif error.failure is Failure.THROTTLED:
            until = sane_retry_at(error.retry_at, self.now)
            self.store.update_fields(channel, held_until=until)
            self._stop(channel, translate("Outbox", "{channel} asked to slow down until {time}.").format(
                channel=channel.name, time=self.when(until)), reported=False, account=False)
        elif error.failure is Failure.TEMPORARY:
            self._stop(channel, error.message, reported=False, account=False)
        elif error.failure is Failure.OUT_OF_TIME:
            self._run_out()
        else:
            return False
        return True

    def _unconfirmed(self, variant: Variant, channel: ChannelAccount | None, message: str) -> None:
        self._set(variant, state=DeliveryState.UNCONFIRMED, sending_since=None, last_error=message)
        self.report.unconfirmed += 1

    # ---- room in a network's schedule -------------------------------------------------------------------------

    def _count_held(self, channel: ChannelAccount, variant: Variant, post: Post) -> None:
        if post.scheduled_at is not None:
            self._schedule_of_id(channel.id).append(_Held(variant.id, post.scheduled_at))

    def _schedule_of_id(self, channel_id: str) -> list[_Held]:
        return self.schedules.setdefault(channel_id, [])

    # ---- bookkeeping ----------------------------------------------------------------------------------------

    def _set(self, variant: Variant, **changes: object) -> None:
        """Only the outbox's own columns: the officer may be editing the same post's text at this moment."""
        self.store.update_fields(variant, **changes)

    def _set_if_unchanged(self, variant: Variant, **changes: object) -> bool:
        """Like _set, but only while the variant is still in the state this run read and its post is not paused
        or deleted: a decision made on what was read at the start of the run never overwrites a pause (or an
        officer's choice) that came in meanwhile. True when it wrote."""
        with self.store.transaction():
            stored = self.store.get(Variant, variant.id)
            post = self.store.get(Post, variant.post_id)
            if stored is None or stored.state is not variant.state or post is None or post.paused_at is not None:
                return False
            self._set(variant, **changes)
        return True


def handed_over_mark(post: Post, variant: Variant, images: list[tuple[PostMedia, Media]]) -> str:
    """What is kept of a post handed to a network's schedule: its fingerprint (to notice a change), and after a
    "/" a digest of its text as it went (to recognise the network's copy after the text was changed here)."""
    return f"{fingerprint(post, variant, images)}/{text_digest(variant.text(post))}"


def text_digest(text: str) -> str:
    """A digest of a text as networks keep it (whitespace may be changed: it is left out of the comparison)."""
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def mark_parts(mark: str) -> tuple[str, str]:
    """The fingerprint and the text digest of a handed_over_mark; the digest is "" in a mark written before it
    was kept (a bare fingerprint)."""
    printed, _slash, digest = mark.partition("/")
    return printed, digest

