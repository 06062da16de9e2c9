"""The log file: details for whoever looks into a problem, rotated so that it never fills the disk, also in a
window (or tray) that runs for weeks: the handler rotates while it writes, past 1 MB, keeping five old files."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_DIR_NAME = "logs"
LOG_FILE_NAME = "omroeper.log"
MAX_BYTES = 1_000_000
KEEP_OLD = 5


def configure_logging(data_dir: Path, *, level: int = logging.INFO, max_bytes: int = MAX_BYTES) -> Path:
    """Sends the root logger to data_dir/logs/omroeper.log and returns its path."""
    log_dir = data_dir / LOG_DIR_NAME
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "omroeper_log", False):
            root.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(path, maxBytes=max_bytes, backupCount=KEEP_OLD, encoding="utf-8")
    handler.omroeper_log = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    # A log line that cannot be written (a full disk) is lost quietly: the officer gets the problem's own message,
    # never the logging module's traceback on the command line.
    logging.raiseExceptions = False
    return path
