"""Images: kept once in the data folder, and attached to posts with their alt text."""

from __future__ import annotations

from dataclasses import dataclass

from models.common import Record


@dataclass(kw_only=True, eq=False, repr=False)
class Media(Record):
    """An image kept once in the data folder, named by the hash of its content."""

    sha256: str
    file_name: str
    mime_type: str = ""
    width: int = 0
    height: int = 0
    size_bytes: int = 0
    frames: int = 1  # more than one: an animation
    original_id: str | None = None  # a version fitted to a network's limits: the image it was made from
    fitted_for: str = ""  # ... and the limits it fits (ImageLimits.key)


@dataclass(kw_only=True, eq=False, repr=False)
class PostMedia(Record):
    """An image attached to a post, in order, with its alt text (which belongs to the use, not the file)."""

    post_id: str
    media_id: str
    position: int = 0
    alt_text: str = ""
