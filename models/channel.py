"""Channel accounts: where posts go."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

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

    def needs_attention(self, now: datetime) -> bool:
        """A token that failed its last use, or that expires within two weeks."""
        if self.last_error:
            return True
        return self.token_expires_at is not None and self.token_expires_at - now < EXPIRY_WARNING
