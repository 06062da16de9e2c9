"""A post as the calendar reads it in one query, and the text a channel gets."""

from __future__ import annotations

from datetime import UTC, datetime

from models.post import ChannelState, DeliveryState, Post, PostStatus, PostSummary, Variant


def summary(**fields: object) -> PostSummary:
    values: dict[str, object] = {"id": "p1", "title": "", "excerpt": "Zaterdag markt op het plein",
                                 "status": PostStatus.DRAFT, "scheduled_text": None, "campaign": ""}
    values.update(fields)
    return PostSummary(**values)  # type: ignore[arg-type]


def test_a_channel_follows_the_main_text_until_it_has_its_own() -> None:
    post = Post(title="Markt", body="Zaterdag markt op het plein.")
    follows = Variant(post_id=post.id, channel_id="c1")
    own = Variant(post_id=post.id, channel_id="c2", body="Markt! #oosterzande")
    empty_own = Variant(post_id=post.id, channel_id="c3", body="")
    assert follows.text(post) == "Zaterdag markt op het plein."
    assert own.text(post) == "Markt! #oosterzande"
    assert empty_own.text(post) == ""  # an own text that is empty stays empty


def test_a_summary_is_labelled_by_its_title_or_else_its_first_words() -> None:
    assert summary(title="Markt").label == "Markt"
    assert summary().label == "Zaterdag markt op het plein"


def test_a_summary_reads_its_stored_time_as_a_utc_instant() -> None:
    assert summary().scheduled_at is None
    assert summary(scheduled_text="2026-03-07T08:00:00Z").scheduled_at == datetime(2026, 3, 7, 8, 0, tzinfo=UTC)


def test_a_summary_lists_its_channels_with_their_states_leaving_out_what_it_cannot_read() -> None:
    states = "c1 queued,c2 scheduled_remote,c3 no-such-state, published,c4"
    assert summary(variant_states=states).channels == (ChannelState("c1", DeliveryState.QUEUED),
                                                       ChannelState("c2", DeliveryState.SCHEDULED_REMOTE))
    assert summary().channels == ()


def test_a_summary_shows_its_tags_and_none_when_the_stored_list_is_not_one() -> None:
    assert summary(tags_json='["afval", "markt"]').tags == ("afval", "markt")
    assert summary(tags_json='["afval", 3, null]').tags == ("afval",)
    assert summary(tags_json='{"afval": 1}').tags == ()
    assert summary(tags_json="[kapot").tags == ()
    assert summary().tags == ()
