"""Answers to residents, sent by the outbox's run with the same promises as posts: exactly once, and what an
answer proves recorded (services/outbox.py's rules, for an InboxAnswer instead of a post's variant).

Why a table of its own rather than a post: an answer is not part of the content calendar (a busy week holds
dozens), and it belongs to the item it answers. It uses the run's own machinery all the same: the account's client
(its token checked against the channel's account once a run), the run's budget, an account stopped for the run by
a token, a redirect, a rate limit or being offline, and each network's proofs (`safe_to_resend`, `find_published`,
`absence_is_proof`).

The steps of one answer:
1. Queued: marked "sending" with its idempotency key (Mastodon's Idempotency-Key, Bluesky's record key) in a
   transaction that first reads it again (deleted or decided on meanwhile: not sent) and checks it as the composer
   does (services/inbox.py `answer_problems`: the counting rule, the privacy check for a public answer,
   Messenger's window, one answer per item; Mastodon's `@acct` put in front where missing), whatever put it in
   the outbox: one that fails is "failed" with the reason and never leaves. Then the request leaves.
2. The answer proves it: published (the item answered, by whom and when, and the reply log gets the response
   time, in one transaction), refused (failed, with the network's reason), not sent at all (queued again, later),
   or unknown (left "sending", and settled at a later run, never in the same one).
3. Left "sending" (a crash, a lost answer): resent with the same key where the network recognises a repeat;
   otherwise looked for on the account (Mastodon's statuses, Facebook's replies to the comment); not found where
   absence proves nothing, it waits LOOK_FOR and is then "unconfirmed" for the officer to decide.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from models.channel import ChannelAccount
from models.inbox import InboxAnswer, InboxItem, ItemState
from models.post import DeliveryState
from models.reply import ReplyLogEntry
from services.errors import KnownError, translate
from services.inbox import answer_problems, with_mention
from services.networks.base import (
    Failure,
    NetworkClient,
    Published,
    PublishError,
    PublishRequest,
    ReplyTo,
    sane_retry_at,
)
from services.outbox_sending import FIRST_BACKOFF, LOOK_FOR, MAX_BACKOFF, publish_proven

if TYPE_CHECKING:
    from services.outbox_sending import OutboxRun

log = logging.getLogger("services.outbox")


def send_answers(run: OutboxRun) -> None:
    """The answers' part of an outbox run: those left sending are settled, then the queued ones go out."""
    answers = run.store.find(InboxAnswer, "state IN (?, ?)", [DeliveryState.SENDING.value,
                                                              DeliveryState.QUEUED.value], order_by="created_at")
    for answer in answers:
        channel = run.channels.get(answer.channel_id)
        item = run.store.get(InboxItem, answer.item_id, include_deleted=True)
        if channel is None or item is None:
            continue
        try:
            if answer.state is DeliveryState.SENDING:
                _settle(run, answer, item, channel)
            elif channel.deleted_at is None:
                _send(run, answer, item, channel)
        except (KnownError, OSError) as error:
            message = error.message if isinstance(error, KnownError) else str(error)
            run.report.failures.append(f"{channel.name}: {message}")
            log.warning("outbox: answer %s: %s", answer.id, message)


def answer_request(answer: InboxAnswer, item: InboxItem, key: str) -> PublishRequest:
    root = (str(item.thread_root.get("uri", "")), str(item.thread_root.get("cid", ""))) \
        if isinstance(item.thread_root, dict) and item.thread_root.get("uri") else None
    return PublishRequest(text=answer.body, language="nl", idempotency_key=key, reply=ReplyTo(
        remote_id=item.remote_id, visibility=answer.visibility.value, author_handle=item.author_handle,
        author_ref=item.author_ref, remote_cid=item.remote_cid, root=root, private=answer.private,
        kind=item.kind.value))


def _send(run: OutboxRun, answer: InboxAnswer, item: InboxItem, channel: ChannelAccount) -> None:
    if answer.next_try_at is not None and answer.next_try_at > run.now:
        run.report.waiting += 1
        return
    client = run._client(channel)
    if client is None:
        _wait(run, answer, run.stopped.get(channel.id, ""))
        return
    key = answer.idempotency_key or client.new_key()
    with run.store.transaction():  # marked before the request leaves: a crash now is noticed at the next run
        stored = run.store.get(InboxAnswer, answer.id)
        if stored is None or stored.state is not DeliveryState.QUEUED:
            return  # deleted or decided on since the run read it
        answer = stored
        body = with_mention(run.store, item, answer.body)
        problems = answer_problems(run.store, item, body, run.now, private=answer.private, answer=answer)
        if problems:  # whatever put it in the outbox (a handover file too): it does not leave
            message = " ".join(problems)
            run.store.update_fields(answer, state=DeliveryState.FAILED, last_error=message, next_try_at=None)
            run.report.failures.append(f"{channel.name}: {message}")
            return
        answer = run.store.update_fields(answer, body=body, state=DeliveryState.SENDING, idempotency_key=key,
                                sending_since=run.now, attempt_count=answer.attempt_count + 1)
    _deliver(run, client, answer, item, channel, answer_request(answer, item, key), settling=False)


def _deliver(run: OutboxRun, client: NetworkClient, answer: InboxAnswer, item: InboxItem, channel: ChannelAccount,
             request: PublishRequest, *, settling: bool) -> None:
    try:
        published = publish_proven(client, request, lambda: translate(
            "Outbox", "{channel} answered with an id or address Omroeper cannot keep; it is not known "
                      "whether the answer arrived.").format(channel=channel.name))
    except PublishError as error:
        _failed(run, answer, channel, error, settling=settling)
        return
    except Exception as error:  # noqa: BLE001 - a bug in a client: the request may have left
        log.exception("outbox: unexpected error while sending answer %s to %s", answer.id, channel.name)
        message = translate("Outbox", "Omroeper met an unexpected error while sending this answer to {channel} "
                                      "({reason}). Check {channel} whether it is there.").format(
            channel=channel.name, reason=type(error).__name__)
        run.store.update_fields(answer, state=DeliveryState.UNCONFIRMED, sending_since=None, last_error=message)
        run.report.unconfirmed += 1
        return
    _succeeded(run, answer, item, published)


def _succeeded(run: OutboxRun, answer: InboxAnswer, item: InboxItem, published: Published) -> None:
    """Published: the answer, the item (answered, by whom, when) and the reply log, together."""
    with run.store.transaction():
        run.store.update_fields(answer, state=DeliveryState.PUBLISHED, remote_id=published.remote_id,
                                remote_url=published.url, published_at=published.published_at or run.now,
                                sending_since=None, last_error="", next_try_at=None)
        fresh = run.store.get(InboxItem, item.id, include_deleted=True) or item
        run.store.update_fields(fresh, state=ItemState.ANSWERED, answered_by=answer.staff_id,
                                answered_at=run.now, answer_id=answer.id)
        channel = run.channels.get(answer.channel_id)
        run.store.save(ReplyLogEntry(staff_id=answer.staff_id, template_id=answer.template_id,
                                     channel=channel.name if channel else "", received_at=min(item.received_at,
                                                                                              run.now),
                                     answered_at=run.now))
    run.report.published += 1


def _failed(run: OutboxRun, answer: InboxAnswer, channel: ChannelAccount, error: PublishError, *,
            settling: bool) -> None:
    run._account_trouble(channel, error)
    if error.failure is Failure.UNKNOWN:
        run._stop(channel, error.message + " " + translate(
            "Outbox", "Omroeper checks at the next run whether it arrived."), account=False)
        run.store.update_fields(answer, last_error=error.message)
        run.report.waiting += 1
        return
    if error.failure is Failure.REFUSED:
        run.store.update_fields(answer, state=DeliveryState.FAILED, sending_since=None, last_error=error.message)
        run.report.failures.append(f"{channel.name}: {error.message}")
        return
    retry_at = None
    if error.failure is Failure.THROTTLED:
        retry_at = sane_retry_at(error.retry_at, run.now)
    elif error.failure is Failure.TEMPORARY:
        retry_at = run.now + min(MAX_BACKOFF, FIRST_BACKOFF * 2 ** max(0, answer.attempt_count - 1))
    if settling:  # an earlier attempt's outcome is still unknown: it stays "sending"
        run.store.update_fields(answer, last_error=error.message, next_try_at=retry_at)
    else:  # certainly not sent (or never started): queued again
        run.store.update_fields(answer, state=DeliveryState.QUEUED, sending_since=None, last_error=error.message,
                                next_try_at=retry_at)
    run.report.waiting += 1


def _settle(run: OutboxRun, answer: InboxAnswer, item: InboxItem, channel: ChannelAccount) -> None:
    """An answer left "sending": resent only where that cannot answer twice, else looked for."""
    first_sent = answer.sending_since or run.now
    if answer.next_try_at is not None and answer.next_try_at > run.now:
        _still_sending(run, answer, channel, first_sent)
        return
    client = run._client(channel)
    if client is None:
        _still_sending(run, answer, channel, first_sent)
        return
    request = answer_request(answer, item, answer.idempotency_key)
    # Sent again only when it still passes the composer's checks (one that came in a handover file as "sending"
    # did not pass them here); otherwise only looked for, which sends nothing.
    checked = not answer_problems(run.store, item, answer.body, run.now, private=answer.private, answer=answer)
    if channel.deleted_at is None and checked and client.safe_to_resend(request, first_sent, run.now):
        _deliver(run, client, answer, item, channel, request, settling=True)
        return
    try:
        found = run.found_elsewhere(channel, client.find_published(request, first_sent), answer.id)
    except PublishError as error:
        if not run._account_trouble(channel, error):
            _unconfirmed(run, answer, channel, first_sent)
        return
    if found is not None:
        _succeeded(run, answer, item, found)
    elif client.absence_is_proof:
        run.store.update_fields(answer, state=DeliveryState.QUEUED, sending_since=None)
        run.report.waiting += 1
    else:
        _still_sending(run, answer, channel, first_sent, looked=True)


def _still_sending(run: OutboxRun, answer: InboxAnswer, channel: ChannelAccount, first_sent: datetime,
                   looked: bool = False) -> None:
    if run.now - first_sent >= (LOOK_FOR if looked else run.grace):
        _unconfirmed(run, answer, channel, first_sent)
        return
    run.report.waiting += 1


def _unconfirmed(run: OutboxRun, answer: InboxAnswer, channel: ChannelAccount, first_sent: datetime) -> None:
    run.store.update_fields(answer, state=DeliveryState.UNCONFIRMED, sending_since=None, last_error=translate(
        "Outbox", "Omroeper could not tell whether this answer arrived on {channel} (sent {time}). Check there: "
                  "mark it sent if it is, or send it again.").format(channel=channel.name,
                                                                     time=run.when(first_sent)))
    run.report.unconfirmed += 1


def _wait(run: OutboxRun, answer: InboxAnswer, why: str) -> None:
    if why and answer.last_error != why:
        run.store.update_fields(answer, last_error=why)
    run.report.waiting += 1


def mark_sent(store: object, answer: InboxAnswer, now: datetime) -> None:
    """The officer saw an unconfirmed answer on the network: it counts as sent (the item answered)."""
    from services.store import Store

    assert isinstance(store, Store)
    with store.transaction():
        store.update_fields(answer, state=DeliveryState.PUBLISHED, published_at=now, sending_since=None,
                            last_error="")
        item = store.get(InboxItem, answer.item_id, include_deleted=True)
        if item is not None:
            store.update_fields(item, state=ItemState.ANSWERED, answered_by=answer.staff_id, answered_at=now,
                                answer_id=answer.id)


def send_again(store: object, answer: InboxAnswer) -> None:
    """The officer checked: an unconfirmed or failed answer is not there. Queued again with a new key."""
    from services.store import Store

    assert isinstance(store, Store)
    store.update_fields(answer, state=DeliveryState.QUEUED, idempotency_key="", sending_since=None, last_error="",
                        next_try_at=None)
