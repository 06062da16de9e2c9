"""Writing files the officer asked for (exports, handovers) without ever leaving half of one behind."""

from __future__ import annotations

from pathlib import Path

from services.errors import KnownError, os_reason, translate


def write_file_safely(path: Path, data: bytes) -> None:
    """Writes via a temporary file beside the target and moves it into place: a full disk or a dead USB stick
    leaves the old file (or none), never half a new one."""
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise KnownError(translate("Files", "{path} could not be written: {reason}").format(
            path=path, reason=os_reason(exc))) from None
