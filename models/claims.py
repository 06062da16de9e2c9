"""The rules between records of a handover file that the outbox and the inbox act on: a channel text that says a
network holds it, an inbox answer that says it was sent, an inbox message that says it was answered. Each is
consistent only where this app itself could have made it so (services/handover_check.py applies them)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from models.validation import Fault, Problem, one_line

# The networks Omroeper sends to itself (services/networks/registry.py); the others are posted by hand.
_SENT_BY_THE_APP = frozenset({"mastodon", "bluesky", "facebook", "linkedin"})


def claim_problem(variant: Mapping[str, Any], post: Mapping[str, Any] | None,
                  channel: Mapping[str, Any] | None) -> Problem | None:
    """A channel text that says a network holds it, or may (handed to its schedule, being sent, sent without an
    answer), is consistent only where the outbox itself could have made it so: the network is one Omroeper sends
    to (and for a network's schedule, one that keeps a schedule), a text held by a schedule has the network's id
    and the fingerprint of what was handed over, one being sent has when it was sent, and the post of a text held
    by a schedule or being sent is scheduled (or failed on another channel). The outbox acts on such a claim (it
    takes a changed post back from the network, asks it about one that is due): a claim from outside that breaks
    these rules is no record of the app's. `post` and `channel` are the records it points at (None: not known)."""
    from models.channel import NATIVE_SCHEDULING
    from models.post import DeliveryState, PostStatus

    state = variant.get("state")
    held, sending = DeliveryState.SCHEDULED_REMOTE.value, DeliveryState.SENDING.value
    if state not in (held, sending, DeliveryState.UNCONFIRMED.value):
        return None
    if state == held and not (variant.get("remote_id") and variant.get("remote_fingerprint")):
        return Problem("remote_id" if not variant.get("remote_id") else "remote_fingerprint", Fault.CLAIM_WITHOUT_ID)
    if state == sending and variant.get("sending_since") is None:
        return Problem("sending_since", Fault.MISSING)
    if channel is not None:
        network = channel.get("network")
        if network not in _SENT_BY_THE_APP:
            return Problem("state", Fault.CLAIM_NOT_SENT, one_line(network, 40))
        if state == held and network not in {member.value for member in NATIVE_SCHEDULING}:
            return Problem("state", Fault.CLAIM_NO_SCHEDULE, one_line(network, 40))
    if post is not None and state in (held, sending) and (
            post.get("status") not in (PostStatus.SCHEDULED.value, PostStatus.FAILED.value)
            or post.get("scheduled_at") is None):
        return Problem("state", Fault.CLAIM_NOT_SCHEDULED, str(state))
    return None


def answered_problem(item: Mapping[str, Any], answer: Mapping[str, Any] | None) -> Problem | None:
    """An inbox item that says it was answered is consistent only where the outbox (or the officer's "mark it
    sent") could have made it so: its `answer_id` names an answer record (`answer`, from the file or this laptop;
    None: neither holds it) of this very item on its channel, that answer is published and says when, and the
    item was answered no earlier than it came in. What cannot be checked here: whether the network really holds
    that answer (its id and link are the other laptop's word; the network is not asked during an import)."""
    if item.get("state") != "answered":
        return None
    if not item.get("answer_id") or item.get("answered_at") is None:
        return Problem("answer_id" if not item.get("answer_id") else "answered_at", Fault.ANSWERED_WITHOUT_ANSWER)
    if answer is None or answer.get("item_id") != item.get("id") or answer.get("channel_id") != item.get(
            "channel_id") or answer.get("state") != "published" or answer.get("published_at") is None \
            or answer.get("deleted_at") is not None:
        return Problem("answer_id", Fault.ANSWERED_WITHOUT_ANSWER)
    if str(item.get("answered_at")) < str(item.get("received_at")):
        return Problem("answered_at", Fault.ANSWERED_WITHOUT_ANSWER)
    return None


def answer_claim_problem(answer: Mapping[str, Any]) -> Problem | None:
    """An inbox answer that says it went out, or is going out, holds what the outbox writes then: a published one
    when it was published, one being sent since when (the outbox settles it from that time)."""
    if answer.get("state") == "published" and answer.get("published_at") is None:
        return Problem("published_at", Fault.MISSING)
    if answer.get("state") == "sending" and answer.get("sending_since") is None:
        return Problem("sending_since", Fault.MISSING)
    return None
