"""The command-line front-end (`omroeper COMMAND ...`, for scripting and the OS task scheduler): no window,
messages in the user's language on stdout and stderr, and an exit code: 0 when all went well, 1 when something
failed, 2 when refused (a bad file, another Omroeper writing). main.py reads the arguments with the parser built
here. This module imports no Qt (the commands load the translations when they run), so a command starts fast.

The commands come in groups. A group is a module (or any object) with
    add_parsers(subparsers)          adds its commands to the program's parser (`subparsers.add_parser(...)`);
    run(args, store, data_dir) -> int  runs the one chosen (`args.command` names it) and returns the exit code;
and optionally
    writes(args) -> bool             whether it takes the data folder's lock (never beside a running Omroeper);
                                     without it, every command of the group does.
A new group is one more entry in COMMAND_GROUPS. Every line a command prints goes through
ui/terminal.py's `say`, which keeps control characters from a server, a file or the data off the terminal.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from services.errors import EXIT_FAILED, EXIT_OK, EXIT_REFUSED
from ui import archive_commands, inbox_commands, results_commands
from ui.command_dates import add_period
from ui.terminal import say

log = logging.getLogger("omroeper")


def add_commands(parser: argparse.ArgumentParser) -> None:
    """Every group's commands, on the program's own parser; each chosen command knows its group."""
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        before = set(commands.choices)
        group.add_parsers(commands)
        for name in set(commands.choices) - before:
            commands.choices[name].set_defaults(command_group=group)


def _add_parsers(commands: Any) -> None:
    """The built-in commands and their arguments."""
    ics = commands.add_parser("export-ics", help="write the planning as an iCalendar file")
    ics.add_argument("file", type=Path)
    add_period(ics)
    export = commands.add_parser("export-csv", help="write every post to a CSV file")
    export.add_argument("file", type=Path)
    imported = commands.add_parser("import-csv", help="add the posts of a CSV file; every row is checked first")
    imported.add_argument("file", type=Path)
    imported.add_argument("--dry-run", action="store_true", help="only check and report; write nothing")
    imported.add_argument("--import-valid", action="store_true",
                          help="add the valid rows even when other rows are bad")
    commands.add_parser("publish-due", help="send what is due now and exit (for the OS task scheduler)")
    paused = commands.add_parser("pause-all", help="crisis switch: stop every post not yet published, here and at "
                                                   "the networks")
    paused.add_argument("--reason", default="", help="why, shown with each paused post")
    commands.add_parser("resume-all", help="hand the paused posts back; those whose time passed wait for you")
    handover = commands.add_parser("handover", help="the handover file for a stand-in")
    handover_commands = handover.add_subparsers(dest="handover_command", metavar="ACTION", required=True)
    handover_export = handover_commands.add_parser("export", help="write the handover file (.omroeper)")
    handover_export.add_argument("file", type=Path)
    add_period(handover_export, first="first day (YYYY-MM-DD); default today",
               last="last day (YYYY-MM-DD); default everything after")
    handover_import = handover_commands.add_parser("import", help="check a handover file and merge it in")
    handover_import.add_argument("file", type=Path)
    handover_import.add_argument("--dry-run", action="store_true", help="only show what would change")
    handover_import.add_argument("--allow-deletions", action="store_true",
                                 help="merge also when the file deletes many records (more than 10, or a tenth, "
                                      "of the posts, channel texts, key dates or reply templates; any channel or "
                                      "staff member)")
    channels = commands.add_parser("channels", help="the municipality's channel accounts")
    channel_commands = channels.add_subparsers(dest="channel_command", metavar="ACTION", required=True)
    channel_commands.add_parser("list", help="list the accounts")
    add = channel_commands.add_parser("add", help="add an account; the secret is read from standard input")
    add.add_argument("network", choices=["mastodon", "bluesky", "facebook", "linkedin", "manual"])
    add.add_argument("--name", required=True)
    add.add_argument("--base-url", default="")
    add.add_argument("--handle", default="")
    add.add_argument("--page-id", default="", help="Facebook page id or LinkedIn organization id")
    add.add_argument("--for", dest="manual_for", choices=["instagram", "threads", "x", "whatsapp", "other"],
                     help="for a manual channel: the network it is posted to by hand, whose counting rule its texts "
                          "keep (Instagram 2,200 characters and 30 hashtags, Threads 500, X 280 weighted)")
    tested = channel_commands.add_parser("test", help="check an account's token with its network")
    tested.add_argument("name")


def _day(store, moment) -> str:  # type: ignore[no-untyped-def]
    """A day on the municipality's calendar as the interface's language writes it in a sentence ("14 August"),
    or "" for none."""
    if moment is None:
        return ""
    from services.i18n import date_text, local_moment
    from services.preferences import load_municipality

    return date_text(local_moment(moment, load_municipality(store).time_zone).date(), year=False)


def _when(store, post) -> str:  # type: ignore[no-untyped-def]
    """A post's time as the officer reads it: on the municipality's clock, written as the interface's language
    writes a date and time ("24 dec. 2026 10:00")."""
    from services.i18n import short_moment_text
    from services.preferences import load_municipality

    if post.scheduled_at is None:
        return ""
    return short_moment_text(post.scheduled_at, load_municipality(store).time_zone)


def run_command(args: argparse.Namespace, data_dir: Path, *, pdf_writer: Any = None) -> int:
    """Runs the command in `args` on the store in `data_dir` and returns the exit code. `pdf_writer` draws the
    monthly report (ui/report_pdf.py, passed in by main.py: services draw nothing themselves)."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from services.backup import BACKUP_DIR_NAME, check_not_lost
    from services.errors import CorruptStoreError, KnownError, MissingStoreError
    from services.i18n import choose_language, install_translators
    from services.logging_setup import configure_logging
    from services.store import STORE_FILE_NAME, Store

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    language = choose_language(str(QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat).value(
        "language", "")))
    _translators = install_translators(app, language)  # first: every problem below is told in the language
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        configure_logging(data_dir)
    except OSError as error:
        from services.instance_lock import folder_error

        say("{message}", err=True, message=folder_error(data_dir, error).message)
        return EXIT_FAILED
    lock = None
    try:
        from ui.command_dates import read_dates

        read_dates(args)  # now that the messages speak the user's language
        # A writer: not beside a running Omroeper. `resume-all` waits for another command's run to end (a window
        # holds the folder as long as it is open: its own Resume all is the way there); `pause-all` takes the lock
        # itself, after it paused (services/instance_lock.py, paused_at_once).
        group = args.command_group
        if getattr(group, "writes", _always)(args):
            from services.instance_lock import LOCK_WAIT, acquire

            lock = acquire(data_dir, command=args.command, wait=LOCK_WAIT if args.command == "resume-all" else None,
                           waiting=lambda line: say("{line}", line=line))
        check_not_lost(data_dir / STORE_FILE_NAME, data_dir / BACKUP_DIR_NAME)
        store = Store.open(data_dir / STORE_FILE_NAME)
        try:
            args.pdf_writer = pdf_writer  # for `report month`: drawn by the window's toolkit, not a service
            return _reporting_unreadable(group.run)(args, store, data_dir)
        finally:
            store.close()
    except (MissingStoreError, CorruptStoreError) as error:  # there is no restore command: the window restores
        from services.errors import translate

        say("{message}\n{advice}", err=True, message=error.message, advice=translate(
            "Commands", "Start Omroeper's window to restore that backup (or to begin anew on purpose).")
            if isinstance(error, MissingStoreError) else translate(
            "Commands", "Start Omroeper's window to restore a backup (it says so when there is none yet)."))
        log.warning("%s refused: %s", args.command, error.message)
        return EXIT_REFUSED
    except KnownError as error:
        say("{message}", err=True, message=error.message)
        log.warning("%s failed: %s", args.command, error.message)
        return EXIT_REFUSED
    finally:
        if lock is not None:
            from services.instance_lock import release

            release(lock, data_dir)


def _export_ics(args: argparse.Namespace, store, data_dir: Path) -> int:  # type: ignore[no-untyped-def]
    from services.errors import translate
    from services.ics_export import export_ics

    count = export_ics(store, args.file, args.start, args.end)
    say(translate("Commands", "Posts written to {path}: {count}."), path=args.file, count=count)
    return EXIT_OK


def _export_csv(args: argparse.Namespace, store, data_dir: Path) -> int:  # type: ignore[no-untyped-def]
    from services.csv_exchange import export_csv
    from services.errors import translate

    count = export_csv(store, args.file)
    say(translate("Commands", "Posts written to {path}: {count}."), path=args.file, count=count)
    return EXIT_OK


def _import_csv(args: argparse.Namespace, store, data_dir: Path) -> int:  # type: ignore[no-untyped-def]
    from services.csv_exchange import apply_import, read_csv
    from services.errors import translate

    report = read_csv(store, args.file)
    for line, reason in report.errors:
        say(translate("Commands", "line {line}: {reason}"), err=True, line=line, reason=reason)
    if report.duplicates:
        say(translate("Commands", "Rows already in the calendar, skipped: {count}."), count=len(report.duplicates))
    if report.gone_out:
        say(translate("Commands", "Rows of posts that were published already, skipped: {count}."),
            count=len(report.gone_out))
    say(translate("Commands", "Rows valid: {valid}; with a problem: {bad}."), valid=len(report.valid),
        bad=len(report.errors))
    if args.dry_run or (report.errors and not args.import_valid):
        if report.errors and not args.dry_run:
            say(translate("Commands", "Nothing was imported. Fix the rows above, or add --import-valid."))
        return EXIT_FAILED if report.errors else EXIT_OK
    added = apply_import(store, report)  # backs the data file up first
    say(translate("Commands", "Posts added: {count}."), count=added)
    return EXIT_FAILED if report.errors else EXIT_OK


def _publish_due(args: argparse.Namespace, store, data_dir: Path) -> int:  # type: ignore[no-untyped-def]
    """Sends what is due. While a handover file has the sending (services/sending.py) it says so and sends
    nothing: that is how it should be, so the exit code is 0."""
    from services.errors import translate
    from services.networks.registry import client_for
    from services.outbox import run_outbox
    from services.sending import handed_to, stopped_message

    handed = handed_to(store)
    if handed is not None:
        say(stopped_message(handed, _day(store, handed.since)))
        return EXIT_OK
    report = run_outbox(store, client_for, store.clock())
    say(translate("Commands", "Published: {published}; handed to a network's schedule: {handed}; waiting: "
                              "{waiting}; overdue (you decide): {overdue}; unconfirmed (you decide): {unconfirmed}."),
        published=report.published, handed=report.handed_over, waiting=report.waiting, overdue=report.overdue,
        unconfirmed=report.unconfirmed)
    from services.delivery import count_awaiting_decision

    waiting = count_awaiting_decision(store)
    if waiting:
        say(translate("Commands", "1 channel text waits for your decision: open the calendar.") if waiting == 1
            else translate("Commands", "{count} channel texts wait for your decision: open the calendar.").format(
                count=waiting))
    _tell_run(report)
    return EXIT_FAILED if report.failed else EXIT_OK


def _tell_run(report) -> None:  # type: ignore[no-untyped-def]
    """What an outbox run has to say besides its figures: a budget spent (what is left goes at the next run) on
    stdout, each failure on stderr."""
    from services.errors import translate

    if report.out_of_time:
        left = report.left_for_next_run
        waiting = translate("Commands", "1 post waits for the next run.") if left == 1 else translate(
            "Commands", "{count} posts wait for the next run.").format(count=left)
        say(translate("Commands", "This run stopped starting requests after {seconds} seconds, so that no slow "
                                  "server holds it; {waiting}"), seconds=report.budget_seconds, waiting=waiting)
    for line in report.failures:
        say("{line}", err=True, line=line)


def _pause_all(args: argparse.Namespace, store, data_dir: Path) -> int:  # type: ignore[no-untyped-def]
    """Pauses at once (also while a `publish-due` run holds the data folder), then, holding the folder, takes back
    what the networks hold (see paused_at_once)."""
    from services.instance_lock import paused_at_once

    with paused_at_once(store, data_dir, args.reason, say=lambda line: say("{line}", line=line)) as paused:
        return _take_back_paused(store, paused)


def _take_back_paused(store, paused) -> int:  # type: ignore[no-untyped-def]
    from services.crisis import still_held
    from services.errors import translate
    from services.networks.registry import client_for
    from services.outbox import run_outbox
    from services.sending import handed_to, stopped_message

    handed = handed_to(store)
    # Without the sending, the run only takes paused posts back from the networks' schedules (what this laptop
    # handed over before the handover; services/sending.py): it never sends.
    report = run_outbox(store, client_for, store.clock())
    held = still_held(store)
    if handed is not None:
        say(translate("Commands", "Paused here: {posts} posts; taken back from a network's schedule: {taken}."),
            posts=paused.posts, taken=report.taken_back)
        _tell_run(report)
        held = [(post, variant) for post, variant in held if post.paused_at is not None]
        say(stopped_message(handed, _day(store, handed.since)) + " " + translate(
            "Commands", "Ask them to pause too: posts their laptop sends, or handed to a network since the "
                       "handover, still go out."), err=True)
    else:
        say(translate("Commands", "Paused: {posts} posts; taken back from a network's schedule: {taken}."),
            posts=paused.posts, taken=report.taken_back)
        _tell_run(report)
    if held:
        from models.channel import ChannelAccount

        names = {channel.id: channel.name for channel in store.find(ChannelAccount, include_deleted=True)}
        say(translate("Commands", "Still in a network's own schedule, and published there unless you remove it "
                                  "by hand (or run pause-all again once the problem above is solved):"), err=True)
        for post, variant in held:
            say("  {channel}: {when} {title}", err=True, channel=names.get(variant.channel_id, "?"),
                when=_when(store, post), title=post.title or post.body[:60])
    return EXIT_FAILED if report.failures or held or handed is not None else EXIT_OK


def _resume_all(args: argparse.Namespace, store, data_dir: Path) -> int:  # type: ignore[no-untyped-def]
    from services.crisis import resume_all
    from services.errors import translate
    from services.networks.registry import client_for
    from services.outbox import run_outbox
    from services.sending import handed_to, stopped_message

    resumed = resume_all(store, store.clock())
    handed = handed_to(store)
    if handed is not None:  # nothing goes out from here: the laptop with the sending resumes its own
        say(translate("Commands", "Resumed here: {posts} posts."), posts=resumed.posts)
        say(stopped_message(handed, _day(store, handed.since)) + " " + translate(
            "Commands", "Ask them to resume too: the posts go out from their laptop."))
        return EXIT_OK
    report = run_outbox(store, client_for, store.clock())
    say(translate("Commands", "Resumed: {posts} posts; handed to a network's schedule: {handed}."),
        posts=resumed.posts, handed=report.handed_over)
    for post in resumed.passed:
        assert post.scheduled_at is not None
        say(translate("Commands", "Its time has passed, you decide: {when} {title}"),
            when=_when(store, post), title=post.title or post.body[:60])
    _tell_run(report)
    return EXIT_FAILED if report.failures else EXIT_OK


def _handover(args: argparse.Namespace, store, data_dir: Path) -> int:  # type: ignore[no-untyped-def]
    """`handover export` and `handover import`. An import that deletes many records (more than 10, or more than a
    tenth, of the posts, channel texts, key dates or reply templates; any channel or staff member: see
    MergePlan.many_deleted) is refused without --allow-deletions (exit 2, nothing written); --dry-run shows the
    plan either way. Records the store could not read (left out of an export) are listed on stderr. An export
    hands the sending over (said before the file is written), and is refused while the sending is with another
    laptop; an import says whether it brings the sending to this laptop (services/sending.py)."""
    from services.errors import KnownError, translate
    from services.handover import HandoverNote, export_handover, read_handover

    if args.handover_command == "import":
        from services.merge import plan_merge
        from services.merge_apply import apply_merge

        handover = read_handover(args.file)
        try:
            plan = plan_merge(store, handover)
            refused = plan.deletes_many and not args.allow_deletions and not args.dry_run
            if not args.dry_run and not refused:
                apply_merge(store, handover, plan, store.clock())
        finally:
            handover.discard()
        if refused:
            say("{lines}", err=True, lines=[*plan.lines(), plan.sending_line])
            say("{deletions} {advice}", err=True, deletions=" ".join(plan.deletion_lines()), advice=translate(
                "Commands", "Nothing was written. Check the file with --dry-run; to merge it all the same, add "
                           "--allow-deletions."))
            return EXIT_REFUSED
        say((translate("Commands", "Would change (nothing was written):") if args.dry_run else
             translate("Commands", "Imported; a backup was taken first:")) + "\n{lines}",
            lines=[*plan.lines(), plan.sending_line])
        if args.dry_run and plan.deletes_many:
            say(translate("Commands", "It deletes many records: to merge it, add --allow-deletions."))
        return EXIT_OK
    from zoneinfo import ZoneInfo

    from services.files import check_target
    from services.handover import check_can_hand_over
    from services.preferences import load_municipality
    from services.sending import announcement, recipient
    from ui.command_dates import check_period

    now = store.clock()
    today = now.astimezone(ZoneInfo(load_municipality(store).time_zone)).date()
    if args.start is None and args.end is not None and args.end < today:  # without --from the file starts today
        raise KnownError(translate("Commands", "--to {end} lies before today ({today}), where the handover file "
                                               "starts without --from: give a later --to, or a --from.").format(
            end=args.end.isoformat(), today=today.isoformat()))
    check_period(args.start, args.end)
    check_can_hand_over(store)  # before saying that the sending goes
    check_target(args.file)
    to = recipient(store, today)
    say(announcement(to))  # before the file is written: from now on this laptop sends nothing
    manifest = export_handover(store, args.file, HandoverNote(), now, args.start, args.end, to=to)
    from services.i18n import date_text

    say(translate("Commands", "Handover file written: {path} (from {start}).").format(
        path=args.file, start=date_text(date.fromisoformat(manifest["from"]))))
    return EXIT_OK


def _tell_unreadable(store: Any) -> None:
    """On stderr: the records this command's reads could not read and left out (the log has each one)."""
    from services.errors import translate

    count = len(store.unreadable)
    if count:
        say(translate("Commands", "1 record could not be read and was left out; see the log.") if count == 1 else
            translate("Commands", "{count} records could not be read and were left out; see the log.").format(
                count=count),
            err=True)
        for line in store.unreadable.lines():
            say("  {line}", err=True, line=line)


Command = Callable[[argparse.Namespace, Any, Path], int]


def _reporting_unreadable(command: Command) -> Command:
    """The command, followed on stderr by the records its reads could not read and left out: a damaged or foreign
    row never stops a command (an export included), and is never left out silently."""
    def run(args: argparse.Namespace, store: Any, data_dir: Path) -> int:
        try:
            return command(args, store, data_dir)
        finally:
            _tell_unreadable(store)
    return run


def _channels(args: argparse.Namespace, store, data_dir: Path) -> int:  # type: ignore[no-untyped-def]
    """`channels list` (a header line, then one line per account, tab-separated; removed accounts whose network
    still holds posts of ours are listed too: their token stays until those are taken back; none at all is said
    so, with how to add one), `channels add`, `channels test`."""
    from models.channel import ChannelAccount, ManualNetwork, Network
    from services.channels import add_channel, check_connection, find_channel, removed_but_holding
    from services.errors import KnownError, translate

    if args.channel_command == "list":
        listed = store.find(ChannelAccount, order_by="name")
        removed = removed_but_holding(store)
        say("{name}\t{network}\t{address}\t{token}", name=translate("Commands", "Channel"),
            network=translate("Commands", "Network"), address=translate("Commands", "Address"),
            token=translate("Commands", "Token"))
        if not listed and not removed:
            say(translate("Commands", "No channels yet: add one with “channels add NETWORK --name NAME”."))
        for channel in listed:
            if channel.network is Network.MANUAL:
                token = translate("Commands", "posted by hand")
            else:
                token = translate("Commands", "token stored") if channel.has_secret else "–"
            problem = f"  ⚠ {channel.last_error}" if channel.last_error else ""
            network = channel.network.value + (f" ({channel.manual_network.value})" if channel.manual_network else "")
            say("{name}\t{network}\t{address}\t{token}{problem}", name=channel.name, network=network,
                address=channel.base_url or "-", token=token, problem=problem)
        for channel, held in removed:
            say("{name}\t{network}\t{address}\t{state}", name=channel.name, network=channel.network.value,
                address=channel.base_url or "-", state=translate(
                    "Commands", "removed; %n post(s) still in the network's own schedule are taken back at the next "
                                "run, and the token stays stored until then", "", held))
        return EXIT_OK
    if args.channel_command == "add":
        if args.manual_for is not None and args.network != "manual":  # before the token is asked for
            raise KnownError(translate("Commands", "--for names the network a channel posted to by hand is for: "
                                                   "use it with “channels add manual”."))
        manual_network = ManualNetwork("" if args.manual_for in (None, "other") else args.manual_for)
        secret = ""
        if args.network != "manual":
            secret = _read_token(translate("Commands", "Access token or app password: "))
        channel = add_channel(store, Network(args.network), args.name, secret, base_url=args.base_url,
                              handle=args.handle, external_id=args.page_id, manual_network=manual_network)
        say(translate("Commands", "Channel {name} added."), name=channel.name)
        return EXIT_OK
    info = check_connection(store, find_channel(store, args.name), store.clock())
    limit = f", {info.max_characters}" if info.max_characters else ""
    say(translate("Commands", "Connected as {account}{limit}."), account=info.name, limit=limit)
    return EXIT_OK


def _read_token(prompt: str) -> str:
    """The token from standard input, all of it: one copied from a PDF may come in pieces over several lines,
    which add_channel joins. On a terminal getpass reads one line without echo (and throws away the rest of a
    pasted text, so no piece of a token runs as a shell command or lands in the shell's history)."""
    if sys.stdin is None:
        return ""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    return sys.stdin.read(64 * 1024)


_COMMANDS: dict[str, Command] = {
    "export-ics": _export_ics, "export-csv": _export_csv, "import-csv": _import_csv, "publish-due": _publish_due,
    "channels": _channels, "pause-all": _pause_all, "resume-all": _resume_all, "handover": _handover}


def _run(args: argparse.Namespace, store: Any, data_dir: Path) -> int:
    """Runs one of the built-in commands."""
    return _COMMANDS[args.command](args, store, data_dir)


def _writes(args: argparse.Namespace) -> bool:
    """The built-in commands that take the data folder's lock: all but the exports, a dry run of a CSV import and
    `pause-all` (which pauses at once and takes the lock itself afterwards)."""
    if args.command == "import-csv":
        return not args.dry_run
    return args.command not in ("export-ics", "export-csv", "pause-all")


def _always(_args: argparse.Namespace) -> bool:
    return True


# The groups of commands, in the order `--help` lists them (see the module's docstring).
COMMAND_GROUPS: list[Any] = [
    SimpleNamespace(add_parsers=_add_parsers, run=_run, writes=_writes),
    SimpleNamespace(add_parsers=inbox_commands.add_parsers,
                    run=lambda args, store, _data_dir: inbox_commands.run(args, store)),
    SimpleNamespace(add_parsers=archive_commands.add_parsers, run=archive_commands.run,
                    writes=lambda _args: False),  # reads only: beside an open window too
    SimpleNamespace(add_parsers=results_commands.add_parsers,  # `results sync` stores figures; a report only reads
                    run=lambda args, store, _data_dir: results_commands.run(args, store, say,
                                                                            pdf_writer=args.pdf_writer),
                    writes=lambda args: args.command == "results"),
]
