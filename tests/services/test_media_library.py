"""The image library in the data folder: what an image is comes from its content, and each is kept once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image as Picture

from models.media import Media
from services.errors import KnownError
from services.media_library import add_image, media_path
from services.store import Store


def animation(path: Path, frames: int = 3, size: tuple[int, int] = (40, 30)) -> Path:
    pictures = [Picture.new("RGB", size, colour) for colour in ("red", "green", "blue", "white")[:frames]]
    pictures[0].save(path, "GIF", save_all=True, append_images=pictures[1:], duration=100, loop=0)
    return path


def test_what_an_image_is_comes_from_its_content_not_its_name(store: Store, tmp_path: Path) -> None:
    fake = tmp_path / "foto.png"
    fake.write_text("this is a text file")
    with pytest.raises(KnownError) as caught:
        add_image(store, fake)
    assert "not an image Omroeper can use" in caught.value.message and store.find(Media) == []
    named_wrongly = tmp_path / "animatie.jpg"
    animation(named_wrongly)
    media = add_image(store, named_wrongly)
    assert (media.mime_type, media.frames, media.width, media.height) == ("image/gif", 3, 40, 30)
    assert media.file_name.endswith(".gif")


def test_the_same_picture_added_twice_is_kept_once(store: Store, tmp_path: Path) -> None:
    first = tmp_path / "plein.png"
    Picture.new("RGB", (30, 20), "green").save(first)
    again = tmp_path / "kopie van plein.png"
    again.write_bytes(first.read_bytes())
    media = add_image(store, first)
    assert add_image(store, again) == media
    assert store.find(Media) == [media]
    assert media_path(store, media).read_bytes() == first.read_bytes()


def test_an_image_larger_than_20_megabytes_is_refused_before_it_is_read(store: Store, tmp_path: Path) -> None:
    huge = tmp_path / "scan.jpg"
    with huge.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024 + 1)
    with pytest.raises(KnownError, match="larger than 20 MB"):
        add_image(store, huge)
    assert store.find(Media) == []
