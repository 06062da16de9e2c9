from __future__ import annotations

from datetime import UTC, datetime

import pytest

from models.channel import ChannelAccount, Network
from models.media import Media, PostMedia
from models.post import Post, PostStatus, Variant
from services.post_editing import (
    NotReadyError,
    delete_post,
    duplicate_post,
    images_of,
    move_post,
    restore_post,
    save_post,
    variants_of,
)
from services.store import Store
from tests.conftest import FakeClock

WHEN = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)


@pytest.fixture
def bluesky(store: Store) -> ChannelAccount:
    return store.save(ChannelAccount(network=Network.BLUESKY, name="Bluesky"))


def test_a_post_is_saved_with_exactly_its_variants(store: Store, bluesky: ChannelAccount) -> None:
    facebook = store.save(ChannelAccount(network=Network.FACEBOOK, name="Facebook"))
    post = Post(title="Oud papier", body="Zaterdag", scheduled_at=WHEN)
    save_post(store, post, [Variant(post_id=post.id, channel_id=bluesky.id),
                            Variant(post_id=post.id, channel_id=facebook.id, body="Langere tekst")])
    save_post(store, post, [v for v in variants_of(store, post.id) if v.channel_id == facebook.id])
    [kept] = variants_of(store, post.id)
    assert kept.channel_id == facebook.id and kept.text(post) == "Langere tekst"


def test_a_text_over_the_limit_cannot_be_marked_ready_and_nothing_is_saved(store: Store,
                                                                          bluesky: ChannelAccount) -> None:
    post = Post(title="Te lang", body="x" * 305, scheduled_at=WHEN, status=PostStatus.READY)
    with pytest.raises(NotReadyError) as caught:
        save_post(store, post, [Variant(post_id=post.id, channel_id=bluesky.id)])
    assert "5 characters too long (300 at most)" in caught.value.message
    assert store.get(Post, post.id) is None
    post.status = PostStatus.DRAFT
    save_post(store, post, [Variant(post_id=post.id, channel_id=bluesky.id)])  # a draft may be too long
    assert store.get(Post, post.id) is not None


@pytest.mark.usefixtures("english")
def test_a_text_longer_than_a_record_holds_is_refused_and_the_saved_version_kept(store: Store,
                                                                                 bluesky: ChannelAccount,
                                                                                 tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A paste gone wrong (over a million characters) was saved, and every handover file then left the post out:
    the stand-in never saw it. It is refused with the reason; what was saved before stays."""
    from services.errors import KnownError
    from services.handover import HandoverNote, export_handover

    post = Post(title="Kermis", body="De kermis begint vrijdag", scheduled_at=WHEN)
    save_post(store, post, [Variant(post_id=post.id, channel_id=bluesky.id)])
    post.body = "kermis " * 150_000  # 1,050,000 characters
    with pytest.raises(KnownError, match="The text is longer than Omroeper can keep: 1,050,000 characters"):
        save_post(store, post, [Variant(post_id=post.id, channel_id=bluesky.id)])
    post.body = "De kermis begint vrijdag"
    with pytest.raises(KnownError, match="A channel's own text is longer"):
        save_post(store, post, [Variant(post_id=post.id, channel_id=bluesky.id, body="x" * 1_000_001)])
    assert store.get(Post, post.id).body == "De kermis begint vrijdag"  # type: ignore[union-attr]
    post.tags = [f"tag{n}" for n in range(600)]  # more tags than a record keeps
    with pytest.raises(KnownError, match="At most 500 tags can be kept; this has 600."):
        save_post(store, post, [Variant(post_id=post.id, channel_id=bluesky.id)])
    post.tags = ["t" * 40_000]
    with pytest.raises(KnownError, match="A tag is longer than Omroeper can keep"):
        save_post(store, post, [Variant(post_id=post.id, channel_id=bluesky.id)])
    assert store.get(Post, post.id).tags == []  # type: ignore[union-attr]
    export_handover(store, tmp_path / "naar-joris.omroeper", HandoverNote(), WHEN)
    assert not store.unreadable.found


def test_an_image_without_alt_text_blocks_ready(store: Store, bluesky: ChannelAccount) -> None:
    media = store.save(Media(sha256="ab" * 32, file_name="x.png"))
    post = Post(body="Kijk", scheduled_at=WHEN, status=PostStatus.SCHEDULED)
    image = PostMedia(post_id=post.id, media_id=media.id, alt_text=" ")
    with pytest.raises(NotReadyError) as caught:
        save_post(store, post, [Variant(post_id=post.id, channel_id=bluesky.id)], [image])
    assert "Images without an alt text: 1." in caught.value.message
    image.alt_text = "Kinderen openen de nieuwe speeltuin"
    save_post(store, post, [Variant(post_id=post.id, channel_id=bluesky.id)], [image])
    assert [link.alt_text for link, _ in images_of(store, post.id)] == ["Kinderen openen de nieuwe speeltuin"]


def test_ready_needs_a_channel_and_a_date(store: Store) -> None:
    with pytest.raises(NotReadyError) as caught:
        save_post(store, Post(body="Zonder kanaal", status=PostStatus.READY), [])
    assert "Choose at least one channel." in caught.value.message
    assert "Give the post a date and time." in caught.value.message


def test_move_returns_the_previous_time(store: Store) -> None:
    post = save_post(store, Post(title="Markt", scheduled_at=WHEN), [])
    later = datetime(2026, 3, 12, 14, 30, tzinfo=UTC)
    assert move_post(store, post.id, later) == WHEN
    moved = store.get(Post, post.id)
    assert moved is not None and moved.scheduled_at == later


def test_delete_and_restore_bring_back_the_post_with_its_variants_only(store: Store, bluesky: ChannelAccount,
                                                                      clock: FakeClock) -> None:
    facebook = store.save(ChannelAccount(network=Network.FACEBOOK, name="Facebook"))
    post = Post(title="Raad", scheduled_at=WHEN)
    save_post(store, post, [Variant(post_id=post.id, channel_id=bluesky.id),
                            Variant(post_id=post.id, channel_id=facebook.id)])
    clock.advance(minutes=1)
    save_post(store, post, [v for v in variants_of(store, post.id) if v.channel_id == bluesky.id])  # drop facebook
    clock.advance(minutes=1)
    delete_post(store, post.id)
    assert store.get(Post, post.id) is None and variants_of(store, post.id) == []
    restore_post(store, post.id)
    assert store.get(Post, post.id) is not None
    assert [v.channel_id for v in variants_of(store, post.id)] == [bluesky.id]  # the dropped one stays dropped


def test_duplicate_is_a_draft_copy_with_channels_and_images(store: Store, bluesky: ChannelAccount) -> None:
    media = store.save(Media(sha256="cd" * 32, file_name="y.png"))
    post = Post(title="Kerstmarkt", body="Gezellig", scheduled_at=WHEN, status=PostStatus.SCHEDULED)
    save_post(store, post, [Variant(post_id=post.id, channel_id=bluesky.id, body="Kort")],
              [PostMedia(post_id=post.id, media_id=media.id, alt_text="Kraampjes")])
    copy = duplicate_post(store, post.id)
    assert copy.id != post.id and copy.status is PostStatus.DRAFT and copy.title == "Kerstmarkt (copy)"
    assert [(v.channel_id, v.body) for v in variants_of(store, copy.id)] == [(bluesky.id, "Kort")]
    assert [link.alt_text for link, _ in images_of(store, copy.id)] == ["Kraampjes"]
