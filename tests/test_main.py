"""main.py as a newcomer runs it: in a real process, offscreen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from models import APP_VERSION
from models.post import Post
from services.store import STORE_FILE_NAME, Store

ROOT = Path(__file__).resolve().parent.parent


def run_main(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """main.py as a process. A window that opens is closed again half a second after its first paint by the
    benchmark's driver (bench/drive.py), which runs main.main() in its process and reports the paint."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = ([sys.executable, "-m", "bench.drive", "--seconds", "0.5", "--", *args]
               if "--data-dir" in args and "--version" not in args and "--help" not in args
               else [sys.executable, str(ROOT / "main.py"), *args])
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout, cwd=ROOT,
                          stdin=subprocess.DEVNULL)


def test_version_is_printed() -> None:
    result = run_main("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Omroeper {APP_VERSION}"


@pytest.mark.slow
def test_demo_fills_a_new_folder_and_the_window_opens(tmp_path: Path) -> None:
    result = run_main("--data-dir", str(tmp_path / "demo"), "--demo")
    assert result.returncode == 0, result.stderr
    assert "painted_at" in json.loads(result.stdout.strip().splitlines()[-1])
    store = Store.open(tmp_path / "demo" / STORE_FILE_NAME)
    assert len(store.find(Post)) > 20
    store.close()
    assert (tmp_path / "demo" / "logs" / "omroeper.log").read_text().count("starting") == 1


# main.py's window with each problem dialog printed instead of shown (it would wait for a click).
DIALOGS_PRINTED = """
import sys
sys.path.insert(0, {root!r})
from ui.messages import ProblemMessage
ProblemMessage.exec = lambda dialog: print("DIALOG:", dialog.text(), flush=True) or 0
import main
sys.exit(main.main({args!r}))
"""


@pytest.mark.slow
@pytest.mark.parametrize(("language", "said"), [("en_US.UTF-8", "already holds data"), ("nl_NL.UTF-8", "bevat al")])
def test_demo_refuses_a_store_that_holds_data_in_a_dialog(tmp_path: Path, language: str, said: str) -> None:
    """Started from a menu, the officer sees no terminal: the refusal is a dialog, in her language; started from a
    terminal, it is said there too."""
    folder = tmp_path / "data"
    store = Store.open(folder / STORE_FILE_NAME)
    store.save(Post(title="Echt werk"))
    store.close()
    script = DIALOGS_PRINTED.format(root=str(ROOT), args=["--data-dir", str(folder), "--demo"])
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=tmp_path,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": language, "LANGUAGE": ""})
    assert result.returncode == 2, result.stderr
    dialogs = [line for line in result.stdout.splitlines() if line.startswith("DIALOG:")]
    assert len(dialogs) == 1 and said in dialogs[0], result.stdout
    assert said in result.stderr  # and on the terminal that started it, if any
    store = Store.open(folder / STORE_FILE_NAME)
    assert [post.title for post in store.find(Post)] == ["Echt werk"]
    store.close()
    assert said in (folder / "logs" / "omroeper.log").read_text(encoding="utf-8")


def test_the_window_options_and_the_commands_parse() -> None:
    import main

    window = main.parse_args(["--data-dir", "x", "--demo"])
    assert (window.command, window.demo, window.data_dir) == (None, True, Path("x"))
    command = main.parse_args(["--data-dir", "x", "import-csv", "f.csv", "--dry-run"])
    assert (command.command, command.dry_run, command.file) == ("import-csv", True, Path("f.csv"))


ARGUMENT_LISTS = [
    [], ["--demo"], ["--data-dir", "x"], ["--data-dir=x", "--demo"], ["--data-dir", "x", "--data-dir", "y"],
    ["--data", "x"], ["--dem"], ["--d"], ["--d", "x"], ["--de"], ["--data-dir"], ["--data-dir", "--demo"],
    ["--demo=1"], ["--"], ["--", "--demo"], ["--demo", "--"], ["--", "pause-all"], ["-h"], ["--demo", "-h"],
    ["--he"], ["-hx"], ["--version"], ["--version", "--d"], ["-h", "--version"], ["--demo", "--help", "--version"],
    ["pause-all", "--version"], ["export-csv", "--version"], ["inbox", "--help", "--version"],
    ["--data-dir", "x", "pause-all", "--reason", "--version"], ["pause-all", "--d"], ["channels", "list"],
    ["channels"], ["--data-dir", "pause-all"], ["pause-all", "--data-dir", "x"], ["--no-such-option"], [""],
    ["--data-dir", ""], ["import-csv", "f.csv", "--dry-run"], ["--reason=x"],
]


def _outcome(parse, arguments: list[str]) -> tuple[object, str, str]:  # type: ignore[no-untyped-def]
    """What parsing gives: the options read, or the exit code; and what it printed."""
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            found: object = {key: value for key, value in vars(parse(arguments)).items() if key != "command_group"}
        except SystemExit as ended:
            found = ("exit", ended.code)
    return found, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("arguments", ARGUMENT_LISTS, ids=lambda arguments: " ".join(arguments) or "(none)")
def test_a_start_of_the_window_reads_its_arguments_as_the_whole_parser_does(arguments: list[str]) -> None:
    """The window's start reads its two options without building every command's parser: whatever is given, the
    outcome (options, exit code, usage, messages) is the whole parser's."""
    import main

    mine = _outcome(main.parse_args, arguments)
    whole = _outcome(lambda given: main.whole_parser().parse_args(given), arguments)
    if isinstance(whole[0], dict):
        whole[0].setdefault("command", None)
    assert mine == whole


def test_help_lists_the_commands_and_an_unknown_option_is_refused() -> None:
    shown = run_main("--help")
    assert shown.returncode == 0 and "export-ics" in shown.stdout and "handover" in shown.stdout
    refused = run_main("--no-such-option")
    assert refused.returncode == 2 and "--no-such-option" in refused.stderr


def test_a_mistake_in_the_arguments_is_answered_with_the_whole_usage() -> None:
    result = run_main("--data-dir")
    assert result.returncode == 2
    assert "COMMAND" in result.stderr and "--data-dir: expected one argument" in result.stderr


def test_a_reader_that_stops_reading_early_gets_no_traceback(tmp_path: Path) -> None:
    """`omroeper channels list | head -1`: the pipe closes after the first line; that is no error."""
    from models.channel import ChannelAccount, Network

    data = tmp_path / "data"
    store = Store.open(data / STORE_FILE_NAME)
    for number in range(3000):  # more lines than a pipe holds before the writer must wait for its reader
        store.save(ChannelAccount(network=Network.MANUAL, name=f"Kanaal {number:04}"))
    store.close()
    listing = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "channels", "list"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert listing.stdout is not None and listing.stdout.readline()
    listing.stdout.close()  # as `head -1` does
    _, errors = listing.communicate(timeout=60)
    assert b"Traceback" not in errors and listing.returncode == 0


WATCH_THE_COLLECTOR = """
import gc, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
import main

collections_while_building = []
def note(phase: str, info: dict) -> None:
    if phase == "start" and gc.get_freeze_count() == 0:  # before the start's objects were set aside
        collections_while_building.append(info["generation"])

def look() -> None:
    icon = app.windowIcon().pixmap(32).toImage()
    print(json.dumps({"frozen": gc.get_freeze_count(), "windows": len(app.topLevelWidgets()),
                      "icon_pixels": sum(icon.pixelColor(x, y).alpha() > 0 for x in range(32) for y in range(32)),
                      "collecting": gc.isenabled(), "collections_while_building": collections_while_building}),
          flush=True)
    for window in app.topLevelWidgets():
        window.close()
    app.quit()

QTimer.singleShot(0, look)  # the event loop's first turn: the window is built and shown
gc.collect()  # what came before main.main, out of the way
gc.callbacks.append(note)
sys.exit(main.main(["--data-dir", sys.argv[1], "--demo"]))
"""


@pytest.mark.slow
def test_once_the_window_is_up_it_has_its_icon_and_the_start_is_out_of_the_collectors_way(tmp_path: Path) -> None:
    """The windows and the taskbar show Omroeper's icon. A garbage collection walks the objects it tracks, with the
    window frozen meanwhile: none runs while the start builds what lives until Omroeper quits, and once the window
    is up that is set aside, so that collections walk only what came after, and do run again."""
    result = subprocess.run([sys.executable, "-c", WATCH_THE_COLLECTOR, str(tmp_path / "data")], capture_output=True,
                            text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60, cwd=ROOT,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["windows"] >= 1
    assert seen["icon_pixels"] > 32 * 32 * 0.8  # a rounded square, drawn
    assert seen["frozen"] > 20_000  # the modules, Qt's wrappers and the window: tens of thousands of objects
    assert seen["collections_while_building"] == []
    assert seen["collecting"]


@pytest.mark.slow
def test_a_start_refused_leaves_the_garbage_collector_running(tmp_path: Path) -> None:
    """The collector is off while the start builds the window; a start that cannot go on (here: the data folder is
    a file) turns it on again, so a process that goes on (a test, a script) collects as always."""
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("a file", encoding="utf-8")
    script = DIALOGS_PRINTED.format(root=str(ROOT), args=["--data-dir", str(not_a_folder)])
    script = script.replace("sys.exit(main.main(", "code = (main.main(")
    script += "import gc\nprint('COLLECTING:', gc.isenabled())\nsys.exit(code)\n"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=tmp_path,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 1, result.stderr
    assert any(line.startswith("DIALOG:") for line in result.stdout.splitlines()), result.stdout
    assert "COLLECTING: True" in result.stdout


STOP_FROM_OUTSIDE = """
import os, signal, sys
from datetime import date
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
import main

def write_then_be_stopped() -> None:
    window = next(widget for widget in app.topLevelWidgets() if isinstance(widget, QMainWindow))
    calendar = window.calendar()
    calendar.new_post_on(date(2026, 12, 14))
    QTest.keyClicks(calendar.composer.title_edit, "Brief aan de raad")  # typed, and stopped before the autosave
    from models.channel import ChannelAccount
    from models.inbox import InboxItem, ItemKind
    channel = window.store.find(ChannelAccount)[0]
    window.store.save(InboxItem(channel_id=channel.id, network=channel.network, kind=ItemKind.MENTION,
                                remote_id="1", text="Wanneer is de markt?", received_at=window.store.clock()))
    window.tabs.setCurrentIndex(1)
    inbox = window.inbox()
    inbox.refresh_list()
    QTest.keyClicks(inbox.answer_panel.answer_edit, "Dag Jan, de markt")  # and an answer, as quickly
    for name in sys.argv[2].split("+"):  # one after the other, as a logout may send them
        os.kill(os.getpid(), getattr(signal, name))

QTimer.singleShot(0, write_then_be_stopped)
sys.exit(main.main(["--data-dir", sys.argv[1], "--demo"]))
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX signal sent to the process itself")
@pytest.mark.parametrize("stop", ["SIGTERM", "SIGINT", "SIGHUP", "SIGTERM+SIGHUP"])
def test_a_stop_from_outside_quits_as_file_quit_does_and_keeps_what_was_typed(tmp_path: Path, stop: str) -> None:
    """`kill` (SIGTERM, also a system's shutdown), a closed terminal or a logout (SIGHUP, also right after SIGTERM)
    and Ctrl+C in the terminal (SIGINT), with a post and an answer to a resident half typed: both are saved, the
    window's size kept, and Omroeper stops in good order. SIGTERM and SIGHUP used to end the process on the spot,
    losing what was typed since the last autosave; Ctrl+C showed an "unexpected error"."""
    data = tmp_path / "data"
    result = subprocess.run([sys.executable, "-c", STOP_FROM_OUTSIDE, str(data), stop], capture_output=True,
                            text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60, cwd=ROOT,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    store = Store.open(data / STORE_FILE_NAME)
    assert "Brief aan de raad" in [post.title for post in store.find(Post)]
    assert [row[0] for row in store.query("SELECT body FROM answer_drafts")] == ["Dag Jan, de markt"]
    store.close()
    saved = (data / "ui.ini").read_text()
    assert "[window]" in saved and "\ngeometry=" in saved  # the window's size, for the next start
    log = (data / "logs" / "omroeper.log").read_text()
    assert f"asked to stop ({stop.split('+')[0]})" in log and "Omroeper stopped" in log
    assert not (data / "omroeper.lock").exists() and not (data / "omroeper.lock-holder").exists()


DIALOG_BEING_WRITTEN = """
import os, signal, sys
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
import main

def open_the_dialog() -> None:
    window = next(widget for widget in app.topLevelWidgets() if isinstance(widget, QMainWindow))
    QTimer.singleShot(0, lambda: write_then_be_stopped(window))
    if sys.argv[2] == "template":
        window.tabs.setCurrentIndex(window.tabs.indexOf(window.replies()))
        window.replies().new()  # the dialog, until the stop
    else:
        window.edit_preferences()

def write_then_be_stopped(window) -> None:
    if sys.argv[2] == "template":
        dialog = window.replies().open_dialog
        QTest.keyClicks(dialog.title_edit, "Afvalkalender")
        QTest.keyClicks(dialog.body_edit, "Beste {name}, de nieuwe afvalkalender ligt klaar.")
    else:
        dialog = next(widget for widget in app.topLevelWidgets() if widget.objectName() == "preferences_dialog")
        dialog.name_edit.selectAll()
        QTest.keyClicks(dialog.name_edit, "Gemeente in wording")
    os.kill(os.getpid(), signal.SIGTERM)

QTimer.singleShot(0, open_the_dialog)
sys.exit(main.main(["--data-dir", sys.argv[1], "--demo"]))
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX signal sent to the process itself")
@pytest.mark.parametrize("dialog", ["template", "preferences"])
def test_a_dialog_being_written_in_when_a_stop_comes_from_outside(tmp_path: Path, dialog: str) -> None:
    """A logout or shutdown with a dialog open and changed: Omroeper stops in good order, without waiting for an
    answer to "throw away what you changed?" that nobody is there to give. A new reply template half written is
    kept, marked as not finished; Preferences keep what they held."""
    from models.reply import ReplyTemplate
    from services.preferences import load_municipality

    data = tmp_path / "data"
    result = subprocess.run([sys.executable, "-c", DIALOG_BEING_WRITTEN, str(data), dialog], capture_output=True,
                            text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "en_US.UTF-8",
                                            "LANGUAGE": ""}, timeout=60, cwd=ROOT, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    store = Store.open(data / STORE_FILE_NAME)
    kept = [(template.title, template.body) for template in store.find(ReplyTemplate, "title LIKE 'Afval%'")]
    municipality = load_municipality(store).name
    store.close()
    if dialog == "template":
        assert kept == [("Afvalkalender (not finished)", "Beste {name}, de nieuwe afvalkalender ligt klaar.")]
    else:
        assert kept == [] and municipality != "Gemeente in wording"
    log = (data / "logs" / "omroeper.log").read_text()
    assert "asked to stop (SIGTERM)" in log and "Omroeper stopped" in log


SLOW_NETWORK = """
import sys, time
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
import main
import services.inbox_view as inbox_view

sending = inbox_view.run_and_sync_at

def slowly(*arguments, **options):
    print("run started", flush=True)
    time.sleep(11)  # a network that takes its time to answer
    return sending(*arguments, **options)

inbox_view.run_and_sync_at = slowly
sys.exit(main.main(["--data-dir", sys.argv[1], "--demo"]))
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX signal")
def test_quitting_during_a_slow_outbox_run_keeps_the_folder_until_the_run_is_over(tmp_path: Path) -> None:
    """The window goes at once; the data folder stays taken (its lock held) until the run has ended, so no second
    Omroeper sends from it meanwhile; then Omroeper stops in good order. It used to let go after 8 s with the run
    still sending, and the process then aborted."""
    import signal
    import time

    data = tmp_path / "data"
    running = subprocess.Popen([sys.executable, "-c", SLOW_NETWORK, str(data)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, cwd=ROOT,
                               env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        assert running.stdout is not None and running.stdout.readline().strip() == "run started"
        running.send_signal(signal.SIGTERM)
        time.sleep(9)  # past the first 8 s of waiting
        assert running.poll() is None and (data / "omroeper.lock").exists()
        _, errors = running.communicate(timeout=60)
    finally:
        running.kill()
    assert running.returncode == 0, errors
    log = (data / "logs" / "omroeper.log").read_text()
    assert log.index("waiting for a background job") < log.index("Omroeper stopped")
    assert "unexpected error" not in log


@pytest.mark.parametrize("command", [[], ["channels", "list"]])
def test_an_empty_data_folder_name_is_refused_not_the_current_folder(tmp_path: Path, command: list[str]) -> None:
    """`--data-dir "$UNSET"` in a script: the current folder would have become the data folder, empty."""
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", "", *command], capture_output=True,
                            text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60, cwd=tmp_path)
    assert result.returncode == 2
    assert "argument --data-dir: an empty name is no folder" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_a_data_folder_in_a_loop_of_links_is_refused_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    result = run_main("--data-dir", str(tmp_path / "a"), "channels", "list")
    assert result.returncode == 2
    assert f"the data folder {tmp_path / 'a'} cannot be used" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_a_command_on_a_damaged_data_file_says_where_the_backups_are_restored(tmp_path: Path) -> None:
    """There is no restore command: a command that meets a damaged data file says to start the window, which
    offers the backups (or says there is none yet), and leaves the file as it is."""
    data = tmp_path / "data"
    data.mkdir()
    damaged = b"SQLite format 3\x00" + bytes(range(256)) * 64
    (data / STORE_FILE_NAME).write_bytes(damaged)
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "channels", "list"],
                            capture_output=True, text=True, timeout=60, cwd=tmp_path, stdin=subprocess.DEVNULL,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "en_US.UTF-8", "LANGUAGE": ""})
    assert result.returncode == 2
    assert "is damaged and cannot be read" in result.stderr
    assert "Start Omroeper's window to restore a backup" in result.stderr
    assert (data / STORE_FILE_NAME).read_bytes() == damaged


REFUSAL_WAITING = """
import os, signal, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

app = QApplication(sys.argv[:1])
import main

def stop_when_the_refusal_shows() -> None:
    if any(isinstance(widget, QMessageBox) and widget.isVisible() for widget in app.topLevelWidgets()):
        os.kill(os.getpid(), signal.SIGTERM)
    else:
        QTimer.singleShot(20, stop_when_the_refusal_shows)

QTimer.singleShot(0, stop_when_the_refusal_shows)
sys.exit(main.main(["--data-dir", sys.argv[1], "--demo"]))
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX signal sent to the process itself")
def test_a_stop_from_outside_while_a_refusal_waits_for_ok_ends_the_start_in_good_order(tmp_path: Path) -> None:
    """`--demo` on a folder that holds data says so in a dialog that waits for OK; a `kill` (or a logout) then ended
    the process on the spot (exit 143) and left the folder's lock behind. Now the dialog ends, the start ends with
    its own exit code, and the lock is let go."""
    data = tmp_path / "data"
    Store.open(data / STORE_FILE_NAME).close()
    store = Store.open(data / STORE_FILE_NAME)
    store.save(Post(title="Al iets gepland"))
    store.close()
    result = subprocess.run([sys.executable, "-c", REFUSAL_WAITING, str(data)], capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60, cwd=ROOT,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert not (data / "omroeper.lock").exists() and not (data / "omroeper.lock-holder").exists()
    assert "asked to stop (SIGTERM)" in (data / "logs" / "omroeper.log").read_text()
