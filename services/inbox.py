"""The inbox as a tab (or the command line) uses it: list, filter and search what residents wrote, read a
conversation, change an item's state and owner, answer it through the outbox, take it to a private message, and
the response clock against the municipality's target.

The calls, all taking the store (and `now` where time matters); none touches the network (fetching is
services/inbox_sync.py, sending services/inbox_sending.py as part of the outbox's run):

- `list_items(store, InboxQuery(...))`: items newest first, filtered by state, channel, owner, kind and text (full
  text search over the text and the author, accents ignored, the last word as a prefix); `count_items` likewise.
- `conversation(store, item)`: the items of its conversation, oldest first, with `answers_of(store, item)`.
- `inbox_summary(store)`: how many are open and since when the oldest waits (for the tab's title and the tray).
- `mark_done`, `reopen`, `set_owner`: state and owner; `owner_during_absence` says who answers while the officer
  is away (the stand-in), and a new item gets it as its owner.
- `answer_text(store, item, body, ...)`: a template's text with `{name}` (and the other placeholders) filled for
  this resident, starting with what the network needs to reach the person (`@acct` on Mastodon and Bluesky);
  `check_answer(...)`: the network's counting rule and the privacy check (no personal data in a public answer);
  `queue_answer(...)`: the answer into the outbox (it waits there offline, and is sent exactly once by the next
  run); `take_private(...)`: the same as a private message (Mastodon direct, Facebook Messenger within its
  window; Bluesky cannot: `private_possible` says why).
- `load_target(store)` / `save_target(store, target)` and models/inbox.py's `due_at`/`clock_stage`: the response
  clock from Preferences (office hours, weekends and public holidays can be left out of the count).
- `item_json(item, channel_name)`: one item as the command line's `inbox list --json` gives it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from models.channel import ChannelAccount, Network
from models.common import to_utc_text
from models.inbox import (
    InboxAnswer,
    InboxItem,
    ItemKind,
    ItemState,
    ResponseTarget,
    Visibility,
)
from models.post import DeliveryState
from models.reply_text import fill, greeting_name, personal_data_in
from models.text_rules import check_text
from services.answer_drafts import drop_draft
from services.errors import KnownError, translate
from services.inbox_count import InboxSummary as InboxSummary
from services.inbox_count import inbox_summary as inbox_summary
from services.store import Store

TARGET_HOURS = "inbox.target_hours"
OFFICE_HOURS = "inbox.office_hours"  # "09:00-17:00", or "" for the whole day
SKIP_WEEKENDS = "inbox.skip_weekends"
SKIP_HOLIDAYS = "inbox.skip_holidays"
MESSENGER_WINDOW = timedelta(hours=24)  # Messenger: the page may answer within a day of the resident's message
LIST_LIMIT = 500
CHECKED_MAX = 100_000  # an answer longer than this fits no network: it is said so without reading it through
_MENTIONS = re.compile(r"(?<![\w@])@[\w.-]+(?:@[\w.-]+)?")
_HANDLE = re.compile(r"[\w.-]+(?:@[\w.-]+)?")  # jan, jan@example.org, bob.bsky.social


@dataclass(frozen=True)
class InboxQuery:
    """What the tab's filters say. `state` None: every state."""

    state: ItemState | None = ItemState.OPEN
    channel_ids: tuple[str, ...] = ()
    owner_id: str | None = None
    kind: ItemKind | None = None
    text: str = ""
    limit: int = LIST_LIMIT
    offset: int = 0


def _match_expression(text: str) -> str:
    """The search words as an FTS5 query: each word quoted (so no word is taken as an operator), the last one as
    a prefix (the officer is still typing it)."""
    words = [word.replace('"', '""') for word in text.split()]
    if not words:
        return ""
    quoted = [f'"{word}"' for word in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def _where(query: InboxQuery) -> tuple[str, list[Any]]:
    conditions, params = ["deleted_at IS NULL"], []
    if query.state is not None:
        conditions.append("state = ?")
        params.append(query.state.value)
    if query.channel_ids:
        conditions.append(f"channel_id IN ({', '.join('?' * len(query.channel_ids))})")
        params += list(query.channel_ids)
    if query.owner_id is not None:
        conditions.append("owner_id = ?")
        params.append(query.owner_id)
    if query.kind is not None:
        conditions.append("kind = ?")
        params.append(query.kind.value)
    match = _match_expression(query.text)
    if match:
        conditions.append("rowid IN (SELECT rowid FROM inbox_items_fts WHERE inbox_items_fts MATCH ?)")
        params.append(match)
    return " AND ".join(conditions), params


def list_items(store: Store, query: InboxQuery = InboxQuery()) -> list[InboxItem]:
    """The items the filters let through, grouped by conversation: the conversation with the latest message first,
    and within it the newest first (at most `limit`, from `offset`)."""
    where, params = _where(query)
    from services.records import read_records

    # Read in the index's order and stopped at the page: the filters' columns are in it, so a row is looked up only
    # once it is on the page (SQLite's statistics would have it sort every match first).
    rows = store.query(f"SELECT * FROM inbox_items INDEXED BY inbox_items_conversations WHERE {where} "
                       "ORDER BY conversation_at DESC, channel_id DESC, conversation_key DESC, received_at DESC "
                       "LIMIT ? OFFSET ?", [*params, query.limit, query.offset])
    return read_records(InboxItem, rows, store.unreadable)


def count_items(store: Store, query: InboxQuery = InboxQuery()) -> int:
    where, params = _where(query)
    return int(store.query_tuples(f"SELECT count(*) FROM inbox_items WHERE {where}", params)[0][0])


def conversation(store: Store, item: InboxItem) -> list[InboxItem]:
    """The items of the item's conversation on its channel, oldest first."""
    return store.find(InboxItem, "channel_id = ? AND conversation_key = ?", [item.channel_id, item.conversation_key],
                      order_by="received_at, id")


def answers_of(store: Store, item: InboxItem) -> list[InboxAnswer]:
    return store.find(InboxAnswer, "item_id = ?", [item.id], order_by="created_at")




# ---- state and owner ------------------------------------------------------------------------------------------

def mark_done(store: Store, item: InboxItem, staff_id: str | None = None) -> InboxItem:
    """Closed without an answer (a thank-you needs none). The item stays, with who closed it."""
    return store.update_fields(item, state=ItemState.DONE, answered_by=staff_id)


def reopen(store: Store, item: InboxItem) -> InboxItem:
    return store.update_fields(item, state=ItemState.OPEN)


def set_owner(store: Store, item: InboxItem, staff_id: str | None) -> InboxItem:
    return store.update_fields(item, owner_id=staff_id)


def owner_during_absence(store: Store, today: date) -> str | None:
    """Who answers today: the stand-in of an absent officer, else the officer (this laptop's user)."""
    from services.staff import current_answerer

    member = current_answerer(store, today)
    return member.id if member else None


def give_owners(store: Store, today: date) -> int:
    """Open items without an owner get today's answerer; returns how many."""
    owner = owner_during_absence(store, today)
    if owner is None:
        return 0
    with store.transaction():
        return store.conn.execute(
            "UPDATE inbox_items SET owner_id = ?, updated_at = ? WHERE state = ? AND owner_id IS NULL "
            "AND deleted_at IS NULL", [owner, to_utc_text(store.stamp()), ItemState.OPEN.value]).rowcount


# ---- answering ------------------------------------------------------------------------------------------------

def mention_of(item: InboxItem, channel: ChannelAccount) -> str:
    """What an answer starts with to reach the person: "@jan@example.org " on Mastodon, "@bob.test " on Bluesky
    (sent with a mention facet), nothing on Facebook (a reply to a comment reaches its author)."""
    if channel.network in (Network.MASTODON, Network.BLUESKY) and _HANDLE.fullmatch(item.author_handle):
        return f"@{item.author_handle} "
    return ""  # also for a handle the server wrote as no handle is ("jan https://…"): no text of its choosing


def answer_text(store: Store, item: InboxItem, body: str,
                values: dict[str, str] | None = None) -> tuple[str, list[str]]:
    """A template's (or a typed) text for this resident: `{name}` is the resident's name (as greeting_name keeps
    it), the mention the network needs goes in front (once). Returns the text and the placeholders still empty."""
    channel = _channel(store, item)
    filled, missing = fill(body, {"name": greeting_name(item.author_name or item.author_handle), **(values or {})})
    mention = mention_of(item, channel)
    if mention and not filled.lstrip().startswith(mention.strip()):
        filled = mention + filled.lstrip()
    return filled, missing


def private_possible(store: Store, item: InboxItem, now: datetime) -> str:
    """"" when the item can be taken to a private message now, else why not, in the officer's words."""
    channel = _channel(store, item)
    if channel.network is Network.BLUESKY:
        return translate("Inbox", "Bluesky's private messages cannot be sent by an app through its API. Answer in "
                                  "public that you will write privately, and write from the Bluesky app "
                                  "(Chat), or ask the resident to phone or e-mail the municipality.")
    if channel.network is Network.FACEBOOK:
        closes = messenger_window_closes(store, item)
        if item.kind is not ItemKind.MESSAGE:
            return translate("Inbox", "A Facebook page may write privately only to someone who wrote to it in "
                                      "Messenger first. Answer in public and invite the resident to send the page "
                                      "a message.")
        if closes is None or closes <= now:
            return translate("Inbox", "The resident wrote more than 24 hours ago: Messenger no longer lets the page "
                                      "answer. Answer in Meta Business Suite with the human agent tag (7 days), or "
                                      "by phone or e-mail.")
    return ""


def messenger_window_closes(store: Store, item: InboxItem) -> datetime | None:
    """Until when the page may answer in a Messenger conversation: a day after the resident's latest message."""
    if item.network != Network.FACEBOOK.value or item.kind is not ItemKind.MESSAGE:
        return None
    latest = max((other.received_at for other in conversation(store, item) if other.kind is ItemKind.MESSAGE),
                 default=item.received_at)
    return latest + MESSENGER_WINDOW


def check_answer(store: Store, item: InboxItem, text: str, *, private: bool = False) -> list[str]:
    """What stops this answer, in the officer's words: empty, over the network's limit, or personal data (an
    e-mail address, a phone number, an address, a citizen service number, a bank account) in a public answer."""
    channel = _channel(store, item)
    if len(text) > CHECKED_MAX:  # a paste gone wrong: counted and searched at every key press, it froze the window
        from services.i18n import number_text

        return [translate("Inbox", "The answer is far too long for any network ({count} characters). Shorten it "
                                   "first; then it is checked.").format(count=number_text(len(text)))]
    problems = []
    if not text.strip():
        problems.append(translate("Inbox", "The answer is empty."))
    length = check_text(channel.network, text, max_characters=channel.max_characters)
    if not length.ok:
        problems.append(translate("Inbox", "The answer is too long for {channel}: {used} of {limit}.").format(
            channel=channel.name, used=length.used, limit=length.limit))
    public = not private and not item.is_private
    if public:
        found = personal_data_in(_MENTIONS.sub(" ", text))  # a mention is an address on the network, no e-mail
        if found:
            problems.append(translate("Inbox", "This answer is public and holds personal data ({what}). Take it to a "
                                               "private message, or leave the personal data out.").format(
                what=", ".join(value for _kind, value in found[:3])))
    return problems


def with_mention(store: Store, item: InboxItem, text: str) -> str:
    """The answer as it goes out: on Mastodon it starts with the resident's `@acct` (added when missing, whatever
    wrote the text: the command line, the tab with or without a template, "take it to a private message"), for
    a status reaches only the accounts it mentions, and a private one without it reaches nobody. Bluesky's answer
    threads by its `reply` reference and reaches the resident without a mention (a typed one is sent as a facet);
    Facebook's reply to a comment or in Messenger reaches its author by itself."""
    channel = _channel(store, item)
    mention = mention_of(item, channel).strip()
    if channel.network is not Network.MASTODON or not mention:
        return text
    stripped = text.lstrip()
    if stripped == mention or stripped.startswith(mention + " ") or stripped.startswith(mention + "\n"):
        return text
    return f"{mention} {stripped}"


def answer_problems(store: Store, item: InboxItem, text: str, now: datetime, *, private: bool = False,
                    answer: InboxAnswer | None = None) -> list[str]:
    """Everything that stops this answer, in the officer's words; empty when it may go out. The same rules for the
    composer (`queue_answer`) and for the outbox just before an answer leaves (services/inbox_sending.py), so an
    answer that came in another way (a handover file) is held to them too: a network Omroeper answers on, a
    message still there to thread under, Messenger's window and Bluesky's lack of private messages, the counting
    rule and the privacy check (`check_answer`), and one answer per item: none while another one of it waits
    (queued before it, being sent, unconfirmed) or was published. `answer` is the stored answer being checked
    (None for a new one, which comes after every stored one). A resident who writes again makes a new item, and
    that one gets its own answer."""
    if _channel(store, item).network not in (Network.MASTODON, Network.BLUESKY, Network.FACEBOOK):
        return [translate("Inbox", "Omroeper cannot answer on {network} itself: answer there, and log the answer "
                                   "by hand.").format(network=item.network)]
    if item.deleted_there_at is not None and not private:
        return [translate("Inbox", "The resident deleted this message, so an answer cannot be threaded under it.")]
    if private or (item.kind is ItemKind.MESSAGE and item.network == Network.FACEBOOK.value):
        # A Messenger message is answered in Messenger, only inside its window.
        why = private_possible(store, item, now)
        if why:
            return [why]
    for other in answers_of(store, item):
        if answer is not None and other.id == answer.id:
            continue
        if other.state is DeliveryState.PUBLISHED:
            return [translate("Inbox", "This message has been answered already. If the resident writes again, "
                                       "answer that new message.")]
        earlier = answer is None or (other.created_at, other.id) < (answer.created_at, answer.id)
        if other.state in (DeliveryState.SENDING, DeliveryState.UNCONFIRMED) or \
                (other.state is DeliveryState.QUEUED and earlier):
            return [translate("Inbox", "An answer to this message already waits in the outbox: it is sent at "
                                       "the next run. Wait for it before writing another.")]
    return check_answer(store, item, text, private=private)


def queue_answer(store: Store, item: InboxItem, text: str, now: datetime, *, staff_id: str | None = None,
                 template_id: str | None = None, private: bool = False) -> InboxAnswer:
    """Puts the answer into the outbox (raises KnownError with what stops it, `answer_problems`, nothing stored
    then), with the mention Mastodon needs in front (`with_mention`). The item shows it waits; the outbox's next
    run checks it once more, sends it exactly once, threaded under the resident's message, with the item's
    visibility (a private message privately), and marks the item answered. The answer's kept draft
    (services/answer_drafts.py) goes in the same transaction."""
    text = with_mention(store, item, text)
    problems = answer_problems(store, item, text, now, private=private)
    if problems:
        raise KnownError(" ".join(problems))
    visibility = Visibility.DIRECT if private else item.visibility
    answer = InboxAnswer(item_id=item.id, channel_id=item.channel_id, body=text, visibility=visibility,
                         private=private, staff_id=staff_id, template_id=template_id, state=DeliveryState.QUEUED)
    with store.transaction():
        store.save(answer)
        if item.owner_id is None and staff_id is not None:
            store.update_fields(item, owner_id=staff_id)
        drop_draft(store, item.id)
    return answer


def take_private(store: Store, item: InboxItem, text: str, now: datetime, **who: Any) -> InboxAnswer:
    """"Take it to a private message": one step (see `private_possible` for where it cannot)."""
    return queue_answer(store, item, text, now, private=True, **who)


def answer_waiting(store: Store, item: InboxItem) -> InboxAnswer | None:
    """The item's answer still on its way (the item says it waits), or None."""
    found = store.find(InboxAnswer, "item_id = ? AND state IN (?, ?, ?)",
                       [item.id, DeliveryState.QUEUED.value, DeliveryState.SENDING.value,
                        DeliveryState.UNCONFIRMED.value], order_by="created_at DESC")
    return found[0] if found else None


def _channel(store: Store, item: InboxItem) -> ChannelAccount:
    channel = store.get(ChannelAccount, item.channel_id, include_deleted=True)
    if channel is None:
        raise KnownError(translate("Inbox", "The channel of this message is no longer there."))
    return channel


def find_item(store: Store, item_id: str) -> InboxItem:
    """The item with this id (or the only one whose id starts with it, as the command line takes it)."""
    item = store.get(InboxItem, item_id)
    if item is None and len(item_id) >= 6:
        found = store.find(InboxItem, "id LIKE ?", [item_id.replace("%", "").replace("_", "") + "%"])
        item = found[0] if len(found) == 1 else None
    if item is None:
        raise KnownError(translate("Inbox", "There is no inbox item {id}. `inbox list` shows the ids.").format(
            id=item_id[:60]))
    return item


# ---- the response clock ---------------------------------------------------------------------------------------

def load_target(store: Store, *, years: tuple[int, ...] = ()) -> ResponseTarget:
    """The municipality's response target from Preferences (8 hours, whole days, by default), with its public
    holidays when they are left out of the count (for `years`: by default this year and the next)."""
    from services.preferences import load_municipality

    municipality = load_municipality(store)
    hours = store.get_setting(TARGET_HOURS, 8.0)
    office = store.get_setting(OFFICE_HOURS, "")
    span = None
    if isinstance(office, str) and "-" in office:
        try:
            start, end = (time.fromisoformat(part.strip()) for part in office.split("-", 1))
            span = (start, end) if end > start else None
        except ValueError:
            span = None
    holidays: frozenset[date] = frozenset()
    if store.get_setting(SKIP_HOLIDAYS, False) is True:
        from services.holiday_calendar import holidays_in_year

        now_year = store.clock().astimezone(ZoneInfo(municipality.time_zone)).year
        found: set[date] = set()
        for year in years or (now_year - 1, now_year, now_year + 1):
            found |= set(holidays_in_year(municipality.country, municipality.region, year, "en"))
        holidays = frozenset(found)
    return ResponseTarget(hours=float(hours) if isinstance(hours, (int, float)) and hours > 0 else 8.0,
                          office_hours=span, skip_weekends=store.get_setting(SKIP_WEEKENDS, False) is True,
                          holidays=holidays, time_zone=municipality.time_zone)


def save_target(store: Store, hours: float, office_hours: str = "", skip_weekends: bool = False,
                skip_holidays: bool = False) -> None:
    with store.transaction():
        store.set_setting(TARGET_HOURS, hours)
        store.set_setting(OFFICE_HOURS, office_hours)
        store.set_setting(SKIP_WEEKENDS, skip_weekends)
        store.set_setting(SKIP_HOLIDAYS, skip_holidays)


# ---- the command line's form ----------------------------------------------------------------------------------

def item_json(item: InboxItem, channel_name: str) -> dict[str, Any]:
    """One item as `inbox list --json` gives it: instants in ISO 8601 UTC, the text as plain text."""
    def iso(moment: datetime | None) -> str | None:
        return to_utc_text(moment).replace(".000000Z", "Z") if moment else None

    return {"id": item.id, "network": item.network, "channel": channel_name, "kind": item.kind.value,
            "author": item.author_handle, "author_name": item.author_name, "text": item.text,
            "received_at": iso(item.received_at), "answered_at": iso(item.answered_at), "state": item.state.value,
            "url": item.url, "visibility": item.visibility.value, "owner": item.owner_id,
            "edited_at": iso(item.edited_at), "deleted_there_at": iso(item.deleted_there_at),
            "answers_post_id": item.answers_post_id, "conversation": item.conversation_key}
