"""Crafting hostile handover files from the app's own export: change a member, the data or the manifest, then
recompute the hashes as an attacker would (a hash is no signature), so that only the check under test can
refuse the file. And the whole store's rows, to show a refused file changed nothing."""

from __future__ import annotations

import json
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from services.handover import DATA, MANIFEST, content_hash, manifest_hash, read_handover
from services.media_library import media_dir
from services.merge import MergePlan, plan_merge
from services.merge_apply import apply_merge
from services.store import Store

# A real one-pixel PNG: the media library reads what a file is, so a test picture must be one.
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c63f8cfc0f01f00050001ff89993d1d0000000049454e44ae426082")


def members_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {entry.filename: archive.read(entry) for entry in archive.infolist()}


def write_file(target: Path, members: dict[str, bytes], manifest_changes: dict[str, Any] | None = None,
               *, rehash: bool = True, infos: dict[str, zipfile.ZipInfo] | None = None) -> Path:
    """The members as a handover file; with `rehash`, content_sha256 and manifest_sha256 recomputed after
    `manifest_changes`."""
    import hashlib

    if not rehash and manifest_changes is None:  # the manifest exactly as given, readable or not
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, body in members.items():
                archive.writestr((infos or {}).get(name) or name, body)
        return target
    manifest = json.loads(members[MANIFEST])
    manifest.update(manifest_changes or {})
    if rehash:
        digests = {name: hashlib.sha256(body).hexdigest() for name, body in members.items() if name != MANIFEST}
        manifest["content_sha256"] = content_hash(digests)
        manifest["manifest_sha256"] = manifest_hash(manifest)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest))
        for name, body in members.items():
            if name != MANIFEST:
                archive.writestr((infos or {}).get(name) or name, body)
    return target


def change_data(members: dict[str, bytes], change: Callable[[sqlite3.Connection], None]) -> dict[str, bytes]:
    """The members with data.sqlite changed by `change` (on a plain connection, as an attacker would)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / DATA
        path.write_bytes(members[DATA])
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA journal_mode=DELETE")
            with conn:
                change(conn)
        finally:
            conn.close()
        return {**members, DATA: path.read_bytes()}


def craft(source: Path, target: Path, change: Callable[[sqlite3.Connection], None] | None = None,
          manifest_changes: dict[str, Any] | None = None, **members_changes: bytes) -> Path:
    members = members_of(source)
    if change is not None:
        members = change_data(members, change)
    members.update(members_changes)
    return write_file(target, members, manifest_changes)


def store_rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the store, and the files of its media folder: what "nothing changed" means."""
    tables = [row[0] for row in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                                   "name NOT LIKE 'sqlite_%' ORDER BY name")]
    rows = {table: sorted((tuple(row) for row in store.conn.execute(f'SELECT * FROM "{table}"')), key=repr)
            for table in tables}
    folder = media_dir(store)
    rows["media files"] = sorted((p.name, p.read_bytes()) for p in folder.iterdir()) if folder.exists() else []
    return rows


def import_file(store: Store, path: Path, now: datetime | None = None) -> MergePlan:
    handover = read_handover(path)
    try:
        plan = plan_merge(store, handover)
        apply_merge(store, handover, plan, now or store.clock())
        return plan
    finally:
        handover.discard()
