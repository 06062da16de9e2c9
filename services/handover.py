"""The handover file (`.omroeper`): what a stand-in needs on their own laptop, in one zip.

Contents:
- `manifest.json`: format name and version, app version, who exported it and when, the period, and the SHA-256
  of every other member (name and bytes, in name order), so a changed or swapped member is noticed;
- `data.sqlite`: a consistent snapshot of the store (SQLite's backup API, also while the app writes), from
  which the posts before the period's first day (and after its last, when given) are left out, with their
  variants, image links and publish attempts; channel accounts keep everything except their secrets (those
  were never in the file; `has_secret` is cleared, so the stand-in's app asks for their own tokens);
- `media/…`: the images the remaining posts use;
- `note.json`: the handover note (running topics, sensitive matters, contacts).

Reading is strict and writes nothing to the store: a truncated or corrupted zip, a member whose hash does not
match the manifest (tampered), a newer format, a name that would land outside the folder (zip slip) or a file
that unpacks absurdly large (zip bomb) is refused with a clear message. Sizes are counted while reading, not
taken from the zip's headers, which a crafted file can fake.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo

from models import APP_VERSION
from models.common import to_utc_text
from services import schema
from services.backup import copy_database, inspect_database
from services.errors import KnownError, translate
from services.media_library import MEDIA_DIR_NAME
from services.preferences import load_municipality
from services.staff import self_user
from services.store import Store

FORMAT = "omroeper-handover"
FORMAT_VERSION = 1
MANIFEST, DATA, NOTE = "manifest.json", "data.sqlite", "note.json"
LAST_EXCHANGE = "handover.last_exchange"  # the stored time of the last file exported or imported
MAX_MEMBERS = 20_000
MAX_UNPACKED = 2 * 1024**3  # 2 GB: far beyond a municipality's images; a bomb stops here
_CHUNK = 1024 * 1024


@dataclass
class HandoverNote:
    running_topics: str = ""
    sensitive_matters: str = ""
    contacts: str = ""


@dataclass
class Handover:
    """A handover file read and checked, unpacked in `folder` (the caller removes it with `discard`)."""

    folder: Path
    manifest: dict[str, Any]
    note: HandoverNote = field(default_factory=HandoverNote)

    @property
    def data_path(self) -> Path:
        return self.folder / DATA

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def export_handover(store: Store, target: Path, note: HandoverNote, now: datetime,
                    start: date | None = None, end: date | None = None) -> dict[str, Any]:
    """Writes the handover file (whole, or not at all) and returns its manifest."""
    zone = ZoneInfo(load_municipality(store).time_zone)
    first = start or now.astimezone(zone).date()
    work = Path(tempfile.mkdtemp(prefix="omroeper-handover-"))
    try:
        snapshot = work / DATA
        copy_database(store.conn, snapshot)
        images = _trim(snapshot, datetime.combine(first, time(), zone),
                       datetime.combine(end + timedelta(days=1), time(), zone) if end else None)
        members: dict[str, Path] = {DATA: snapshot}
        for file_name in images:
            source = store.path.parent / MEDIA_DIR_NAME / file_name
            if source.is_file():
                members[f"media/{file_name}"] = source
        note_path = work / NOTE
        note_path.write_text(json.dumps(note.__dict__, ensure_ascii=False, indent=1), encoding="utf-8")
        members[NOTE] = note_path
        me = self_user(store)
        manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, "app_version": APP_VERSION,
                    "schema_version": schema.LATEST_VERSION, "exported_by": me.name if me else "",
                    "exported_by_id": me.id if me else "", "exported_at": to_utc_text(now),
                    "from": first.isoformat(), "to": end.isoformat() if end else None,
                    "content_sha256": _hash_files(members)}
        partial = target.with_name(target.name + ".partial")
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            for name in sorted(members):
                archive.write(members[name], name)
        partial.replace(target)
        store.set_setting(LAST_EXCHANGE, manifest["exported_at"])  # what changes after this can conflict
        return manifest
    except OSError as error:
        target.with_name(target.name + ".partial").unlink(missing_ok=True)
        raise KnownError(translate("Handover", "The handover file could not be written to {path}: {reason}").format(
            path=target, reason=error.strerror or error)) from error
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _trim(snapshot: Path, first: datetime, after_last: datetime | None) -> set[str]:
    """Leaves out the posts outside the period (undated ideas stay) and everything hanging from them; clears the
    channels' secret flags. Returns the image files the remaining posts use."""
    from models.common import to_utc_text

    conn = sqlite3.connect(snapshot)
    try:
        with conn:
            outside = "scheduled_at IS NOT NULL AND (scheduled_at < ?" + (" OR scheduled_at >= ?)" if after_last
                                                                          else ")")
            values = [to_utc_text(first)] + ([to_utc_text(after_last)] if after_last else [])
            gone = f"SELECT id FROM posts WHERE {outside}"
            conn.execute(f"DELETE FROM attempts WHERE variant_id IN (SELECT id FROM variants WHERE post_id IN "
                         f"({gone}))", values)
            for table in ("variants", "post_media"):
                conn.execute(f"DELETE FROM {table} WHERE post_id IN ({gone})", values)
            conn.execute(f"DELETE FROM posts WHERE {outside}", values)
            conn.execute("UPDATE channels SET has_secret = 0")
            conn.execute("DELETE FROM reply_log")  # the officer's own figures stay home
        rows = conn.execute("SELECT DISTINCT m.file_name FROM media m JOIN post_media pm ON pm.media_id = m.id "
                            "WHERE pm.deleted_at IS NULL").fetchall()
        conn.execute("VACUUM")
    finally:
        conn.close()
    return {row[0] for row in rows}


def _hash_files(members: dict[str, Path]) -> str:
    digest = hashlib.sha256()
    for name in sorted(members):
        digest.update(name.encode("utf-8") + b"\0")
        with members[name].open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
        digest.update(b"\0")
    return digest.hexdigest()


# ---- reading ------------------------------------------------------------------------------------------------

def _refused(path: Path, why: str) -> KnownError:
    return KnownError(translate("Handover", "{name} cannot be imported: {why} Nothing was changed.").format(
        name=path.name, why=why))


def _safe_name(name: str) -> bool:
    pure = PurePosixPath(name)
    return (bool(name) and "\\" not in name and not pure.is_absolute() and ".." not in pure.parts
            and ":" not in pure.parts[0] and (name in (MANIFEST, DATA, NOTE) or
                                               (len(pure.parts) == 2 and pure.parts[0] == "media")))


def read_handover(path: Path) -> Handover:
    """Checks and unpacks a handover file into a temporary folder; raises KnownError and leaves nothing behind
    when anything is wrong with it."""
    folder = Path(tempfile.mkdtemp(prefix="omroeper-import-"))
    try:
        manifest = _unpack(path, folder)
        handover = Handover(folder, manifest)
        try:
            raw = json.loads((folder / NOTE).read_text(encoding="utf-8")) if (folder / NOTE).exists() else {}
            handover.note = HandoverNote(**{key: str(raw.get(key, "")) for key in HandoverNote.__dataclass_fields__})
        except (ValueError, AttributeError):
            raise _refused(path, translate("Handover", "its handover note is damaged.")) from None
        _check_database(path, handover.data_path)
        return handover
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _unpack(path: Path, folder: Path) -> dict[str, Any]:
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise _refused(path, translate("Handover", "the file does not exist.")) from None
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _refused(path, translate("Handover", "it is not a handover file, or it is damaged or incomplete.")) \
            from None
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_MEMBERS:
            raise _refused(path, translate("Handover", "it holds far too many files."))
        names = [entry.filename for entry in entries]
        bad = next((name for name in names if not _safe_name(name)), None)
        if bad is not None:
            raise _refused(path, translate("Handover", "it holds a file that would land outside its folder "
                                                       "(“{name}”).").format(name=bad))
        if len(set(names)) != len(names):
            raise _refused(path, translate("Handover", "it holds the same file twice."))
        if MANIFEST not in names or DATA not in names:
            raise _refused(path, translate("Handover", "it is not a handover file, or it is damaged or incomplete."))
        unpacked = 0
        for entry in entries:
            target = folder / entry.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                with archive.open(entry) as source, target.open("wb") as sink:
                    while chunk := source.read(_CHUNK):
                        unpacked += len(chunk)
                        if unpacked > MAX_UNPACKED:
                            raise _refused(path, translate("Handover", "it unpacks to far more than any handover "
                                                                       "(over 2 GB)."))
                        sink.write(chunk)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as error:
                if isinstance(error, OSError) and error.errno == 28:
                    raise KnownError(translate("Handover", "The disk is full: {name} could not be unpacked. "
                                                           "Nothing was changed.").format(name=path.name)) from None
                raise _refused(path, translate("Handover", "it is damaged or incomplete.")) from None
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise _refused(path, translate("Handover", "its manifest is damaged.")) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refused(path, translate("Handover", "it is not a handover file, or it is damaged or incomplete."))
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise _refused(path, translate("Handover", "it was made by a newer version of Omroeper (format {version}); "
                                                   "update Omroeper first.").format(version=version))
    members = {name: folder / name for name in names if name != MANIFEST}
    if manifest.get("content_sha256") != _hash_files(members):
        raise _refused(path, translate("Handover", "its content does not match its manifest: it was changed "
                                                   "after it was exported."))
    return manifest


def _check_database(path: Path, data: Path) -> None:
    try:
        version, verdict = inspect_database(data)
    except sqlite3.Error:
        raise _refused(path, translate("Handover", "its data is damaged.")) from None
    if verdict != "ok":
        raise _refused(path, translate("Handover", "its data is damaged."))
    if version > schema.LATEST_VERSION:
        raise _refused(path, translate("Handover", "it was made by a newer version of Omroeper; update Omroeper "
                                                   "first."))
