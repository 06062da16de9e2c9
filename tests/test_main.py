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
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OMROEPER_BENCH_FIRST_PAINT": "1"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          env=env, timeout=timeout, stdin=subprocess.DEVNULL)


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


@pytest.mark.slow
def test_demo_refuses_a_store_that_holds_data(tmp_path: Path) -> None:
    store = Store.open(tmp_path / STORE_FILE_NAME)
    store.save(Post(title="Echt werk"))
    store.close()
    result = run_main("--data-dir", str(tmp_path), "--demo")
    assert result.returncode == 2
    assert "already holds data" in result.stderr
    store = Store.open(tmp_path / STORE_FILE_NAME)
    assert [post.title for post in store.find(Post)] == ["Echt werk"]
    store.close()


def test_the_window_reads_its_options_without_the_commands_and_commands_still_parse() -> None:
    code = ("import sys; import main; a = main.parse_args(['--data-dir', 'x', '--demo']); "
            "print(a.command, a.demo, 'services.commands' in sys.modules); "
            "b = main.parse_args(['--data-dir', 'x', 'import-csv', 'f.csv', '--dry-run']); "
            "print(b.command, b.dry_run, b.file)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["None True False", "import-csv True f.csv"]


def test_help_lists_the_commands_and_an_unknown_option_is_refused() -> None:
    shown = run_main("--help")
    assert shown.returncode == 0 and "export-ics" in shown.stdout and "handover" in shown.stdout
    refused = run_main("--no-such-option")
    assert refused.returncode == 2 and "--no-such-option" in refused.stderr


@pytest.mark.parametrize("argv", [
    [], ["--demo"], ["--data-dir", "map"], ["--data-dir=map"], ["--demo", "--data-dir", "a b/c"],
    ["--data-dir", "eerste", "--data-dir", "tweede", "--demo", "--demo"],
])
def test_the_window_options_read_by_hand_are_what_argparse_reads(argv: list[str]) -> None:
    import main
    from services.commands import add_commands

    parser = main._parser()
    add_commands(parser)
    assert main._window_options(argv) == parser.parse_args(argv)
    assert main.parse_args(argv) == parser.parse_args(argv)


@pytest.mark.parametrize("argv", [["--data-dir"], ["--data-dir", "--demo"], ["--data-dir="], ["--dem"],
                                  ["--data", "x"], ["export-csv", "f.csv"], ["--help"], ["-h"]])
def test_anything_else_is_left_to_argparse(argv: list[str]) -> None:
    import main

    assert main._window_options(argv) is None


def test_a_mistake_in_the_arguments_is_answered_with_the_whole_usage() -> None:
    result = run_main("--data-dir")
    assert result.returncode == 2
    assert "COMMAND" in result.stderr and "--data-dir: expected one argument" in result.stderr
