"""Channel accounts: where posts go."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from models.common import Record


class Network(StrEnum):
    MASTODON = "mastodon"
    BLUESKY = "bluesky"
    FACEBOOK = "facebook"
    LINKEDIN = "linkedin"
    INSTAGRAM = "instagram"
    THREADS = "threads"
    X = "x"
    MANUAL = "manual"  # WhatsApp, Snapchat, anything without an API: becomes a reminder


class ManualNetwork(StrEnum):
    """Where a channel posted to by hand goes: its network's counting rule holds for its texts (Omroeper does not
    post there itself; its posts become reminders)."""

    OTHER = ""  # anything else (a newsletter, a screen in the town hall): no counting rule
    INSTAGRAM = "instagram"
    THREADS = "threads"
    X = "x"
    WHATSAPP = "whatsapp"  # a WhatsApp channel: no length that matters in practice, so no counting rule


# The network whose counting rule holds for a channel posted to by hand; none for the others.
COUNTED_AS = {ManualNetwork.INSTAGRAM: Network.INSTAGRAM, ManualNetwork.THREADS: Network.THREADS,
              ManualNetwork.X: Network.X}
MANUAL_NETWORK_NAMES = {ManualNetwork.INSTAGRAM: "Instagram", ManualNetwork.THREADS: "Threads", ManualNetwork.X: "X",
                        ManualNetwork.WHATSAPP: "WhatsApp"}

# The networks' own names (proper nouns: the same in every language). Manual channels go by their account's name.
NETWORK_NAMES = {
    Network.MASTODON: "Mastodon",
    Network.BLUESKY: "Bluesky",
    Network.FACEBOOK: "Facebook",
    Network.LINKEDIN: "LinkedIn",
    Network.INSTAGRAM: "Instagram",
    Network.THREADS: "Threads",
    Network.X: "X",
}

# Networks that can hold a scheduled post themselves, so it goes out with the laptop closed.
NATIVE_SCHEDULING = frozenset({Network.MASTODON, Network.FACEBOOK})

# How far ahead a network's own schedule takes a post: Mastodon at least 5 minutes ahead (no upper limit
# documented), Graph 10 minutes to 30 days. The margins keep a slow upload from crossing a line.
NATIVE_WINDOW = {Network.MASTODON: (timedelta(minutes=10), timedelta(days=365)),
                 Network.FACEBOOK: (timedelta(minutes=15), timedelta(days=29))}


def schedules_ahead(network: Network, lead: timedelta) -> bool:
    """Whether the network's own schedule takes a post whose time is `lead` from now: only a network that
    schedules itself, and only within its window (too soon and it must be sent at its time; too far and it waits
    here until it comes within reach)."""
    window = NATIVE_WINDOW.get(network)
    return window is not None and window[0] <= lead <= window[1]


@dataclass(frozen=True)
class ScheduleRoom:
    """How many posts a network's schedule holds per account: in all, and per (UTC) day of their time."""

    total: int
    per_day: int

    def has_room(self, held: Sequence[datetime], when: datetime) -> bool:
        """Whether a schedule holding posts at the times `held` takes one more at `when` (a day is a UTC day, as
        the network counts it)."""
        day = when.astimezone(UTC).date()
        same_day = sum(1 for moment in held if moment.astimezone(UTC).date() == day)
        return len(held) < self.total and same_day < self.per_day

    def gives_way(self, held: Sequence[datetime], when: datetime) -> int | None:
        """Which of the `held` posts (its index) leaves the full schedule to make room for one at `when`: the
        farthest ahead of that day's posts when the day is full, else of all; None when that one is not later
        than `when` (the nearest posts go first)."""
        day = when.astimezone(UTC).date()
        same_day = [index for index, moment in enumerate(held) if moment.astimezone(UTC).date() == day]
        candidates = same_day if len(same_day) >= self.per_day else range(len(held))
        farthest = max(candidates, key=lambda index: held[index], default=None)
        return farthest if farthest is not None and held[farthest] > when else None


# Mastodon refuses a scheduled post beyond 300 per account or 25 on one day.
SCHEDULE_ROOM = {Network.MASTODON: ScheduleRoom(total=300, per_day=25)}

# Networks whose server says its own limits (each Mastodon instance sets its own): asked on an account's first use,
# with IMAGE_LIMITS as the defaults where it says none.
TELLS_ITS_LIMITS = frozenset({Network.MASTODON})

JPEG, PNG, GIF, WEBP = "image/jpeg", "image/png", "image/gif", "image/webp"


@dataclass(frozen=True)
class ImageLimits:
    """What a network takes as an image: at most so many bytes and pixels, these types, animation or not, and
    alt texts up to a length. None: no limit known."""

    max_bytes: int
    max_pixels: int | None = None
    types: frozenset[str] = frozenset({JPEG, PNG, GIF, WEBP})
    animated: bool = True
    max_frames: int | None = None
    alt_characters: int | None = None

    @property
    def key(self) -> str:
        """The limits in one line: an image fitted to these is found again by it."""
        return "|".join([str(self.max_bytes), str(self.max_pixels or ""), ",".join(sorted(self.types)),
                         "a" if self.animated else "", str(self.max_frames or "")])

    def to_json(self) -> dict[str, Any]:
        return {"max_bytes": self.max_bytes, "max_pixels": self.max_pixels, "types": sorted(self.types),
                "animated": self.animated, "max_frames": self.max_frames, "alt_characters": self.alt_characters}

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> ImageLimits | None:
        """Limits as stored on an account; None when what is stored is not a usable set of limits."""
        try:
            max_bytes = int(value["max_bytes"])
            pixels = value.get("max_pixels")
            frames = value.get("max_frames")
            alt = value.get("alt_characters")
            types = frozenset(str(kind) for kind in value.get("types") or ())
            if max_bytes <= 0 or not types:
                return None
            return cls(max_bytes=max_bytes, max_pixels=int(pixels) if pixels else None, types=types,
                       animated=bool(value.get("animated", True)), max_frames=int(frames) if frames else None,
                       alt_characters=int(alt) if alt else None)
        except (KeyError, TypeError, ValueError):
            return None


# Each network's documented image limits (Mastodon's are the defaults until the instance has told its own).
# Bluesky: a blob of at most 1,000,000 bytes per image; no animation in an image embed.
# Facebook: JPEG, PNG, GIF (BMP and TIFF too, which Omroeper does not take); "under 4 MB" recommended, kept as
#   the limit, since Graph documents no higher one.
# LinkedIn: JPG, PNG, GIF (up to 250 frames), fewer than 36,152,320 pixels; no size documented: 5 MB kept.
# Mastodon: 16 MB and 33,177,600 pixels on current servers (older ones 10 MB), alt text 1,500 characters.
IMAGE_LIMITS = {
    Network.BLUESKY: ImageLimits(max_bytes=1_000_000, types=frozenset({JPEG, PNG, WEBP}), animated=False),
    Network.FACEBOOK: ImageLimits(max_bytes=4_000_000, types=frozenset({JPEG, PNG, GIF})),
    Network.LINKEDIN: ImageLimits(max_bytes=5_000_000, max_pixels=36_152_319, types=frozenset({JPEG, PNG, GIF}),
                                  max_frames=250),
    Network.MASTODON: ImageLimits(max_bytes=10_000_000, max_pixels=33_177_600, alt_characters=1500),
}

# A token this close to its end is shown as needing attention.
EXPIRY_WARNING = timedelta(days=14)


@dataclass(kw_only=True, eq=False, repr=False)
class ChannelAccount(Record):
    """One account of the municipality on one network. The secret lives in the OS keychain only,
    under this record's id; `has_secret` says whether one was stored."""

    network: Network
    name: str
    base_url: str = ""
    handle: str = ""
    external_id: str = ""  # Facebook page id, LinkedIn organization id
    has_secret: bool = False
    max_characters: int | None = None  # as the network reported it
    token_expires_at: datetime | None = None
    last_checked_at: datetime | None = None
    last_error: str = ""
    image_limits: dict[str, Any] = field(default_factory=dict)  # as the network reported them (Mastodon)
    held_until: datetime | None = None  # the network asked to slow down: nothing is sent before this
    manual_network: ManualNetwork = ManualNetwork.OTHER  # a channel posted to by hand: which network it is for
    # The account this channel was set up for, as its network names it (Mastodon's account id, Bluesky's DID, the
    # Facebook page's id, the LinkedIn organization's id) and as it is shown ("@gemeente", the page's name): learned
    # at "Test connection" or on first use, and compared with the token's own account before every outbox run.
    account_id: str = ""
    account_name: str = ""

    @property
    def counted_as(self) -> Network:
        """The network whose counting rule and limits hold for this channel's texts: its own, or for a channel
        posted to by hand the network it is for (Instagram's 2,200 characters and 30 hashtags, Threads' 500, X's
        280 weighted); MANUAL (no limit) for WhatsApp and anything else."""
        if self.network is Network.MANUAL:
            return COUNTED_AS.get(self.manual_network, Network.MANUAL)
        return self.network

    def images_taken(self) -> ImageLimits | None:
        """The image limits that hold for this account: its own where the network told them, else its
        network's documented ones; None for a network without image uploads here (manual channels)."""
        own = ImageLimits.from_json(self.image_limits) if self.image_limits else None
        return own or IMAGE_LIMITS.get(self.network)

    def needs_attention(self, now: datetime) -> bool:
        """A token that failed its last use, or that expires within two weeks."""
        if self.last_error:
            return True
        return self.token_expires_at is not None and self.token_expires_at - now < EXPIRY_WARNING
