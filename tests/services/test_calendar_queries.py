from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from models.channel import ChannelAccount, Network
from models.post import DeliveryState, Post, PostStatus, Variant
from services.calendar_queries import (
    CalendarFilter,
    campaigns_and_tags,
    fts_query,
    posts_between,
    search_posts,
    undated_posts,
)
from services.post_editing import delete_post, save_post
from services.store import Store

MARCH = datetime(2026, 3, 1, tzinfo=UTC)


def plan(store: Store, title: str, day: int, *, channels: list[ChannelAccount] = (), body: str = "",  # type: ignore[assignment]
         status: PostStatus = PostStatus.DRAFT, campaign: str = "", tags: list[str] | None = None) -> Post:
    post = Post(title=title, body=body or f"Tekst over {title}", status=status, campaign=campaign, tags=tags or [],
                scheduled_at=MARCH + timedelta(days=day - 1, hours=9))
    return save_post(store, post, [Variant(post_id=post.id, channel_id=c.id) for c in channels])


def test_a_range_holds_only_its_posts_in_time_order_with_their_channels(store: Store) -> None:
    facebook = store.save(ChannelAccount(network=Network.FACEBOOK, name="Facebook"))
    bluesky = store.save(ChannelAccount(network=Network.BLUESKY, name="Bluesky"))
    plan(store, "Februari", -3)
    later = plan(store, "Later", 20, channels=[facebook])
    early = plan(store, "Vroeg", 2, channels=[facebook, bluesky])
    plan(store, "April", 33)
    found = posts_between(store, MARCH, datetime(2026, 4, 1, tzinfo=UTC))
    assert [p.id for p in found] == [early.id, later.id]
    assert {c.channel_id for c in found[0].channels} == {facebook.id, bluesky.id}
    assert all(c.state is DeliveryState.NOT_QUEUED for c in found[0].channels)


def test_a_post_on_no_channel_yet_is_read_as_it_is_without_a_word_of_trouble(store: Store) -> None:
    """An idea or a draft without channels is ordinary: it is shown, and nothing is noted as unreadable (the status
    bar would warn the officer that a record could not be read)."""
    idea = plan(store, "Idee: nieuwjaarsreceptie", 4, status=PostStatus.IDEA)
    undated = save_post(store, Post(title="Later plannen", status=PostStatus.IDEA), [])
    found = posts_between(store, MARCH, datetime(2026, 4, 1, tzinfo=UTC))
    assert [(post.id, list(post.channels)) for post in found] == [(idea.id, [])]
    assert [post.id for post in undated_posts(store)] == [undated.id]
    assert store.unreadable.found == {}


def test_filters_by_channel_status_campaign_and_tag(store: Store) -> None:
    facebook = store.save(ChannelAccount(network=Network.FACEBOOK, name="Facebook"))
    plan(store, "Afval", 3, campaign="Afval", tags=["gft"], channels=[facebook])
    plan(store, "Raad", 4, status=PostStatus.IDEA, tags=["raad"])
    month = (MARCH, datetime(2026, 4, 1, tzinfo=UTC))
    assert [p.title for p in posts_between(store, *month, CalendarFilter(channel_ids=frozenset({facebook.id})))] == [
        "Afval"]
    assert [p.title for p in posts_between(store, *month, CalendarFilter(statuses=frozenset({PostStatus.IDEA})))] == [
        "Raad"]
    assert [p.title for p in posts_between(store, *month, CalendarFilter(campaign="Afval"))] == ["Afval"]
    assert [p.title for p in posts_between(store, *month, CalendarFilter(tag="raad"))] == ["Raad"]
    assert campaigns_and_tags(store) == (["Afval"], ["gft", "raad"])


def test_the_tag_filter_lists_each_tag_in_use_once_in_order(store: Store) -> None:
    """Many posts share few tags: each shows once, sorted as the store sorts them, also tags that differ only in
    case or accent, and a tag of a deleted post until its row goes."""
    for day, tags in enumerate([["raad", "Raad"], ["afval"], ["raad", "café"], ["cafe", "afval"], ["z"], []], 1):
        plan(store, f"Bericht {day}", day, tags=tags)
    gone = plan(store, "Weg", 9, tags=["weg"])
    delete_post(store, gone.id)
    expected = [row[0] for row in store.query_tuples("SELECT DISTINCT tag FROM post_tags ORDER BY tag")]
    assert campaigns_and_tags(store)[1] == expected
    assert {"Raad", "raad", "afval", "cafe", "café", "z"} <= set(expected) and len(expected) == len(set(expected))


def test_search_finds_words_in_title_text_and_tags_as_you_type(store: Store) -> None:
    plan(store, "Sinterklaas komt", 5, body="Intocht in de haven", tags=["kinderen"])
    plan(store, "Oud papier", 6, body="Zaterdag ophalen")
    assert [p.title for p in search_posts(store, "haven")] == ["Sinterklaas komt"]
    assert [p.title for p in search_posts(store, "sinterk")] == ["Sinterklaas komt"]  # prefix of the last word
    assert [p.title for p in search_posts(store, "kinderen")] == ["Sinterklaas komt"]
    assert [p.title for p in search_posts(store, "papier zat")] == ["Oud papier"]
    assert search_posts(store, "haven papier") == []  # every word must match
    assert search_posts(store, "   ") == []


def test_search_ignores_accents_and_fts_syntax(store: Store) -> None:
    plan(store, "Café op het plein", 7)
    assert [p.title for p in search_posts(store, "cafe")] == ["Café op het plein"]
    assert [p.title for p in search_posts(store, 'plein" (')] == ["Café op het plein"]  # no FTS syntax error
    assert search_posts(store, '"*( OR') == []
    assert fts_query('a"b c*') == '"a" "b" "c"*'


def test_search_follows_edits_and_deletions(store: Store) -> None:
    post = plan(store, "Markt", 8, body="Zaterdag op het plein")
    post.title = "Weekmarkt verplaatst"
    save_post(store, post, [])
    assert search_posts(store, "markt") == []
    assert [p.id for p in search_posts(store, "weekmarkt")] == [post.id]
    delete_post(store, post.id)
    assert search_posts(store, "weekmarkt") == []


def test_undated_ideas_are_listed_apart(store: Store) -> None:
    save_post(store, Post(title="Idee zonder datum", status=PostStatus.IDEA), [])
    assert [p.title for p in undated_posts(store)] == ["Idee zonder datum"]
    assert posts_between(store, datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)) == []


def _old_store_with_a_post(path: Path, version: int, **columns: str) -> Path:
    """A data file as Omroeper at `version` left it, holding one post (id p1) with these columns."""
    import sqlite_utils

    from services import schema

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    schema.apply(sqlite_utils.Database(conn, execute_plugins=False), 0, version)
    conn.execute(f"PRAGMA user_version = {version}")
    row = {"id": "p1", "created_at": "2026-01-01T00:00:00.000000Z", "updated_at": "2026-01-01T00:00:00.000000Z",
           **columns}
    conn.execute(f"INSERT INTO posts ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
    conn.execute("COMMIT")
    conn.close()
    return path


def test_a_version_1_store_gets_its_posts_searchable_on_upgrade(tmp_path: Path) -> None:
    store = Store.open(_old_store_with_a_post(tmp_path / "old.sqlite", 1, title="Nieuwjaarsreceptie", status="idea"))
    assert [p.id for p in search_posts(store, "nieuwjaar")] == ["p1"]
    store.close()


def test_the_tag_list_follows_edits_and_deletions(store: Store) -> None:
    post = plan(store, "Markt", 5, tags=["markt", "zaterdag"], campaign="Lokaal")
    assert campaigns_and_tags(store) == (["Lokaal"], ["markt", "zaterdag"])
    post.tags = ["markt"]
    save_post(store, post, [])
    assert campaigns_and_tags(store)[1] == ["markt"]
    delete_post(store, post.id)
    assert campaigns_and_tags(store) == ([], [])


def test_the_month_is_read_from_the_calendar_index_alone(store: Store) -> None:
    from zoneinfo import ZoneInfo

    from services.calendar_queries import local_clock_sql, planned_post_days

    plan(store, "Markt", 3)
    zone = ZoneInfo("Europe/Amsterdam")
    start, end = MARCH, MARCH + timedelta(days=42)
    plans: list[str] = []
    original = store.query_tuples

    def explained(sql: str, params):  # type: ignore[no-untyped-def]
        plans.extend(row[-1] for row in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall())
        return original(sql, params)

    store.query_tuples = explained  # type: ignore[method-assign]
    assert [p.title for p in posts_between(store, start, end, zone=zone)] == ["Markt"]
    planned_post_days(store, start, end, zone)
    assert local_clock_sql(start, end, zone)  # the March clock change is in the range
    assert plans and all("COVERING INDEX posts_calendar" in step for step in plans), plans


def test_the_excerpt_follows_the_text_whichever_way_it_is_written(store: Store) -> None:
    post = plan(store, "Oud papier", 4, body="Zaterdag halen de vrijwilligers " + "oud papier " * 30)
    summary = posts_between(store, MARCH, MARCH + timedelta(days=31))[0]
    assert summary.excerpt == post.body[:120]
    post.body = "Verzet naar zondag."
    store.save(post)
    assert posts_between(store, MARCH, MARCH + timedelta(days=31))[0].excerpt == "Verzet naar zondag."
    store.update_fields(post, body="Afgelast\nwegens storm.")
    assert posts_between(store, MARCH, MARCH + timedelta(days=31))[0].excerpt == "Afgelast wegens storm."


def test_a_version_6_store_gets_the_excerpts_of_its_posts_on_upgrade(tmp_path: Path) -> None:
    text = "Nieuwjaarsreceptie in het gemeentehuis. " * 5
    store = Store.open(_old_store_with_a_post(tmp_path / "old.sqlite", 6, title="Receptie", body=text,
                                              status="draft", scheduled_at="2026-03-05T09:00:00.000000Z"))
    [summary] = posts_between(store, MARCH, MARCH + timedelta(days=31))
    assert summary.excerpt == text[:120]
    store.close()
