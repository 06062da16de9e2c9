"""Variants left "sending" (a crash, or an answer lost in an earlier run): settled without ever posting twice.

Sent again only where the network recognises the repeat (Mastodon's Idempotency-Key within its window, Bluesky's
record key, looked up first), and only for a post still wanted (scheduled, not paused or deleted, its channel still
ticked and not removed) and not later than the grace period; otherwise looked for on the account (Facebook's feed
or scheduled posts, LinkedIn's posts by author, Mastodon's own statuses beyond the key's window). Found: published.
Not found: a feed that may lag proves nothing, so after a while of looking the variant is "unconfirmed" and the
officer decides. Never a resend with a fresh key after an unknown outcome, and never in the run that lost the
answer.
"""

from __future__ import annotations

from datetime import datetime

from models.channel import ChannelAccount
from models.post import DeliveryState, Post, PostStatus, Variant
from models.publish_attempt import PublishAttempt
from services.errors import KnownError, translate
from services.networks.base import Failure, NetworkClient, PublishError
from services.outbox_sending import (
    FIRST_BACKOFF,
    LOOK_FOR,
    MAX_BACKOFF,
    MAX_UNKNOWN_RESENDS,
    OutboxRun,
)


class Settling(OutboxRun):
    """The outbox run's step for variants whose answer never came."""

    def _settle_sending(self, variant: Variant) -> None:
        """A variant marked sending whose answer never came: resend only where that cannot post twice, and only
        for a post still wanted and not later than the grace period; otherwise look whether it arrived."""
        post = self.store.get(Post, variant.post_id, include_deleted=True)
        channel = self.channels.get(variant.channel_id)
        if post is None or channel is None:
            return
        first_sent = variant.sending_since or self.now
        if channel.id in self.stopped or (variant.next_try_at and variant.next_try_at > self.now):
            self._leave_if_time_up(variant, channel)
            self._still_sending(variant, channel, first_sent)
            return
        client = self._client(channel)
        if client is None:
            self._leave_if_time_up(variant, channel)
            self._still_sending(variant, channel, first_sent)
            return
        hand_over = variant.remote_fingerprint != "" or (post.scheduled_at is not None and post.scheduled_at > self.now)
        text_only = self._request(post, variant, channel, hand_over, with_images=False)
        wanted = (post.deleted_at is None and post.paused_at is None and post.status is PostStatus.SCHEDULED
                  and variant.deleted_at is None and channel.deleted_at is None)
        late = (post.scheduled_at is not None and self.now - post.scheduled_at > self.grace and not variant.send_late)
        if wanted and not late and client.safe_to_resend(text_only, first_sent, self.now):
            self._resend(client, post, variant, channel, hand_over, first_sent)
            return
        try:
            found = self.found_elsewhere(channel, client.find_published(text_only, first_sent), variant.id)
        except PublishError as error:
            if not self._account_trouble(channel, error):  # the network cannot tell: no use asking again
                self._unconfirmed(variant, channel, self._cannot_tell(channel, first_sent))
                return
            self._leave_if_time_up(variant, channel)
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
        current = self.store.get(Variant, variant.id, include_deleted=True)
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
                                                                         time=self.when(first_sent))
