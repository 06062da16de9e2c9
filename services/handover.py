"""The handover file (`.omroeper`): what a stand-in needs on their own laptop, in one zip.

Contents:
- `manifest.json`: format name and version, app version, data schema version, who exported it and when, the
  period, the laptop that wrote it (`laptop_id`, services/sending.py) and whether that laptop had the sending then
  (`carries_sending`), `content_sha256` over every other member, and `manifest_sha256` over the manifest's own
  fields;
- `data.sqlite`: a consistent snapshot of the store (SQLite's backup API, also while the app writes), from
  which the posts before the period's first day (and after its last, when given) are left out, with their
  variants, image links and publish attempts, unless they changed since the last exchange (a stand-in's work on
  a post whose day has passed, a publication, comes back with the hand-back); channel accounts keep everything
  except their secrets (those were never in the file; `has_secret` is cleared, so the stand-in's app asks for
  their own tokens);
- `media/<sha256>.<jpg|png|gif|webp>`: the images the remaining posts use, each named by the SHA-256 of its
  content, as the app names them;
- `note.json`: the handover note (running topics, sensitive matters, contacts).

Format 3 (this version) is format 2 with the laptop and the sending in the manifest. Format 2 hashes as follows.
`content_sha256` is the SHA-256 of one line per member other than the manifest, in name order: the name, a NUL, the
member's own SHA-256 in hex, a new line. `manifest_sha256` is the SHA-256 of the canonical JSON of every other field
of the manifest (keys sorted, no spaces, UTF-8). Format 1 files (Omroeper 0.1.0) hashed the members' names and bytes
in one stream and did not cover the manifest's own fields. Files of format 1 and 2 are still read, with every other
check (they name no laptop: services/sending.py says what they do to the sending). That loses nothing that matters:
neither hash is a signature, anyone who changes a file can recompute them, so they catch damage and naive edits, and
the checks below are what keep a crafted file out.

The file is hostile input until it passed every check, and reading it writes nothing to the store:
- before anything is written to disk: the file's own size, the number of members, each member's name (only the
  four kinds above; no link, folder or special file), and each member's size counted while decompressing in a
  first pass that writes nothing (sizes in the zip's headers can be faked), the total, each image's content
  against its name, and the manifest's hashes;
- then data.sqlite and the images are unpacked (counted and hashed again) into a temporary folder, and the data
  is opened read-only as `FileData`: only a schema exactly the app's own for its version, within a time and a
  row budget, reading only the app's own tables and columns;
- the records themselves are checked by services/handover_check.py before anything is merged.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
import sqlite3
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo

from models import APP_VERSION
from models.common import to_utc_text
from models.outside_json import read_outside_json
from models.validation import HAPPENED, is_id, is_image_name, one_line, parse_app_instant
from services import schema, sending
from services.backup import copy_database
from services.errors import KnownError, os_reason, translate
from services.files import check_target, move_into_place, partial_beside, throw_away
from services.handover_data import CHECKED_TABLES, DERIVED, READ_TABLES, FileData, refused
from services.media_library import MAX_IMAGE_BYTES, image_file, media_dir
from services.preferences import load_municipality
from services.sending import LAST_EXCHANGE
from services.staff import self_user
from services.store import Store, tolerant_text

log = logging.getLogger("omroeper")

FORMAT = "omroeper-handover"
FORMAT_VERSION = 3
MANIFEST, DATA, NOTE = "manifest.json", "data.sqlite", "note.json"
IMAGES = "media"

MAX_FILE_BYTES = 2 * 1024**3  # the .omroeper itself
MAX_UNPACKED = 2 * 1024**3  # 2 GB in all: far beyond a municipality's images; a bomb stops here
MAX_DATA_BYTES = 1024**3  # data.sqlite: ten years of posts take a few hundred MB at most
MAX_SMALL_BYTES = 1024**2  # manifest.json and note.json
MAX_MEMBERS = 20_000
NOTE_MAX = 100_000  # characters per section of the note
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
    source_name: str = ""  # the file's name, for messages
    images: frozenset[str] = frozenset()  # the image names in the file, each checked against its content

    @property
    def data_path(self) -> Path:
        return self.folder / DATA

    @property
    def exported_by(self) -> str:
        return str(self.manifest.get("exported_by") or "")

    def image_path(self, file_name: str) -> Path | None:
        """The unpacked image with this name, when the file holds it."""
        return image_file(self.folder / IMAGES, file_name) if file_name in self.images else None

    @contextmanager
    def data(self) -> Iterator[FileData]:
        """The data, opened as hostile input (see FileData)."""
        opened = FileData(self.data_path, self.source_name, int(self.manifest["schema_version"]))
        try:
            yield opened
        finally:
            opened.close()

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


# ---- writing ------------------------------------------------------------------------------------------------

def export_handover(store: Store, target: Path, note: HandoverNote, now: datetime,
                    start: date | None = None, end: date | None = None, *, to: str | None = None) -> dict[str, Any]:
    """Writes the handover file (whole, or not at all) and returns its manifest. The sending goes with it: from
    before the snapshot is taken this laptop sends nothing (services/sending.py), handed to `to` (by default the
    colleague the absences name); a file that could not be written leaves the sending as it was. Refused while the
    sending is with another laptop, or while a network holds a post this laptop should still take back
    (`check_can_hand_over`).

    What the store holds that a file may not (a record this app cannot read, one that breaks a rule of the
    import, an image whose content does not match its name) is left out, with what hangs from it, and noted in
    the store's `unreadable` so the officer is told; the file itself always passes this version's import.
    Instants after `now` (a clock that ran ahead once, or the outbox writing during the export) are set to `now`
    in the file: the other side refuses a file with changes after its own time."""
    check_can_hand_over(store)
    check_target(target)
    zone = ZoneInfo(load_municipality(store).time_zone)
    first = start or now.astimezone(zone).date()
    sending_before = store.get_setting(sending.SETTING)
    had_sending = sending.handed_to(store) is None  # always, past check_can_hand_over: said in the manifest
    laptop = sending.laptop_id(store)
    sending.hand_over_sending(store, sending.recipient(store, now.astimezone(zone).date()) if to is None else to, now)
    exported_at = to_utc_text(max(now, store.stamp()))  # not before a change made here (see Store.stamp)
    work = Path(tempfile.mkdtemp(prefix="omroeper-handover-"))
    written = False
    partial = None
    try:
        snapshot = work / DATA
        copy_database(store.conn, snapshot)
        images = _prepare_snapshot(store, snapshot, datetime.combine(first, time(), zone),
                                   datetime.combine(end + timedelta(days=1), time(), zone) if end else None,
                                   exported_at)
        members: dict[str, Path] = {DATA: snapshot}
        for file_name in sorted(images):
            source = image_file(media_dir(store), file_name)
            if source is not None and source.is_file() and not source.is_symlink():
                members[f"{IMAGES}/{file_name}"] = source
            else:
                log.warning("handover export: image %s is missing from the media folder", file_name)
        note_path = work / NOTE
        note_path.write_text(json.dumps(note.__dict__, ensure_ascii=False, indent=1), encoding="utf-8")
        members[NOTE] = note_path
        digests = {name: _file_sha256(path) for name, path in members.items()}
        for name in [name for name in digests if name.startswith(IMAGES + "/")]:
            if digests[name] != name[len(IMAGES) + 1:].split(".")[0]:  # changed on disk since it was added
                log.warning("handover export: %s does not match its name and is left out", name)
                del members[name], digests[name]
        me = self_user(store)
        manifest: dict[str, Any] = {
            "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": APP_VERSION,
            "schema_version": schema.LATEST_VERSION, "exported_by": me.name[:200] if me else _login_name(),
            "exported_by_id": me.id if me else "", "exported_at": exported_at, "from": first.isoformat(),
            "to": end.isoformat() if end else None, "laptop_id": laptop, "carries_sending": had_sending,
            "content_sha256": content_hash(digests)}
        manifest["manifest_sha256"] = manifest_hash(manifest)
        partial = partial_beside(target)
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            for name in sorted(members):
                archive.write(members[name], name)
        move_into_place(partial, target)
        written = True
        store.set_setting(LAST_EXCHANGE, manifest["exported_at"])  # what changes after this can conflict
        return manifest
    except OSError as error:
        throw_away(partial)
        raise KnownError(translate("Handover", "The handover file could not be written to {path}: {reason}").format(
            path=target, reason=os_reason(error))) from error
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if not written:
            try:
                sending.restore_sending(store, sending_before)
            except Exception:  # noqa: BLE001 - the write's own error is the one to tell; sending stays handed over
                log.exception("handover export: the sending could not be put back as it was")


def check_can_hand_over(store: Store) -> None:
    """Whether a handover file may be written now; raises KnownError when not, asked before the officer is told
    the sending goes.

    Not while the sending is with another laptop: the file would not bring it (services/sending.py), and a third
    laptop would send beside the one that has it.

    Not while a network holds (or may have received) a post this laptop should still take back: a post deleted, set
    back from "scheduled", taken off that channel in the composer, or on a removed channel. Once the file is written
    this laptop takes nothing back, and the other laptop cannot either: it never learns of a copy the calendar no
    longer shows. So the file waits until the outbox took them back; the message names them."""
    handed = sending.handed_to(store)
    if handed is not None:
        raise KnownError(sending.already_handed(handed))
    left = left_to_take_back(store)
    if left:
        shown = "\n".join(f"• {line}" for line in left[:LISTED_LEFT])
        if len(left) > LISTED_LEFT:
            shown += "\n" + translate("Handover", "… and {count} more.").format(count=len(left) - LISTED_LEFT)
        raise KnownError(translate(
            "Handover", "A network still holds posts that should no longer go out there, and Omroeper has not yet "
                        "been able to take them back. Nothing was written.") + "\n" + shown + "\n" + translate(
            "Handover", "Let Omroeper take them back first (online, with the window open, or with publish-due), then "
                        "hand over: from the handover on, this laptop sends and takes back nothing."))


LISTED_LEFT = 10  # posts named in the refusal; the rest counted


def left_to_take_back(store: Store) -> list[str]:
    """Each channel text, deleted ones included, that a network holds in its schedule (or may have received: being
    sent) and that should no longer go out there, in time order, as the officer reads it: "“title” on channel
    (why)". One query over the variants; the outbox takes these back (services/network_schedule.py)."""
    from models.post import DeliveryState, PostStatus

    rows = store.query_tuples(
        "SELECT p.title, p.body, c.name, p.deleted_at IS NOT NULL, v.deleted_at IS NOT NULL, "
        "c.deleted_at IS NOT NULL FROM variants v JOIN posts p ON p.id = v.post_id "
        "JOIN channels c ON c.id = v.channel_id WHERE v.state IN (?, ?) AND (v.deleted_at IS NOT NULL "
        "OR p.deleted_at IS NOT NULL OR c.deleted_at IS NOT NULL OR p.status NOT IN (?, ?)) "
        "ORDER BY p.scheduled_at, v.id",
        [DeliveryState.SCHEDULED_REMOTE.value, DeliveryState.SENDING.value, PostStatus.SCHEDULED.value,
         PostStatus.FAILED.value])
    found = []
    for title, body, channel, post_gone, text_gone, channel_gone in rows:
        why = (translate("Handover", "deleted") if post_gone else
               translate("Handover", "the channel was removed") if channel_gone else
               translate("Handover", "taken off the post") if text_gone else
               translate("Handover", "no longer scheduled"))
        found.append(translate("Handover", "“{title}” on {channel} ({why})").format(
            title=one_line(str(title or body or ""), 60), channel=one_line(str(channel or ""), 40), why=why))
    return found


_APP_INSTANT_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9]*Z"


def _prepare_snapshot(store: Store, snapshot: Path, first: datetime, after_last: datetime | None,
                      exported_at: str) -> set[str]:
    """Leaves out the posts outside the period (undated ideas stay) and everything hanging from them; clears the
    channels' secret flags; sets instants after the export to its time; leaves out what the import would refuse.
    Returns the image files the remaining posts use."""
    from services.handover_check import file_problems

    conn = sqlite3.connect(snapshot)
    conn.text_factory = tolerant_text
    try:
        with conn:
            outside = "scheduled_at IS NOT NULL AND (scheduled_at < ?" + (" OR scheduled_at >= ?)" if after_last
                                                                          else ")")
            values = [to_utc_text(first)] + ([to_utc_text(after_last)] if after_last else [])
            since = store.get_setting(LAST_EXCHANGE)
            if isinstance(since, str):  # what changed since the last exchange travels, whatever its date
                outside += (" AND id NOT IN (SELECT id FROM posts WHERE updated_at > ? UNION "
                            "SELECT post_id FROM variants WHERE updated_at > ? UNION "
                            "SELECT post_id FROM post_media WHERE updated_at > ? UNION "
                            "SELECT v.post_id FROM post_figures f JOIN variants v ON v.id = f.variant_id "
                            "WHERE f.updated_at > ?)")
                values += [since, since, since, since]
            gone = f"SELECT id FROM posts WHERE {outside}"
            conn.execute(f"DELETE FROM attempts WHERE variant_id IN (SELECT id FROM variants WHERE post_id IN "
                         f"({gone}))", values)
            conn.execute(f"DELETE FROM post_figures WHERE variant_id IN (SELECT id FROM variants WHERE post_id IN "
                         f"({gone}))", values)
            for table in ("variants", "post_media"):
                conn.execute(f"DELETE FROM {table} WHERE post_id IN ({gone})", values)
            conn.execute(f"DELETE FROM posts WHERE {outside}", values)
            conn.execute("UPDATE channels SET has_secret = 0")
            conn.execute("DELETE FROM reply_log")  # the officer's own figures stay home
            conn.execute("DELETE FROM inbox_sync")  # where this laptop's fetching stopped: its own
            conn.execute("DELETE FROM answer_drafts")  # half-written answers stay on this laptop
            conn.executemany("DELETE FROM settings WHERE key = ?",  # this laptop's own
                             [(key,) for key in sending.OWN_SETTINGS])
            for table in READ_TABLES:
                names = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
                for column in HAPPENED:
                    if column in names:
                        conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} > ? AND {column} GLOB ?",
                                     (exported_at, exported_at, _APP_INSTANT_GLOB))
            for _round in range(10):  # leaving a record out can leave one that points at it: again, until none
                rows = {table: _plain_rows(conn, table) for table in CHECKED_TABLES}
                problems = file_problems(rows, exported_at=exported_at)
                if not problems:
                    break
                for problem in problems:
                    store.unreadable.note(problem.table, problem.record_id, f"left out of the handover file: "
                                                                            f"{problem.column}: {problem.fault}")
                    conn.execute(f"DELETE FROM {problem.table} WHERE id IS ?", (problem.key,))
        found = conn.execute("SELECT DISTINCT m.file_name FROM media m JOIN post_media pm ON pm.media_id = m.id "
                             "WHERE pm.deleted_at IS NULL").fetchall()
        conn.execute("VACUUM")
    finally:
        conn.close()
    return {row[0] for row in found if is_image_name(row[0])}


def _plain_rows(conn: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    cursor = conn.execute(f"SELECT * FROM {table}")
    names = [column[0] for column in cursor.description]
    skipped = DERIVED.get(table, ())
    return [{name: value for name, value in zip(names, row, strict=True) if name not in skipped}
            for row in cursor.fetchall()]


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def content_hash(digests: dict[str, str]) -> str:
    """Format 2's content_sha256: one line per member (name, NUL, its SHA-256), in name order."""
    return hashlib.sha256("".join(f"{name}\0{digests[name]}\n" for name in sorted(digests)).encode("utf-8")
                          ).hexdigest()


def manifest_hash(manifest: dict[str, Any]) -> str:
    """Format 2's manifest_sha256: over the canonical JSON of every other field."""
    fields = {key: value for key, value in manifest.items() if key != "manifest_sha256"}
    canonical = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# ---- reading: the zip ---------------------------------------------------------------------------------------

# What reading a damaged member raises (zlib.error for a broken deflate stream, found by a flipped bit).
_DAMAGED = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, RuntimeError, zlib.error)
_UNSAFE_NAME = re.compile(r"(^|/)\.\.(/|$)|^/|\\|^[A-Za-z]:|\x00")


def _kind(name: str) -> str | None:
    """"manifest", "data", "note" or "image" for a member name a handover holds; None for any other."""
    if name in (MANIFEST, DATA, NOTE):
        return {MANIFEST: "manifest", DATA: "data", NOTE: "note"}[name]
    pure = PurePosixPath(name)
    if len(pure.parts) == 2 and pure.parts[0] == IMAGES and f"{IMAGES}/{pure.parts[1]}" == name and \
            is_image_name(pure.parts[1]):
        return "image"
    return None


def _limit(kind: str) -> int:
    return {"manifest": MAX_SMALL_BYTES, "note": MAX_SMALL_BYTES, "data": MAX_DATA_BYTES,
            "image": MAX_IMAGE_BYTES}[kind]


def read_handover(path: Path) -> Handover:
    """Checks and unpacks a handover file into a temporary folder; raises KnownError and leaves nothing behind
    when anything is wrong with it."""
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise refused(name, translate("Handover", "the file does not exist.")) from None
    except OSError as error:
        raise refused(name, translate("Handover", "it cannot be read ({reason}).").format(
            reason=os_reason(error))) from None
    if size > MAX_FILE_BYTES:
        raise refused(name, translate("Handover", "it is far larger than any handover (over 2 GB)."))
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError):
        # NotImplementedError: a member asks for a newer zip reader than Python's (one flipped byte does it)
        raise refused(name, translate("Handover", "it is not a handover file, or it is damaged or incomplete.")) \
            from None
    with archive:
        entries = _checked_entries(name, archive)
        first = _first_pass(name, archive, entries)
        manifest = _checked_manifest(name, first)
        note = _checked_note(name, first.small.get(NOTE))
        folder = Path(tempfile.mkdtemp(prefix="omroeper-import-"))
        try:
            _unpack(name, archive, entries, folder, first.digests)
            handover = Handover(folder, manifest, note, name,
                                frozenset(entry.filename[len(IMAGES) + 1:] for entry in entries
                                          if _kind(entry.filename) == "image"))
            with handover.data() as data:
                data.check()
            return handover
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise


def _checked_entries(name: str, archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The members, when each is one a handover holds: nothing is read or written yet."""
    entries = archive.infolist()
    if len(entries) > MAX_MEMBERS:
        raise refused(name, translate("Handover", "it holds far too many files."))
    names = [entry.filename for entry in entries]
    for entry in entries:
        shown = one_line(entry.filename, 80)
        if _UNSAFE_NAME.search(entry.filename):
            raise refused(name, translate("Handover", "it holds a file that would land outside its folder "
                                                      "(“{name}”).").format(name=shown))
        if _kind(entry.filename) is None:
            raise refused(name, translate("Handover", "it holds a file no handover holds (“{name}”); images are "
                                                      "named by their content's SHA-256.").format(name=shown))
        file_type = stat.S_IFMT(entry.external_attr >> 16)
        if file_type not in (0, stat.S_IFREG) or entry.is_dir():
            raise refused(name, translate("Handover", "it holds a link or a folder instead of a file (“{name}”)."
                                          ).format(name=shown))
        if entry.flag_bits & 0x1 or entry.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise refused(name, translate("Handover", "it holds a file packed in a way Omroeper does not write "
                                                      "(“{name}”).").format(name=shown))
    if len(set(names)) != len(names):
        raise refused(name, translate("Handover", "it holds the same file twice."))
    if MANIFEST not in names or DATA not in names:
        raise refused(name, translate("Handover", "it is not a handover file, or it is damaged or incomplete."))
    return sorted(entries, key=lambda entry: entry.filename)


@dataclass
class _FirstPass:
    digests: dict[str, str]  # every member's SHA-256
    stream_sha256: str  # format 1's content hash: names and bytes in one stream
    small: dict[str, bytes]  # manifest.json and note.json


def _first_pass(name: str, archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo]) -> _FirstPass:
    """Decompresses every member once, writing nothing: counts its bytes against its limit and the total, hashes
    it, and checks each image against the hash its name says."""
    digests: dict[str, str] = {}
    stream = hashlib.sha256()
    small: dict[str, bytes] = {}
    total = 0
    for entry in entries:
        kind = _kind(entry.filename)
        assert kind is not None
        digest = hashlib.sha256()
        kept = bytearray()
        count = 0
        if kind != "manifest":
            stream.update(entry.filename.encode("utf-8") + b"\0")
        try:
            with archive.open(entry) as source:
                while chunk := source.read(_CHUNK):
                    count += len(chunk)
                    total += len(chunk)
                    if count > _limit(kind) or total > MAX_UNPACKED:
                        raise refused(name, translate("Handover", "it unpacks to far more than any handover (“{name}”"
                                                                  " alone is over {size} MB).").format(
                            name=one_line(entry.filename, 80), size=min(_limit(kind), MAX_UNPACKED) // 1024**2))
                    digest.update(chunk)
                    if kind in ("manifest", "note"):
                        kept += chunk
                    else:
                        stream.update(chunk)
        except _DAMAGED:
            raise refused(name, translate("Handover", "it is damaged or incomplete.")) from None
        if kind == "note":
            stream.update(bytes(kept))
        if kind != "manifest":
            stream.update(b"\0")
            digests[entry.filename] = digest.hexdigest()
        if kind == "image" and digest.hexdigest() != entry.filename[len(IMAGES) + 1:].split(".")[0]:
            raise refused(name, translate("Handover", "the image “{name}” does not hold what its name says (its "
                                                      "content's SHA-256).").format(name=one_line(entry.filename, 80)))
        if kind in ("manifest", "note"):
            small[entry.filename] = bytes(kept)
    return _FirstPass(digests, stream.hexdigest(), small)


_MANIFEST_FIELDS = {"format", "format_version", "app_version", "schema_version", "exported_by", "exported_by_id",
                    "exported_at", "from", "to", "content_sha256"}
_LAPTOP_FIELDS = {"laptop_id", "carries_sending"}  # from format 3 on


def _login_name() -> str:
    """Who made the file when nobody chose "this is me" on this laptop: the computer's login name, so that the
    other side reads a name and not a blank."""
    import getpass

    try:
        return one_line(getpass.getuser(), 200)
    except (OSError, KeyError, ImportError):  # no login name to be found (a service account, a container)
        return ""


def _checked_manifest(name: str, first: _FirstPass) -> dict[str, Any]:
    damaged = translate("Handover", "its manifest is damaged.")
    try:
        manifest = read_outside_json(first.small[MANIFEST].decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise refused(name, damaged) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise refused(name, translate("Handover", "it is not a handover file, or it is damaged or incomplete."))
    version = manifest.get("format_version")
    if type(version) is not int or version < 1:
        raise refused(name, damaged)
    if version > FORMAT_VERSION:
        raise refused(name, translate("Handover", "it was made by a newer version of Omroeper (format {version}); "
                                                  "update Omroeper first.").format(version=version))
    expected = _MANIFEST_FIELDS | ({"manifest_sha256"} if version >= 2 else set()) | (
        _LAPTOP_FIELDS if version >= 3 else set())
    if set(manifest) != expected or (version >= 2 and manifest["manifest_sha256"] != manifest_hash(manifest)):
        raise refused(name, translate("Handover", "its manifest was changed after it was exported, or is damaged."))
    content = content_hash(first.digests) if version >= 2 else first.stream_sha256
    if manifest["content_sha256"] != content:
        raise refused(name, translate("Handover", "its content does not match its manifest: it was changed "
                                                  "after it was exported."))
    schema_version = manifest["schema_version"]
    if type(schema_version) is int and schema_version > schema.LATEST_VERSION:
        raise refused(name, translate("Handover", "it was made by a newer version of Omroeper; update Omroeper "
                                                  "first."))
    start, end = manifest["from"], manifest["to"]
    sound = (type(schema_version) is int and 1 <= schema_version
             and isinstance(manifest["app_version"], str) and len(manifest["app_version"]) <= 40
             and isinstance(manifest["exported_by"], str) and len(manifest["exported_by"]) <= 200
             and (manifest["exported_by_id"] == "" or is_id(manifest["exported_by_id"]))
             and parse_app_instant(manifest["exported_at"]) is not None
             and _is_day(start) and (end is None or (_is_day(end) and end >= start))
             and (version < 3 or (is_id(manifest["laptop_id"]) and type(manifest["carries_sending"]) is bool)))
    if not sound:
        raise refused(name, damaged)
    return manifest


def _is_day(value: object) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _checked_note(name: str, raw: bytes | None) -> HandoverNote:
    if raw is None:
        return HandoverNote()
    try:
        found = read_outside_json(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise refused(name, translate("Handover", "its handover note is damaged.")) from None
    if not isinstance(found, dict) or not all(
            isinstance(found.get(key, ""), str) and len(found.get(key, "")) <= NOTE_MAX
            for key in HandoverNote.__dataclass_fields__):
        raise refused(name, translate("Handover", "its handover note is damaged."))
    return HandoverNote(**{key: found.get(key, "") for key in HandoverNote.__dataclass_fields__})


def _unpack(name: str, archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo], folder: Path,
            digests: dict[str, str]) -> None:
    """Writes data.sqlite and the images into `folder`, counted and hashed again: what is written is exactly what
    the first pass checked."""
    for entry in entries:
        kind = _kind(entry.filename)
        if kind not in ("data", "image"):
            continue
        target = folder / entry.filename  # a name checked by _kind: data.sqlite or media/<hash>.<type>
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        count = 0
        try:
            with archive.open(entry) as source, target.open("xb") as sink:
                while chunk := source.read(_CHUNK):
                    count += len(chunk)
                    if count > _limit(kind):
                        raise refused(name, translate("Handover", "it is damaged or incomplete."))
                    digest.update(chunk)
                    sink.write(chunk)
        except _DAMAGED as error:
            if isinstance(error, OSError) and error.errno == 28:
                raise KnownError(translate("Handover", "The disk is full: {name} could not be unpacked. "
                                                       "Nothing was changed.").format(name=name)) from None
            raise refused(name, translate("Handover", "it is damaged or incomplete.")) from None
        if digest.hexdigest() != digests[entry.filename]:
            raise refused(name, translate("Handover", "it changed while it was being read."))
