"""What every network client shares: reading a server's times."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from services.networks.base import server_instant


@pytest.mark.parametrize(("written", "read"), [
    ("2026-03-02T09:00:00.000Z", datetime(2026, 3, 2, 9, 0, tzinfo=UTC)),  # Bluesky, Mastodon
    ("2026-03-02T10:00:00+0100", datetime(2026, 3, 2, 9, 0, tzinfo=UTC)),  # Facebook's Graph
    ("2026-03-02T09:00:00+00:00", datetime(2026, 3, 2, 9, 0, tzinfo=UTC)),
])
def test_a_servers_time_is_read_in_utc(written: str, read: datetime) -> None:
    assert server_instant(written) == read


@pytest.mark.parametrize("written", [
    "0001-01-01T00:00:00+14:00",  # before the year 1 in UTC: it could not be turned into UTC at all
    "9999-12-31T23:59:59-01:00",  # after the year 9999 in UTC, likewise
    "1969-12-31T23:59:59Z", "2200-01-01T00:00:00Z",  # outside the years a record may hold (models/validation.py)
    "2026-03-02T09:00:00",  # no zone: no instant
    "2026-02-30T09:00:00Z", "gisteren", "", "2026-03-02T09:00:00Z" + " " * 40, None, 1772442000, ["2026"],
])
def test_a_time_no_clock_could_show_is_no_time(written: object) -> None:
    assert server_instant(written) is None
