"""The JSON Schema of the archive's JSON files, written into every archive beside them (and documented in the
README's "Archive" section), so that an archivist can read the records without Omroeper."""

from __future__ import annotations

from typing import Any

SCHEMA_FILE = "schema/omroeper-archive.schema.json"
FORMAT = "omroeper-archive/1"

_INSTANT = {"type": "string", "format": "date-time", "description": "an instant in UTC (RFC 3339, ending in Z)"}
_MAYBE_INSTANT = {"type": ["string", "null"], "format": "date-time",
                  "description": "an instant in UTC (RFC 3339, ending in Z), or null"}
_TEXT = {"type": "string"}


def _object(description: str, properties: dict[str, Any]) -> dict[str, Any]:
    """An object with exactly these properties, all required (a missing value is null or "", never absent)."""
    return {"type": "object", "description": description, "properties": properties,
            "required": list(properties), "additionalProperties": False}


ATTEMPT = _object("One try to publish a channel text, as the app logged it.", {
    "started_at": _INSTANT,
    "finished_at": _MAYBE_INSTANT,
    "outcome": {**_TEXT, "description": "published, failed, unconfirmed, ... as the app recorded it"},
    "url": {**_TEXT, "description": "the link the network answered with, or \"\""},
    "error": {**_TEXT, "description": "the network's or the app's reason for a failure, or \"\""},
})

PUBLICATION = _object("A post as it went out on one channel.", {
    "channel_id": _TEXT,
    "channel": {**_TEXT, "description": "the channel's name in the app"},
    "network": {**_TEXT, "description": "mastodon, bluesky, facebook, linkedin or manual"},
    "text": {**_TEXT, "description": "the text kept for this channel (the channel's own text, else the main text)"},
    "published_at": _MAYBE_INSTANT,
    "url": {**_TEXT, "description": "the link to the post on the network, or \"\" when the network gave none"},
    "remote_id": {**_TEXT, "description": "the network's id for the post"},
    "state": {**_TEXT, "description": "published, or the state the channel text is in now"},
    "last_changed_at": _MAYBE_INSTANT,
    "deleted_at": {**_MAYBE_INSTANT, "description": "when the channel text was removed in the app, or null"},
    "text_changed_since_sent": {"type": ["boolean", "null"], "description": (
        "true when the text kept differs from what was handed to the network (the store keeps a digest of that, "
        "not the old text); false when it is the same; null when the store has no digest to compare with")},
    "attempts": {"type": "array", "items": {"$ref": "#/$defs/attempt"}},
})

IMAGE = _object("An image of the post, in the order shown.", {
    "position": {"type": "integer"},
    "file": {"type": ["string", "null"], "description": (
        "the file in this archive (images/<sha256>.<type>), or null when the image file was missing")},
    "sha256": _TEXT,
    "mime_type": _TEXT,
    "width": {"type": "integer"},
    "height": {"type": "integer"},
    "alt_text": {**_TEXT, "description": "the description for people who cannot see the image"},
})

EVENT = _object("Something that happened to the post, in time order.", {
    "at": _INSTANT,
    "what": {"enum": ["created", "published", "changed_after_publishing", "channel_removed", "deleted"]},
    "channel": {**_TEXT, "description": "the channel's name, or \"\" for the post as a whole"},
})

POST = _object("A post published on one or more channels in the period (by the time it first went out).", {
    "id": _TEXT,
    "title": {**_TEXT, "description": "the title in the app (not published)"},
    "text": {**_TEXT, "description": "the main text; a channel may have had its own (see publications)"},
    "language": _TEXT,
    "campaign": _TEXT,
    "tags": {"type": "array", "items": _TEXT},
    "planned_at": _MAYBE_INSTANT,
    "time_zone": {**_TEXT, "description": "the municipality's time zone the time was planned in"},
    "created_at": _MAYBE_INSTANT,
    "last_changed_at": _MAYBE_INSTANT,
    "deleted_at": {**_MAYBE_INSTANT, "description": "when the post was deleted in the app, or null"},
    "publications": {"type": "array", "items": {"$ref": "#/$defs/publication"}},
    "images": {"type": "array", "items": {"$ref": "#/$defs/image"}},
    "events": {"type": "array", "items": {"$ref": "#/$defs/event"}},
})

CHANNEL = _object("A channel account of the municipality (never its token).", {
    "id": _TEXT,
    "name": _TEXT,
    "network": _TEXT,
    "for_network": {**_TEXT, "description": "for a channel posted to by hand: the network it is for, or \"\""},
    "address": {**_TEXT, "description": "the server's address (Mastodon, Bluesky), or \"\""},
    "handle": _TEXT,
    "account": {**_TEXT, "description": "the account's name as the network told it"},
    "deleted_at": _MAYBE_INSTANT,
})

MESSAGE = _object("A message that came in from a resident: a reply, a mention or a private message.", {
    "id": _TEXT,
    "network": _TEXT,
    "channel": {**_TEXT, "description": "the channel's name in the app"},
    "kind": {"enum": ["reply", "mention", "message"]},
    "author": {**_TEXT, "description": "the handle, e.g. jan@example.org or bob.test"},
    "author_name": {**_TEXT, "description": "the name shown on the network"},
    "text": {**_TEXT, "description": "the text as plain text"},
    "received_at": _INSTANT,
    "url": _TEXT,
    "post_id": {"type": ["string", "null"], "description": "the post it answers, when it answers one"},
    "conversation": {**_TEXT, "description": "an id shared by the messages of one conversation"},
    "state": {**_TEXT, "description": "open, answered or done"},
    "deleted_at": {**_MAYBE_INSTANT, "description": "when the resident removed it on the network, or null"},
})

ANSWER = _object("An answer the municipality gave to a message.", {
    "id": _TEXT,
    "message_id": _TEXT,
    "channel": _TEXT,
    "answered_by": {**_TEXT, "description": "the name of the staff member who answered"},
    "text": _TEXT,
    "answered_at": _MAYBE_INSTANT,
    "url": _TEXT,
    "state": {**_TEXT, "description": "sent, or where the answer is on its way"},
})

ABOUT = _object("What the archive holds.", {
    "format": {"const": FORMAT},
    "municipality": _TEXT,
    "time_zone": _TEXT,
    "from": {"type": ["string", "null"], "format": "date", "description": "the first day, or null for all"},
    "to": {"type": ["string", "null"], "format": "date", "description": "the last day, or null for all"},
    "search": {**_TEXT, "description": "the words searched for when the archive holds only matches, else \"\""},
    "written_at": _INSTANT,
    "posts": {"type": "integer"},
    "images": {"type": "integer"},
    "messages": {"type": "integer"},
    "answers": {"type": "integer"},
})

# Which file holds what: each file is one JSON array of these (about.json one object).
FILES = {"about.json": "about", "posts.json": "post", "channels.json": "channel", "messages.json": "message",
         "answers.json": "answer"}


def archive_schema() -> dict[str, Any]:
    """The schema: one definition per record kind, and per file which kind it holds (`x-files`)."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://omroeper.example/schema/omroeper-archive-1.json",
        "title": "Omroeper archive",
        "description": ("The records of an Omroeper archive. about.json holds one `about` object; posts.json, "
                        "channels.json, messages.json and answers.json each hold an array of `post`, `channel`, "
                        "`message` and `answer` objects. Instants are UTC; the CSV and HTML files show them on the "
                        "municipality's clock."),
        "x-files": FILES,
        "$defs": {"about": ABOUT, "post": POST, "publication": PUBLICATION, "image": IMAGE, "event": EVENT,
                  "attempt": ATTEMPT, "channel": CHANNEL, "message": MESSAGE, "answer": ANSWER},
        "oneOf": [{"$ref": "#/$defs/about"}, {"type": "array", "items": {"oneOf": [
            {"$ref": f"#/$defs/{kind}"} for kind in ("post", "channel", "message", "answer")]}}],
    }
