"""The BagIt 1.0 wrapping of an archive (RFC 8493): the payload already written under data/, then the declaration
(bagit.txt), the description (bag-info.txt), the SHA-256 and SHA-512 payload manifests and the tag manifests
beside it.

Written here rather than by a library because the library changes the process's working folder while it works,
and the export runs on a worker thread beside the window: for that time every relative path in the process would
point elsewhere. Each payload file is read once, in chunks, for both digests, so an archive of thousands of
images needs no more memory than one chunk.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

PAYLOAD = "data"
ALGORITHMS = ("sha256", "sha512")
CHUNK_BYTES = 1024 * 1024  # read at a time when hashing a file
DECLARATION = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"


def manifest_path(relative: str) -> str:
    """A file's path as a manifest line holds it (RFC 8493, 2.1.3): forward slashes, and the percent sign, carriage
    return and line feed percent-encoded (%25, %0D, %0A), the percent sign first so that it is not encoded twice.
    The archive's own names hold none of them; a name from elsewhere still gives a line that reads back."""
    return relative.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _files(folder: Path, under: str) -> Iterator[tuple[str, Path]]:
    """Every file below `folder` as (its path in the bag with forward slashes, the file), in name order so that
    the same payload gives the same manifest."""
    for root, folders, names in os.walk(folder):
        folders.sort()
        inside = Path(root).relative_to(folder).parts
        for name in sorted(names):
            yield "/".join((under, *inside, name)), Path(root, name)


def _digests(path: Path) -> tuple[int, list[str]]:
    """The file's size and its digest in each of ALGORITHMS, from one read in chunks."""
    hashers = [hashlib.new(algorithm) for algorithm in ALGORITHMS]
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            size += len(chunk)
            for hasher in hashers:
                hasher.update(chunk)
    return size, [hasher.hexdigest() for hasher in hashers]


def _write_manifests(bag: Path, prefix: str, files: Iterable[tuple[str, Path]]) -> tuple[int, int]:
    """Writes `{prefix}-{algorithm}.txt` for each algorithm, one line per file; returns the bytes and files seen."""
    octets = streams = 0
    handles: list[IO[str]] = []
    try:
        for algorithm in ALGORITHMS:
            handles.append(open(bag / f"{prefix}-{algorithm}.txt", "w", encoding="utf-8", newline="\n"))
        for relative, path in files:
            size, digests = _digests(path)
            octets, streams = octets + size, streams + 1
            for handle, digest in zip(handles, digests, strict=True):
                handle.write(f"{digest}  {manifest_path(relative)}\n")
    finally:
        for handle in handles:
            handle.close()
    return octets, streams


def _info_line(label: str, value: str) -> str:
    """One `Label: value` line of bag-info.txt; a line break in a value would start a false field, so none stays."""
    return f"{label}: {' '.join(value.split())}\n"


def write_bag(bag: Path, info: dict[str, str], bagging_date: str) -> None:
    """Turns `bag`, whose payload is complete under data/, into a BagIt 1.0 package: the declaration, bag-info.txt
    with `info`, the Bagging-Date (YYYY-MM-DD) and the Payload-Oxum (bytes.files of the payload), the payload
    manifests, and last the tag manifests over every other file beside data/. Raises OSError when a file cannot
    be read or written; nothing here changes the working folder."""
    (bag / "bagit.txt").write_text(DECLARATION, encoding="utf-8", newline="\n")
    octets, streams = _write_manifests(bag, "manifest", _files(bag / PAYLOAD, PAYLOAD))
    fields = {**info, "Bagging-Date": bagging_date, "Payload-Oxum": f"{octets}.{streams}"}
    (bag / "bag-info.txt").write_text("".join(_info_line(label, value) for label, value in fields.items()),
                                      encoding="utf-8", newline="\n")
    tag_files = sorted(path.name for path in bag.iterdir()
                       if path.is_file() and not path.name.startswith("tagmanifest-"))
    _write_manifests(bag, "tagmanifest", ((name, bag / name) for name in tag_files))
