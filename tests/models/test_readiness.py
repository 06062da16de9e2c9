"""What keeps a post from being marked ready: each problem the composer names, and none for a post that goes out
as it is."""

from __future__ import annotations

from models.channel import IMAGE_LIMITS, JPEG, ChannelAccount, ImageLimits, ManualNetwork, Network
from models.media import Media
from models.readiness import ImageTrouble, ProblemKind, fits_as_it_is, image_trouble, readiness_problems

MASTODON = ChannelAccount(network=Network.MASTODON, name="Mastodon")
BLUESKY = ChannelAccount(network=Network.BLUESKY, name="Bluesky")
LINKEDIN = ChannelAccount(network=Network.LINKEDIN, name="LinkedIn")
INSTAGRAM = ChannelAccount(network=Network.MANUAL, name="Instagram", manual_network=ManualNetwork.INSTAGRAM)
POSTER = ChannelAccount(network=Network.MANUAL, name="Poster in het gemeentehuis")


def photo(**facts: int | str) -> Media:
    values: dict[str, int | str] = {"mime_type": JPEG, "width": 1200, "height": 800, "size_bytes": 300_000,
                                    "frames": 1}
    values.update(facts)
    return Media(sha256="0" * 64, file_name="0" * 64 + ".jpg", **values)  # type: ignore[arg-type]


def kinds(problems: list) -> list[ProblemKind]:  # type: ignore[type-arg]
    return [problem.kind for problem in problems]


def test_a_dated_post_with_text_on_its_channels_is_ready() -> None:
    texts = {MASTODON.id: "Zaterdag is de markt op het plein.", BLUESKY.id: "Markt zaterdag!"}
    assert readiness_problems(texts, [MASTODON, BLUESKY], [], has_date=True) == []


def test_no_channel_and_no_date_each_block() -> None:
    assert kinds(readiness_problems({}, [], [], has_date=False)) == [ProblemKind.NO_CHANNEL, ProblemKind.NO_DATE]


def test_a_text_over_the_networks_count_names_the_channel() -> None:
    problems = readiness_problems({BLUESKY.id: "a" * 301, MASTODON.id: "a" * 301}, [BLUESKY, MASTODON], [],
                                  has_date=True)
    assert [(problem.kind, problem.channel) for problem in problems] == [(ProblemKind.TOO_LONG, BLUESKY)]


def test_the_count_an_instance_reported_wins_over_the_networks_usual_one() -> None:
    roomy = ChannelAccount(network=Network.MASTODON, name="Ruim", max_characters=5000)
    assert readiness_problems({roomy.id: "a" * 1000}, [roomy], [], has_date=True) == []


def test_an_empty_text_blocks_unless_an_image_carries_the_post() -> None:
    assert kinds(readiness_problems({MASTODON.id: "  "}, [MASTODON], [], has_date=True)) == [ProblemKind.EMPTY_TEXT]
    assert readiness_problems({MASTODON.id: ""}, [MASTODON], ["De markt"], has_date=True) == []
    # a reminder to post by hand needs words, whatever images it has
    assert kinds(readiness_problems({POSTER.id: ""}, [POSTER], ["De markt"], has_date=True)) == [
        ProblemKind.EMPTY_TEXT]


def test_every_image_needs_an_alt_text_and_the_count_says_how_many_lack_it() -> None:
    [problem] = readiness_problems({MASTODON.id: "Markt"}, [MASTODON], ["Kraampjes", "", " "], has_date=True)
    assert (problem.kind, problem.count) == (ProblemKind.NO_ALT_TEXT, 2)


def test_too_many_images_for_a_network_names_its_limit() -> None:
    [problem] = readiness_problems({BLUESKY.id: "Markt"}, [BLUESKY], ["foto"] * 5, has_date=True)
    assert (problem.kind, problem.channel, problem.count, problem.allowed) == (
        ProblemKind.TOO_MANY_IMAGES, BLUESKY, 5, 4)


def test_a_channel_posted_by_hand_for_instagram_keeps_instagrams_rules() -> None:
    assert kinds(readiness_problems({INSTAGRAM.id: "Markt"}, [INSTAGRAM], [], has_date=True)) == [
        ProblemKind.NEEDS_IMAGE]
    assert kinds(readiness_problems({INSTAGRAM.id: "a" * 2201}, [INSTAGRAM], ["foto"], has_date=True)) == [
        ProblemKind.TOO_LONG]


def test_an_animation_bluesky_cannot_show_blocks_only_bluesky() -> None:
    animation = photo(mime_type="image/gif", frames=12)
    problems = readiness_problems({BLUESKY.id: "Markt", MASTODON.id: "Markt"}, [BLUESKY, MASTODON], ["Vuurwerk"],
                                  has_date=True, images=[animation])
    assert [(p.kind, p.channel, p.count, p.trouble) for p in problems] == [
        (ProblemKind.IMAGE_NOT_TAKEN, BLUESKY, 1, ImageTrouble.ANIMATION_NOT_TAKEN)]


def test_an_alt_text_longer_than_the_network_takes_names_the_image() -> None:
    [problem] = readiness_problems({MASTODON.id: "Markt"}, [MASTODON], ["kort", "a" * 1501], has_date=True)
    assert (problem.kind, problem.count, problem.allowed) == (ProblemKind.ALT_TEXT_TOO_LONG, 2, 1500)


def test_a_still_image_is_always_fitted_but_an_animation_only_within_the_limits() -> None:
    limits = IMAGE_LIMITS[Network.LINKEDIN]
    assert image_trouble(photo(size_bytes=50_000_000, width=9000, height=9000), limits) is None
    assert image_trouble(photo(mime_type="image/gif", frames=300), limits) is ImageTrouble.TOO_MANY_FRAMES
    assert image_trouble(photo(mime_type="image/gif", frames=10, size_bytes=6_000_000), limits) is \
        ImageTrouble.ANIMATION_TOO_BIG
    assert image_trouble(photo(mime_type="image/gif", frames=10), limits) is None


def test_an_image_goes_unchanged_only_within_type_size_and_pixels() -> None:
    limits = ImageLimits(max_bytes=1_000_000, max_pixels=2_000_000, types=frozenset({JPEG}))
    assert fits_as_it_is(photo(), limits)
    assert not fits_as_it_is(photo(size_bytes=1_000_001), limits)
    assert not fits_as_it_is(photo(width=2000, height=1001), limits)
    assert not fits_as_it_is(photo(mime_type="image/png"), limits)
    assert not fits_as_it_is(photo(size_bytes=0), limits)  # a file of nothing is never sent as it is
