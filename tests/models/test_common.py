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
