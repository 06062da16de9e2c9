"""Posts handed to a network's own schedule (Mastodon, Facebook): confirmed when the network publishes them, taken
back when they should no longer go out as they were handed over, and room kept in a schedule that holds only so
many.

A handed-over post is taken back when it was changed, paused, set back from "scheduled", or deleted here; when its
channel was unticked in the composer (the variant is marked deleted); and when its channel was removed (the token
stays in the keychain until nothing is left there: services/channels.py). Where taking it back fails, the variant
says so, and for a deleted post, an unticked or removed channel, which the officer no longer sees, every run's
report names the post and when the network will publish it, until it is gone.

Only a copy the outbox recognises as its own is ever removed: the network must say it is still waiting in the
schedule (Mastodon: the account's scheduled status under that id; Facebook: a post that is not published), and its
text must be this variant's text, now or as it was handed over. Anything else under that id (a published post, a
photo, another text: a handover file can name any id) is left alone and the variant becomes "unconfirmed" with
that reason.
"""

from __future__ import annotations

import logging
from datetime import datetime

from models.channel import SCHEDULE_ROOM, ChannelAccount
from models.post import DeliveryState, Post, PostStatus, Variant
from services.delivery import update_post_status
from services.errors import KnownError, translate
from services.i18n import hours_text
from services.networks.base import Failure, NetworkClient, PublishError, ScheduledCopy
from services.outbox_sending import (
    CONFIRM_FOR,
    STUCK_AFTER,
    STUCK_FOR,
    OutboxRun,
    fingerprint,
    fingerprint_of,
    mark_parts,
    text_digest,
)
from services.post_editing import images_of
from services.store import Store

log = logging.getLogger("services.outbox")


def wanted_there(post: Post, variant: Variant, channel: ChannelAccount) -> bool:
    """Whether a post handed to the network should still go out there (as it was handed over or changed). A post
    "failed" because another of its channels failed (or was skipped) still goes out on this one."""
    return (post.deleted_at is None and post.paused_at is None
            and post.status in (PostStatus.SCHEDULED, PostStatus.FAILED)
            and variant.deleted_at is None and channel.deleted_at is None)


def handed_over_variants(store: Store) -> list[Variant]:
    """Every variant a network holds in its schedule, deleted ones (and those of removed channels) included, the
    nearest post first: when a run's budget runs out, what goes out soonest was looked after first."""
    return store.find(Variant, "state = ?", [DeliveryState.SCHEDULED_REMOTE.value], include_deleted=True,
                      order_by="(SELECT scheduled_at FROM posts WHERE posts.id = variants.post_id), id")


def post_label(post: Post) -> str:
    """How a report line names a post: its title, else the start of its text."""
    return post.title or " ".join(post.body.split())[:60]


class NetworkSchedule(OutboxRun):
    """The outbox run's step for posts in a network's own schedule."""

    def _check_handed_over(self, variant: Variant) -> None:
        """Takes a post back from a network's schedule when it should no longer go out as it was handed over;
        once its time has come, asks the network whether it published it."""
        post = self.store.get(Post, variant.post_id, include_deleted=True)
        channel = self.channels.get(variant.channel_id)
        if post is None or channel is None:
            log.warning("outbox: variant %s is held by a network, but its post or channel cannot be read", variant.id)
            return
        wanted = wanted_there(post, variant, channel)
        printed, _digest = mark_parts(variant.remote_fingerprint)
        current = wanted and fingerprint(post, variant, images_of(self.store, post.id)) == printed
        due = post.scheduled_at is not None and post.scheduled_at <= self.now
        client = None if current and not due else self._client(channel)
        if client is None:
            self._count_held(channel, variant, post)
            if not (current and not due):
                self._leave_if_time_up(variant, channel)
            if not wanted:
                reason = self.stopped.get(channel.id, "")
                line = f"{channel.name}: {reason}"
                if reason and reason != self.time_up and line not in self.report.failures:
                    self.report.failures.append(line)  # once per account, also when offline: it is still there
                self._cannot_take_back(post, variant, channel, reason)
            elif not current and self.stopped.get(channel.id) not in (None, self.time_up):
                # Changed since it was handed over: the old version goes out there unless it can be taken back.
                self._still_held(post, variant, channel, self.stopped[channel.id])
            return
        if due:
            held = self._confirm(client, post, variant, channel, current, wanted)
            if held is None or (held and current):
                self._count_held(channel, variant, post)
            if not held or current:
                return
        self._take_back(client, post, variant, channel)

    def _take_back_paused(self, variant: Variant) -> None:
        """On a laptop without the sending (services/sending.py): takes a paused post whose time is still ahead
        back from the network's schedule, its own copy only, as the crisis switch does. Nothing else: no sending,
        no confirming, no other taking back."""
        post = self.store.get(Post, variant.post_id)
        channel = self.channels.get(variant.channel_id)
        if post is None or post.paused_at is None or post.scheduled_at is None or post.scheduled_at <= self.now \
                or variant.deleted_at is not None or channel is None:
            return
        client = self._client(channel)
        if client is None:
            self._leave_if_time_up(variant, channel)
            self._still_held(post, variant, channel, self.stopped.get(channel.id, ""))
            return
        self._take_back(client, post, variant, channel)

    def _confirm(self, client: NetworkClient, post: Post, variant: Variant, channel: ChannelAccount,
                 current: bool, wanted: bool) -> bool | None:
        """Asks the network about a handed-over post whose time has come: True when it still holds it, False
        when that is settled (published, or gone), None when the network could not be asked."""
        request = self._request(post, variant, channel, hand_over=True, with_images=False)
        try:
            check = client.check_scheduled(variant.remote_id, request)
        except (PublishError, KnownError) as error:
            return self._confirm_failed(post, variant, channel, wanted, error)
        if check.published is not None:
            found = check.published
            self._set(variant, state=DeliveryState.PUBLISHED, remote_id=found.remote_id or variant.remote_id,
                      remote_url=found.url, published_at=found.published_at or post.scheduled_at, last_error="")
            self.report.published += 1
            if not wanted:
                self.report.failures.append(f"{channel.name}: " + translate(
                    "Outbox", "“{title}” should no longer have gone out on {channel}, but {channel} published it "
                              "from its own schedule before Omroeper could take it back. Remove it there if it must "
                              "not stay online.").format(title=post_label(post), channel=channel.name))
            update_post_status(self.store, post.id)
            return False
        if (check.gone or check.unknown) and channel.id not in self.verified:
            return self._confirm_failed(post, variant, channel, wanted, KnownError(self._unchecked(channel)))
        if check.unknown:
            self._unconfirmed(variant, channel, check.unknown + " " + translate(
                "Outbox", "Check {channel}: mark the post published if it is there.").format(channel=channel.name))
            if not wanted:
                self.report.failures.append(f"{channel.name}: “{post_label(post)}”: {check.unknown}")
            return False
        if check.gone:
            if current:
                self._set(variant, state=DeliveryState.FAILED, last_error=check.gone)
                self.report.failures.append(f"{channel.name}: {check.gone}")
                update_post_status(self.store, post.id)
            elif wanted:
                self._unconfirmed(variant, channel, translate(
                    "Outbox", "This post was changed after it was handed to {channel}, and {channel} no longer holds "
                              "it: it probably went out as it was before the change. Check there.").format(
                    channel=channel.name))
            else:
                self._set(variant, state=DeliveryState.PAUSED if post.paused_at else DeliveryState.QUEUED,
                          remote_id="", remote_fingerprint="", idempotency_key="")
            return False
        if current:
            self._still_not_out(post, variant, channel)
            return variant.state is DeliveryState.SCHEDULED_REMOTE
        return True

    def _confirm_failed(self, post: Post, variant: Variant, channel: ChannelAccount, wanted: bool,
                        error: KnownError) -> bool | None:
        """The network could not be asked (or could not tell) whether it published a post from its schedule."""
        if isinstance(error, PublishError):
            self._account_trouble(channel, error)
            if error.failure is Failure.OUT_OF_TIME:
                self._leave_if_time_up(variant, channel)
        if not wanted:
            return False if self._cannot_take_back(post, variant, channel, error.message) else None
        if isinstance(error, PublishError) and error.failure is Failure.OUT_OF_TIME:
            return None
        assert post.scheduled_at is not None
        if self.now - post.scheduled_at > CONFIRM_FOR:
            self._unconfirmed(variant, channel, translate(
                "Outbox", "{channel} could not confirm that it published this post from its schedule ({reason}). "
                          "Check there: mark it published if it is, or send it again.").format(
                channel=channel.name, reason=error.message))
            return False
        return None

    def _still_not_out(self, post: Post, variant: Variant, channel: ChannelAccount) -> None:
        """A post the network still holds in its schedule past its time: after STUCK_AFTER the variant says so
        (it stays "safe at the network": it may still go out late); after STUCK_FOR it is "unconfirmed", left to
        the officer, with the advice to remove it there before sending it again."""
        assert post.scheduled_at is not None
        late = self.now - post.scheduled_at
        if late <= STUCK_AFTER:
            return
        hours = int(late.total_seconds() // 3600)
        late_by = hours_text(hours)
        if late > STUCK_FOR:
            self._unconfirmed(variant, channel, translate(
                "Outbox", "{channel} still holds this post in its own schedule, {hours} after its time, and has not "
                          "published it. Check there: it may still go out late. To send it from here instead, remove "
                          "it there first, or it goes out twice.").format(channel=channel.name, hours=late_by))
            self.report.failures.append(f"{channel.name}: “{post_label(post)}”: " + translate(
                "Outbox", "{channel} has not published it from its own schedule, {hours} after its time.").format(
                channel=channel.name, hours=late_by))
            return
        message = translate("Outbox", "{channel} still holds this post, {hours} after its time: it has not gone out "
                                      "yet. Omroeper keeps asking; a day after its time it is left to you.").format(
            channel=channel.name, hours=late_by)
        if variant.last_error != message:
            self._set(variant, last_error=message)

    def _unchecked(self, channel: ChannelAccount) -> str:
        return translate("Outbox", "{channel} says it holds nothing under this post's id, but whose token this is "
                                   "could not be checked this run, so that proves nothing.").format(
            channel=channel.name)

    def _take_back(self, client: NetworkClient, post: Post, variant: Variant, channel: ChannelAccount) -> bool:
        """Removes the post from the network's schedule, once the network shows it is this post's own copy there;
        True when it is no longer there."""
        try:
            copy = client.scheduled_copy(variant.remote_id)
            if copy is None and channel.id not in self.verified:
                raise KnownError(self._unchecked(channel))  # "not found" under another account's token
            if copy is not None and not self._own_copy(copy, post, variant):
                self._not_own_copy(post, variant, channel)
                return False
            if copy is not None:
                client.cancel_scheduled(variant.remote_id)
        except (PublishError, KnownError) as error:
            if isinstance(error, PublishError) and error.failure in (Failure.TOKEN, Failure.MOVED):
                self._stop(channel, error.message)  # reported once, for the account
            elif isinstance(error, PublishError) and error.failure is Failure.OUT_OF_TIME:
                self._account_trouble(channel, error)
                self._leave_if_time_up(variant, channel)
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

    def _own_copy(self, copy: ScheduledCopy, post: Post, variant: Variant) -> bool:
        """Whether what the network holds under the variant's id is the copy this outbox handed over: still
        waiting in the schedule, with this variant's text as it is now or as it was handed over."""
        if not copy.waiting:
            return False
        printed, digest = mark_parts(variant.remote_fingerprint)
        if text_digest(copy.text) in (text_digest(variant.text(post)), digest):
            return True
        if digest:
            return False
        # A mark kept before the text's digest was: the fingerprint of the network's text at its time, with this
        # post's language and images, must be the one kept.
        images = images_of(self.store, post.id)
        return any(fingerprint_of(copy.text, post.language, when, images) == printed
                   for when in {copy.scheduled_at, post.scheduled_at} if when is not None)

    def _not_own_copy(self, post: Post, variant: Variant, channel: ChannelAccount) -> None:
        message = translate(
            "Outbox", "{channel} holds something else under the id Omroeper kept for this post (a post that is "
                      "already published, or another text), so Omroeper removed nothing there. Check {channel}'s "
                      "scheduled posts, and remove this post there by hand if it is there.").format(
            channel=channel.name)
        self._unconfirmed(variant, channel, message)
        self.report.failures.append(f"{channel.name}: “{post_label(post)}”: {message}")

    def _cannot_take_back(self, post: Post, variant: Variant, channel: ChannelAccount, reason: str) -> bool:
        """The network could not be asked this run about a post that should no longer go out there. After its
        time, and a day of not being able to ask, it is left to the officer (True): it has probably gone out."""
        if post.scheduled_at is not None and self.now - post.scheduled_at > CONFIRM_FOR:
            message = translate(
                "Outbox", "Omroeper could not take this post back from {channel}'s own schedule ({reason}), and its "
                          "time has passed: it probably went out there. Check {channel}, and remove it there if it "
                          "must not stay online.").format(channel=channel.name, reason=reason or "?")
            self._unconfirmed(variant, channel, message)
            if not (post.deleted_at is None and variant.deleted_at is None and channel.deleted_at is None):
                self.report.failures.append(f"{channel.name}: “{post_label(post)}”: {message}")
            return True
        self._still_held(post, variant, channel, reason)
        return False

    def _still_held(self, post: Post, variant: Variant, channel: ChannelAccount, reason: str) -> None:
        """A post that should no longer go out (paused, changed, deleted) is still in the network's schedule: the
        variant says so, with why it could not be taken back, until a later run manages it. Its state stays
        "scheduled at the network", because that is the truth: it will go out there unless removed. A deleted
        post, or one whose channel was unticked or removed, is no longer shown anywhere: the run's report names
        it, every run, until it is gone."""
        when = self.when(post.scheduled_at) if post.scheduled_at else "?"
        message = translate(
            "Outbox", "Still in {channel}'s own schedule, and {channel} publishes it on {time} unless it is removed "
                      "there: Omroeper could not take it back ({reason}). Remove it on {channel} by hand, or solve "
                      "the problem; every run tries again.").format(channel=channel.name, time=when,
                                                                     reason=reason or "?")
        if variant.last_error != message:
            self._set(variant, last_error=message)
        if post.deleted_at is not None or variant.deleted_at is not None or channel.deleted_at is not None:
            self.report.failures.append(f"{channel.name}: " + translate(
                "Outbox", "“{title}” should no longer go out on {channel} (deleted, unticked, or the channel "
                          "removed), but {channel} still holds it in its own schedule and publishes it on {time} "
                          "unless it is removed there: Omroeper could not take it back ({reason}). Remove it on "
                          "{channel} by hand; every run tries again.").format(
                title=post_label(post), channel=channel.name, time=when, reason=reason or "?"))

    # ---- room in a network's schedule -------------------------------------------------------------------------

    def _make_room(self, channel: ChannelAccount, when: datetime) -> bool:
        """True when the network's schedule has room for one more post at this time; when it is full, the
        farthest post it holds (later than this one) is taken back to make room, so the nearest go first."""
        room = SCHEDULE_ROOM.get(channel.network)
        if room is None:
            return True
        held = self._schedule_of_id(channel.id)
        times = [item.when for item in held]
        if room.has_room(times, when):
            return True
        leaving = room.gives_way(times, when)
        if leaving is None:
            return False
        farthest = held[leaving]
        variant = self.store.get(Variant, farthest.variant_id)
        post = self.store.get(Post, variant.post_id) if variant is not None else None
        client = self._client(channel)
        if variant is None or post is None or client is None:
            return False
        held.remove(farthest)
        if not self._take_back(client, post, variant, channel):
            return False
        return True
