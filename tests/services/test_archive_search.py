"""The search for a Woo request: every published post holding the words (in its title, main text, a channel's
own text or an image's description; accents and case aside), in a period and on a channel, and the archive of
exactly what was found."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import bagit
import pytest

from models.channel import ChannelAccount, Network
from models.post import DeliveryState, Post, PostStatus, Variant
from models.settings import Municipality
from services.archive import Period
from services.archive_search import export_matches, search_archive
from services.errors import KnownError
from services.preferences import save_municipality
from services.store import Store


@pytest.fixture
def channels(store: Store) -> dict[str, ChannelAccount]:
    save_municipality(store, Municipality(name="Oosterzande", time_zone="Europe/Amsterdam"))
    found = {name: store.save(ChannelAccount(network=network, name=name))
             for network, name in ((Network.MASTODON, "Mastodon"), (Network.FACEBOOK, "Facebook"))}
    return found


def went_out(store: Store, channel: ChannelAccount, title: str, body: str, when: datetime,
             own_text: str | None = None, state: DeliveryState = DeliveryState.PUBLISHED) -> Post:
    post = store.save(Post(title=title, body=body, status=PostStatus.PUBLISHED, scheduled_at=when))
    store.save(Variant(post_id=post.id, channel_id=channel.id, body=own_text, state=state,
                       published_at=when if state == DeliveryState.PUBLISHED else None))
    return post


def test_words_are_found_in_every_text_kept_accents_and_case_aside(store: Store,
                                                                    channels: dict[str, ChannelAccount]) -> None:
    mastodon, facebook = channels["Mastodon"], channels["Facebook"]
    went_out(store, mastodon, "Zomerfeest", "Het Café op het plein", datetime(2026, 6, 1, 10, 0, tzinfo=UTC))
    went_out(store, facebook, "Braderie", "Kramen in de straat", datetime(2026, 6, 2, 10, 0, tzinfo=UTC),
             own_text="Ook het cafe doet mee aan de braderie")
    gone = went_out(store, mastodon, "Cafébezoek", "Burgemeester in het café", datetime(2026, 7, 1, 10, 0, tzinfo=UTC))
    store.mark_deleted(gone)
    went_out(store, mastodon, "Nooit verstuurd café", "café", datetime(2026, 6, 3, 10, 0, tzinfo=UTC),
             state=DeliveryState.FAILED)

    found = search_archive(store, "CAFE")
    assert [(match.title, match.channels, match.deleted) for match in found.matches] == [
        ("Zomerfeest", ("Mastodon",), False), ("Braderie", ("Facebook",), False), ("Cafébezoek", ("Mastodon",), True)]
    assert [match.title for match in search_archive(store, "café braderie").matches] == ["Braderie"]
    assert [match.title for match in search_archive(store, "cafe", Period(date(2026, 6, 1),
                                                                          date(2026, 6, 30))).matches] == [
        "Zomerfeest", "Braderie"]
    assert [match.title for match in search_archive(store, "cafe", channel_id=facebook.id).matches] == ["Braderie"]
    assert search_archive(store, "gemeenteraad").matches == []
    with pytest.raises(KnownError, match="Type the words"):
        search_archive(store, "   ")


def test_the_archive_of_a_search_holds_only_what_was_found(store: Store, channels: dict[str, ChannelAccount],
                                                           tmp_path: Path) -> None:
    mastodon = channels["Mastodon"]
    went_out(store, mastodon, "Windpark", "Informatieavond windpark", datetime(2026, 3, 1, 18, 0, tzinfo=UTC))
    went_out(store, mastodon, "Markt", "Zaterdag markt", datetime(2026, 3, 2, 8, 0, tzinfo=UTC))
    went_out(store, mastodon, "Windpark 2", "Uitslag windpark", datetime(2026, 4, 1, 18, 0, tzinfo=UTC))

    found = search_archive(store, "windpark")
    result = export_matches(store, tmp_path / "woo-verzoek", found, language="en")
    bagit.Bag(str(tmp_path / "woo-verzoek")).validate()
    posts = json.loads((tmp_path / "woo-verzoek" / "data" / "posts.json").read_text(encoding="utf-8"))
    about = json.loads((tmp_path / "woo-verzoek" / "data" / "about.json").read_text(encoding="utf-8"))
    assert [post["title"] for post in posts] == ["Windpark", "Windpark 2"] and result.posts == 2
    assert about["search"] == "windpark" and about["posts"] == 2
    page = (tmp_path / "woo-verzoek" / "data" / "overview.html").read_text(encoding="utf-8")
    assert "Only what matches the search “\u2068windpark\u2069”." in page and "Zaterdag markt" not in page
