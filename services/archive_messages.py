"""The residents' messages and the municipality's answers in the archive: their records, their part of the
archive's files, and their part of a search.

`messages_in_period` reads the inbox's records; `write_messages` writes them into the archive being written (its
`files`: services/archive_files.py's ArchiveFiles)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from models.channel import ChannelAccount
from models.common import to_utc_text
from models.inbox import InboxAnswer, InboxItem
from models.staff import StaffMember
from services.archive_files import ArchiveFiles
from services.store import Store


@dataclass(frozen=True)
class Period:
    """Days on the municipality's calendar, both included; None: no limit on that side."""

    start: date | None = None
    end: date | None = None

    def bounds(self, time_zone: str) -> tuple[str, str]:
        """The period as stored instants (UTC text), from the first moment of `start` to before the day after
        `end`, on the municipality's clock."""
        zone = ZoneInfo(time_zone)
        low = to_utc_text(datetime.combine(self.start, time(), zone)) if self.start else ""
        high = to_utc_text(datetime.combine(self.end + timedelta(days=1), time(), zone)) if self.end else "~"
        return low, high


@dataclass(frozen=True)
class ArchivedMessage:
    """A message that came in, as the archive keeps it (see `message` in the schema)."""

    id: str
    network: str
    channel: str
    kind: str  # reply, mention or message
    author: str
    author_name: str
    text: str
    received_at: datetime
    url: str = ""
    post_id: str | None = None
    conversation: str = ""
    state: str = "open"
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class ArchivedAnswer:
    """An answer given to a message (see `answer` in the schema)."""

    id: str
    message_id: str
    channel: str
    answered_by: str
    text: str
    answered_at: datetime | None
    url: str = ""
    state: str = "sent"


def messages_in_period(store: Store, period: Period) -> tuple[list[ArchivedMessage], list[ArchivedAnswer]]:
    """The inbox's messages received in the period (on the municipality's clock), also those their authors
    deleted on the network or that were marked deleted here (nothing that came in is ever left out of the
    record), and every answer given to them, sent or not."""
    from services.preferences import load_municipality

    low, high = period.bounds(load_municipality(store).time_zone)
    items = store.find(InboxItem, "received_at >= ? AND received_at < ?", [low, high], order_by="received_at, id",
                       include_deleted=True)
    channels = {channel.id: channel.name for channel in store.find(ChannelAccount, include_deleted=True)}
    staff = {member.id: member.name for member in store.find(StaffMember, include_deleted=True)}
    messages = [ArchivedMessage(
        id=item.id, network=item.network, channel=channels.get(item.channel_id, ""), kind=item.kind.value,
        author=item.author_handle, author_name=item.author_name, text=item.text, received_at=item.received_at,
        url=item.url, post_id=item.answers_post_id, conversation=item.conversation_key, state=item.state.value,
        deleted_at=item.deleted_there_at or item.deleted_at) for item in items]
    asked = {item.id for item in items}
    answers = [ArchivedAnswer(
        id=answer.id, message_id=answer.item_id, channel=channels.get(answer.channel_id, ""),
        answered_by=staff.get(answer.staff_id or "", ""), text=answer.body, answered_at=answer.published_at,
        url=answer.remote_url, state=answer.state.value)
        for answer in store.find(InboxAnswer, order_by="created_at, id", include_deleted=True)
        if answer.item_id in asked]
    return messages, answers


def _instant(moment: datetime | None) -> str | None:
    return to_utc_text(moment) if moment is not None else None


def message_record(message: ArchivedMessage) -> dict[str, Any]:
    return {"id": message.id, "network": message.network, "channel": message.channel, "kind": message.kind,
            "author": message.author, "author_name": message.author_name, "text": message.text,
            "received_at": to_utc_text(message.received_at), "url": message.url, "post_id": message.post_id,
            "conversation": message.conversation, "state": message.state,
            "deleted_at": _instant(message.deleted_at)}


def answer_record(answer: ArchivedAnswer) -> dict[str, Any]:
    return {"id": answer.id, "message_id": answer.message_id, "channel": answer.channel,
            "answered_by": answer.answered_by, "text": answer.text, "answered_at": _instant(answer.answered_at),
            "url": answer.url, "state": answer.state}


def write_messages(files: ArchiveFiles, messages: Iterable[ArchivedMessage],
                   answers: Iterable[ArchivedAnswer]) -> tuple[int, int]:
    """Writes the messages and answers into the archive being written, one record at a time: messages.json and
    answers.json, messages.csv and answers.csv, and their part of the overview. Returns how many of each."""
    from services.errors import translate

    message_count = answer_count = 0
    with files.json_list("messages.json") as json_out, files.csv_table("messages.csv", [
            translate("Archive", "received"), translate("Archive", "channel"), translate("Archive", "kind"),
            translate("Archive", "from"), translate("Archive", "name"), translate("Archive", "text"),
            translate("Archive", "link"), translate("Archive", "state"), translate("Archive", "removed"),
            "id"]) as csv_out:
        files.html.section(translate("Archive", "Messages"))
        for message in messages:
            record = files.clean(message_record(message))
            json_out.add(record)
            csv_out.add([files.local(message.received_at), record["channel"], record["kind"], record["author"],
                         record["author_name"], record["text"], record["url"], record["state"],
                         files.local(message.deleted_at), record["id"]])
            files.html.message(record, files.spoken(message.received_at))
            message_count += 1
        if not message_count:
            files.html.note(translate("Archive", "No messages in this period."))
    with files.json_list("answers.json") as json_out, files.csv_table("answers.csv", [
            translate("Archive", "answered"), translate("Archive", "channel"), translate("Archive", "by"),
            translate("Archive", "text"), translate("Archive", "link"), translate("Archive", "state"),
            translate("Archive", "message"), "id"]) as csv_out:
        for answer in answers:
            record = files.clean(answer_record(answer))
            json_out.add(record)
            csv_out.add([files.local(answer.answered_at), record["channel"], record["answered_by"], record["text"],
                         record["url"], record["state"], record["message_id"], record["id"]])
            files.html.answer(record, files.spoken(answer.answered_at))
            answer_count += 1
    return message_count, answer_count


def matching_messages(messages: Iterable[ArchivedMessage], answers: Iterable[ArchivedAnswer],
                      matches: Callable[[str], bool]) -> tuple[list[ArchivedMessage], list[ArchivedAnswer]]:
    """The messages whose text, author or name match, and the answers whose text or author match; an answer to
    a matching message comes with it (what was asked and what was answered belong together)."""
    found = [message for message in messages
             if matches(" ".join((message.text, message.author, message.author_name)))]
    asked = {message.id for message in found}
    return found, [answer for answer in answers
                   if answer.message_id in asked or matches(" ".join((answer.text, answer.answered_by)))]
