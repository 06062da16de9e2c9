from __future__ import annotations

import logging
from pathlib import Path

from services.logging_setup import configure_logging, rotate_if_large


def test_log_goes_to_the_data_folder(tmp_path: Path) -> None:
    path = configure_logging(tmp_path)
    logging.getLogger("omroeper.test").warning("token check failed for Mastodon")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert path == tmp_path / "logs" / "omroeper.log"
    assert "token check failed for Mastodon" in path.read_text(encoding="utf-8")


def test_a_large_log_is_rotated_and_only_five_old_ones_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "omroeper.log"
    for generation in range(8):
        path.write_text(f"generation {generation}\n" * 10)
        rotate_if_large(path, max_bytes=50)
    assert not path.exists()
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == [f"omroeper.log.{n}" for n in range(1, 6)]
    assert path.with_name("omroeper.log.1").read_text().startswith("generation 7")
    assert path.with_name("omroeper.log.5").read_text().startswith("generation 3")


def test_a_small_log_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "omroeper.log"
    path.write_text("short\n")
    rotate_if_large(path, max_bytes=50)
    assert path.read_text() == "short\n"
