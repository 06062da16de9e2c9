"""Problems with files are told in the officer's language where the officer can act on them."""

from __future__ import annotations

import errno

import pytest

from services.errors import os_reason


@pytest.mark.usefixtures("dutch")
def test_a_full_or_read_only_disk_is_told_in_dutch_not_in_the_system_s_english() -> None:
    assert os_reason(OSError(errno.ENOSPC, "No space left on device")) == "de schijf is vol"
    assert os_reason(OSError(errno.EROFS, "Read-only file system")) == "de schijf is alleen-lezen"
    assert os_reason(OSError(errno.EACCES, "Permission denied")) == "er is geen toestemming om daar te schrijven"
    assert os_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"  # nothing to act on: as is
