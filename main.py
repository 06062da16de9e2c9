"""Omroeper's composition root: parse the arguments, resolve the data folder once, open the store, build the
window (or run a command for scripting and exit)."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence
from datetime import date
from functools import partial
from pathlib import Path
from types import TracebackType

from models import APP_VERSION

log = logging.getLogger("omroeper")

APP_NAME = "Omroeper"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The options and, when one is given, the command with its arguments. One argparse parser holds every
    command, so that its usage and error messages show them all; it is built only when the arguments hold more
    than the window's two options, written out in full (its 25 sub-parsers and their modules are half
    of what reading the arguments costs, on every start of the window). Anything else (a command, --help,
    --version, an abbreviation, a mistake) is read by the whole parser, with its usage and messages."""
    arguments = list(argv)
    window_options = argparse.ArgumentParser(add_help=False, exit_on_error=False, allow_abbrev=False)
    _add_window_options(window_options)
    try:
        options, rest = window_options.parse_known_args(arguments)
    except argparse.ArgumentError:
        rest = arguments
    if not rest:
        options.command = None
        return options
    return whole_parser().parse_args(arguments)


def whole_parser() -> argparse.ArgumentParser:
    """The program's parser with every option and command."""
    from ui.command_line import add_commands

    parser = argparse.ArgumentParser(prog="omroeper", description="The social media desk of a small municipality.")
    parser.add_argument("--version", action="version", version=f"Omroeper {APP_VERSION}")
    _add_window_options(parser)
    add_commands(parser)
    return parser


def data_folder(text: str) -> Path:
    """--data-dir's value. An empty one (a script's unset variable) is refused: it would make the current folder,
    whatever it is, the data folder."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty name is no folder (an unset variable in a script?)")
    return Path(text)


def _add_window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=data_folder, help="use this data folder instead of the user's own")
    parser.add_argument("--demo", action="store_true", help="fill a new, empty data folder with a demo municipality")


def default_data_dir() -> Path:
    """The OS's per-user application data folder (QStandardPaths AppDataLocation)."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("")
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        data_dir = (args.data_dir or default_data_dir()).expanduser().resolve()
    except (OSError, RuntimeError) as error:  # Python 3.11's resolve() raises RuntimeError for a loop of links
        from services.errors import EXIT_REFUSED

        print(f"omroeper: the data folder {args.data_dir} cannot be used: {error}", file=sys.stderr)
        return EXIT_REFUSED
    if args.command:
        from ui.command_line import run_command

        try:
            if args.command == "report":  # the report's PDF is drawn with Qt's GUI module
                from ui.report_pdf import painting_app, write_report_pdf

                painting_app()
                return run_command(args, data_dir, pdf_writer=write_report_pdf)
            return run_command(args, data_dir)
        except BrokenPipeError:  # the reader stopped reading (`channels list | head`): what it wanted, it has
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # Python's own flush at exit
            return 0
    return run_gui(args, data_dir)


def run_gui(args: argparse.Namespace, data_dir: Path) -> int:
    gc.disable()  # while the start builds what lives until Omroeper quits: see settle_start_up
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from services.errors import EXIT_FAILED, EXIT_REFUSED, KnownError
    from services.i18n import choose_language, install_translators
    from services.instance_lock import acquire, release
    from services.logging_setup import configure_logging
    from ui.icons import app_icon
    from ui.stop_signals import StopSignals
    from ui.wheel_guard import install_wheel_guard

    try:
        app = QApplication.instance() or QApplication([sys.argv[0]])
        app.setApplicationName(APP_NAME)
        app.setApplicationVersion(APP_VERSION)
        install_wheel_guard(app)  # a field takes the mouse wheel only while it has the focus, in every window
        app.setWindowIcon(app_icon())  # every window's, the taskbar's
        # `kill` and Ctrl+C quit as File > Quit does; before the window exists (a refusal or a damaged store waiting
        # for OK) they end that dialog (`exit` leaves every event loop, a dialog's too), and the start ends in good
        # order.
        stop_signals = StopSignals(app.exit, app)
        # The language first (ui.ini is only read): every problem with the folder below is told in it.
        ui_settings = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)
        language = choose_language(str(ui_settings.value("language", "")))
        _translators = install_translators(app, language)  # alive as long as the app runs
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            log_path = configure_logging(data_dir)
        except OSError as error:
            from services.instance_lock import folder_error

            tell_refusal(folder_error(data_dir, error).message)
            return EXIT_FAILED
        sys.excepthook = partial(show_uncaught, log_path)
        log.info("Omroeper %s starting on %s (language %s)", APP_VERSION, data_dir, language)

        try:
            lock = acquire(data_dir)
        except KnownError as error:
            log.warning("%s", error.message)
            tell_refusal(error.message)
            return EXIT_REFUSED
        opened = open_window(data_dir, ui_settings, demo=args.demo)
        if opened is None:
            release(lock, data_dir)
            return EXIT_REFUSED
        store, window = opened
        window.offer_first_start()
        window.show()
        stop_signals.stop_with(window.quit)
    finally:
        settle_start_up()
    QTimer.singleShot(2000, partial(_daily_backup, store, data_dir))
    code = app.exec()
    stop_signals.release()
    _wait_for_background_jobs(code)
    store.close()
    release(lock, data_dir)
    log.info("Omroeper stopped")
    return code


def open_store(data_dir: Path):  # type: ignore[no-untyped-def]
    """Opens the store; on a problem explains it and offers a backup (a damaged file; a missing or empty one while
    a backup holds data). Returns None when the officer chose to quit."""
    from services.backup import BACKUP_DIR_NAME, check_not_lost
    from services.errors import KnownError, StoreError
    from services.store import STORE_FILE_NAME, Store

    path = data_dir / STORE_FILE_NAME
    may_start_anew = False
    while True:
        try:
            if not may_start_anew:
                check_not_lost(path, data_dir / BACKUP_DIR_NAME)
            return Store.open(path)
        except StoreError as error:
            log.warning("cannot open %s: %s", path, error.message)
            from ui.store_problem_dialog import StoreOutcome, offer_backup

            outcome = offer_backup(error, path, data_dir)
            if outcome is StoreOutcome.QUIT:
                return None
            may_start_anew = outcome is StoreOutcome.START_EMPTY
        except KnownError as error:
            log.warning("cannot open %s: %s", path, error.message)
            tell_refusal(error.message)
            return None


def open_window(data_dir: Path, ui_settings, demo: bool = False):  # type: ignore[no-untyped-def]
    """The store and the main window on it, or None when the officer chose to quit (or the demo could not be
    filled in). Damage deep inside the data file, its first pages whole, is not seen when the file is opened but at
    the first reads, which building the window makes: it is met as damage found at opening, with the backups
    offered, instead of ending every start with a message and no way to the backups."""
    from services.connectivity import is_online
    from services.errors import CorruptStoreError
    from ui.main_window import MainWindow

    while True:
        store = open_store(data_dir)
        if store is None:
            return None
        if demo and not _fill_demo(store):
            store.close()
            return None
        try:
            return store, MainWindow(store, data_dir, ui_settings, is_online)
        except CorruptStoreError as error:
            from ui.store_problem_dialog import StoreOutcome, offer_backup

            log.warning("cannot read %s: %s", store.path, error.message)
            store.close()
            if offer_backup(error, store.path, data_dir) is StoreOutcome.QUIT:
                return None


def _fill_demo(store) -> bool:  # type: ignore[no-untyped-def]
    """Fills a new store with the demo municipality. A store that holds data is left as it is, said in a dialog
    (the window is started from a menu as often as from a terminal) and in the log."""
    from services.demo import fill_demo
    from services.errors import KnownError

    try:
        fill_demo(store, date.today())
    except KnownError as error:
        log.warning("%s", error.message)
        tell_refusal(error.message)
        return False
    return True


def tell_refusal(message: str) -> None:
    """A start that cannot go on, said twice: in a dialog (started from a menu, the officer sees no terminal) and on
    the terminal, if any (started from one, the dialog may open behind it)."""
    from ui.messages import ProblemMessage

    print(f"omroeper: {message}", file=sys.stderr, flush=True)
    ProblemMessage(message).exec()


BACKGROUND_JOBS_WAIT_S = 150  # longer than a network request may take (120 s), with room for the run around it


def _wait_for_background_jobs(code: int) -> None:
    """Background jobs (an outbox run, the connection check, the daily backup) finish before the data folder is
    let go: an outbox run still sending while a second Omroeper took the folder would break "one Omroeper per
    folder", and a worker still running when Python tears itself down aborts the interpreter. Past
    BACKGROUND_JOBS_WAIT_S the process ends at once, the lock left in place: the next start takes it over, and an
    answer the network never gave is what the outbox settles at its next run, as after a power cut."""
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    if pool.waitForDone(8000):
        return
    log.warning("quitting: waiting for a background job (an outbox run?) before letting go of the data folder")
    if pool.waitForDone((BACKGROUND_JOBS_WAIT_S - 8) * 1000):
        return
    log.error("quitting: a background job did not finish within %d s; ending now", BACKGROUND_JOBS_WAIT_S)
    logging.shutdown()
    os._exit(code)


def settle_start_up() -> None:
    """What the start builds (the modules, Qt's wrappers, the window) lives until Omroeper quits, so the garbage
    collector, which would walk those objects again and again as they pile up and free next to nothing (a whole
    start leaves a few hundred objects of cyclic garbage), is off while they are built: from the start of run_gui
    to here (also on a refusal, and while a problem dialog of the start waits). Here they are moved out of its
    sight (`gc.freeze`), so that no later full collection walks them either, with the window frozen meanwhile, and
    it runs again as always for everything made from now on."""
    gc.freeze()
    gc.enable()


def _daily_backup(store, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Today's backup, off the GUI thread; a problem with it is logged and shown, never silent."""
    from services.backup import BACKUP_DIR_NAME, daily_backup
    from ui.background import run_in_background

    def done(path: Path | None) -> None:
        if path:
            log.info("daily backup written to %s", path)

    run_in_background(partial(daily_backup, store.path, data_dir / BACKUP_DIR_NAME, store.clock()), done)


def show_uncaught(log_path: Path, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Last line of defence: a known problem becomes its message; a bug is logged and shown with the log's path."""
    from services.errors import KnownError
    from ui.messages import ErrorDialog, ProblemMessage

    if isinstance(error, KeyboardInterrupt):  # Ctrl+C before the window's stop signals were set up: no bug
        log.info("stopped with Ctrl+C during the start")
        return
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:  # the window is gone: there is nothing to show it in any more
        log.error("unexpected error after the window closed", exc_info=(kind, error, tb))
        return
    if isinstance(error, KnownError):
        log.warning("%s", error.message)
        ProblemMessage(error.message).exec()
        return
    log.error("unexpected error", exc_info=(kind, error, tb))
    ErrorDialog(log_path).exec()


if __name__ == "__main__":
    sys.exit(main())
