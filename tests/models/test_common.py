from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from models.common import from_utc_text, to_utc_text


def test_instant_round_trips_through_its_text_in_utc() -> None:
    brussels_summer = timezone(timedelta(hours=2))
    moment = datetime(2026, 7, 1, 9, 30, 15, 123456, tzinfo=brussels_summer)
    text = to_utc_text(moment)
    assert text == "2026-07-01T07:30:15.123456Z"
    assert from_utc_text(text) == moment


def test_text_order_is_time_order() -> None:
    moments = [datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=s) for s in (0, 0.5, 9, 10, 86400)]
    texts = [to_utc_text(m) for m in moments]
    assert sorted(texts) == texts


def test_a_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError):
        to_utc_text(datetime(2026, 1, 1, 9, 0))


def test_records_compare_and_print_by_their_fields_like_dataclasses() -> None:
    from dataclasses import replace

    import pytest

    from models.channel import ChannelAccount, Network
    from models.post import Post, Variant

    post = Post(title="Markt", tags=["markt"])
    assert post == replace(post) and not post != replace(post)
    assert post != replace(post, tags=["kermis"])
    assert post != Variant(id=post.id, post_id="p", channel_id="c")  # another kind of record, same id
    assert post.__eq__(object()) is NotImplemented
    assert repr(ChannelAccount(id="c1", network=Network.BLUESKY, name="Bluesky")).startswith(
        "ChannelAccount(id='c1', created_at=None, updated_at=None, deleted_at=None, "
        "network=<Network.BLUESKY: 'bluesky'>, name='Bluesky', base_url=''")
    with pytest.raises(TypeError):
        hash(post)  # mutable records stay unhashable, as with the generated __eq__
