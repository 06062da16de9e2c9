"""The archive an archivist can take in: a BagIt package (RFC 8493) of what the municipality published in a
period, per channel (the text, the time, the link, the images with their descriptions, what happened to it
afterwards), and of the messages that came in and the answers given (services/archive_messages.py).

The payload is written in open formats: JSON described by a JSON Schema inside the package, CSV for people (as the
CSV export writes it: in Dutch with ";" for Dutch Excel, formulas neutralised), and an HTML overview without
scripts, every text from the store escaped. The JSON holds every text exactly as stored: it is the evidence. The CSV
files and the overview are for reading, so there every text is plain text that cannot turn or hide what stands
beside it (services/plain_text.py): direction controls taken out, other control characters shown as �.
services/archive_bag.py adds the SHA-256 and SHA-512 manifests. Tokens never enter it: the archive holds no setting
and no secret, and the channels' tokens are blanked out of every text written, should one ever have slipped into an
error text.

Everything is written one record at a time and the images one file at a time, so a year of posts with thousands of
images fits in little memory. The package is made in a folder beside the target and moved into place when
complete: a stopped or failed export leaves nothing half written.
"""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from models.channel import ChannelAccount
from models.common import to_utc_text
from models.media import Media, PostMedia
from models.post import DeliveryState, Post, Variant
from models.publish_attempt import PublishAttempt
from models.validation import one_line
from services.archive_bag import PAYLOAD
from services.archive_files import ArchiveFiles
from services.archive_messages import (
    ArchivedAnswer,
    ArchivedMessage,
    messages_in_period,
    write_messages,
)
from services.archive_messages import (
    Period as Period,  # the archive's period, also for its callers
)
from services.archive_schema import FORMAT, SCHEMA_FILE, archive_schema
from services.errors import KnownError, translate
from services.files import partial_beside
from services.plain_text import one_line as isolated
from services.store import Store

log = logging.getLogger("omroeper")

CHUNK = 200  # posts read from the store at a time


@dataclass
class ArchiveResult:
    """What an export wrote."""

    folder: Path
    posts: int = 0
    images: int = 0
    missing_images: int = 0
    messages: int = 0
    answers: int = 0


class ArchiveStopped(KnownError):
    """The officer stopped the export; nothing was left behind."""


@dataclass
class Selection:
    """What goes into an archive: a period, and for a search's archive only these posts and messages."""

    period: Period = field(default_factory=Period)
    channel_id: str | None = None
    post_ids: list[str] | None = None  # None: every post published in the period
    messages: list[ArchivedMessage] | None = None  # None: every message of the period (with `answers`)
    answers: list[ArchivedAnswer] | None = None
    search: str = ""


# ---- reading the store -------------------------------------------------------------------------------------------

def published_post_ids(store: Store, period: Period, channel_id: str | None = None) -> list[str]:
    """The posts that went out in the period, in the order they first went out. A post belongs to the period in
    which it first went out on any channel (or, with `channel_id`, on that channel); deleted posts and removed
    channel texts count too: they were published."""
    from services.preferences import load_municipality

    low, high = period.bounds(load_municipality(store).time_zone)
    channel = "AND v.channel_id = ?" if channel_id else ""
    rows = store.query_tuples(
        "SELECT v.post_id, min(coalesce(v.published_at, p.scheduled_at, v.updated_at)) AS first_at "
        "FROM variants v JOIN posts p ON p.id = v.post_id "
        f"WHERE (v.state = ? OR v.published_at IS NOT NULL) {channel} "
        "GROUP BY v.post_id HAVING first_at >= ? AND first_at < ? ORDER BY first_at, v.post_id",
        [DeliveryState.PUBLISHED.value, *([channel_id] if channel_id else []), low, high])
    return [row[0] for row in rows]


@dataclass
class PublishedPost:
    """A post with what went out of it and its images, read for the archive."""

    post: Post
    variants: list[Variant]
    attempts: dict[str, list[PublishAttempt]]  # by variant id
    images: list[tuple[PostMedia, Media | None]]


def _marks(count: int) -> str:
    return ",".join("?" * count)


def read_published(store: Store, post_ids: Sequence[str]) -> Iterator[PublishedPost]:
    """The posts of `post_ids` in that order, read CHUNK at a time (never all at once)."""
    for start in range(0, len(post_ids), CHUNK):
        ids = list(post_ids[start:start + CHUNK])
        posts = {post.id: post for post in store.find(Post, f"id IN ({_marks(len(ids))})", ids,
                                                      include_deleted=True)}
        variants: dict[str, list[Variant]] = {}
        for variant in store.find(Variant, f"post_id IN ({_marks(len(ids))}) AND (state = ? OR published_at IS NOT "
                                  "NULL)", [*ids, DeliveryState.PUBLISHED.value], order_by="published_at, created_at",
                                  include_deleted=True):
            variants.setdefault(variant.post_id, []).append(variant)
        variant_ids = [variant.id for found in variants.values() for variant in found]
        attempts: dict[str, list[PublishAttempt]] = {}
        if variant_ids:
            for attempt in store.find(PublishAttempt, f"variant_id IN ({_marks(len(variant_ids))})", variant_ids,
                                      order_by="started_at", include_deleted=True):
                attempts.setdefault(attempt.variant_id, []).append(attempt)
        links: dict[str, list[PostMedia]] = {}
        for link in store.find(PostMedia, f"post_id IN ({_marks(len(ids))})", ids, order_by="position"):
            links.setdefault(link.post_id, []).append(link)
        media_ids = sorted({link.media_id for found in links.values() for link in found})
        media = {item.id: item for item in store.find(Media, f"id IN ({_marks(len(media_ids))})", media_ids,
                                                      include_deleted=True)} if media_ids else {}
        for post_id in ids:
            post = posts.get(post_id)
            if post is not None:
                yield PublishedPost(post, variants.get(post_id, []), attempts,
                                    [(link, media.get(link.media_id)) for link in links.get(post_id, [])])


def _channel_secrets(channels: Iterable[ChannelAccount]) -> list[str]:
    """The channels' tokens, to blank out should one be in a text. A keychain that cannot be read gives none:
    the archive holds no secret by its design, this is a second guard."""
    from services.secrets import read_secret

    found = []
    for channel in channels:
        try:
            secret = read_secret(channel.id)
        except KnownError:
            continue
        if secret and len(secret) >= 8:  # a few letters would blank out ordinary words
            found.append(secret)
    return found


def _channel_record(channel: ChannelAccount) -> dict[str, Any]:
    return {"id": channel.id, "name": channel.name, "network": channel.network.value,
            "for_network": channel.manual_network.value if channel.manual_network else "",
            "address": channel.base_url, "handle": channel.handle, "account": channel.account_name,
            "deleted_at": to_utc_text(channel.deleted_at) if channel.deleted_at else None}


def _instant(moment: datetime | None) -> str | None:
    return to_utc_text(moment) if moment is not None else None


def _text_changed(post: Post, variant: Variant) -> bool | None:
    from services.outbox_sending import mark_parts, text_digest

    _printed, digest = mark_parts(variant.remote_fingerprint)
    return None if not digest else digest != text_digest(variant.text(post))


def post_record(found: PublishedPost, channels: dict[str, ChannelAccount]) -> dict[str, Any]:
    """The post as the archive's JSON holds it (`post` in the schema); images by their file in the archive."""
    from services.media_library import image_file

    post = found.post
    publications, events = [], []
    if post.created_at:
        events.append((post.created_at, "created", ""))
    for variant in found.variants:
        channel = channels.get(variant.channel_id)
        name = channel.name if channel else ""
        changed = _text_changed(post, variant)
        publications.append({
            "channel_id": variant.channel_id, "channel": name, "network": channel.network.value if channel else "",
            "text": variant.text(post), "published_at": _instant(variant.published_at),
            "url": variant.remote_url, "remote_id": variant.remote_id, "state": variant.state.value,
            "last_changed_at": _instant(variant.updated_at), "deleted_at": _instant(variant.deleted_at),
            "text_changed_since_sent": changed,
            "attempts": [{"started_at": to_utc_text(attempt.started_at), "finished_at": _instant(attempt.finished_at),
                          "outcome": attempt.outcome, "url": attempt.remote_url, "error": attempt.error}
                         for attempt in found.attempts.get(variant.id, [])]})
        if variant.published_at:
            events.append((variant.published_at, "published", name))
        if changed and variant.updated_at:
            events.append((max(variant.updated_at, post.updated_at or variant.updated_at),
                           "changed_after_publishing", name))
        if variant.deleted_at:
            events.append((variant.deleted_at, "channel_removed", name))
    if post.deleted_at:
        events.append((post.deleted_at, "deleted", ""))
    images = []
    for link, media in found.images:
        name = media.file_name if media else ""
        images.append({"position": link.position,
                       "file": f"images/{name}" if media and image_file(Path("images"), name) else None,
                       "sha256": media.sha256 if media else "", "mime_type": media.mime_type if media else "",
                       "width": media.width if media else 0, "height": media.height if media else 0,
                       "alt_text": link.alt_text})
    return {"id": post.id, "title": post.title, "text": post.body, "language": post.language,
            "campaign": post.campaign, "tags": list(post.tags), "planned_at": _instant(post.scheduled_at),
            "time_zone": post.time_zone, "created_at": _instant(post.created_at),
            "last_changed_at": _instant(post.updated_at), "deleted_at": _instant(post.deleted_at),
            "publications": publications, "images": images,
            "events": [{"at": to_utc_text(at), "what": what, "channel": channel}
                       for at, what, channel in sorted(events, key=lambda event: event[0])]}


# ---- writing -----------------------------------------------------------------------------------------------------

Progress = Callable[[int, int], None]


def _target_problem(folder: Path) -> KnownError | None:
    if folder.exists() and not folder.is_dir():
        return KnownError(translate("Archive", "{path} is a file, not a folder. Choose a new or empty folder for the "
                                               "archive; nothing was written.").format(path=folder))
    if folder.exists() and any(folder.iterdir()):
        return KnownError(translate("Archive", "{path} is not an empty folder. Choose a new or empty folder for the "
                                               "archive; nothing was written.").format(path=folder))
    return None


def export_archive(store: Store, folder: Path, selection: Selection | None = None, *,
                   language: str | None = None, progress: Progress | None = None,
                   stopped: Callable[[], bool] | None = None) -> ArchiveResult:
    """Writes the archive of `selection` (default: everything published) as a BagIt package in `folder`, which
    must be new or empty. `progress(done, total)` is told after each post; when `stopped()` turns true the export
    ends with ArchiveStopped and leaves nothing behind. Raises KnownError when the folder cannot be written."""
    from services.i18n import interface_language

    selection = selection or Selection()
    folder = folder.absolute()
    problem = _target_problem(folder)
    if problem is not None:
        raise problem
    building = None
    try:
        # built in a folder made for this export alone: another export at the same time (the window's and a
        # command's) has its own, and a folder of the officer's that happens to bear a like name is never touched
        folder.parent.mkdir(parents=True, exist_ok=True)
        building = partial_beside(folder, folder=True)
        (building / PAYLOAD).mkdir()
        result = _write_payload(store, building / PAYLOAD, selection, language or interface_language(), progress,
                                stopped)
        _make_bag(building, store, selection)
        if folder.exists():
            folder.rmdir()
        building.replace(folder)
    except BaseException as error:
        if building is not None:
            shutil.rmtree(building, ignore_errors=True)
        if isinstance(error, OSError):
            from services.store import known_error_for

            known = known_error_for(error, folder)
            raise (known or KnownError(translate("Archive", "The archive could not be written to {path}: {reason}")
                                       .format(path=folder, reason=error.strerror or error))) from None
        raise
    result.folder = folder
    return result


def _write_payload(store: Store, payload: Path, selection: Selection, language: str, progress: Progress | None,
                   stopped: Callable[[], bool] | None) -> ArchiveResult:
    from services.media_library import media_dir
    from services.preferences import load_municipality

    municipality = load_municipality(store)
    channel_list = store.find(ChannelAccount, include_deleted=True, order_by="name, id")
    channels = {channel.id: channel for channel in channel_list}
    post_ids = (selection.post_ids if selection.post_ids is not None
                else published_post_ids(store, selection.period, selection.channel_id))
    if selection.messages is None:
        messages, answers = messages_in_period(store, selection.period)
    else:
        messages, answers = selection.messages, selection.answers or []
    result = ArchiveResult(payload)
    (payload / "images").mkdir()
    (payload / "schema").mkdir()
    (payload / SCHEMA_FILE).write_text(json.dumps(archive_schema(), ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")
    library = media_dir(store)
    total = len(post_ids) + 1
    with open(payload / "overview.html", "w", encoding="utf-8", newline="\n") as html_handle:
        files = ArchiveFiles(payload, language, municipality.time_zone, _channel_secrets(channel_list), html_handle)
        files.html.start(*_overview_heading(municipality.name, selection, len(post_ids)))
        with files.json_list("channels.json") as out:
            for channel in channel_list:
                out.add(files.clean(_channel_record(channel)))
        files.html.section(translate("Archive", "Published posts"))
        if not post_ids:
            files.html.note(translate("Archive", "No posts published in this period."))
        with files.json_list("posts.json") as json_out, files.csv_table("posts.csv", _post_columns()) as csv_out:
            for done, found in enumerate(read_published(store, post_ids), start=1):
                if stopped is not None and stopped():
                    raise ArchiveStopped(translate("Archive", "The archive was stopped; nothing was written."))
                record = files.clean(post_record(found, channels))
                _copy_images(record, found, library, payload / "images", result)
                json_out.add(record)
                for variant, publication in zip(found.variants, record["publications"], strict=True):
                    csv_out.add([files.local(variant.published_at), publication["channel"], publication["network"],
                                 record["title"], publication["text"], publication["url"],
                                 " | ".join(image["alt_text"] for image in record["images"]),
                                 len(record["images"]), files.local(found.post.deleted_at or variant.deleted_at),
                                 "1" if publication["text_changed_since_sent"] else "", record["id"]])
                first = next((variant.published_at for variant in found.variants if variant.published_at), None)
                files.html.post(record, files.spoken(first or found.post.scheduled_at),
                                files.spoken(found.post.deleted_at),
                                [files.spoken(variant.published_at) for variant in found.variants])
                result.posts += 1
                if progress is not None:
                    progress(done, total)
        result.messages, result.answers = write_messages(files, messages, answers)
        with open(payload / "about.json", "w", encoding="utf-8") as handle:
            json.dump(files.clean({
                "format": FORMAT, "municipality": municipality.name, "time_zone": municipality.time_zone,
                "from": selection.period.start.isoformat() if selection.period.start else None,
                "to": selection.period.end.isoformat() if selection.period.end else None,
                "search": selection.search, "written_at": to_utc_text(store.clock()), "posts": result.posts,
                "images": result.images, "messages": result.messages, "answers": result.answers}),
                handle, ensure_ascii=False, indent=2)
        files.html.finish()
    if stopped is not None and stopped():
        raise ArchiveStopped(translate("Archive", "The archive was stopped; nothing was written."))
    return result


def _copy_images(record: dict[str, Any], found: PublishedPost, library: Path, images: Path,
                 result: ArchiveResult) -> None:
    """Copies the post's image files into the archive, one at a time (an image used twice, once). Only names the
    app gives are read or written (a content hash and a type), so nothing from the store chooses a path. An image
    whose file is gone is kept in the records without a file, and counted."""
    from services.media_library import image_file

    for (_link, media), image in zip(found.images, record["images"], strict=True):
        source = image_file(library, media.file_name) if media is not None else None
        if media is None or source is None:
            image["file"] = None
            result.missing_images += 1
            continue
        target = images / media.file_name
        if not target.exists():
            try:
                shutil.copyfile(source, target)
            except FileNotFoundError:
                image["file"] = None
                result.missing_images += 1
                continue
            result.images += 1


def _post_columns() -> list[str]:
    return [translate("Archive", "published"), translate("Archive", "channel"), translate("Archive", "network"),
            translate("Archive", "title"), translate("Archive", "text"), translate("Archive", "link"),
            translate("Archive", "image descriptions"), translate("Archive", "images"),
            translate("Archive", "deleted"), translate("Archive", "changed after publishing"), "id"]


def _period_text(period: Period) -> str:
    from services.i18n import date_text

    if period.start and period.end:
        return translate("Archive", "from {start} to {end}").format(start=date_text(period.start),
                                                                   end=date_text(period.end))
    if period.start:
        return translate("Archive", "from {start}").format(start=date_text(period.start))
    if period.end:
        return translate("Archive", "up to {end}").format(end=date_text(period.end))
    return translate("Archive", "at any time")


def _overview_heading(municipality: str, selection: Selection, posts: int) -> tuple[str, list[str]]:
    title = translate("Archive", "Archive of {municipality}").format(
        municipality=isolated(municipality, None) or translate("Archive", "the municipality"))
    lines = [translate("Archive", "Published on social media, {period}.").format(period=_period_text(
        selection.period))]
    if selection.search:
        lines.append(translate("Archive", "Only what matches the search “{words}”.").format(
            words=isolated(selection.search, None)))
    lines.append(translate("Archive", "Times on the municipality's clock. The same records are in posts.json "
                                      "(described by schema/omroeper-archive.schema.json) and posts.csv."))
    return title, lines


def _make_bag(building: Path, store: Store, selection: Selection) -> None:
    """Wraps the payload written under data/ as a BagIt 1.0 package (services/archive_bag.py), described by the
    municipality, the period and, for a search's archive, the words searched; dated on the municipality's
    calendar."""
    from zoneinfo import ZoneInfo

    from services.archive_bag import write_bag
    from services.preferences import load_municipality

    municipality = load_municipality(store)
    info = {"Source-Organization": one_line(municipality.name, 200) or "Omroeper",
            "External-Description": one_line(translate("Archive", "Social media posts published {period}").format(
                period=_period_text(selection.period)), 400),
            "Bag-Software-Agent": "Omroeper"}
    if selection.search:
        info["External-Identifier"] = one_line(selection.search, 200)
    today = store.clock().astimezone(ZoneInfo(municipality.time_zone)).date()
    write_bag(building, info, today.isoformat())
