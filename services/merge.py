"""Importing a handover file: on the stand-in's laptop (the officer's calendar arrives) and on the officer's
return (the stand-in's work comes back). One mechanism for both: records are matched by their UUID.

Before anything: the file's time may not lie more than a day ahead of this laptop's clock, and every record
must pass services/handover_check.py (one bad record refuses the whole file). Then, per record:
- only in the file: added. A record the file marks deleted is added as deleted (a tombstone), so that an id
  derived rather than drawn (a series' occurrence, services/series.py) stays dead here too and is never laid out
  again; it is no change here (the preview counts none, and it deletes nothing), and only a deleted record hangs
  from it (a live one that hangs from a record this laptop never had alive is not added);
- in both: the later `updated_at` wins, a deletion mark included, so a deletion on either side carries over;
- a post changed on both sides since the last exchange between these two (the latest `exported_at` of a file this
  store exported or imported), and not to the same content (both laid out the same occurrence of a series:
  services/series.py): a conflict, and nothing is lost. Differing only in the crisis switch's marks (`paused_at`,
  `pause_reason`: both laptops pressed Pause all, one resumed) is no conflict: the later change wins, as for any
  record. Both edited: the local post stays as
  it is and the other side's version is added beside it as a draft titled "… (version of <name>)", for the
  officer to choose and delete the other. Deleted there, edited here: kept here. Deleted here, edited there:
  their version comes back as such a draft. A version added beside gets its channels anew (not queued, nothing
  held by a network), so it can never take back or repeat the original's publication;
- a channel text's way to its network (state, remote id and link, key, fingerprint, times, attempts, error) is
  merged by how far it got, never by time: published on either side stays published; held by a network (handed
  to its schedule, sending, unconfirmed) is never replaced by a state that claims nothing from the other side.
  Two different claims (each side handed it to the network's schedule under its own id): the later claim stays,
  by the claim's own order (how many times the channel text was sent, then its publish attempt's start, read from
  both sides' attempts; only where neither tells, the record's `updated_at`), and the other is kept as a deleted
  channel text of the same post and channel carrying that claim, so the outbox of the laptop that sends takes that
  copy back from the network once it shows it is its own (services/network_schedule.py). Its text follows the
  later `updated_at` as any record's, but a channel text deleted on one side since the last exchange while its
  post stays (taken off the post in the composer) stays deleted, whatever the other side did to its text or
  delivery since: never a post on a channel the officer took it off. A post published on every channel
  afterwards is marked published (derived, as the outbox does, without a new stamp);
- an inbox answer is merged by how far it got, as a channel text's delivery: one this laptop has sent, is sending
  or whose outcome is unknown (published, sending, unconfirmed) is never changed by a file, so a file can neither
  send it again nor change its text nor take it back to queued; one waiting or failed here takes the other side's
  record when that one got further (sent from the stand-in's laptop), else the later `updated_at`. The outbox
  checks every answer again before it leaves (services/inbox_sending.py). An inbox item answered here stays
  answered (its state, by whom, when and with which answer);
- a channel account keeps this laptop's `has_secret`, `last_error`, `last_checked_at`, `token_expires_at` and
  `held_until` (what this laptop's own token met), and where this laptop holds its token also its network,
  address, handle and page id: tokens never travel, and a file cannot send a token somewhere else;
- "this is me" (`is_self`) is never taken from a file;
- an image the file holds under another record id than this laptop's (both sides added the same picture) is this
  laptop's: the file's posts point at it; likewise a channel text of a post for a channel that has one here under
  another id (both sides added the channel to the post) is merged into this laptop's, so the post does not go out
  twice on that channel (a file with two for one post and channel is refused);
- a starter reply template is the same template on every laptop: its id comes from its starter key, and a file's
  starter template is matched to this laptop's by that key where the ids differ (stores made before that);
- derived columns (a post's excerpt and channel states) are never taken from the file: triggers make them.

After a merge, every change made on this laptop stamps later than the file's time (Store.raise_stamp_floor):
with a clock that runs behind the other laptop's, an edit made here after the import would otherwise stamp
earlier than the version it changed, and lose the next merge without a word.

A file never deletes a channel whose token is on this laptop: it stays (and the preview says so). A file written by
another laptop while it had the sending, newer than this laptop's last exchange, brings the sending to this
laptop; any other file leaves it where it is (services/sending.py `file_sending`; the preview says which).

`plan_merge` only reads (for the preview and `--dry-run`); `apply_merge` (services/merge_apply.py) first copies
the images (each checked against its name when the file was read; a full disk stops the import there, with nothing
merged), then takes a backup and writes everything, the exchange's time included, in one transaction. A plan that
deletes many records (`MergePlan.many_deleted`: more than 10, or a tenth, of the posts, channel texts, key dates or
reply templates, or any channel or staff member) needs a second yes.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from models.common import new_id
from models.post import DeliveryState, PostStatus
from models.validation import one_line, record_problems
from services.errors import KnownError, translate
from services.handover import Handover
from services.handover_check import check_clock, describe, file_problems, log_problems, table_name
from services.handover_data import DERIVED, RECORD_TABLES
from services.media_library import media_dir
from services.merge_rules import check_rules_across
from services.merge_starters import as_shipped, same_starters
from services.sending import LAST_EXCHANGE, FileSending, file_sending, file_sending_line
from services.store import Store

# In dependency order: a variant's post arrives before the variant.
TABLES = RECORD_TABLES
# This laptop's own, never taken from a file: its tokens and what its own use of them found (an error, a check, an
# expiry, a network's request to slow down), and who its user is. A record new here starts with these values.
LOCAL_ONLY: dict[str, dict[str, Any]] = {
    "channels": {"has_secret": 0, "last_error": "", "last_checked_at": None, "token_expires_at": None,
                 "held_until": None},
    "staff": {"is_self": 0},
}
# Where a token goes, what the channel is for and whose account the token was checked to be: chosen (and read
# back from the network) where the token is kept, so a file cannot make a token's account look like another's.
TOKEN_ADDRESS = ("network", "base_url", "handle", "external_id", "manual_network", "account_id", "account_name")
# A channel text's way to its network: merged by how far it got, never by time (see `_further`).
DELIVERY = ("state", "remote_id", "remote_url", "idempotency_key", "remote_fingerprint", "published_at",
            "sending_since", "next_try_at", "attempt_count", "send_late", "last_error")
# A network holds it, or may: it was handed to a network's schedule, is being sent, or was sent without an answer.
REMOTE_CLAIMS = frozenset({DeliveryState.SCHEDULED_REMOTE.value, DeliveryState.SENDING.value,
                           DeliveryState.UNCONFIRMED.value})
MANY_DELETIONS = 10  # more posts deleted than this, or more than a tenth of the calendar: asked twice
# What a file deletes that asks a second question: of these kinds more than MANY_DELETIONS or more than a tenth
# (channel texts: those taken off posts that stay; a deleted post's own go with it) ...
COUNTED_DELETIONS = ("posts", "variants", "key_dates", "reply_templates")
# ... and of these any at all: there are few, and each one matters (a channel's posts, a colleague's signature).
ANY_DELETION = ("channels", "staff")
LISTED = 20  # titles listed per kind in the preview; the rest counted
# What a post's version added beside the original starts with on each channel: nothing sent, nothing held.
_FRESH_VARIANT = {"state": DeliveryState.NOT_QUEUED.value, "remote_id": "", "remote_url": "", "idempotency_key": "",
                  "last_error": "", "published_at": None, "next_try_at": None, "attempt_count": 0,
                  "remote_fingerprint": "", "sending_since": None, "send_late": 0}
# The crisis switch's marks on a post: a post that differs only in these is no conflict (the later change wins).
PAUSE_MARKS = ("paused_at", "pause_reason")
# What says an inbox item was answered: an item answered on this laptop keeps these whatever a file says.
_ANSWERED = ("state", "answered_by", "answered_at", "answer_id")
# The namespace of the ids of channel texts that keep a network claim the merge did not keep (uuid5 of
# "https://omroeper.invalid/merge/left-claim"): fixed, so importing a file again adds no second one.
_LEFT_CLAIMS = uuid.UUID("5d0a4f0e-2b7c-5b35-9a51-8f0c6d3e2a11")
# What each record points at, for leaving out what hangs from a record the file has deleted.
_PARENTS = {"signatures": (("staff_id", "staff"),), "absences": (("staff_id", "staff"), ("standin_id", "staff")),
            "posts": (("series_id", "post_series"),), "variants": (("post_id", "posts"), ("channel_id", "channels")),
            "post_media": (("post_id", "posts"), ("media_id", "media")),
            "inbox_items": (("channel_id", "channels"),), "inbox_answers": (("item_id", "inbox_items"),),
            "post_figures": (("variant_id", "variants"),), "follower_counts": (("channel_id", "channels"),)}


@dataclass
class MergePlan:
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)  # the titles of posts both sides changed
    changed_posts: list[str] = field(default_factory=list)  # what the other side changed, for the report
    deleted_posts: list[str] = field(default_factory=list)  # what the other side deleted
    kept_here: list[str] = field(default_factory=list)  # deleted there, changed here: kept
    missing_images: int = 0  # images the file's posts use that neither the file nor this laptop holds
    live_posts: int = 0  # the posts of this laptop's calendar before the import
    live: dict[str, int] = field(default_factory=dict)  # per kind of COUNTED_DELETIONS: what this laptop has
    deleted_names: dict[str, list[str]] = field(default_factory=dict)  # per kind: what the other side deleted
    removed_texts: list[str] = field(default_factory=list)  # "post on channel": channels taken off posts that stay
    kept_channels: list[str] = field(default_factory=list)  # deleted there, but their token is on this laptop
    claims_left: list[str] = field(default_factory=list)  # "post on channel": a second network copy, taken back
    sending: FileSending = FileSending.BRINGS  # what the import does to the sending (services/sending.py)
    sending_line: str = ""  # the same in words, for the preview
    settings: dict[str, Any] = field(default_factory=dict)  # municipality and rhythm, for a new laptop
    _writes: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)  # (table, insert|update|copy, row)
    _copies: dict[str, str] = field(default_factory=dict)  # conflicted post id -> the id of its other version
    _touched_posts: set[str] = field(default_factory=set)  # posts whose record or channel texts change
    _deleted_texts: list[tuple[str, str]] = field(default_factory=list)  # (post id, channel id) of deleted texts

    @property
    def posts_deleted(self) -> int:
        return self.deleted.get("posts", 0)

    def deletions(self, table: str) -> int:
        """How many records of a kind the file deletes here (channel texts: those taken off posts that stay)."""
        if table == "posts":
            return self.posts_deleted
        if table == "variants":
            return len(self.removed_texts)
        return len(self.deleted_names.get(table, ()))

    @property
    def many_deleted(self) -> list[str]:
        """The kinds of which the file deletes many: more than MANY_DELETIONS or a tenth of the posts, channel
        texts, key dates or reply templates, or any channel or staff member."""
        found = [table for table in COUNTED_DELETIONS if self.deletions(table) > MANY_DELETIONS
                 or self.deletions(table) * 10 > self.live.get(table, 0)]
        return found + [table for table in ANY_DELETION if self.deletions(table)]

    @property
    def deletes_many(self) -> bool:
        """Whether the officer confirms twice (the window) or says --allow-deletions (the command line)."""
        return bool(self.many_deleted)

    def deletion_lines(self, *, posts: bool = True) -> list[str]:
        """What the file deletes, one sentence per kind (the posts' only with `posts`), for the second question."""
        out = []
        for table in (*COUNTED_DELETIONS, *ANY_DELETION):
            count, total = self.deletions(table), self.live.get(table, 0)
            if not count or (table == "posts" and not posts):
                continue
            if table == "posts":
                out.append(translate("Merge", "This file deletes {count} of the {total} posts in your calendar."
                                     ).format(count=count, total=self.live_posts))
            elif table == "variants":
                out.append(translate("Merge", "This file takes {count} channels off posts that stay (of {total} "
                                              "channel texts).").format(count=count, total=total))
            else:
                out.append(translate("Merge", "This file deletes {count} of the {total} {table}.").format(
                    count=count, total=total, table=table_name(table)))
        return out

    def lines(self) -> list[str]:
        """The preview or report in words. Titles come from the file: each is shown as one short line."""
        out = []
        if self.posts_deleted:
            out.append(translate("Merge", "Posts this file deletes from your calendar: {count} of {total}.").format(
                count=self.posts_deleted, total=self.live_posts))
        out += self.deletion_lines(posts=False)
        for table in TABLES:
            counts = (self.added.get(table, 0), self.updated.get(table, 0), self.deleted.get(table, 0))
            if any(counts):
                out.append(translate("Merge", "{table}: {added} added, {updated} changed, {deleted} deleted").format(
                    table=table_name(table), added=counts[0], updated=counts[1], deleted=counts[2]))
        out += _listed(translate("Merge", "Deleted on the other side: {title}"), self.deleted_posts)
        for table, template in (
                ("channels", translate("Merge", "Channel deleted on the other side: {title}")),
                ("key_dates", translate("Merge", "Key date deleted on the other side: {title}")),
                ("reply_templates", translate("Merge", "Reply template deleted on the other side: {title}")),
                ("staff", translate("Merge", "Staff member deleted on the other side: {title}"))):
            out += _listed(template, self.deleted_names.get(table, []))
        out += _listed(translate("Merge", "Channel taken off a post on the other side: {title}"), self.removed_texts)
        out += _listed(translate("Merge", "Deleted on the other side, kept because its token is on this laptop: "
                                          "channel {title}"), self.kept_channels)
        out += _listed(translate("Merge", "Changed on the other side: {title}"), self.changed_posts)
        out += _listed(translate("Merge", "Changed on both sides, both versions kept: {title}"), self.conflicts)
        out += _listed(translate("Merge", "Deleted on the other side but changed here, kept: {title}"),
                       self.kept_here)
        out += _listed(translate("Merge", "Handed to the network's schedule on both sides, each under its own id: "
                                          "the earlier copy is taken back there at the next run: {title}"),
                       self.claims_left)
        if self.missing_images:
            out.append(translate("Merge", "Images not in the file: {count} (their posts arrive without them)."
                                 ).format(count=self.missing_images))
        return out or [translate("Merge", "Nothing new in this file.")]


def _listed(template: str, titles: list[str]) -> list[str]:
    lines = [template.format(title=one_line(title, 80)) for title in titles[:LISTED]]
    if len(titles) > LISTED:
        lines.append(translate("Merge", "… and {count} more.").format(count=len(titles) - LISTED))
    return lines


def _local_rows(store: Store, table: str) -> dict[str, dict[str, Any]]:
    cursor = store.conn.execute(f"SELECT * FROM {table}")
    names = [column[0] for column in cursor.description]
    skipped = DERIVED.get(table, ())
    return {row[0]: {name: value for name, value in zip(names, row, strict=True) if name not in skipped}
            for row in cursor.fetchall()}


def _stamp(row: dict[str, Any]) -> str:
    """The row's updated_at as text ("" for a damaged local row: anything from the file is later)."""
    value = row.get("updated_at")
    return value if isinstance(value, str) else ""


def plan_merge(store: Store, handover: Handover) -> MergePlan:
    """What the file would change, worked out without writing; raises KnownError (nothing changed) for a file
    made by a clock far ahead of this laptop's, or with a record that breaks a rule."""
    exported_at = str(handover.manifest["exported_at"])
    too_late = check_clock(handover.source_name, exported_at, store.clock())
    if too_late:
        raise KnownError(too_late)
    with handover.data() as data:
        file_rows = {table: data.rows(table) for table in (*TABLES, "settings", "attempts")}
    ours_by_table = {table: _local_rows(store, table) for table in TABLES}
    problems = file_problems({table: file_rows[table] for table in (*TABLES, "settings")}, exported_at=exported_at,
                             local_rows=ours_by_table)
    if problems:
        log_problems(handover.source_name, problems)
        raise KnownError(describe(problems[0], handover.source_name, exported_at))

    plan = MergePlan()
    plan.sending = file_sending(store, handover.manifest)
    plan.sending_line = file_sending_line(store, plan.sending)
    plan.live_posts = sum(1 for row in ours_by_table["posts"].values() if row.get("deleted_at") is None)
    since = store.get_setting(LAST_EXCHANGE)
    since = since if isinstance(since, str) else None
    other_name = one_line(handover.exported_by, 60) or translate("Merge", "the other side")
    present = {table: set(rows) for table, rows in ours_by_table.items()}  # what will exist here afterwards
    dead: dict[str, set[str]] = {table: set() for table in TABLES}  # tombstones: records only the file had, deleted
    media_ids: dict[str, str] = {}  # the file's image record -> this laptop's record of the same image
    local_by_hash = {row["sha256"]: record_id for record_id, row in ours_by_table["media"].items()}
    # This laptop's live channel text of each (post, channel) that the file does not hold: both sides added the same
    # channel to a post, each with its own record, and one post must not go out twice on one channel.
    file_texts = {row["id"] for row in file_rows["variants"]}
    local_texts = {(row["post_id"], row["channel_id"]): record_id
                   for record_id, row in ours_by_table["variants"].items()
                   if row.get("deleted_at") is None and record_id not in file_texts}
    matched_starters, other_starters = same_starters(file_rows["reply_templates"],
                                                     ours_by_table["reply_templates"])
    merging = _VariantMerge(plan, since, _claim_times(store, file_rows, exported_at),
                            {row["id"]: row for row in file_rows["posts"]}, ours_by_table["posts"],
                            ours_by_table["channels"], set(ours_by_table["variants"]) | file_texts)
    for table in TABLES:
        ours = ours_by_table[table]
        for row in file_rows[table]:
            record_id = row["id"]
            if table == "media" and local_by_hash.get(row["sha256"], record_id) != record_id:
                media_ids[record_id] = local_by_hash[row["sha256"]]
                continue
            if table == "post_media":
                row["media_id"] = media_ids.get(row["media_id"], row["media_id"])
            if table == "reply_templates" and record_id in other_starters:
                continue  # another record of a starter template the file holds once more: the same template
            if table == "reply_templates" and record_id in matched_starters:  # this laptop's, under another id
                local_id = matched_starters[record_id]
                row = {**row, "id": local_id, "created_at": ours[local_id].get("created_at")}
            mine = ours.get(row["id"])
            changed_there = False  # a starter template changed only on the other side: that change comes here
            if table == "reply_templates" and row.get("starter_key") and mine is not None:
                if _same(row, mine, also_made=True) or (as_shipped(row) and not as_shipped(mine)):
                    continue  # made on each laptop from the library: a change here (an edit, a deletion) stays
                changed_there = as_shipped(mine)
            if table == "variants" and mine is None and row.get("deleted_at") is None and \
                    (same := local_texts.get((row["post_id"], row["channel_id"]))) is not None:
                mine = ours[same]  # the same channel text, made on each side: merged into this laptop's
                row = {**row, "id": same, "created_at": mine.get("created_at")}
            if row.get("post_id") in plan._copies:  # a conflicted post's variant or image: with its version
                if row.get("deleted_at") is None:
                    copy = dict(row, id=new_id(), post_id=plan._copies[row["post_id"]])
                    plan._writes.append((table, "copy", {**copy, **_FRESH_VARIANT} if table == "variants" else copy))
                if table == "variants" and mine is not None:  # what the other side sent still counts here
                    merging.merge(mine, row, record_id, text_from_file=False)
                continue
            deleted = row.get("deleted_at") is not None
            if any(row.get(column) is not None and row[column] not in present[parent]
                   and not (deleted and row[column] in dead[parent]) for column, parent in _PARENTS.get(table, ())):
                continue  # hangs from a record this laptop never had alive (nor the file, alive)
            if mine is None:
                row.update(LOCAL_ONLY.get(table, {}))  # a token is entered, and "me" chosen, on this laptop
                if deleted:  # a tombstone: the id stays dead here too; no change to count, nothing it deletes
                    plan._writes.append((table, "insert", row))
                    dead[table].add(record_id)
                    continue
                plan._writes.append((table, "insert", row))
                plan.added[table] = plan.added.get(table, 0) + 1
                present[table].add(record_id)
                if table in ("posts", "variants"):
                    plan._touched_posts.add(row["post_id"] if table == "variants" else record_id)
                continue
            if table == "variants":
                merging.merge(mine, row, record_id, text_from_file=row["updated_at"] > _stamp(mine))
                continue
            if table == "inbox_answers":
                if _progress(mine) > 0:
                    continue  # sent, being sent or of unknown outcome here: this laptop's record stays as it is
                changed_there = _progress(row) > 0 and not _same(row, mine)  # sent there: that comes, whatever the time
            if table == "inbox_items" and mine.get("state") == "answered" and row.get("state") != "answered":
                row = {**row, **{name: mine.get(name) for name in _ANSWERED}}  # answered here stays answered
            if row["updated_at"] == _stamp(mine) and not changed_there:
                continue
            if table == "posts" and since and _stamp(mine) > since and row["updated_at"] > since:
                if not _same(row, mine, also_made=True, besides=PAUSE_MARKS):
                    _conflict(plan, row, mine, other_name)
                    continue
                if _same(row, mine, also_made=True):
                    continue  # made the same on both sides: no conflict, nothing to change
                row["created_at"] = mine.get("created_at")  # only the crisis switch's marks differ: the later wins
            if row["updated_at"] < _stamp(mine) and not changed_there:
                continue  # ours is the later edit
            deletion = bool(row.get("deleted_at") and not mine.get("deleted_at"))
            if deletion and table == "channels" and mine.get("has_secret"):
                plan.kept_channels.append(str(mine.get("name") or ""))
                continue  # its token is on this laptop: a file never takes it away (the preview says so)
            for kept in LOCAL_ONLY.get(table, {}):
                row[kept] = mine.get(kept)
            if table == "channels" and mine.get("has_secret"):
                for kept in TOKEN_ADDRESS:
                    row[kept] = mine.get(kept)
            if table in LOCAL_ONLY and _same(row, mine):
                continue  # only what is this laptop's own differed: nothing changes
            plan._writes.append((table, "update", row))
            if table == "posts":
                plan._touched_posts.add(record_id)
            bucket = plan.deleted if deletion else plan.updated
            bucket[table] = bucket.get(table, 0) + 1
            if table == "posts":
                label = str(row.get("title") or row.get("body") or "")[:80]
                (plan.deleted_posts if deletion else plan.changed_posts).append(label)
            elif deletion and table in _NAMED:
                plan.deleted_names.setdefault(table, []).append(str(mine.get(_NAMED[table]) or ""))
    plan.missing_images = _missing_images(store, handover, file_rows, media_ids)
    check_rules_across(handover.source_name, plan._writes, ours_by_table)
    _count_deletions(plan, ours_by_table)
    if not store.get_setting("municipality.name"):  # a new laptop: the municipality and its rhythm come too
        for row in file_rows["settings"]:
            key = row["key"]
            if row["deleted_at"] is None and (key.startswith("municipality.") or key.startswith("rhythm.")):
                plan.settings[key] = json.loads(row["value"])
    return plan


_NAMED = {"channels": "name", "key_dates": "title", "reply_templates": "title", "staff": "name"}


def _count_deletions(plan: MergePlan, ours: dict[str, dict[str, dict[str, Any]]]) -> None:
    """What this laptop has of each kind the second question counts, and which deleted channel texts belong to
    posts that stay (those of a post deleted here or by the file go with their post)."""
    posts = ours["posts"]
    gone = {record_id for record_id, row in posts.items() if row.get("deleted_at") is not None}
    gone |= {row["id"] for table, action, row in plan._writes if table == "posts" and row.get("deleted_at")}
    plan.live = {table: sum(1 for row in ours[table].values() if row.get("deleted_at") is None)
                 for table in (*COUNTED_DELETIONS, *ANY_DELETION) if table != "variants"}
    plan.live["variants"] = sum(1 for row in ours["variants"].values()
                                if row.get("deleted_at") is None and row.get("post_id") not in gone)
    channels = ours["channels"]
    for post_id, channel_id in plan._deleted_texts:
        if post_id not in gone:
            title = posts.get(post_id, {}).get("title") or posts.get(post_id, {}).get("body") or "?"
            channel = channels.get(channel_id, {}).get("name") or "?"
            plan.removed_texts.append(translate("Merge", "{post} on {channel}").format(
                post=one_line(title, 50), channel=one_line(channel, 30)))


def _same(row: dict[str, Any], mine: dict[str, Any], *, also_made: bool = False,
          besides: tuple[str, ...] = ()) -> bool:
    """Whether a record from the file says what this laptop's says, but for when it was saved (and, `also_made`,
    when it was made: an occurrence of a series both laptops laid out; and the columns named in `besides`)."""
    stamps = ("updated_at", "created_at") if also_made else ("updated_at",)
    return all(value == mine.get(name) for name, value in row.items() if name not in stamps and name not in besides)


def _progress(row: dict[str, Any]) -> int:
    """How far a channel text got on its way: published, held (or maybe held) by a network, or not yet there."""
    state = row.get("state")
    return 2 if state == DeliveryState.PUBLISHED.value else 1 if state in REMOTE_CLAIMS else 0


ClaimTimes = dict[tuple[str, str], str]  # (channel text id, network id) -> when its latest publish attempt began


def _claim_times(store: Store, file_rows: dict[str, list[dict[str, Any]]], exported_at: str) -> ClaimTimes:
    """When each network claim was made, from both sides' publish attempts (they never travel into the other
    store, so each side knows only its own): per channel text and network id, the latest attempt's start. The
    file's attempts are only read for this; one that breaks a rule, or lies after the file's time, is left out."""
    times: ClaimTimes = {}
    local = store.query_tuples("SELECT variant_id, remote_id, started_at FROM attempts")
    theirs = [(row.get("variant_id"), row.get("remote_id"), row.get("started_at")) for row in file_rows["attempts"]
              if not record_problems("attempts", row) and str(row.get("started_at")) <= exported_at]
    for variant_id, remote_id, started in [*local, *theirs]:
        if isinstance(variant_id, str) and isinstance(remote_id, str) and isinstance(started, str):
            key = (variant_id, remote_id)
            times[key] = max(times.get(key, ""), started)
    return times


class _VariantMerge:
    """Merging a channel text both sides hold (see the module's docstring): its text and deletion mark, its way
    to the network, and a second network claim kept as a deleted channel text for the outbox to take back."""

    def __init__(self, plan: MergePlan, since: str | None, times: ClaimTimes, file_posts: dict[str, dict[str, Any]],
                 local_posts: dict[str, dict[str, Any]], channels: dict[str, dict[str, Any]],
                 known_ids: set[str]) -> None:
        self.plan, self.since, self.times = plan, since, times
        self.file_posts, self.local_posts, self.channels = file_posts, local_posts, channels
        self.taken: set[str] = set(known_ids)  # channel texts here, in the file or planned: a claim is kept once

    def merge(self, mine: dict[str, Any], theirs: dict[str, Any], their_id: str, *, text_from_file: bool) -> None:
        """`theirs` is the file's record (under this laptop's id when both sides made one for the post and channel:
        `their_id` is its own id in the file). The text from the later record (this laptop's when the post is in
        conflict: the other side's goes with the version added beside it), a deletion since the last exchange
        from either side, the delivery of the later claim."""
        plan = self.plan
        merged = dict(theirs if text_from_file else mine)
        deleted = self._untick(mine, theirs)
        if deleted is not None:
            merged["deleted_at"] = deleted
        kept, dropped = self._claims(mine, theirs, their_id)
        merged.update({name: kept[name] for name in DELIVERY if name in kept})
        merged["updated_at"] = max(_stamp(mine), str(theirs.get("updated_at")))
        if dropped is not None:
            self._leave_claim(mine, dropped, their_id, merged["updated_at"])
        if _same(merged, mine):
            return
        plan._writes.append(("variants", "update", merged))
        plan._touched_posts.update({str(merged.get("post_id")), str(mine.get("post_id"))})
        deletion = bool(merged.get("deleted_at") and not mine.get("deleted_at"))
        bucket = plan.deleted if deletion else plan.updated
        bucket["variants"] = bucket.get("variants", 0) + 1
        if deletion:
            plan._deleted_texts.append((str(mine.get("post_id")), str(mine.get("channel_id"))))

    def _untick(self, mine: dict[str, Any], theirs: dict[str, Any]) -> str | None:
        """The deletion mark of a channel text taken off its post on one side since the last exchange (the post
        itself staying there): it wins over whatever the other side did to the text or its delivery since."""
        post_id = str(mine.get("post_id"))
        for gone, other, post in ((mine, theirs, self.local_posts.get(post_id)),
                                  (theirs, mine, self.file_posts.get(post_id) or self.local_posts.get(post_id))):
            when = gone.get("deleted_at")
            if when and not other.get("deleted_at") and (self.since is None or str(when) > self.since) and \
                    post is not None and post.get("deleted_at") is None:
                return str(when)
        return None

    def _claims(self, mine: dict[str, Any], theirs: dict[str, Any],
                their_id: str) -> tuple[dict[str, Any], dict[str, Any] | None]:
        """The side whose delivery is kept, and the other side's claim on a network's schedule when that is a
        different one (another network id) that the outbox must take back; None when there is none. Published on
        either side stays published (a network's copy of it is already out); a claim is never replaced by a state
        that claims nothing; of two claims the later one stays (`_later_claim`)."""
        ours, other = _progress(mine), _progress(theirs)
        if ours != other:
            kept, left = (theirs, mine) if other > ours else (mine, theirs)
        elif ours == 2:
            return mine, None  # both published: this laptop's record of it stays
        elif ours == 1 and _different_claims(mine, theirs):
            kept, left = (theirs, mine) if self._later_claim(mine, theirs, their_id) else (mine, theirs)
        else:
            kept, left = (theirs, mine) if str(theirs.get("updated_at")) > _stamp(mine) else (mine, theirs)
        held = DeliveryState.SCHEDULED_REMOTE.value
        if left.get("state") == held and kept.get("state") != DeliveryState.PUBLISHED.value and \
                left.get("remote_id") and left.get("remote_id") != kept.get("remote_id"):
            return kept, left  # never the kept copy's own id: taking that back would take the kept one
        return kept, None

    def _later_claim(self, mine: dict[str, Any], theirs: dict[str, Any], their_id: str) -> bool:
        """Whether the other side's claim was made after this laptop's. One channel text's record counts its sends
        (`attempt_count`, carried along with it and never lowered): the one that was sent more often is the later,
        whatever either laptop's clock says. Otherwise the start of the claim's own publish attempt; only where
        neither side's attempts tell, the record's `updated_at` (which a text edit moves too)."""
        same_record = str(mine.get("id")) == their_id
        if same_record and mine.get("attempt_count") != theirs.get("attempt_count"):
            return int(theirs.get("attempt_count") or 0) > int(mine.get("attempt_count") or 0)
        made_here, made_there = self._claim_time(mine, str(mine.get("id"))), self._claim_time(theirs, their_id)
        if made_here and made_there and made_here != made_there:
            return made_there > made_here
        return str(theirs.get("updated_at")) > _stamp(mine)

    def _claim_time(self, row: dict[str, Any], record_id: str) -> str:
        if row.get("state") == DeliveryState.SENDING.value and isinstance(row.get("sending_since"), str):
            return str(row["sending_since"])
        return self.times.get((record_id, str(row.get("remote_id") or "")), "")

    def _leave_claim(self, mine: dict[str, Any], claim: dict[str, Any], their_id: str, stamp: str) -> None:
        """Keeps a claim the merge does not keep as a deleted channel text of the same post and channel: the
        outbox takes such a copy back from the network's schedule once the network shows it is its own. Its id
        follows from the channel text and the network's id, so importing the same file again adds none."""
        record_id = str(uuid.uuid5(_LEFT_CLAIMS, f"{mine.get('id')}/{their_id}/{claim.get('remote_id')}"))
        if record_id in self.taken:
            return
        self.taken.add(record_id)
        row = {**claim, "id": record_id, "post_id": mine.get("post_id"), "channel_id": mine.get("channel_id"),
               "created_at": stamp, "updated_at": stamp, "deleted_at": stamp}
        self.plan._writes.append(("variants", "insert", row))
        post = self.local_posts.get(str(mine.get("post_id"))) or self.file_posts.get(str(mine.get("post_id"))) or {}
        channel = self.channels.get(str(mine.get("channel_id"))) or {}
        self.plan.claims_left.append(translate("Merge", "{post} on {channel}").format(
            post=one_line(post.get("title") or post.get("body") or "?", 50),
            channel=one_line(channel.get("name") or "?", 30)))


def _different_claims(one: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether two records of a channel text claim different copies at the network: another network id, or
    another idempotency key (a copy sent under another key is another copy)."""
    return any(one.get(name) and other.get(name) and one.get(name) != other.get(name)
               for name in ("remote_id", "idempotency_key"))


def _conflict(plan: MergePlan, theirs: dict[str, Any], mine: dict[str, Any], other_name: str) -> None:
    """A post changed on both sides since the last exchange: neither change is lost."""
    theirs_deleted, mine_deleted = theirs.get("deleted_at") is not None, mine.get("deleted_at") is not None
    if theirs_deleted and mine_deleted:
        return
    if theirs_deleted:
        plan.kept_here.append(mine.get("title") or "")
        return
    copy = dict(theirs, id=new_id(), status=PostStatus.DRAFT.value, paused_at=None, pause_reason="",
                title=translate("Merge", "{title} (version of {name})").format(title=theirs.get("title") or "",
                                                                              name=other_name))
    plan._writes.append(("posts", "copy", copy))
    plan._copies[theirs["id"]] = copy["id"]
    plan.conflicts.append((mine.get("title") if not mine_deleted else theirs.get("title")) or "")


def _missing_images(store: Store, handover: Handover, file_rows: dict[str, list[dict[str, Any]]],
                    media_ids: dict[str, str]) -> int:
    used = {media_ids.get(row["media_id"], row["media_id"]) for row in file_rows["post_media"]
            if row["deleted_at"] is None}
    names = {row["id"]: row["file_name"] for row in file_rows["media"]}
    here = media_dir(store)
    return sum(1 for media_id in used if media_id in names and handover.image_path(names[media_id]) is None
               and not (here / names[media_id]).is_file())
