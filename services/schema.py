"""The store's schema as numbered migrations. Each runs once, in order, in the caller's transaction.

A migration is frozen once released: it spells out its own columns and never reads the current dataclasses,
so that a store of any age upgrades the same way. Add a new function at the end to change the schema.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the store loads sqlite-utils only when a migration runs (it is slow to import)
    import sqlite_utils

# Every record: a UUID text key, UTC times, and a deletion mark instead of a hard delete (for the merge).
_COMMON: dict[str, Any] = {"id": str, "created_at": str, "updated_at": str, "deleted_at": str}
_NOT_NULL = {"created_at", "updated_at"}


def _table(
    db: sqlite_utils.Database,
    name: str,
    columns: dict[str, Any],
    *,
    not_null: set[str] | None = None,
    defaults: dict[str, Any] | None = None,
    foreign_keys: list[tuple[str, str, str]] | None = None,
) -> None:
    db.create_table(
        name,
        {**_COMMON, **columns},
        pk="id",
        not_null=_NOT_NULL | (not_null or set()),
        defaults=defaults or {},
        foreign_keys=foreign_keys or [],
    )


def _v1_initial(db: sqlite_utils.Database) -> None:
    _table(db, "settings", {"key": str, "value": str}, not_null={"key"})
    db.execute("CREATE UNIQUE INDEX settings_key ON settings(key)")

    _table(
        db,
        "staff",
        {"name": str, "role": str, "email": str, "phone": str, "active": int, "is_self": int},
        not_null={"name"},
        defaults={"role": "", "email": "", "phone": "", "active": 1, "is_self": 0},
    )
    _table(
        db,
        "signatures",
        {"staff_id": str, "language": str, "text": str},
        not_null={"staff_id", "language", "text"},
        foreign_keys=[("staff_id", "staff", "id")],
    )
    _table(
        db,
        "channels",
        {
            "network": str,
            "name": str,
            "base_url": str,
            "handle": str,
            "external_id": str,
            "has_secret": int,
            "max_characters": int,
            "token_expires_at": str,
            "last_checked_at": str,
            "last_error": str,
        },
        not_null={"network", "name"},
        defaults={"base_url": "", "handle": "", "external_id": "", "has_secret": 0, "last_error": ""},
    )
    _table(
        db,
        "post_series",
        {"rrule": str, "starts_at_local": str, "time_zone": str, "template_post_id": str},
        defaults={"rrule": ""},
    )
    _table(
        db,
        "posts",
        {
            "title": str,
            "body": str,
            "language": str,
            "status": str,
            "campaign": str,
            "tags": str,
            "scheduled_at": str,
            "time_zone": str,
            "series_id": str,
            "notes": str,
            "paused_at": str,
            "pause_reason": str,
        },
        not_null={"status"},
        defaults={
            "title": "",
            "body": "",
            "language": "nl",
            "campaign": "",
            "tags": "[]",
            "notes": "",
            "pause_reason": "",
        },
        foreign_keys=[("series_id", "post_series", "id")],
    )
    # The calendar asks for one month at a time: this index answers it without reading other months.
    db.execute("CREATE INDEX posts_scheduled ON posts(scheduled_at) WHERE deleted_at IS NULL")
    _table(
        db,
        "variants",
        {
            "post_id": str,
            "channel_id": str,
            "body": str,
            "state": str,
            "remote_id": str,
            "remote_url": str,
            "idempotency_key": str,
            "last_error": str,
            "published_at": str,
        },
        not_null={"post_id", "channel_id", "state"},
        defaults={"remote_id": "", "remote_url": "", "idempotency_key": "", "last_error": ""},
        foreign_keys=[("post_id", "posts", "id"), ("channel_id", "channels", "id")],
    )
    db.execute("CREATE INDEX variants_post ON variants(post_id)")
    db.execute("CREATE INDEX variants_state ON variants(state) WHERE deleted_at IS NULL")
    _table(
        db,
        "media",
        {"sha256": str, "file_name": str, "mime_type": str, "width": int, "height": int, "size_bytes": int},
        not_null={"sha256", "file_name"},
        defaults={"mime_type": "", "width": 0, "height": 0, "size_bytes": 0},
    )
    db.execute("CREATE UNIQUE INDEX media_sha256 ON media(sha256)")
    _table(
        db,
        "post_media",
        {"post_id": str, "media_id": str, "position": int, "alt_text": str},
        not_null={"post_id", "media_id"},
        defaults={"position": 0, "alt_text": ""},
        foreign_keys=[("post_id", "posts", "id"), ("media_id", "media", "id")],
    )
    db.execute("CREATE INDEX post_media_post ON post_media(post_id)")
    _table(
        db,
        "attempts",
        {
            "variant_id": str,
            "started_at": str,
            "finished_at": str,
            "outcome": str,
            "remote_id": str,
            "remote_url": str,
            "error": str,
        },
        not_null={"variant_id", "started_at"},
        defaults={"outcome": "", "remote_id": "", "remote_url": "", "error": ""},
        foreign_keys=[("variant_id", "variants", "id")],
    )
    db.execute("CREATE INDEX attempts_variant ON attempts(variant_id)")
    _table(
        db,
        "key_dates",
        {"title": str, "kind": str, "on_date": str, "rrule": str, "notes": str},
        not_null={"title", "on_date"},
        defaults={"kind": "other", "rrule": "", "notes": ""},
    )
    _table(
        db,
        "absences",
        {"staff_id": str, "starts_on": str, "ends_on": str, "standin_id": str, "note": str},
        not_null={"staff_id", "starts_on", "ends_on"},
        defaults={"note": ""},
        foreign_keys=[("staff_id", "staff", "id"), ("standin_id", "staff", "id")],
    )
    _table(
        db,
        "reply_templates",
        {
            "title": str,
            "category": str,
            "language": str,
            "body": str,
            "audience": str,
            "tags": str,
            "use_count": int,
            "last_used_at": str,
            "starter_key": str,
            "edited": int,
        },
        not_null={"title", "category", "language", "body"},
        defaults={"audience": "public", "tags": "[]", "use_count": 0, "starter_key": "", "edited": 0},
    )
    _table(
        db,
        "reply_log",
        {"staff_id": str, "template_id": str, "channel": str, "received_at": str, "answered_at": str},
        not_null={"received_at", "answered_at"},
        defaults={"channel": ""},
        foreign_keys=[("staff_id", "staff", "id"), ("template_id", "reply_templates", "id")],
    )


def _v2_search_and_series(db: sqlite_utils.Database) -> None:
    """Full-text search over posts (kept in step by triggers), and occurrences that left their series."""
    db.execute(
        "CREATE VIRTUAL TABLE posts_fts USING fts5(title, body, tags, campaign, content='posts', "
        "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"
    )
    columns = "title, body, tags, campaign"
    new_values = "new.title, new.body, new.tags, new.campaign"
    old_values = "old.title, old.body, old.tags, old.campaign"
    db.execute(
        f"CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN "
        f"INSERT INTO posts_fts(rowid, {columns}) VALUES (new.rowid, {new_values}); END"
    )
    db.execute(
        f"CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN "
        f"INSERT INTO posts_fts(posts_fts, rowid, {columns}) VALUES ('delete', old.rowid, {old_values}); END"
    )
    db.execute(
        f"CREATE TRIGGER posts_fts_update AFTER UPDATE OF {columns} ON posts BEGIN "
        f"INSERT INTO posts_fts(posts_fts, rowid, {columns}) VALUES ('delete', old.rowid, {old_values}); "
        f"INSERT INTO posts_fts(rowid, {columns}) VALUES (new.rowid, {new_values}); END"
    )
    db.execute("INSERT INTO posts_fts(posts_fts) VALUES ('rebuild')")
    db.execute("ALTER TABLE posts ADD COLUMN series_detached INTEGER NOT NULL DEFAULT 0")
    db.execute("CREATE INDEX posts_series ON posts(series_id) WHERE series_id IS NOT NULL")


def _v3_variant_states_on_posts(db: sqlite_utils.Database) -> None:
    """Each post carries its variants' "channel state" pairs, kept current by triggers, so the calendar reads a
    month with one range scan instead of a lookup per post (a month switch must fit in a frame)."""
    db.execute("ALTER TABLE posts ADD COLUMN variant_states TEXT NOT NULL DEFAULT ''")
    summary = ("(SELECT coalesce(group_concat(v.channel_id || ' ' || v.state, ','), '') FROM variants v "
               "WHERE v.post_id = {post} AND v.deleted_at IS NULL)")
    db.execute(f"UPDATE posts SET variant_states = {summary.format(post='posts.id')}")
    for event, row in (("INSERT", "new"), ("DELETE", "old")):
        db.execute(
            f"CREATE TRIGGER variants_states_{event.lower()} AFTER {event} ON variants BEGIN "
            f"UPDATE posts SET variant_states = {summary.format(post=row + '.post_id')} WHERE id = {row}.post_id; END"
        )
    db.execute(
        "CREATE TRIGGER variants_states_update AFTER UPDATE OF post_id, channel_id, state, deleted_at ON variants "
        f"BEGIN UPDATE posts SET variant_states = {summary.format(post='new.post_id')} WHERE id = new.post_id; "
        f"UPDATE posts SET variant_states = {summary.format(post='old.post_id')} WHERE id = old.post_id "
        "AND old.post_id != new.post_id; END"
    )


def _v4_tag_and_campaign_lists(db: sqlite_utils.Database) -> None:
    """The filters list campaigns and tags in use; with tags as JSON that meant reading every post (a quarter
    second with ten years of posts, at start and after each save). post_tags is derived from posts by triggers,
    like the search index: not a record of its own, never exported or merged."""
    db.execute("CREATE TABLE post_tags (post_id TEXT NOT NULL, tag TEXT NOT NULL)")
    db.execute("CREATE INDEX post_tags_tag ON post_tags(tag)")
    db.execute("CREATE INDEX post_tags_post ON post_tags(post_id)")
    fill = ("INSERT INTO post_tags (post_id, tag) SELECT {row}.id, value FROM json_each({row}.tags) "
            "WHERE json_valid({row}.tags) AND {row}.deleted_at IS NULL AND value != ''")
    db.execute("INSERT INTO post_tags (post_id, tag) SELECT posts.id, value FROM posts, json_each(posts.tags) "
               "WHERE json_valid(posts.tags) AND posts.deleted_at IS NULL AND value != ''")
    db.execute(f"CREATE TRIGGER post_tags_insert AFTER INSERT ON posts BEGIN {fill.format(row='new')}; END")
    db.execute(f"CREATE TRIGGER post_tags_update AFTER UPDATE OF tags, deleted_at ON posts BEGIN "
               f"DELETE FROM post_tags WHERE post_id = old.id; {fill.format(row='new')}; END")
    db.execute("CREATE TRIGGER post_tags_delete AFTER DELETE ON posts BEGIN "
               "DELETE FROM post_tags WHERE post_id = old.id; END")
    db.execute("CREATE INDEX posts_campaign ON posts(campaign) WHERE deleted_at IS NULL AND campaign != ''")


def _v5_outbox(db: sqlite_utils.Database) -> None:
    """What the outbox keeps per variant: when to try again, how often it tried, and a fingerprint of what was
    handed to the network (a changed post is taken back and handed over again)."""
    db.execute("ALTER TABLE variants ADD COLUMN next_try_at TEXT")
    db.execute("ALTER TABLE variants ADD COLUMN attempt_count INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE variants ADD COLUMN remote_fingerprint TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE variants ADD COLUMN sending_since TEXT")


def _v6_send_late(db: sqlite_utils.Database) -> None:
    """The officer's "send it anyway" for a post that is later than the grace period."""
    db.execute("ALTER TABLE variants ADD COLUMN send_late INTEGER NOT NULL DEFAULT 0")


def _v7_calendar_index(db: sqlite_utils.Database) -> None:
    """The calendar reads a month from one index alone. Its rows hold everything a calendar line shows, the first
    120 characters of the text included (`excerpt`, kept by triggers like the search index), in time order: a
    month is one short stretch of the index instead of a table row per post scattered over the file. It replaces
    the plain time index, whose queries it serves as well."""
    db.execute("ALTER TABLE posts ADD COLUMN excerpt TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE posts SET excerpt = substr(body, 1, 120)")
    db.execute("CREATE TRIGGER posts_excerpt_insert AFTER INSERT ON posts BEGIN "
               "UPDATE posts SET excerpt = substr(new.body, 1, 120) WHERE rowid = new.rowid; END")
    db.execute("CREATE TRIGGER posts_excerpt_update AFTER UPDATE OF body ON posts BEGIN "
               "UPDATE posts SET excerpt = substr(new.body, 1, 120) WHERE rowid = new.rowid; END")
    db.execute("DROP INDEX posts_scheduled")
    db.execute("CREATE INDEX posts_calendar ON posts(scheduled_at, id, title, excerpt, status, campaign, tags, "
               "series_id, paused_at, variant_states, deleted_at) WHERE deleted_at IS NULL")


def _v8_network_limits(db: sqlite_utils.Database) -> None:
    """What the networks told: an account's image limits (Mastodon's instance sets its own) and until when it
    asked to slow down; per image its number of frames (an animation cannot be scaled down), and for an image
    fitted to a network's limits the original it was made from and the limits it fits."""
    db.execute("ALTER TABLE channels ADD COLUMN image_limits TEXT NOT NULL DEFAULT '{}'")
    db.execute("ALTER TABLE channels ADD COLUMN held_until TEXT")
    db.execute("ALTER TABLE media ADD COLUMN frames INTEGER NOT NULL DEFAULT 1")
    db.execute("ALTER TABLE media ADD COLUMN original_id TEXT")
    db.execute("ALTER TABLE media ADD COLUMN fitted_for TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX media_fits ON media(original_id, fitted_for) WHERE original_id IS NOT NULL")


def _v9_no_holiday_cache(db: sqlite_utils.Database) -> None:
    """Public holidays are no longer kept in the settings (the holidays package is the source, and a copy went
    stale when it was updated): the old copies go. A cache was never the officer's data, so no deletion mark."""
    db.execute("DELETE FROM settings WHERE key LIKE 'holidays.v%'")


def _v10_manual_channel_networks(db: sqlite_utils.Database) -> None:
    """A channel posted to by hand names the network it is for, so that network's counting rule holds for its texts
    ("" for anything else). A manual channel already named after one of them (exactly) is taken to be for it.
    And the paused posts on an index of their own: the window asks whether any is paused after every save."""
    db.execute("CREATE INDEX posts_paused ON posts(paused_at, pause_reason) "
               "WHERE paused_at IS NOT NULL AND deleted_at IS NULL")
    db.execute("ALTER TABLE channels ADD COLUMN manual_network TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE channels SET manual_network = CASE lower(trim(name)) WHEN 'instagram' THEN 'instagram' "
               "WHEN 'threads' THEN 'threads' WHEN 'x' THEN 'x' WHEN 'twitter' THEN 'x' WHEN 'whatsapp' THEN "
               "'whatsapp' ELSE '' END WHERE network = 'manual'")


def _v11_key_date_sets(db: sqlite_utils.Database) -> None:
    """Key dates that last several days (a week), and the world and awareness days the app ships: a key date of
    a shipped set names the set and its key there, and one the officer switched off is kept, not shown."""
    db.execute("ALTER TABLE key_dates ADD COLUMN days INTEGER NOT NULL DEFAULT 1")
    db.execute("ALTER TABLE key_dates ADD COLUMN source TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE key_dates ADD COLUMN starter_key TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE key_dates ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1")


def _v12_channel_account(db: sqlite_utils.Database) -> None:
    """The account a channel was set up for (its network's id for it, and its name as shown), so that a token of
    another account is stopped before it sends or takes back anything."""
    db.execute("ALTER TABLE channels ADD COLUMN account_id TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE channels ADD COLUMN account_name TEXT NOT NULL DEFAULT ''")


def _v13_inbox(db: sqlite_utils.Database) -> None:
    """The inbox: residents' replies, mentions and private messages (models/inbox.py), the answers on their way
    out through the outbox, and per account where the last fetch stopped (this laptop's own: never merged)."""
    _table(
        db,
        "inbox_items",
        {
            "channel_id": str, "network": str, "kind": str, "remote_id": str, "remote_cid": str, "url": str,
            "conversation_key": str, "thread_root": str, "answers_remote_id": str, "answers_post_id": str,
            "author_name": str, "author_handle": str, "author_ref": str, "text": str, "source": str,
            "images": str, "visibility": str, "received_at": str, "fetched_at": str, "state": str,
            "owner_id": str, "answered_by": str, "answered_at": str, "answer_id": str, "edited_at": str,
            "deleted_there_at": str,
        },
        not_null={"channel_id", "network", "kind", "remote_id", "received_at", "state"},
        defaults={"remote_cid": "", "url": "", "conversation_key": "", "answers_remote_id": "", "author_name": "",
                  "author_handle": "", "author_ref": "", "text": "", "source": "", "images": "[]",
                  "visibility": "public", "state": "open"},
        foreign_keys=[("channel_id", "channels", "id"), ("owner_id", "staff", "id"),
                      ("answered_by", "staff", "id")],
    )
    # The tab's list: newest first per state; a message is stored once per channel however often it is fetched.
    db.execute("CREATE UNIQUE INDEX inbox_items_remote ON inbox_items(channel_id, remote_id)")
    db.execute("CREATE INDEX inbox_items_list ON inbox_items(state, received_at) WHERE deleted_at IS NULL")
    db.execute("CREATE INDEX inbox_items_received ON inbox_items(received_at) WHERE deleted_at IS NULL")
    db.execute("CREATE INDEX inbox_items_conversation ON inbox_items(conversation_key)")
    db.execute(
        "CREATE VIRTUAL TABLE inbox_items_fts USING fts5(text, author_name, author_handle, content='inbox_items', "
        "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')")
    columns, new, old = ("text, author_name, author_handle", "new.text, new.author_name, new.author_handle",
                         "old.text, old.author_name, old.author_handle")
    db.execute(f"CREATE TRIGGER inbox_items_fts_insert AFTER INSERT ON inbox_items BEGIN "
               f"INSERT INTO inbox_items_fts(rowid, {columns}) VALUES (new.rowid, {new}); END")
    db.execute(f"CREATE TRIGGER inbox_items_fts_delete AFTER DELETE ON inbox_items BEGIN "
               f"INSERT INTO inbox_items_fts(inbox_items_fts, rowid, {columns}) VALUES ('delete', old.rowid, {old}); "
               f"END")
    db.execute(f"CREATE TRIGGER inbox_items_fts_update AFTER UPDATE OF {columns} ON inbox_items BEGIN "
               f"INSERT INTO inbox_items_fts(inbox_items_fts, rowid, {columns}) VALUES ('delete', old.rowid, {old}); "
               f"INSERT INTO inbox_items_fts(rowid, {columns}) VALUES (new.rowid, {new}); END")
    _table(
        db,
        "inbox_answers",
        {
            "item_id": str, "channel_id": str, "body": str, "visibility": str, "private": int, "staff_id": str,
            "template_id": str, "state": str, "remote_id": str, "remote_url": str, "idempotency_key": str,
            "last_error": str, "sending_since": str, "attempt_count": int, "next_try_at": str, "published_at": str,
        },
        not_null={"item_id", "channel_id", "body", "state"},
        defaults={"visibility": "public", "private": 0, "remote_id": "", "remote_url": "", "idempotency_key": "",
                  "last_error": "", "attempt_count": 0},
        foreign_keys=[("item_id", "inbox_items", "id"), ("channel_id", "channels", "id"),
                      ("staff_id", "staff", "id"), ("template_id", "reply_templates", "id")],
    )
    db.execute("CREATE INDEX inbox_answers_item ON inbox_answers(item_id)")
    db.execute("CREATE INDEX inbox_answers_state ON inbox_answers(state) WHERE deleted_at IS NULL")
    db.execute("CREATE TABLE inbox_sync (channel_id TEXT PRIMARY KEY, cursor TEXT NOT NULL DEFAULT '', "
               "synced_at TEXT, history_from TEXT, last_error TEXT NOT NULL DEFAULT '')")



def _v14_results(db: sqlite_utils.Database) -> None:
    """Figures per channel text and age (one row each: a failed look is replaced by the figures when they come),
    and follower counts per account over time. Both are records like any other, so they travel in a handover."""
    _table(
        db,
        "post_figures",
        {"variant_id": str, "age": str, "taken_at": str, "likes": int, "shares": int, "replies": int,
         "quotes": int, "views": int, "reach": int, "problem": str},
        not_null={"variant_id", "age", "taken_at"},
        defaults={"problem": ""},
        foreign_keys=[("variant_id", "variants", "id")],
    )
    db.execute("CREATE INDEX post_figures_variant ON post_figures(variant_id, taken_at)")
    # The month's published channel texts, read by the Results tab and the report without a scan of every text.
    db.execute("CREATE INDEX variants_published ON variants(published_at) "
               "WHERE deleted_at IS NULL AND state = 'published'")
    _table(
        db,
        "follower_counts",
        {"channel_id": str, "taken_at": str, "followers": int},
        not_null={"channel_id", "taken_at", "followers"},
        foreign_keys=[("channel_id", "channels", "id")],
    )
    db.execute("CREATE INDEX follower_counts_channel ON follower_counts(channel_id, taken_at)")


def _v15_conversations(db: sqlite_utils.Database) -> None:
    """The inbox grouped by conversation: each item knows when its conversation last had a message
    (`conversation_at`, kept by triggers like posts.excerpt), so the list shows the liveliest conversation first
    with its messages together, read newest first through one index. An item without a conversation key is a
    conversation of its own."""
    db.execute("ALTER TABLE inbox_items ADD COLUMN conversation_at TEXT")
    latest = ("(SELECT max(c.received_at) FROM inbox_items c WHERE c.channel_id = {row}.channel_id "
              "AND c.conversation_key = {row}.conversation_key)")
    db.execute("UPDATE inbox_items SET conversation_at = CASE WHEN conversation_key = '' THEN received_at ELSE "
               + latest.format(row="inbox_items") + " END")
    for name, when in (("insert", "AFTER INSERT"), ("update", "AFTER UPDATE OF received_at, conversation_key, "
                                                               "channel_id")):
        db.execute(f"CREATE TRIGGER inbox_items_conversation_{name} {when} ON inbox_items BEGIN "
                   "UPDATE inbox_items SET conversation_at = new.received_at WHERE rowid = new.rowid "
                   "AND new.conversation_key = ''; "
                   "UPDATE inbox_items SET conversation_at = " + latest.format(row="new")
                   + " WHERE new.conversation_key != '' AND channel_id = new.channel_id "
                   "AND conversation_key = new.conversation_key; END")
    db.execute("CREATE INDEX inbox_items_conversations ON inbox_items(conversation_at, channel_id, "
               "conversation_key, received_at, state, owner_id, kind) WHERE deleted_at IS NULL")


def _v16_answer_drafts(db: sqlite_utils.Database) -> None:
    """The answer being typed to a resident, kept as it is typed (services/answer_drafts.py): one per inbox item,
    with the template it came from. This laptop's own, like `inbox_sync`: no record, never in a handover. Once the
    item is answered, by whatever way (the outbox, a stand-in's file, the officer's "it was sent"), its draft goes."""
    db.execute("CREATE TABLE answer_drafts (item_id TEXT PRIMARY KEY, body TEXT NOT NULL, template_id TEXT, "
               "saved_at TEXT NOT NULL)")
    db.execute("CREATE TRIGGER inbox_items_answered_drafts AFTER UPDATE OF state ON inbox_items "
               "WHEN new.state = 'answered' BEGIN DELETE FROM answer_drafts WHERE item_id = new.id; END")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_initial,
    _v2_search_and_series,
    _v3_variant_states_on_posts,
    _v4_tag_and_campaign_lists,
    _v5_outbox,
    _v6_send_late,
    _v7_calendar_index,
    _v8_network_limits,
    _v9_no_holiday_cache,
    _v10_manual_channel_networks,
    _v11_key_date_sets,
    _v12_channel_account,
    _v13_inbox,
    _v14_results,
    _v15_conversations,
    _v16_answer_drafts,
]

LATEST_VERSION = len(MIGRATIONS)


def apply(db: sqlite_utils.Database, from_version: int, to_version: int | None = None) -> None:
    """Runs migrations from_version+1 .. to_version (default: all). The caller holds the transaction."""
    for number in range(from_version, len(MIGRATIONS) if to_version is None else to_version):
        MIGRATIONS[number](db)
