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
}


def channel_short(channel: ChannelAccount) -> str:
    """Two or three letters for a channel in a crowded calendar cell."""
    return NETWORK_SHORT[channel.network] or channel.name[:3]


def legend() -> str:
    """The signs explained, for under the calendar."""
    shown = (DeliveryState.SCHEDULED_REMOTE, DeliveryState.QUEUED, DeliveryState.REMINDER,
             DeliveryState.PUBLISHED, DeliveryState.FAILED)
    return "   ".join(f"{STATE_SIGNS[state]} {state_name(state)}" for state in shown)


def status_colour(status: PostStatus) -> QColor:
    return QColor(STATUS_COLOURS[status])


def _tr(text: str) -> str:
    return QCoreApplication.translate("PostStyle", text)


def status_name(status: PostStatus) -> str:
    names = {
        PostStatus.IDEA: _tr("Idea"),
        PostStatus.DRAFT: _tr("Draft"),
        PostStatus.READY: _tr("Ready"),
        PostStatus.SCHEDULED: _tr("Scheduled"),
        PostStatus.PUBLISHED: _tr("Published"),
        PostStatus.FAILED: _tr("Failed"),
    }
    return names[status]


def state_name(state: DeliveryState) -> str:
    names = {
        DeliveryState.NOT_QUEUED: _tr("not scheduled yet"),
        DeliveryState.QUEUED: _tr("needs this laptop on"),
        DeliveryState.SCHEDULED_REMOTE: _tr("safe at the network"),
        DeliveryState.SENDING: _tr("sending"),
        DeliveryState.PUBLISHED: _tr("published"),
        DeliveryState.FAILED: _tr("failed"),
        DeliveryState.UNCONFIRMED: _tr("unconfirmed: please check"),
        DeliveryState.PAUSED: _tr("paused"),
        DeliveryState.REMINDER: _tr("post by hand"),
    }
    return names[state]


def network_name(network: Network) -> str:
    names = {
        Network.MASTODON: "Mastodon",
        Network.BLUESKY: "Bluesky",
        Network.FACEBOOK: "Facebook",
        Network.LINKEDIN: "LinkedIn",
        Network.INSTAGRAM: "Instagram",
        Network.THREADS: "Threads",
        Network.X: "X",
        Network.MANUAL: _tr("by hand"),
    }
    return names[network]
