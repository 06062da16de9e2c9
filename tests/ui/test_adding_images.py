"""A file that is no readable image is refused when it is added to a post, whatever its name: through "Add images…"
and by dropping it on the composer, with a message that names the file; a real image beside it still comes in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QFileDialog

from models.channel import ChannelAccount, Network
from models.media import Media
from models.settings import Country, Municipality
from services.media_library import media_dir
from services.preferences import save_municipality
from services.store import Store
from ui.calendar_tab import CalendarTab


@pytest.fixture
def tab(qtbot, store: Store) -> Iterator[CalendarTab]:  # type: ignore[no-untyped-def]
    save_municipality(store, Municipality("Oosterzande", Country.NL, "Europe/Amsterdam"))
    store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    widget = CalendarTab(store, today=date(2026, 3, 4))
    widget.resize(1200, 800)
    qtbot.addWidget(widget)
    widget.show()
    widget.new_post_on(date(2026, 3, 12))
    yield widget
    widget.flush()


def text_named_png(folder: Path, name: str = "foto.png") -> Path:
    path = folder / name
    path.write_text("Notulen van de raadsvergadering, geen foto.", encoding="utf-8")
    return path


def photo(path: Path) -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#6aa84f"))
    image.save(str(path))
    return path


def drop(tab: CalendarTab, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    composer = tab.composer
    assert composer is not None
    composer.dropEvent(event)


def nothing_stored(store: Store) -> bool:
    folder = media_dir(store)
    return store.find(Media) == [] and (not folder.exists() or not any(folder.iterdir()))


@pytest.mark.usefixtures("english")
def test_a_text_file_named_png_is_refused_by_add_images(tab: CalendarTab, store: Store, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    fake = text_named_png(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: ([str(fake)], ""))
    tab.composer.image_strip.add_image_button.click()
    assert tab.message.isVisible()
    assert tab.message.text() == "foto.png is not an image Omroeper can use (JPEG, PNG, GIF or WebP)."
    assert tab.composer.images.rowCount() == 0 and nothing_stored(store)


@pytest.mark.usefixtures("english")
def test_a_dropped_text_file_named_png_is_refused_and_a_photo_beside_it_comes_in(tab: CalendarTab, store: Store,
                                                                                tmp_path: Path) -> None:
    drop(tab, text_named_png(tmp_path))
    assert tab.message.isVisible() and tab.message.text().startswith("foto.png is not an image")
    assert tab.composer.images.rowCount() == 0 and nothing_stored(store)

    drop(tab, photo(tmp_path / "markt.png"), text_named_png(tmp_path, "plein.jpg"), text_named_png(tmp_path, "x.gif"))
    assert tab.composer.images.rowCount() == 1
    assert [media.mime_type for media in store.find(Media)] == ["image/png"]
    # Each refused file is named, not only the last one.
    assert "plein.jpg is not an image" in tab.message.text() and "x.gif is not an image" in tab.message.text()


def damaged_pictures(folder: Path) -> list[Path]:
    """A PNG cut off halfway, and one whose header and checksums are right but whose pixel data is garbage: both
    open as images by their header alone."""
    import struct
    import zlib

    whole = photo(folder / "heel.png").read_bytes()
    cut = folder / "half.png"
    cut.write_bytes(whole[: len(whole) // 2])

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    garbage = folder / "rommel.png"
    garbage.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 48, 8, 2, 0, 0, 0))
                        + chunk(b"IDAT", b"not deflated pixel data at all" * 4) + chunk(b"IEND", b""))
    return [cut, garbage]


@pytest.mark.usefixtures("english")
def test_a_picture_whose_pixels_are_damaged_or_cut_off_is_refused(tab: CalendarTab, store: Store,
                                                                  tmp_path: Path) -> None:
    drop(tab, *damaged_pictures(tmp_path))
    assert tab.composer.images.rowCount() == 0 and nothing_stored(store)
    assert "half.png is not an image" in tab.message.text() and "rommel.png is not an image" in tab.message.text()
