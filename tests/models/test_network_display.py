"""How each network shows a post: what links, how a link reads, where the feed folds, how an image is cut."""

from __future__ import annotations

import pytest

from models.channel import Network
from models.network_display import Crop, Kind, card_link, image_crop, shown_text
from services.networks.bluesky import facets_of

TEXT = ("Zaterdag #weekmarkt met @joris@social.example en @oosterzande.nl: "
        "https://www.oosterzande.nl/nieuws/weekmarkt-zaterdag-open #Oosterzande")


def marked(network: Network, text: str = TEXT) -> list[tuple[str, str]]:
    return [(run.kind.value, run.text) for run in shown_text(network, text).runs if run.kind is not Kind.TEXT]


def test_mastodon_shortens_links_and_names_a_remote_account_by_its_user() -> None:
    assert marked(Network.MASTODON) == [
        ("hashtag", "#weekmarkt"), ("mention", "@joris"), ("mention", "@oosterzande"),
        ("link", "oosterzande.nl/nieuws/weekmark…"), ("hashtag", "#Oosterzande")]


def test_bluesky_marks_exactly_what_omroepers_client_sends_as_facets() -> None:
    handles = {"oosterzande.nl": "did:plc:oosterzande"}
    facets = facets_of(TEXT, handles.get)
    data = TEXT.encode("utf-8")
    sent = [data[f["index"]["byteStart"]:f["index"]["byteEnd"]].decode() for f in facets]
    assert [text for _kind, text in marked(Network.BLUESKY)] == sent


def test_instagram_links_nothing_in_a_caption_and_folds_it() -> None:
    shown = shown_text(Network.INSTAGRAM, TEXT + " " + "Meer op de site. " * 10)
    assert shown.folded
    assert sum(len(run.text) for run in shown.runs) <= 125
    assert all(run.kind is not Kind.LINK for run in shown.runs)
    assert card_link(Network.INSTAGRAM, TEXT, has_images=False) is None


def test_a_manual_channel_shows_the_text_as_typed() -> None:
    assert marked(Network.MANUAL) == []
    assert "".join(run.text for run in shown_text(Network.MANUAL, TEXT).runs) == TEXT


def test_threads_makes_only_the_first_hashtag_a_topic() -> None:
    assert [text for kind, text in marked(Network.THREADS) if kind == "hashtag"] == ["#weekmarkt"]


def test_a_link_card_is_made_of_the_first_link_unless_the_post_has_images() -> None:
    url = "https://www.oosterzande.nl/nieuws/weekmarkt-zaterdag-open"
    assert card_link(Network.MASTODON, TEXT, has_images=False) == url
    assert card_link(Network.MASTODON, TEXT, has_images=True) is None
    assert card_link(Network.BLUESKY, TEXT, has_images=False) is None  # Omroeper embeds no card there
    assert card_link(Network.LINKEDIN, TEXT, has_images=False) is None


@pytest.mark.parametrize(("network", "size", "shown"), [
    (Network.BLUESKY, (1600, 1200), (200, 0, 1200, 1200)),  # a square: no aspect ratio is sent
    (Network.INSTAGRAM, (1000, 2000), (0, 375, 1000, 1250)),  # cut to 4:5
    (Network.INSTAGRAM, (3000, 1000), (545, 0, 1910, 1000)),  # cut to 1.91:1
    (Network.MASTODON, (1000, 3000), (0, 0, 1000, 3000)),  # a lone image at its own aspect
    (Network.X, (1000, 1200), (0, 0, 1000, 1200)),  # 5:6 lies between 3:4 and 2:1
])
def test_a_single_image_is_cut_as_the_network_shows_it(network: Network, size: tuple[int, int],
                                                       shown: tuple[int, int, int, int]) -> None:
    assert image_crop(network, 1).frame(*size) == shown


def test_several_images_on_mastodon_share_a_3_to_2_box() -> None:
    assert image_crop(Network.MASTODON, 2) == Crop(1.5, 1.5)
