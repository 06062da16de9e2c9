"""The outbox: sends what is due, hands over what a network can schedule itself, and never posts twice.

Only an answer that proves the network refused a post means "not sent"; a 5xx, an answer that is not what the API
documents, a cut connection or a request past its deadline leave the outcome unknown. One run (every minute while
the app is open, or `main.py publish-due`):

1. Variants left "sending" (a crash, or an answer lost in an earlier run) are settled without posting twice
   (services/outbox_settling.py).
2. Posts handed to a network's own schedule (services/network_schedule.py): one that should no longer go out as
   it was handed over (changed, paused, deleted, its channel unticked or removed) is taken back, but only once the
   network shows it is this post's own waiting copy; one whose time has come counts as published only when the
   network confirms it (gone from the schedule and on the account, or Graph's is_published); gone without being
   published, it fails with the network's reason; not found where the account could not be read back far enough,
   it is unconfirmed; still held an hour after its time, it says so, and a day after it is unconfirmed.
3. Every scheduled post's variants, oldest first: due ones are sent (those more than the grace period late wait
   for the officer: "overdue", with the reason they could not go); future ones go to a network's own schedule
   where it takes them that far ahead and has room (each network's window and room: models/channel.py; the
   nearest first, a farther one taken back to make room for a nearer one), else they wait here ("needs this
   laptop on"). Right before a variant is marked "sending", in the same transaction, its post is read again:
   paused, deleted, no longer scheduled or changed since the run read it (the crisis switch in the window while
   this run was busy), it is not sent.

Before anything is sent to an account or taken back from it, the run asks the network whose token it holds
(once a run per account): a token of another account than the one the channel was set up for stops that account
with a message, since its "not found" would prove nothing and its posts would go out in the wrong name.

A run starts no new request after its budget (RUN_BUDGET, 60 seconds; each request has its own deadline besides):
what is left waits for the next run, and the report says how many. One account's problem (no token, a locked
keychain, the network asking to slow down, a server that does not answer) stops that account for the run with one
message; one variant's problem (a missing image, an image that cannot be fitted) fails that variant; an unexpected
error is logged with its traceback and marks its variant failed, or unconfirmed where a request may have left. The
other accounts and posts go out in the same run. At the end of a run, a removed channel whose network holds
nothing more of ours loses its token from the keychain. Everything is tested with a fake clock and local servers.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from models.channel import Network, schedules_ahead
from models.post import DeliveryState, Post, PostStatus, Variant
from services.delivery import update_post_status
from services.errors import DiskFullError, KnownError, StoreError, StoreLockedError, translate
from services.network_schedule import NetworkSchedule, handed_over_variants
from services.networks.http import RunBudget, spending
from services.outbox_sending import (
    GRACE_SETTING,
    LOOK_FOR,
    RUN_BUDGET,
    ClientFor,
    OutboxReport,
    fingerprint,
    grace_period,
)
from services.outbox_settling import Settling
from services.store import Store

__all__ = ["GRACE_SETTING", "LOOK_FOR", "RUN_BUDGET", "ClientFor", "Outbox", "OutboxReport", "fingerprint",
           "grace_period", "run_outbox", "run_outbox_at"]

log = logging.getLogger(__name__)


class Outbox(Settling, NetworkSchedule):
    """One run over the store. `client_for` gives the network client of an account (it may raise, e.g. when no
    token is stored or the keychain is locked: that account waits, with one message); `budget`: how long the run
    may go on starting requests (RUN_BUDGET unless given)."""

    # ---- the run ------------------------------------------------------------------------------------------

    def run(self) -> OutboxReport:
        from services.sending import handed_to

        if handed_to(self.store) is not None:  # a handover file took the sending to another laptop: only the
            with spending(self.budget):  # crisis switch's take-back runs here (services/sending.py says why)
                for variant in handed_over_variants(self.store):
                    self._guarded(variant, self._take_back_paused, variant)
            return self.report
        for channel in self.channels.values():
            if channel.held_until is not None and channel.held_until > self.now:
                self.stopped[channel.id] = translate("Outbox", "{channel} asked to slow down until {time}.").format(
                    channel=channel.name, time=self.when(channel.held_until))
        with spending(self.budget):
            for variant in self.store.find(Variant, "state = ?", [DeliveryState.SENDING.value], include_deleted=True):
                self._guarded(variant, self._settle_sending, variant)
            for variant in handed_over_variants(self.store):
                self._guarded(variant, self._check_handed_over, variant)
            for post, variant in self._scheduled_variants():
                self._guarded(variant, self._consider, post, variant)
            from services.inbox_sending import send_answers  # answers to residents: the same promises

            send_answers(self)
        self._release_removed_tokens()
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
                current = self.store.get(Variant, variant.id, include_deleted=True)
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
        if channel is None or channel.deleted_at is not None:
            return  # a removed channel gets nothing more
        fresh_post, fresh = self.store.get(Post, post.id), self.store.get(Variant, variant.id)
        if fresh_post is None or fresh is None or fresh_post.paused_at is not None or fresh.state is not variant.state \
                or fresh_post.status not in (PostStatus.SCHEDULED, PostStatus.FAILED) or not fresh_post.scheduled_at:
            return  # paused, deleted or decided on since the run began: the next run looks again
        post, variant = fresh_post, fresh  # as they are now: the text may have been edited since the run began
        assert post.scheduled_at is not None
        if channel.network is Network.MANUAL:
            if variant.state is not DeliveryState.REMINDER:
                self._set_if_unchanged(variant, state=DeliveryState.REMINDER)
            return
        if variant.state is DeliveryState.FAILED:
            return  # waits for the officer ("try again" puts it back in the queue)
        due = post.scheduled_at <= self.now
        if due and self.now - post.scheduled_at > self.grace and not variant.send_late:
            reason = translate("Outbox", "This post fell due while Omroeper could not send it, more than the grace "
                                         "period ago. Send it now or move it.")
            why = self.stopped.get(channel.id) or variant.last_error
            if self._set_if_unchanged(variant, state=DeliveryState.OVERDUE,
                                      last_error=f"{reason} {why}".strip() if why else reason):
                self.report.overdue += 1
            return
        handing_over = (not due and schedules_ahead(channel.network, post.scheduled_at - self.now)
                        and not (variant.next_try_at and variant.next_try_at > self.now))
        if channel.id in self.stopped:
            if due or handing_over:
                self._leave_if_time_up(variant, channel)
            self._wait(variant, self.stopped[channel.id] if due else None)
            return
        if due:
            if variant.next_try_at and variant.next_try_at > self.now:
                self._wait(variant)
                return
            self._send(post, variant, channel)
            return
        if handing_over:
            if self._make_room(channel, post.scheduled_at):
                self._send(post, variant, channel, hand_over=True)
                return
            self._leave_if_time_up(variant, channel)
        self._wait(variant)

    def _release_removed_tokens(self) -> None:
        """A removed channel keeps its token only while its network holds posts of ours (or one's outcome is
        open); once nothing is left there, the token leaves the keychain."""
        from services.channels import release_removed_tokens

        try:
            release_removed_tokens(self.store)
        except KnownError as error:  # a locked keychain: the next run tries again
            log.warning("outbox: a removed channel's token stays in the keychain for now: %s", error.message)


def run_outbox(store: Store, client_for: ClientFor, now: datetime, grace: timedelta | None = None,
               budget: RunBudget | None = None) -> OutboxReport:
    return Outbox(store, client_for, now, grace, budget).run()


def run_outbox_at(store_path: Path, now: datetime) -> OutboxReport:
    """One run on its own connection to the data file, with the real network clients: for a background thread."""
    from services.networks.registry import client_for

    store = Store.open(store_path, create=False)  # a vanished data file is an error here, not a new calendar
    try:
        return run_outbox(store, client_for, now)
    finally:
        store.close()
