"""How a post looks in every view: its status colour, its channels' short names and its delivery state's sign,
with the words for them in the user's language."""

from __future__ import annotations

from collections.abc import Callable

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


# The order in which a narrow line keeps a post's signs: what needs the officer first.
URGENCY = (DeliveryState.FAILED, DeliveryState.OVERDUE, DeliveryState.UNCONFIRMED, DeliveryState.PAUSED,
           DeliveryState.QUEUED, DeliveryState.SENDING, DeliveryState.REMINDER, DeliveryState.NOT_QUEUED,
           DeliveryState.SCHEDULED_REMOTE, DeliveryState.PUBLISHED)
NO_SIGN = "•"  # a channel whose post is not scheduled yet, where only signs fit


def channel_short(channel: ChannelAccount) -> str:
    """Two or three letters for a channel in a crowded calendar cell."""
    return NETWORK_SHORT[channel.network] or channel.name[:3]


def fit_marks(marks: list[tuple[str, DeliveryState]], room: int, width_of: Callable[[str], int]) -> str:
    """A post's channel marks in `room` pixels, as much as fits and never nothing: every channel's short name and
    sign ("Fb✓ Bs☁ Ma☁"); else every channel's sign ("✓☁☁", "•" for one not scheduled yet); else the most urgent
    signs and how many more ("⚠+2"); else the most urgent sign alone. `marks` holds (short name, state) pairs."""
    if not marks:
        return ""
    full = " ".join(short + STATE_SIGNS.get(state, "") for short, state in marks)
    if width_of(full) <= room:
        return full
    ranked = sorted((state for _short, state in marks), key=URGENCY.index)
    signs = "".join(STATE_SIGNS.get(state, NO_SIGN) for state in ranked)
    if width_of(signs) <= room:
        return signs
    for kept in range(len(signs) - 1, 0, -1):
        shortened = f"{signs[:kept]}+{len(signs) - kept}"
        if width_of(shortened) <= room:
            return shortened
    return signs[0]


def legend_signs() -> list[tuple[str, str]]:
    """Every sign a view draws beside a post's channels, with what it means, for the legend."""
    shown = (DeliveryState.SCHEDULED_REMOTE, DeliveryState.QUEUED, DeliveryState.REMINDER, DeliveryState.PUBLISHED,
             DeliveryState.FAILED, DeliveryState.OVERDUE, DeliveryState.UNCONFIRMED, DeliveryState.PAUSED,
             DeliveryState.SENDING)
    short = {DeliveryState.OVERDUE: QCoreApplication.translate("PostStyle", "overdue"),
             DeliveryState.UNCONFIRMED: QCoreApplication.translate("PostStyle", "unconfirmed")}
    signs = [(STATE_SIGNS[state], short.get(state) or state_name(state)) for state in shown]
    return [*signs, (NO_SIGN, state_name(DeliveryState.NOT_QUEUED))]


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
