"""The log file: details for whoever looks into a problem, rotated so it never fills the disk.

The file is rotated at start-up when it has grown past 1 MB (omroeper.log.1 .. .5 are kept). This is done here
rather than with logging.handlers.RotatingFileHandler because that module pulls in socket, pickle and queue,
about 7 ms of start-up that a desktop app writing a few lines an hour does not need.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_DIR_NAME = "logs"
LOG_FILE_NAME = "omroeper.log"
MAX_BYTES = 1_000_000
KEEP_OLD = 5


def rotate_if_large(path: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP_OLD) -> None:
    """Shifts omroeper.log to .1, .1 to .2 ..., dropping the oldest, when the log is over `max_bytes`."""
    try:
        if path.stat().st_size <= max_bytes:
            return
    except FileNotFoundError:
        return
    for number in range(keep - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
    os.replace(path, path.with_name(f"{path.name}.1"))


def configure_logging(data_dir: Path, *, level: int = logging.INFO) -> Path:
    """Sends the root logger to data_dir/logs/omroeper.log and returns its path."""
    log_dir = data_dir / LOG_DIR_NAME
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "omroeper_log", False):
            root.removeHandler(handler)
            handler.close()
    rotate_if_large(path)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.omroeper_log = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    # A log line that cannot be written (a full disk) is lost quietly: the officer gets the problem's own message,
    # never the logging module's traceback on the command line.
    logging.raiseExceptions = False
    return path
