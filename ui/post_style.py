"""How a post looks in every view: its status colour, its channels' short names and its delivery state's sign,
with the words for them in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from models.channel import ChannelAccount, Network
from models.post import DeliveryState, PostStatus

# Mid-tone colours that read on light and dark backgrounds alike.
STATUS_COLOURS = {
    PostStatus.IDEA: "#8a8f98",
    PostStatus.DRAFT: "#d4932a",
    PostStatus.READY: "#3b82c4",
    PostStatus.SCHEDULED: "#2e9e5b",
    PostStatus.PUBLISHED: "#5b6b7a",
    PostStatus.FAILED: "#d64541",
}

NETWORK_SHORT = {
    Network.MASTODON: "Ma",
    Network.BLUESKY: "Bs",
    Network.FACEBOOK: "Fb",
    Network.LINKEDIN: "Li",
    Network.INSTAGRAM: "Ig",
    Network.THREADS: "Th",
    Network.X: "X",
    Network.MANUAL: "",  # a manual channel is named by its own first letters: "Wha" for WhatsApp
}

# Signs found in the common UI fonts (Segoe UI, San Francisco, DejaVu); emoji are not everywhere.
STATE_SIGNS = {
    DeliveryState.SCHEDULED_REMOTE: "☁",  # safe at the network
    DeliveryState.QUEUED: "⌂",  # needs this laptop on
    DeliveryState.SENDING: "…",
    DeliveryState.PUBLISHED: "✓",
    DeliveryState.FAILED: "⚠",
    DeliveryState.UNCONFIRMED: "?",
    DeliveryState.PAUSED: "‖",
    DeliveryState.REMINDER: "✍",  # post by hand
    DeliveryState.OVERDUE: "!",  # was due while offline: decide
}


def channel_short(channel: ChannelAccount) -> str:
    """Two or three letters for a channel in a crowded calendar cell."""
    return NETWORK_SHORT[channel.network] or channel.name[:3]


def legend() -> str:
    """The signs explained, for under the calendar."""
    shown = (
        DeliveryState.SCHEDULED_REMOTE,
        DeliveryState.QUEUED,
        DeliveryState.REMINDER,
        DeliveryState.PUBLISHED,
        DeliveryState.FAILED,
    )
    signs = [f"{STATE_SIGNS[state]} {state_name(state)}" for state in shown]
    return "   ".join([*signs, QCoreApplication.translate("PostStyle", "green band: someone away")])


def status_colour(status: PostStatus) -> QColor:
    return QColor(STATUS_COLOURS[status])


def status_name(status: PostStatus) -> str:
    names = {
        PostStatus.IDEA: QCoreApplication.translate("PostStyle", "Idea"),
        PostStatus.DRAFT: QCoreApplication.translate("PostStyle", "Draft"),
        PostStatus.READY: QCoreApplication.translate("PostStyle", "Ready"),
        PostStatus.SCHEDULED: QCoreApplication.translate("PostStyle", "Scheduled"),
        PostStatus.PUBLISHED: QCoreApplication.translate("PostStyle", "Published"),
        PostStatus.FAILED: QCoreApplication.translate("PostStyle", "Failed"),
    }
    return names[status]


def state_name(state: DeliveryState) -> str:
    names = {
        DeliveryState.NOT_QUEUED: QCoreApplication.translate("PostStyle", "not scheduled yet"),
        DeliveryState.QUEUED: QCoreApplication.translate("PostStyle", "needs this laptop on"),
        DeliveryState.SCHEDULED_REMOTE: QCoreApplication.translate("PostStyle", "safe at the network"),
        DeliveryState.SENDING: QCoreApplication.translate("PostStyle", "sending"),
        DeliveryState.PUBLISHED: QCoreApplication.translate("PostStyle", "published"),
        DeliveryState.FAILED: QCoreApplication.translate("PostStyle", "failed"),
        DeliveryState.UNCONFIRMED: QCoreApplication.translate("PostStyle", "unconfirmed: please check"),
        DeliveryState.PAUSED: QCoreApplication.translate("PostStyle", "paused"),
        DeliveryState.REMINDER: QCoreApplication.translate("PostStyle", "post by hand"),
        DeliveryState.OVERDUE: QCoreApplication.translate("PostStyle", "overdue: send now or skip"),
    }
    return names[state]
