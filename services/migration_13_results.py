"""Migration 13: the figures of published posts and the followers of each account (models/results.py).

Frozen once released, like every migration (services/schema.py): it spells out its own columns."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def v13_results(db: sqlite_utils.Database) -> None:
    """Figures per channel text and age (one row each: a failed look is replaced by the figures when they come),
    and follower counts per account over time. Both are records like any other, so they travel in a handover."""
    from services.schema import _table

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
