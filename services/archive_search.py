"""The search for a Woo request: everything kept that mentions some words, in a period and on a channel, and the
archive of only those records.

Every published post counts (deleted ones and removed channel texts too: they were published), with its title,
main text, each channel's text, the images' descriptions, its tags and campaign; and the messages and answers.
The words are found as the calendar's search finds them: letter case and accents aside, every word somewhere in
the record."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from models.channel import ChannelAccount
from services.archive import (
    ArchiveResult,
    Period,
    Progress,
    PublishedPost,
    Selection,
    export_archive,
    published_post_ids,
    read_published,
)
from services.archive_messages import ArchivedAnswer, ArchivedMessage, matching_messages, messages_in_period
from services.errors import KnownError, translate
from services.store import Store


@dataclass(frozen=True)
class Match:
    """One record found: a post (with the channels it went out on) or a message or answer."""

    kind: str  # post, message or answer
    id: str
    when: datetime | None
    channels: tuple[str, ...]
    title: str
    excerpt: str
    deleted: bool = False


@dataclass
class SearchResult:
    """What a search found, in time order, and what its archive needs to hold exactly those records."""

    text: str
    period: Period
    channel_id: str | None
    matches: list[Match] = field(default_factory=list)
    messages: list[ArchivedMessage] = field(default_factory=list)
    answers: list[ArchivedAnswer] = field(default_factory=list)

    @property
    def post_ids(self) -> list[str]:
        return [match.id for match in self.matches if match.kind == "post"]


def folded(text: str) -> str:
    """The text as the search compares it: letter case and accents left out ("Café" finds "cafe")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words_matcher(text: str) -> Callable[[str], bool]:
    """A test of whether a text holds every word of `text` (anywhere, as part of a longer word too)."""
    words = folded(text).split()
    return lambda found: all(word in folded(found) for word in words)


def _post_text(found: PublishedPost) -> str:
    post = found.post
    parts = [post.title, post.body, post.campaign, *post.tags]
    parts += [variant.text(post) for variant in found.variants]
    parts += [link.alt_text for link, _media in found.images]
    return "\n".join(parts)


def search_archive(store: Store, text: str, period: Period | None = None,
                   channel_id: str | None = None) -> SearchResult:
    """The published posts (on `channel_id` when given) and the messages and answers of the period that hold
    every word of `text`. An empty search is refused: a Woo request names its subject."""
    period = period or Period()
    if not text.split():
        raise KnownError(translate("Archive", "Type the words to search for."))
    matches = words_matcher(text)
    names = {channel.id: channel.name for channel in store.find(ChannelAccount, include_deleted=True)}
    result = SearchResult(text.strip(), period, channel_id)
    for found in read_published(store, published_post_ids(store, period, channel_id)):
        if not matches(_post_text(found)):
            continue
        post = found.post
        first = next((variant.published_at for variant in found.variants if variant.published_at), None)
        result.matches.append(Match(
            "post", post.id, first or post.scheduled_at,
            tuple(names.get(variant.channel_id, "") for variant in found.variants), post.title,
            " ".join(post.body.split())[:160], post.deleted_at is not None))
    messages, answers = messages_in_period(store, period)
    if channel_id is not None:
        channel = names.get(channel_id, "")
        messages = [message for message in messages if message.channel == channel]
        answers = [answer for answer in answers if answer.channel == channel]
    result.messages, result.answers = matching_messages(messages, answers, matches)
    result.matches += [Match("message", message.id, message.received_at, (message.channel,), message.author,
                             " ".join(message.text.split())[:160], message.deleted_at is not None)
                       for message in result.messages]
    result.matches += [Match("answer", answer.id, answer.answered_at, (answer.channel,), answer.answered_by,
                             " ".join(answer.text.split())[:160]) for answer in result.answers]
    result.matches.sort(key=lambda match: (match.when is None, match.when or datetime.min, match.kind, match.id))
    return result


def export_matches(store: Store, folder: Path, result: SearchResult, *, language: str | None = None,
                   progress: Progress | None = None, stopped: Callable[[], bool] | None = None) -> ArchiveResult:
    """The archive of exactly what a search found, in the same form as a period's archive."""
    return export_archive(store, folder, Selection(result.period, result.channel_id, result.post_ids,
                                                   result.messages, result.answers, result.text),
                          language=language, progress=progress, stopped=stopped)
