"""Images as each network takes them: known when the image is added, a photo too big for a network fitted (the
original kept), one that cannot fit blocking "ready" with a message, and nothing that tells where a photo was
taken leaving the laptop."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image as Picture

from models.channel import ChannelAccount, ImageLimits, Network
from models.media import Media, PostMedia
from models.post import DeliveryState, Post, PostStatus, Variant
from services.image_fit import image_for_network
from services.media_library import add_image, media_path
from services.networks.bluesky import BlueskyClient
from services.networks.mastodon import MastodonClient
from services.outbox import run_outbox
from services.post_editing import NotReadyError, save_post, variants_of
from services.store import Store
from tests.conftest import FakeClock
from tests.services import bluesky_server
from tests.services.bluesky_server import APP_PASSWORD, HANDLE, BlueskyServer
from tests.services.mastodon_server import TOKEN, MastodonServer

NOON = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
GPS_IFD, ORIENTATION = 0x8825, 0x0112


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOON)


@pytest.fixture
def bluesky() -> Iterator[BlueskyServer]:
    state = BlueskyServer()
    httpd = bluesky_server.serve(state)
    yield state
    bluesky_server.stop(httpd, state)


def noisy_photo(path: Path, size: tuple[int, int] = (1800, 1200), **save: object) -> Path:
    """A photo that compresses badly (random pixels), so it is large for its size in pixels."""
    Picture.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3)).save(path, "JPEG", quality=95, **save)
    return path


def animation(path: Path, frames: int = 3, size: tuple[int, int] = (40, 30)) -> Path:
    pictures = [Picture.new("RGB", size, colour) for colour in ("red", "green", "blue", "white")[:frames]]
    pictures[0].save(path, "GIF", save_all=True, append_images=pictures[1:], duration=100, loop=0)
    return path


def with_image(store: Store, media: Media, *channels: ChannelAccount, status: PostStatus = PostStatus.SCHEDULED,
               when: datetime = NOON) -> Post:
    post = Post(title="Plein", body="Het nieuwe plein", status=status, scheduled_at=when)
    return save_post(store, post, [Variant(post_id=post.id, channel_id=c.id) for c in channels],
                     [PostMedia(post_id=post.id, media_id=media.id, alt_text="Het plein met bomen")])


def test_a_photo_too_big_for_bluesky_goes_there_fitted_and_the_original_is_kept(
        store: Store, clock: FakeClock, tmp_path: Path, bluesky: BlueskyServer) -> None:
    original = add_image(store, noisy_photo(tmp_path / "markt.jpg"))
    assert original.size_bytes > 1_000_000
    channel = store.save(ChannelAccount(network=Network.BLUESKY, name="Bluesky", base_url=bluesky.url,
                                        handle=HANDLE, has_secret=True))
    post = with_image(store, original, channel)
    run_outbox(store, lambda c: BlueskyClient(bluesky.url, HANDLE, APP_PASSWORD, clock=clock), clock.now)
    assert [v.state for v in variants_of(store, post.id)] == [DeliveryState.PUBLISHED]
    [blob] = bluesky.blobs.values()
    assert len(blob) <= 1_000_000 and Picture.open(io.BytesIO(blob)).format == "JPEG"
    [fitted] = store.find(Media, "original_id = ?", [original.id])
    assert fitted.size_bytes == len(blob) and media_path(store, fitted).read_bytes() == blob
    assert media_path(store, original).stat().st_size == original.size_bytes  # the original is untouched
    again = image_for_network(store, original, channel.images_taken())  # type: ignore[arg-type]
    assert again.id == fitted.id  # made once


def test_a_photo_tells_nobody_where_it_was_taken_and_stands_upright(store: Store, clock: FakeClock, tmp_path: Path,
                                                                    server: MastodonServer) -> None:
    exif = Picture.Exif()
    exif[ORIENTATION] = 6  # taken with the phone turned: to be shown turned a quarter
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (52.0, 5.0, 0.0), 3: "E", 4: (4.0, 53.0, 0.0)})
    source = tmp_path / "thuis.jpg"
    Picture.new("RGB", (60, 40), "orange").save(source, "JPEG", exif=exif)
    original = add_image(store, source)
    channel = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url=server.url,
                                        has_secret=True))
    with_image(store, original, channel)
    run_outbox(store, lambda c: MastodonClient(server.url, TOKEN, sleep=lambda s: None), clock.now)
    [uploaded] = server.media.values()
    sent = Picture.open(io.BytesIO(uploaded["data"]))
    assert GPS_IFD not in sent.getexif() and sent.getexif().get(ORIENTATION, 1) == 1
    assert sent.size == (40, 60)  # turned upright
    assert GPS_IFD in Picture.open(media_path(store, original)).getexif()  # the original stays as it was


def test_an_animation_that_cannot_go_blocks_ready_with_a_message(store: Store, tmp_path: Path) -> None:
    bluesky = store.save(ChannelAccount(network=Network.BLUESKY, name="Bluesky"))
    mastodon = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    gif = add_image(store, animation(tmp_path / "zwaai.gif"))
    assert with_image(store, gif, mastodon).status is PostStatus.SCHEDULED  # Mastodon shows animations
    with pytest.raises(NotReadyError) as caught:
        with_image(store, gif, mastodon, bluesky)
    assert "Image 1 is animated, and Bluesky shows no animated images" in caught.value.message


def test_an_animation_too_large_for_a_network_blocks_ready(store: Store, tmp_path: Path) -> None:
    mastodon = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", image_limits=ImageLimits(
        max_bytes=1000, max_pixels=33_177_600).to_json()))
    gif = add_image(store, animation(tmp_path / "groot.gif", size=(300, 300)))
    assert gif.size_bytes > 1000
    with pytest.raises(NotReadyError) as caught:
        with_image(store, gif, mastodon)
    assert "Image 1 is an animation too large for Mastodon" in caught.value.message


def test_a_still_photo_too_large_does_not_block_ready(store: Store, tmp_path: Path) -> None:
    bluesky = store.save(ChannelAccount(network=Network.BLUESKY, name="Bluesky"))
    photo = add_image(store, noisy_photo(tmp_path / "groot.jpg"))
    assert with_image(store, photo, bluesky).status is PostStatus.SCHEDULED  # it is fitted when it goes out


def test_an_alt_text_longer_than_the_instance_takes_blocks_ready(store: Store, tmp_path: Path) -> None:
    mastodon = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    Picture.new("RGB", (10, 10), "blue").save(tmp_path / "klein.png")
    media = add_image(store, tmp_path / "klein.png")
    post = Post(title="Plein", body="Het plein", status=PostStatus.READY, scheduled_at=NOON + timedelta(days=1))
    with pytest.raises(NotReadyError) as caught:
        save_post(store, post, [Variant(post_id=post.id, channel_id=mastodon.id)],
                  [PostMedia(post_id=post.id, media_id=media.id, alt_text="x" * 1501)])
    assert "The alt text of image 1 is longer than Mastodon takes (1500 characters at most)" in caught.value.message


def test_the_instances_own_limits_are_learned_on_first_use(store: Store, clock: FakeClock, tmp_path: Path,
                                                           server: MastodonServer) -> None:
    server.image_size_limit = 30_000
    original = add_image(store, noisy_photo(tmp_path / "markt.jpg", size=(300, 200)))
    assert original.size_bytes > 30_000
    channel = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url=server.url,
                                        has_secret=True))
    with_image(store, original, channel)
    run_outbox(store, lambda c: MastodonClient(server.url, TOKEN, sleep=lambda s: None), clock.now)
    learned = store.get(ChannelAccount, channel.id)
    assert learned is not None and learned.image_limits["max_bytes"] == 30_000
    [uploaded] = server.media.values()
    assert uploaded["size"] <= 30_000 and len(server.statuses) == 1


def test_test_connection_keeps_the_instances_image_limits(store: Store, server: MastodonServer) -> None:
    from services.channels import add_channel, check_connection

    server.image_size_limit = 12_345_678
    channel = add_channel(store, Network.MASTODON, "Mastodon", TOKEN, base_url=server.url)
    check_connection(store, channel, NOON)
    limits = store.get(ChannelAccount, channel.id).images_taken()  # type: ignore[union-attr]
    assert limits is not None and (limits.max_bytes, limits.alt_characters) == (12_345_678, 1500)
