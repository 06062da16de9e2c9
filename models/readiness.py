"""What keeps a post from being marked ready: texts over their network's limit, images without alt text, too
many images for a network. Public bodies must publish accessible content, so a missing alt text blocks."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from models.channel import ChannelAccount, Network

if TYPE_CHECKING:
    from models.text_rules import LimitCheck


class ProblemKind(StrEnum):
    NO_CHANNEL = "no_channel"
    NO_DATE = "no_date"
    TOO_LONG = "too_long"
    NO_ALT_TEXT = "no_alt_text"
    TOO_MANY_IMAGES = "too_many_images"
    NEEDS_IMAGE = "needs_image"
    EMPTY_TEXT = "empty_text"


@dataclass(frozen=True)
class Problem:
    kind: ProblemKind
    channel: ChannelAccount | None = None
    limit: LimitCheck | None = None  # for TOO_LONG
    count: int = 0  # images: how many there are / for NO_ALT_TEXT how many lack it
    allowed: int = 0


def readiness_problems(
    texts: dict[str, str],
    channels: list[ChannelAccount],
    image_alt_texts: list[str],
    *,
    has_date: bool,
) -> list[Problem]:
    """Problems that block "ready" and "scheduled". `texts` maps channel id to the text that goes out there."""
    from models.text_rules import RULES, check_text  # loads `regex`: only when a post is checked

    problems: list[Problem] = []
    if not channels:
        problems.append(Problem(ProblemKind.NO_CHANNEL))
    if not has_date:
        problems.append(Problem(ProblemKind.NO_DATE))
    missing_alt = sum(1 for alt in image_alt_texts if not alt.strip())
    if missing_alt:
        problems.append(Problem(ProblemKind.NO_ALT_TEXT, count=missing_alt))
    for channel in channels:
        text = texts.get(channel.id, "")
        rules = RULES[channel.network]
        if not text.strip() and not (image_alt_texts and channel.network is not Network.MANUAL):
            problems.append(Problem(ProblemKind.EMPTY_TEXT, channel=channel))
        check = check_text(channel.network, text, max_characters=channel.max_characters)
        problems.extend(Problem(ProblemKind.TOO_LONG, channel=channel, limit=broken) for broken in check.broken)
        if rules.max_images is not None and len(image_alt_texts) > rules.max_images:
            problems.append(Problem(ProblemKind.TOO_MANY_IMAGES, channel=channel, count=len(image_alt_texts),
                                    allowed=rules.max_images))
        if rules.needs_image and not image_alt_texts:
            problems.append(Problem(ProblemKind.NEEDS_IMAGE, channel=channel))
    return problems
