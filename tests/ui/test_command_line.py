"""The command-line front-end (ui/command_line.py): it starts without Qt, and a new group of commands joins the
parser with one entry."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def python(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path,
                          timeout=60, stdin=subprocess.DEVNULL)


def test_reading_a_command_loads_no_qt(tmp_path: Path) -> None:
    """`omroeper publish-due`, as the OS task scheduler starts it every few minutes: importing the front-end and
    reading the arguments loads no Qt (the commands load the translations only when they run)."""
    result = python("import sys, main, ui.command_line\n"
                    "main.parse_args(['--data-dir', 'x', 'publish-due'])\n"
                    "print(sorted(name for name in sys.modules if name.split('.')[0] in ('PySide6', 'shiboken6')))",
                    tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_new_group_of_commands_is_one_entry(tmp_path: Path) -> None:
    """A group (add_parsers, run, and optionally writes) added to COMMAND_GROUPS shows in the help, runs on the
    store of the data folder, and holds the folder's lock while it runs, as the built-in writers do."""
    code = """
import json
import sys
from types import SimpleNamespace
import main
from ui import command_line

def add_parsers(subparsers):
    greet = subparsers.add_parser("greet", help="say hello to the store")
    greet.add_argument("name")

def run(args, store, data_dir):
    holder = json.loads((data_dir / "omroeper.lock-holder").read_text())["command"]
    print(f"hello {args.name} {args.command} {type(store).__name__}, the lock held by {holder}")
    return 0

command_line.COMMAND_GROUPS.append(SimpleNamespace(add_parsers=add_parsers, run=run))
sys.exit(main.main(sys.argv[1:]))
"""
    script = tmp_path / "greet.py"
    script.write_text(code, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    shown = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True, env=env,
                           timeout=60)
    assert shown.returncode == 0 and "greet" in shown.stdout and "export-ics" in shown.stdout
    ran = subprocess.run([sys.executable, str(script), "--data-dir", str(tmp_path / "data"), "greet", "Sanne"],
                         capture_output=True, text=True, env=env, timeout=60, stdin=subprocess.DEVNULL)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == "hello Sanne greet Store, the lock held by greet"
    assert not (tmp_path / "data" / "omroeper.lock-holder").exists()  # let go with the lock
