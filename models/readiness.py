"""What keeps a post from being marked ready: texts over their network's limit, images without alt text, too
many images for a network, and images a network would refuse even after Omroeper fits them. Public bodies must
publish accessible content, so a missing alt text blocks. Nothing a network will refuse at publish time may pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from models.channel import ChannelAccount, ImageLimits, Network
from models.media import Media

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
    IMAGE_NOT_TAKEN = "image_not_taken"  # `count`: which image (1 = the first); `trouble` says why
    ALT_TEXT_TOO_LONG = "alt_text_too_long"  # `count`: which image; `allowed`: the network's limit


class ImageTrouble(StrEnum):
    """Why an image cannot go to a network even after Omroeper fits it: only a still image can be scaled down
    and re-encoded here."""

    ANIMATION_NOT_TAKEN = "animation_not_taken"  # the network shows no animated images
    ANIMATION_TOO_BIG = "animation_too_big"  # over the network's size or pixels, and an animation cannot be fitted
    TOO_MANY_FRAMES = "too_many_frames"


@dataclass(frozen=True)
class Problem:
    kind: ProblemKind
    channel: ChannelAccount | None = None
    limit: LimitCheck | None = None  # for TOO_LONG
    count: int = 0  # images: how many there are / for NO_ALT_TEXT how many lack it / for an image: which one
    allowed: int = 0
    trouble: ImageTrouble | None = None  # for IMAGE_NOT_TAKEN


def pixels(media: Media) -> int:
    return max(0, media.width) * max(0, media.height)


def image_trouble(media: Media, limits: ImageLimits) -> ImageTrouble | None:
    """What keeps this image from a network with these limits; None when it goes as it is or once fitted
    (a still image is scaled and re-encoded until it fits)."""
    if media.frames <= 1:
        return None
    if not limits.animated or media.mime_type not in limits.types:
        return ImageTrouble.ANIMATION_NOT_TAKEN
    if limits.max_frames is not None and media.frames > limits.max_frames:
        return ImageTrouble.TOO_MANY_FRAMES
    if media.size_bytes > limits.max_bytes or (limits.max_pixels is not None and pixels(media) > limits.max_pixels):
        return ImageTrouble.ANIMATION_TOO_BIG
    return None


def fits_as_it_is(media: Media, limits: ImageLimits) -> bool:
    """True when the network takes the file unchanged: its type, size and pixels are within the limits."""
    return (media.mime_type in limits.types and 0 < media.size_bytes <= limits.max_bytes
            and (limits.max_pixels is None or pixels(media) <= limits.max_pixels))


def readiness_problems(
    texts: dict[str, str],
    channels: list[ChannelAccount],
    image_alt_texts: list[str],
    *,
    has_date: bool,
    images: Sequence[Media] = (),
) -> list[Problem]:
    """Problems that block "ready" and "scheduled". `texts` maps channel id to the text that goes out there;
    `images`, where known, are the image files in the order of `image_alt_texts`."""
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
        counted = channel.counted_as  # a channel posted to by hand: the rules of the network it is for
        rules = RULES[counted]
        if not text.strip() and not (image_alt_texts and counted is not Network.MANUAL):
            problems.append(Problem(ProblemKind.EMPTY_TEXT, channel=channel))
        check = check_text(counted, text, max_characters=channel.max_characters)
        problems.extend(Problem(ProblemKind.TOO_LONG, channel=channel, limit=broken) for broken in check.broken)
        if rules.max_images is not None and len(image_alt_texts) > rules.max_images:
            problems.append(Problem(ProblemKind.TOO_MANY_IMAGES, channel=channel, count=len(image_alt_texts),
                                    allowed=rules.max_images))
        if rules.needs_image and not image_alt_texts:
            problems.append(Problem(ProblemKind.NEEDS_IMAGE, channel=channel))
        limits = channel.images_taken()
        if limits is None:
            continue
        for number, media in enumerate(images, 1):
            trouble = image_trouble(media, limits)
            if trouble is not None:
                problems.append(Problem(ProblemKind.IMAGE_NOT_TAKEN, channel=channel, count=number, trouble=trouble))
        if limits.alt_characters is not None:
            problems.extend(Problem(ProblemKind.ALT_TEXT_TOO_LONG, channel=channel, count=number,
                                    allowed=limits.alt_characters)
                            for number, alt in enumerate(image_alt_texts, 1) if len(alt) > limits.alt_characters)
    return problems
