"""Times the window shows are on the municipality's clock, also on a laptop set to another time zone."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from models.post import Post
from ui.paused_banner import PausedBanner


@pytest.fixture
def laptop_in_tokyo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_paused_post_says_since_when_on_the_municipalitys_clock(qtbot, laptop_in_tokyo: None,  # type: ignore[no-untyped-def]
                                                                  dutch: None) -> None:
    banner = PausedBanner()
    qtbot.addWidget(banner)
    banner.show_post(Post(title="Markt", paused_at=datetime(2026, 3, 2, 8, 15, tzinfo=UTC), pause_reason="Brand",
                          time_zone="Europe/Amsterdam"))
    assert banner.label.text() == "‖ Gepauzeerd met de crisisknop sinds 2 mrt 2026 09:15. Reden: Brand"


def test_the_calendar_opens_on_the_municipalitys_today_on_the_stores_clock(make_window, clock) -> None:  # type: ignore[no-untyped-def]
    """The month shown first is today's in the municipality, on the same clock as every other time shown: late on
    the last day of a month (UTC) it is already the next month in Amsterdam, and a laptop's own date played no
    part."""
    clock.now = datetime(2031, 1, 31, 23, 30, tzinfo=UTC)  # 1 February 00:30 in Amsterdam
    window = make_window()
    calendar = window.calendar()
    assert calendar.period_button.text() == "February 2031 ▾"
    calendar.step(1)
    calendar.today_button.click()
    assert calendar.period_button.text() == "February 2031 ▾"
