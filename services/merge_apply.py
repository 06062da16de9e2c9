"""A planned merge carried out (services/merge.py plans it): the file's images copied first, then a backup, then
every write, the exchange's time and the sending in one transaction. Column names come from this store's own
tables, never from the file."""

from __future__ import annotations

import contextlib
import errno
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from models.post import DeliveryState, PostStatus
from models.validation import one_line, parse_app_instant
from services.absences import RECEIVED_NOTE
from services.backup import BACKUP_DIR_NAME, take_backup
from services.errors import KnownError, os_reason, translate
from services.handover import Handover
from services.handover_data import refused
from services.media_library import image_file, media_dir
from services.merge import TABLES, MergePlan
from services.sending import LAST_EXCHANGE, FileSending, take_sending_from_file
from services.store import Store


def _columns(store: Store, table: str) -> set[str]:
    return {row[1] for row in store.conn.execute(f"PRAGMA table_info({table})")}


def apply_merge(store: Store, handover: Handover, plan: MergePlan, now: datetime) -> None:
    """The images first, then a backup, then every write (and the exchange's time) in one transaction. Column
    names come from this store's own tables, never from the file."""
    _copy_images(store, handover)
    take_backup(store.conn, store.path.parent / BACKUP_DIR_NAME, "import", now)
    columns = {table: _columns(store, table) for table in TABLES}
    try:
        with store.transaction():
            for table, action, row in plan._writes:
                names = [name for name in row if name in columns[table]]
                if action in ("insert", "copy"):
                    store.conn.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES "
                                       f"({', '.join('?' for _ in names)})", [row[n] for n in names])
                else:
                    settable = [n for n in names if n != "id"]
                    store.conn.execute(f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in settable)} WHERE id = ?",
                                       [*(row[n] for n in settable), row["id"]])
            for post_id in sorted(plan._touched_posts):  # published on every channel, after all: published
                store.conn.execute(
                    "UPDATE posts SET status = ? WHERE id = ? AND status != ? AND deleted_at IS NULL "
                    "AND EXISTS (SELECT 1 FROM variants WHERE post_id = posts.id AND deleted_at IS NULL) "
                    "AND NOT EXISTS (SELECT 1 FROM variants WHERE post_id = posts.id AND deleted_at IS NULL "
                    "AND state != ?)", (PostStatus.PUBLISHED.value, post_id, PostStatus.PUBLISHED.value,
                                        DeliveryState.PUBLISHED.value))
            for key, value in plan.settings.items():
                store.set_setting(key, value)
            store.set_setting(RECEIVED_NOTE, {**handover.note.__dict__, "from": handover.exported_by})
            last = store.get_setting(LAST_EXCHANGE)  # never back to an earlier exchange (an older file)
            store.set_setting(LAST_EXCHANGE, max(str(handover.manifest["exported_at"]),
                                                 last if isinstance(last, str) else ""))
            if plan.sending is FileSending.BRINGS:  # the laptop that imports it is the one that sends
                take_sending_from_file(store, handover.exported_by, str(handover.manifest.get("laptop_id") or ""))
            made = parse_app_instant(handover.manifest["exported_at"])
            if made is not None:  # an edit here from now on stamps later than anything the file brought
                store.raise_stamp_floor(made)
    except sqlite3.IntegrityError as error:  # the checks should make this impossible: refused, rolled back
        raise refused(handover.source_name, translate("Handover", "its records do not fit this calendar ({reason})."
                                                      ).format(reason=one_line(str(error), 80))) from error


def _copy_images(store: Store, handover: Handover) -> None:
    """Copies the file's images into the media folder, each as `.partial` first and then moved into place, before
    anything is merged: a full disk or a read-only folder is a KnownError while the calendar is still as it was.
    An image is named by its content, so one copied for an import that then fails or is declined harms nothing:
    it is the same file whoever uses it."""
    media = media_dir(store)
    for file_name in sorted(handover.images):
        source, target = handover.image_path(file_name), image_file(media, file_name)
        if source is None or target is None or target.exists():
            continue
        partial = target.with_name(target.name + ".partial")
        try:
            media.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, partial)
            partial.replace(target)
        except OSError as error:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise KnownError(_images_not_copied(handover.source_name, media, error)) from error


def _images_not_copied(name: str, media: Path, error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return translate("Merge", "The disk is full: the images of {name} could not be copied into {folder}. Nothing "
                                  "was imported. Free some space on the disk and import the file again.").format(
            name=name, folder=media)
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM) or isinstance(error, PermissionError):
        return translate("Merge", "The images of {name} could not be copied into {folder}: the folder is read-only, "
                                  "or you lack the permission. Nothing was imported. Check the permissions and "
                                  "import the file again.").format(name=name, folder=media)
    return translate("Merge", "The images of {name} could not be copied into {folder} ({reason}). Nothing was "
                              "imported. Check the disk and import the file again.").format(
        name=name, folder=media, reason=os_reason(error))
