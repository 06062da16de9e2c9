"""The BagIt 1.0 wrapping of an archive's payload: a package the `bagit` library validates, whatever the payload's
file names hold, with the paths in its manifests written as RFC 8493 says."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import bagit

from services.archive_bag import write_bag


def _decode_as_the_rfc_says(path: str) -> str:
    """A manifest path read back (RFC 8493, 2.1.3): %0D, %0A and %25, and only those, in one pass."""
    return re.sub("%(0[dDaA]|25)", lambda found: chr(int(found.group(1), 16)), path)


def test_file_names_with_spaces_accents_and_a_line_feed_give_a_bag_that_bagit_validates(tmp_path: Path) -> None:
    bag = tmp_path / "pakket"
    (bag / "data" / "Zomer markt").mkdir(parents=True)
    (bag / "data" / "Zomer markt" / "korting café.txt").write_text("Alles half geld", encoding="utf-8")
    (bag / "data" / "about.json").write_text("{}\n", encoding="utf-8")
    if os.name != "nt":  # a line feed in a file name: not on Windows
        (bag / "data" / "regel\ntwee.txt").write_bytes(b"twee")

    write_bag(bag, {"Source-Organization": "Gemeente Oosterzande", "External-Identifier": "korting\ncafé"},
              "2026-11-30")

    lines = (bag / "manifest-sha256.txt").read_text(encoding="utf-8").splitlines()
    assert os.name == "nt" or any(line.endswith("  data/regel%0Atwee.txt") for line in lines)
    package = bagit.Bag(str(bag))
    package.validate()
    assert package.version_info == (1, 0) and set(package.algorithms) == {"sha256", "sha512"}
    assert "data/Zomer markt/korting café.txt" in package.payload_entries()
    assert package.info["External-Identifier"] == "korting café"
    assert package.info["Bagging-Date"] == "2026-11-30"
    payload = [path for path in (bag / "data").rglob("*") if path.is_file()]
    assert package.info["Payload-Oxum"] == f"{sum(path.stat().st_size for path in payload)}.{len(payload)}"


def test_a_percent_sign_in_a_file_name_is_written_as_the_rfc_says(tmp_path: Path) -> None:
    """RFC 8493 writes % as %25 (bagit-python 1.9 does not read that back, its issue 157: the manifest is read
    here as the RFC says, and every digest compared)."""
    bag = tmp_path / "pakket"
    (bag / "data").mkdir(parents=True)
    (bag / "data" / "50% korting.txt").write_text("Alles half geld", encoding="utf-8")
    (bag / "data" / "100%25.txt").write_text("al gecodeerd?", encoding="utf-8")

    write_bag(bag, {"Source-Organization": "Gemeente Oosterzande"}, "2026-11-30")

    for algorithm in ("sha256", "sha512"):
        listed = {}
        for line in (bag / f"manifest-{algorithm}.txt").read_text(encoding="utf-8").splitlines():
            digest, path = line.split("  ", 1)
            listed[_decode_as_the_rfc_says(path)] = digest
        assert set(listed) == {"data/50% korting.txt", "data/100%25.txt"}
        for path, digest in listed.items():
            assert hashlib.new(algorithm, (bag / path).read_bytes()).hexdigest() == digest
    lines = (bag / "manifest-sha256.txt").read_text(encoding="utf-8")
    assert "  data/50%25 korting.txt" in lines and "  data/100%2525.txt" in lines
