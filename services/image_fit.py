"""Images as a network takes them: what a file really is (read from its content), and a version of a photo fitted
to a network's limits (scaled, re-encoded, turned upright, without metadata such as the place it was taken).

The fitted version is an image of its own in the media library, named by the hash of its content, with the
original kept beside it; the record says which original and which limits it was made for, so it is made once.
Only still images are fitted: an animation over a network's limits is reported before the post can be marked
ready (models/readiness.py), never cut down here.
"""

from __future__ import annotations

import hashlib
import io
import logging
import math
from dataclasses import replace

from models.channel import JPEG, PNG, ImageLimits
from models.media import Media
from models.readiness import fits_as_it_is, image_trouble
from services.errors import KnownError, translate
from services.media_library import SUFFIXES, media_dir, media_path, read_image_facts
from services.store import Store, known_error_for

log = logging.getLogger(__name__)

QUALITIES = (90, 82, 74, 66)  # JPEG qualities tried, best first, before the image is made smaller
SHRINK = 0.8  # each further try scales the image to this share of its width and height
SMALLEST_SIDE = 200  # pixels: smaller than this is no longer a useful photo
_EXIF_ORIENTATION, _EXIF_GPS = 0x0112, 0x8825


def image_for_network(store: Store, media: Media, limits: ImageLimits) -> Media:
    """The image as this network gets it: the original when the network takes it as it is (and it tells no
    place or orientation of its own), else a version fitted to the limits, made once and kept.

    Raises KnownError when the file is missing or unreadable, or the image cannot be fitted (an animation)."""
    path = media_path(store, media)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise KnownError(translate("ImageFit", "The image file {name} is missing or cannot be read from the data "
                                               "folder ({reason}). Add the image to the post again.").format(
            name=media.file_name, reason=error.strerror or type(error).__name__)) from None
    facts = read_image_facts(data, media.file_name)  # the file as it is now, not as its record says
    actual = replace(media, mime_type=facts.mime_type, width=facts.width, height=facts.height, frames=facts.frames,
                     size_bytes=len(data))
    trouble = image_trouble(actual, limits)
    if trouble is not None:
        raise KnownError(translate("ImageFit", "An animated image in this post cannot go to this network; use a "
                                               "still image."))
    if fits_as_it_is(actual, limits) and not _tells_more_than_pixels(data):
        return media
    for fitted in store.find(Media, "original_id = ? AND fitted_for = ?", [media.id, limits.key]):
        if media_path(store, fitted).is_file():
            return fitted
    return _store_fitted(store, media, limits, fit(data, limits))


def fit(data: bytes, limits: ImageLimits) -> tuple[bytes, str, int, int]:
    """The image re-encoded to fit: upright, in a type the network takes (PNG where it has transparency and PNG
    is taken, else JPEG), no metadata (EXIF with its GPS position, XMP, comments), and scaled and compressed
    step by step until it is within the size and pixels. Returns the bytes, their type and the size in pixels.
    Raises KnownError when even a small version does not fit."""
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(data)) as opened:
        upright = ImageOps.exif_transpose(opened)
    transparent = upright.mode in ("RGBA", "LA", "PA") or "transparency" in upright.info
    kind = PNG if transparent and PNG in limits.types else JPEG
    if kind == JPEG:
        if transparent:
            rgba = upright.convert("RGBA")
            flat = Image.new("RGB", rgba.size, (255, 255, 255))
            flat.paste(rgba, mask=rgba.getchannel("A"))
            upright = flat
        else:
            upright = upright.convert("RGB")
    else:
        upright = upright.convert("RGBA")
    width, height = upright.size
    scale = 1.0
    if limits.max_pixels is not None and width * height > limits.max_pixels:
        scale = math.sqrt(limits.max_pixels / (width * height)) * 0.999
    while True:
        size = (max(1, int(width * scale)), max(1, int(height * scale)))
        frame = upright if size == (width, height) else upright.resize(size, Image.Resampling.LANCZOS)
        for quality in QUALITIES if kind == JPEG else (0,):
            out = io.BytesIO()
            if kind == JPEG:
                frame.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
            else:
                frame.save(out, "PNG", optimize=True)
            encoded = out.getvalue()
            if len(encoded) <= limits.max_bytes and (limits.max_pixels is None
                                                      or size[0] * size[1] <= limits.max_pixels):
                return encoded, kind, size[0], size[1]
        if min(size) * SHRINK < SMALLEST_SIDE:
            raise KnownError(translate("ImageFit", "An image in this post cannot be made small enough for this "
                                                   "network; use a smaller image."))
        scale *= SHRINK


def _tells_more_than_pixels(data: bytes) -> bool:
    """True when the file carries where it was taken (EXIF GPS), a turn to apply (EXIF orientation) or XMP
    metadata: it then goes out re-encoded, upright and without them."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            exif = image.getexif()
            return (_EXIF_GPS in exif or exif.get(_EXIF_ORIENTATION, 1) not in (0, 1)
                    or any("xmp" in str(key).lower() for key in image.info))
    except (OSError, ValueError, SyntaxError):
        return False


def _store_fitted(store: Store, original: Media, limits: ImageLimits, fitted: tuple[bytes, str, int, int]) -> Media:
    data, mime, width, height = fitted
    digest = hashlib.sha256(data).hexdigest()
    same = store.find(Media, "sha256 = ?", [digest], include_deleted=True)
    file_name = same[0].file_name if same else f"{digest}{SUFFIXES[mime]}"
    target = media_dir(store) / file_name
    if not target.is_file():
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.name + ".partial")
            partial.write_bytes(data)
            partial.replace(target)
        except OSError as error:
            raise known_error_for(error, target) or KnownError(str(error)) from None
    log.info("image %s fitted for %s: %d bytes, %dx%d", original.file_name, limits.key, len(data), width, height)
    if same:
        return same[0]
    return store.save(Media(sha256=digest, file_name=file_name, mime_type=mime, width=width, height=height,
                            size_bytes=len(data), original_id=original.id, fitted_for=limits.key))
