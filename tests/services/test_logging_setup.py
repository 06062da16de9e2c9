from __future__ import annotations

import logging
from pathlib import Path

from services.logging_setup import configure_logging


def test_log_goes_to_the_data_folder(tmp_path: Path) -> None:
    path = configure_logging(tmp_path)
    logging.getLogger("omroeper.test").warning("token check failed for Mastodon")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert path == tmp_path / "logs" / "omroeper.log"
    assert "token check failed for Mastodon" in path.read_text(encoding="utf-8")


def test_a_log_that_grows_while_the_app_runs_is_rotated_and_five_old_ones_are_kept(tmp_path: Path) -> None:
    """A tray app running for weeks: rotation happens as it writes, not only at start-up."""
    path = configure_logging(tmp_path, max_bytes=200)
    logger = logging.getLogger("omroeper.test")
    for generation in range(40):
        logger.warning("generation %02d %s", generation, "x" * 60)
    for handler in logging.getLogger().handlers:
        handler.flush()
    kept = sorted(p.name for p in path.parent.iterdir())
    assert kept == ["omroeper.log", *(f"omroeper.log.{n}" for n in range(1, 6))]
    assert "generation 39" in path.read_text(encoding="utf-8")
    assert all(p.stat().st_size <= 400 for p in path.parent.iterdir())
