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
