"""Images in the data folder's media/, each kept once, named by the SHA-256 of its content."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from models.channel import GIF, JPEG, PNG, WEBP
from models.media import Media
from models.validation import is_image_name
from services.errors import KnownError, os_reason, translate
from services.store import Store, known_error_for

MEDIA_DIR_NAME = "media"
IMAGE_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif",
               ".webp": "image/webp"}
MAX_IMAGE_BYTES = 20 * 1024 * 1024  # far above what any network takes; guards against a wrong file
SUFFIXES = {"image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/webp": ".webp"}


NOT_AN_IMAGE_NAME = "not-an-image-name"  # where a name the app never gives points: no file is ever there


def media_dir(store: Store) -> Path:
    return store.path.parent / MEDIA_DIR_NAME


def media_path(store: Store, media: Media) -> Path:
    """Where an image is kept. Only a name the app gives (`<SHA-256 of the content>.<jpg|png|gif|webp>`) becomes
    a path in the media folder. Any other name (a record from a foreign or damaged file: "../../etc/passwd",
    "/home/x/secret.jpg") points at a file the app never writes, so the image counts as missing wherever it is
    used (composer, publishing, export), it is noted as unreadable for the officer, and nothing outside the
    media folder is ever read or uploaded."""
    return image_file(media_dir(store), media.file_name) or _unusable(store, media)


def image_file(folder: Path, file_name: str) -> Path | None:
    """The image in `folder` when `file_name` is a name the app gives, else None. Every path to an image is built
    here (or by `media_path`)."""
    return folder / file_name if is_image_name(file_name) else None


def _unusable(store: Store, media: Media) -> Path:
    store.unreadable.note("media", media.id, "file_name: not a name Omroeper gives")
    return media_dir(store) / NOT_AN_IMAGE_NAME


MAX_PIXELS = 100_000_000  # an image beyond this is refused when added: decoding it could exhaust the laptop
_FORMATS = {"JPEG": JPEG, "PNG": PNG, "GIF": GIF, "WEBP": WEBP}


@dataclass(frozen=True)
class ImageFacts:
    mime_type: str
    width: int
    height: int
    frames: int


DECODED_CHECK_PIXELS = 40_000_000  # decoded whole to prove it is a picture (larger ones: their header only)


def read_image_facts(data: bytes, name: str) -> ImageFacts:
    """What the bytes are, by their content. Raises KnownError for anything that is not a JPEG, PNG, GIF or
    WebP image Pillow can read, or one with an absurd number of pixels."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            mime = _FORMATS.get(image.format or "")
            width, height = image.size
            frames = int(getattr(image, "n_frames", 1) or 1)
            if mime is not None and width * height <= DECODED_CHECK_PIXELS:
                image.draft("RGB", (max(1, width // 8), max(1, height // 8)))  # a JPEG decodes at 1/8: enough
                image.load()  # a file whose header is an image but whose pixels are damaged or cut off fails here
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError, SyntaxError, EOFError):
        mime = None
        width = height = frames = 0
    if mime is None:
        raise KnownError(translate("MediaLibrary", "{name} is not an image Omroeper can use (JPEG, PNG, GIF or "
                                                   "WebP).").format(name=name))
    if width * height > MAX_PIXELS:
        raise KnownError(translate("MediaLibrary", "{name} has more than 100 million pixels; make it smaller first."
                                   ).format(name=name))
    return ImageFacts(mime, width, height, frames)


def add_image(store: Store, source: Path, *, width: int = 0, height: int = 0) -> Media:
    """Copies an image into the library (once, however often it is added) and returns its record.

    What the file is, its size in pixels and its number of frames are read from its content (Pillow), not from
    its name: a file that is no image Omroeper can use is refused, whatever it is called. `width` and `height`
    are what the caller measured; the content's own figures win."""
    if source.suffix.lower() not in IMAGE_TYPES:
        raise KnownError(translate("MediaLibrary", "{name} is not an image Omroeper can use (JPEG, PNG, GIF or WebP)."
                                   ).format(name=source.name))
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise KnownError(translate("MediaLibrary", "{name} cannot be read: {reason}").format(
            name=source.name, reason=os_reason(exc))) from None
    if len(data) > MAX_IMAGE_BYTES:
        raise KnownError(translate("MediaLibrary", "{name} is larger than 20 MB; make it smaller first.").format(
            name=source.name))
    facts = read_image_facts(data, source.name)
    mime = facts.mime_type
    digest = hashlib.sha256(data).hexdigest()
    existing = store.find(Media, "sha256 = ?", [digest], include_deleted=True)
    file_name = f"{digest}{SUFFIXES[mime]}"
    target = media_dir(store) / (existing[0].file_name if existing else file_name)
    if not target.exists():
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.name + ".partial")
            partial.write_bytes(data)
            partial.replace(target)
        except OSError as exc:
            raise known_error_for(exc, target) or KnownError(str(exc)) from None
    if existing:
        media = existing[0]
        if media.deleted_at is not None:
            media.deleted_at = None
            store.save(media)
        return media
    return store.save(Media(sha256=digest, file_name=file_name, mime_type=mime, width=facts.width or width,
                            height=facts.height or height, size_bytes=len(data), frames=facts.frames))
