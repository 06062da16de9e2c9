"""The inbox on the command line, for the task scheduler and for checks: `inbox sync`, `inbox list`, `inbox reply`
and `inbox done`. Hooked into the program's parser by `add_parsers(subparsers)`; `run(args, store)` returns the
exit code (0 done, 1 an account failed or the item cannot be answered as asked)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from services.errors import EXIT_FAILED, EXIT_OK, KnownError, translate
from ui.terminal import terminal_text


def add_parsers(subparsers: Any) -> None:
    inbox = subparsers.add_parser("inbox", help="residents' replies, mentions and messages")
    actions = inbox.add_subparsers(dest="inbox_command", metavar="ACTION", required=True)
    actions.add_parser("sync", help="fetch what is new from every account (exit 1 when one failed)")
    listed = actions.add_parser("list", help="list the items (open ones unless --state says otherwise)")
    listed.add_argument("--json", action="store_true", help="one JSON array, one object per item")
    listed.add_argument("--state", choices=["open", "answered", "done", "all"], default="open")
    reply = actions.add_parser("reply", help="put an answer into the outbox (publish-due sends it)")
    reply.add_argument("id")
    reply.add_argument("--text", required=True)
    reply.add_argument("--private", action="store_true", help="take it to a private message")
    done = actions.add_parser("done", help="close an item without an answer")
    done.add_argument("id")


def _say(text: str, *, err: bool = False) -> None:
    print(terminal_text(text, keep="\n\t"), file=sys.stderr if err else sys.stdout, flush=True)


def run(args: argparse.Namespace, store: Any) -> int:
    from models.channel import ChannelAccount
    from models.inbox import ItemState
    from services.inbox import InboxQuery, find_item, item_json, list_items, mark_done, queue_answer

    now = store.clock()
    if args.inbox_command == "sync":
        from services.inbox_sync import sync_inbox
        from services.networks.registry import client_for

        report = sync_inbox(store, client_for, now)
        for line in report.lines():
            _say(line)
        for line in report.failures:
            _say(line, err=True)
        return EXIT_FAILED if report.failed else EXIT_OK
    if args.inbox_command == "list":
        state = None if args.state == "all" else ItemState(args.state)
        items = list_items(store, InboxQuery(state=state, limit=1_000_000))
        names = {channel.id: channel.name for channel in store.find(ChannelAccount, include_deleted=True)}
        if args.json:
            print(json.dumps([item_json(item, names.get(item.channel_id, "")) for item in items],
                             ensure_ascii=False))
            return EXIT_OK
        for item in items:  # each field cleaned on its own: a tab or line break in one cannot make a column or row
            fields = [item.id, item.state.value, names.get(item.channel_id, ""), item.author_handle,
                      item.received_at.isoformat(timespec="minutes"), " ".join(item.text.split())[:100]]
            print("\t".join(" ".join(terminal_text(field).split()) for field in fields), flush=True)
        if not items:
            _say(translate("Inbox", "Nothing in the inbox with this state."))
        return EXIT_OK
    item = find_item(store, args.id)
    if args.inbox_command == "done":
        mark_done(store, item)
        _say(translate("Inbox", "Closed without an answer."))
        return EXIT_OK
    from services.staff import current_answerer

    answerer = current_answerer(store, now.date())
    try:
        queue_answer(store, item, args.text, now, staff_id=answerer.id if answerer else None, private=args.private)
    except KnownError as error:
        _say(error.message, err=True)
        return EXIT_FAILED
    _say(translate("Inbox", "The answer waits in the outbox; the next run (or publish-due) sends it."))
    return EXIT_OK
