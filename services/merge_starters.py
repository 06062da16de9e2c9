"""The 38 starter reply templates in a merge: the same template on every laptop, matched by their starter key
where two laptops gave them different ids (services/merge.py asks)."""

from __future__ import annotations

from typing import Any


def as_shipped(row: dict[str, Any]) -> bool:
    """A starter template as the library made it on that laptop, never saved since (not edited, used, deleted or
    restored): its time says only when that laptop first opened Omroeper, so it never outweighs a change."""
    return row.get("updated_at") == row.get("created_at") and row.get("deleted_at") is None


def same_starters(theirs: list[dict[str, Any]], ours: dict[str, dict[str, Any]]) -> tuple[dict[str, str], set[str]]:
    """A starter template is the same template on every laptop: the file's record of a starter key and this
    laptop's are one record, also where their ids differ (made before starter ids came from their key, each laptop
    gave its own). Returns which file records are this laptop's under another id (file id -> local id), and which
    file records to leave out: further records of a starter key the file holds more than once (a store from before
    this matching could hold a starter twice). Per key the file's latest edit is the one that counts; it is then
    merged as any record (the later edit wins, deletions as marks), so no reply log entry here loses its
    template."""
    from services.reply_templates import starter_id

    def rank(item: tuple[str, dict[str, Any]]) -> tuple[bool, bool, str, str]:
        record_id, row = item  # the starter's own id first, then a live record, then the oldest
        return (record_id != starter_id(str(row["starter_key"])), row.get("deleted_at") is not None,
                str(row.get("created_at") or ""), record_id)

    local: dict[str, str] = {}
    for record_id, row in sorted(((i, r) for i, r in ours.items() if isinstance(r.get("starter_key"), str)
                                  and r["starter_key"]), key=rank):
        local.setdefault(row["starter_key"], record_id)
    by_key: dict[str, list[dict[str, Any]]] = {}
    for row in theirs:
        if row.get("starter_key"):
            by_key.setdefault(row["starter_key"], []).append(row)
    matched: dict[str, str] = {}
    left_out: set[str] = set()
    for key, rows in by_key.items():
        latest = max(rows, key=lambda row: (str(row["updated_at"]), str(row["id"])))
        target = local.get(key) if latest["id"] not in ours else None
        if target is not None:
            matched[latest["id"]] = target
        left_out |= {row["id"] for row in rows if row is not latest
                     and (row["id"] not in ours or row["id"] == target)}
    return matched, left_out
