"""Recurring posts: a series holds the rule; each occurrence is an ordinary post that can be edited alone
(it then leaves the series' edits) or together with the rest of the series.

An endless series is laid out a year ahead, and further at each start of the window, on every laptop that holds
it: the officer's and, during an absence, the stand-in's. An occurrence's id (and its channel texts' and images')
is therefore derived from the series and the occurrence's wall-clock time (`occurrence_id`), not drawn at random:
both laptops make the same record for the same Monday, and the hand-back merges them into one instead of bringing
a second copy of every occurrence (each of which would go out). An occurrence once made, deleted included, is
never made again. Occurrences made before ids were derived keep their ids.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from models.media import PostMedia
from models.post import Post, PostStatus, Variant
from models.recurrence import Recurrence, occurrences
from models.series import PostSeries
from services.errors import UnkeepableError
from services.plain_text import one_line
from services.post_editing import images_of, save_post, variants_of
from services.store import Store

log = logging.getLogger(__name__)

# An endless series is laid out this far ahead; `extend_series` adds more as time passes.
HORIZON = timedelta(days=366)
MAX_OCCURRENCES = 400
# The namespace of the ids derived for occurrences (uuid5 of "https://omroeper.invalid/series/occurrence"): fixed
# for ever, or two versions of the app would make two records of one occurrence.
OCCURRENCES = uuid.UUID("df1d53b4-4cf9-5cd4-988d-fae4913b1a1c")


def occurrence_id(series: PostSeries, moment: datetime) -> str:
    """The id of the series' occurrence at `moment`: the same on every laptop, from the series and the
    occurrence's wall-clock time in the series' zone (what the rule repeats; unique per occurrence)."""
    local = moment.astimezone(ZoneInfo(series.time_zone)).replace(tzinfo=None)
    return str(uuid.uuid5(OCCURRENCES, f"{series.id}/{local.isoformat()}"))


def _part_id(post_id: str, kind: str, key: object) -> str:
    """The id of an occurrence's channel text (`kind` "channel", by channel) or image ("image", by position)."""
    return str(uuid.uuid5(OCCURRENCES, f"{post_id}/{kind}/{key}"))


def make_recurring(store: Store, post: Post, recurrence: Recurrence, now: datetime) -> PostSeries:
    """Turns a saved, dated post into the first of a series and lays out the following occurrences."""
    if post.scheduled_at is None:
        raise ValueError("a recurring post needs a date")
    local = post.scheduled_at.astimezone(ZoneInfo(post.time_zone)).replace(tzinfo=None)
    series = PostSeries(rrule=recurrence.to_text(), starts_at_local=local.isoformat(), time_zone=post.time_zone,
                        template_post_id=post.id)
    with store.transaction():
        store.save(series)
        post.series_id = series.id
        store.save(post)
        _lay_out(store, series, post, after=post.scheduled_at, now=now)
    return series


def _lay_out(store: Store, series: PostSeries, model: Post, *, after: datetime, now: datetime) -> int:
    """Creates the occurrences after `after` up to the horizon, as copies of `model`. Returns how many."""
    rule = Recurrence.from_text(series.rrule)
    moments = occurrences(rule, datetime.fromisoformat(series.starts_at_local), series.time_zone,
                          since=after + timedelta(seconds=1), until=now + HORIZON)[:MAX_OCCURRENCES]
    variants = variants_of(store, model.id)
    images = [link for link, _media in images_of(store, model.id)]
    made = 0
    for moment in moments:
        post_id = occurrence_id(series, moment)
        if store.query_tuples("SELECT 1 FROM posts WHERE id = ?", [post_id]):
            continue  # made before (here, or on the other laptop and merged in), deleted perhaps: not again
        _copy_occurrence(store, model, variants, images, moment, post_id)
        made += 1
    return made


def _copy_occurrence(store: Store, model: Post, variants: list[Variant], images: list[PostMedia],
                     moment: datetime, post_id: str) -> Post:
    status = model.status if model.status in (PostStatus.IDEA, PostStatus.DRAFT, PostStatus.READY,
                                              PostStatus.SCHEDULED) else PostStatus.DRAFT
    copy = replace(model, id=post_id, created_at=None, updated_at=None, scheduled_at=moment, status=status,
                   series_detached=False, paused_at=None, pause_reason="")
    return save_post(
        store, copy,
        [Variant(id=_part_id(post_id, "channel", v.channel_id), post_id=post_id, channel_id=v.channel_id,
                 body=v.body) for v in variants],
        [PostMedia(id=_part_id(post_id, "image", position), post_id=post_id, media_id=i.media_id,
                   position=position, alt_text=i.alt_text) for position, i in enumerate(images)],
    )


def occurrences_of(store: Store, series_id: str) -> list[Post]:
    return store.find(Post, "series_id = ?", [series_id], order_by="scheduled_at")


# The statuses the officer sets in the composer; an occurrence in another (published, failed) is left as it is.
_CARRIED_STATUSES = (PostStatus.IDEA, PostStatus.DRAFT, PostStatus.READY, PostStatus.SCHEDULED)


def edit_series_from(store: Store, edited: Post, now: datetime) -> int:
    """Carries the edited occurrence's content (texts, channels, images, tags) and its status to every later
    occurrence that was not published (nor failed) and not edited on its own. Returns how many were updated.

    The edited occurrence leads the series from here on: it is no longer counted as edited on its own, so a later
    edit of an earlier occurrence "and the later ones" reaches it again. Each occurrence keeps its own date and
    time (moving one moves that one only), and a paused one stays paused."""
    if edited.series_id is None:
        return 0
    variants = variants_of(store, edited.id)
    images = [link for link, _media in images_of(store, edited.id)]
    updated = 0
    with store.transaction():
        if edited.series_detached:
            edited.series_detached = False
            store.save(edited)
        for other in occurrences_of(store, edited.series_id):
            later = other.scheduled_at is not None and edited.scheduled_at is not None \
                and other.scheduled_at > edited.scheduled_at
            if not later or other.series_detached or other.status not in _CARRIED_STATUSES:
                continue
            if edited.status in _CARRIED_STATUSES:
                other.status = edited.status
            other.title, other.body, other.language = edited.title, edited.body, edited.language
            other.campaign, other.tags, other.notes = edited.campaign, list(edited.tags), edited.notes
            existing = {v.channel_id: v for v in variants_of(store, other.id)}
            new_variants = []
            for variant in variants:
                mine = existing.get(variant.channel_id) or Variant(post_id=other.id, channel_id=variant.channel_id)
                mine.body = variant.body
                new_variants.append(mine)
            save_post(store, other, new_variants, [
                PostMedia(post_id=other.id, media_id=i.media_id, position=i.position, alt_text=i.alt_text)
                for i in images])
            updated += 1
    return updated


def detach_occurrence(store: Store, post: Post) -> None:
    """This occurrence was edited on its own: later whole-series edits leave it as it is."""
    post.series_detached = True
    store.save(post)


def extend_series(store: Store, now: datetime) -> int:
    """Lays out occurrences of endless series that came within the horizon. Returns how many were added."""
    added = 0
    for series in store.find(PostSeries):
        posts = occurrences_of(store, series.id)
        if not posts:
            continue
        last = max((post for post in posts if post.scheduled_at), key=lambda post: post.scheduled_at or now)
        if last.scheduled_at is not None and last.scheduled_at < now + HORIZON:
            model = store.get(Post, series.template_post_id or "") or last
            try:
                with store.transaction():
                    added += _lay_out(store, series, model, after=last.scheduled_at, now=now)
            except UnkeepableError as error:  # its model cannot be copied (a text an older version let be stored
                # beyond a record's limits): the other series go on, and the log names it
                log.warning("series %s (%s) not extended: %s", series.id, one_line(model.title, 60), error.message)
    return added
