"""Importing a handover file: on the stand-in's laptop (the officer's calendar arrives) and on the officer's
return (the stand-in's work comes back). One mechanism for both: records are matched by their UUID.

Per record:
- only in the file: added (a record the file marks deleted is not added);
- in both: the later `updated_at` wins, a deletion mark included, so a deletion on either side carries over;
- a post changed on both sides since the last exchange between these two (the `exported_at` of the file this
  store last exported, or last imported): a conflict. Nothing is lost: the local post stays as it is and the
  other side's version is added beside it as a draft titled "… (version of <name>)", for the officer to
  choose and delete the other;
- a channel account keeps this laptop's `has_secret`: tokens never travel.

`plan_merge` only reads (for the preview and `--dry-run`); `apply_merge` takes a backup and writes everything in
one transaction, copies the images and records the exchange.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from models.common import new_id
from services.backup import BACKUP_DIR_NAME, take_backup
from services.errors import translate
from services.handover import LAST_EXCHANGE, Handover
from services.media_library import MEDIA_DIR_NAME
from services.store import Store

# In dependency order: a variant's post arrives before the variant.
TABLES = ("staff", "signatures", "channels", "key_dates", "absences", "reply_templates", "media", "post_series",
          "posts", "variants", "post_media")
RECEIVED_NOTE = "handover.received_note"  # the last handover note imported, for the Vacation tab to show
KEEP_LOCAL = {"channels": {"has_secret"}, "staff": {"is_self"}}  # this laptop's: its tokens, its user


def table_name(table: str) -> str:
    return {
        "staff": translate("Merge", "staff members"), "signatures": translate("Merge", "signatures"),
        "channels": translate("Merge", "channels"), "key_dates": translate("Merge", "key dates"),
        "absences": translate("Merge", "absences"), "reply_templates": translate("Merge", "reply templates"),
        "media": translate("Merge", "images"), "post_series": translate("Merge", "series"),
        "posts": translate("Merge", "posts"), "variants": translate("Merge", "channel texts"),
        "post_media": translate("Merge", "images in posts"),
    }[table]


@dataclass
class MergePlan:
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)  # the titles of posts both sides changed
    changed_posts: list[str] = field(default_factory=list)  # what the other side changed, for the report
    _writes: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)  # (table, insert|update|copy, row)
    settings: dict[str, Any] = field(default_factory=dict)  # municipality and rhythm, for a new laptop
    _copies: dict[str, str] = field(default_factory=dict)  # conflicted post id -> the id of its other version

    def lines(self) -> list[str]:
        """The preview or report in words."""
        out = []
        for table in TABLES:
            counts = (self.added.get(table, 0), self.updated.get(table, 0), self.deleted.get(table, 0))
            if any(counts):
                out.append(translate("Merge", "{table}: {added} added, {updated} changed, {deleted} deleted").format(
                    table=table_name(table), added=counts[0], updated=counts[1], deleted=counts[2]))
        out += [translate("Merge", "Changed on the other side: {title}").format(title=t) for t in self.changed_posts]
        out += [translate("Merge", "Changed on both sides, both versions kept: {title}").format(title=t)
                for t in self.conflicts]
        return out or [translate("Merge", "Nothing new in this file.")]


def _rows(conn: sqlite3.Connection, schema_name: str, table: str) -> dict[str, dict[str, Any]]:
    cursor = conn.execute(f"SELECT * FROM {schema_name}.{table}")
    names = [column[0] for column in cursor.description]
    return {row[0]: dict(zip(names, row, strict=True)) for row in cursor.fetchall()}


def plan_merge(store: Store, handover: Handover) -> MergePlan:
    plan = MergePlan()
    since = store.get_setting(LAST_EXCHANGE)
    other_name = str(handover.manifest.get("exported_by") or translate("Merge", "the other side"))
    conn = sqlite3.connect(handover.data_path)
    try:
        for table in TABLES:
            theirs = _rows(conn, "main", table)
            ours = _rows(store.conn, "main", table)
            columns = set(next(iter(ours.values())).keys()) if ours else None
            for record_id, row in theirs.items():
                row = {k: v for k, v in row.items() if columns is None or k in columns}
                if row.get("post_id") in plan._copies:  # a conflicted post's variant or image: with its version
                    plan._writes.append((table, "copy", dict(row, id=new_id(), post_id=plan._copies[row["post_id"]])))
                    continue
                mine = ours.get(record_id)
                if mine is None:
                    if row.get("deleted_at") is None:
                        if table == "staff":
                            row["is_self"] = 0  # who this laptop belongs to is chosen here, never imported
                        plan._writes.append((table, "insert", row))
                        plan.added[table] = plan.added.get(table, 0) + 1
                    continue
                if row["updated_at"] == mine["updated_at"]:
                    continue
                both_edited = (since and mine["updated_at"] > since and row["updated_at"] > since
                               and row.get("deleted_at") is None and mine.get("deleted_at") is None)
                if table == "posts" and both_edited:  # whichever is later: neither edit may be lost
                    copy = dict(row, id=new_id(), status="draft", title=translate(
                        "Merge", "{title} (version of {name})").format(title=row.get("title") or "", name=other_name))
                    plan._writes.append((table, "copy", copy))
                    plan._copies[record_id] = copy["id"]
                    plan.conflicts.append(mine.get("title") or "")
                    continue
                if row["updated_at"] < mine["updated_at"]:
                    continue  # ours is the later edit
                for kept in KEEP_LOCAL.get(table, ()):
                    row[kept] = mine[kept]
                plan._writes.append((table, "update", row))
                bucket = plan.deleted if row.get("deleted_at") and not mine.get("deleted_at") else plan.updated
                bucket[table] = bucket.get(table, 0) + 1
                if table == "posts":
                    plan.changed_posts.append(row.get("title") or "")
        if not store.get_setting("municipality.name"):  # a new laptop: the municipality and its rhythm come too
            for key, value in conn.execute("SELECT key, value FROM settings WHERE deleted_at IS NULL AND "
                                           "(key LIKE 'municipality.%' OR key LIKE 'rhythm.%')"):
                plan.settings[key] = json.loads(value)
    finally:
        conn.close()
    return plan


def apply_merge(store: Store, handover: Handover, plan: MergePlan, now: datetime) -> None:
    """A backup first, then every write in one transaction; then the images and the exchange's time."""
    take_backup(store.conn, store.path.parent / BACKUP_DIR_NAME, "import", now)
    with store.transaction():
        for table, action, row in plan._writes:
            names = list(row)
            if action in ("insert", "copy"):
                store.conn.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES "
                                   f"({', '.join('?' for _ in names)})", [row[n] for n in names])
            else:
                settable = [n for n in names if n != "id"]
                store.conn.execute(f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in settable)} WHERE id = ?",
                                   [*(row[n] for n in settable), row["id"]])
        for key, value in plan.settings.items():
            store.set_setting(key, value)
        store.set_setting(RECEIVED_NOTE, {**handover.note.__dict__, "from": handover.manifest.get("exported_by", "")})
        store.set_setting(LAST_EXCHANGE, str(handover.manifest.get("exported_at", "")))
    media = store.path.parent / MEDIA_DIR_NAME
    source = handover.folder / "media"
    if source.is_dir():
        media.mkdir(parents=True, exist_ok=True)
        for image in source.iterdir():
            if not (media / image.name).exists():
                shutil.copyfile(image, media / image.name)
