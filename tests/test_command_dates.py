"""Every day and month typed on the command line, as the officer (or a scheduled task) types them: a day the store
does not keep, one that does not exist, or a period that ends before it starts is refused with what to type
instead (exit 2, no traceback), and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.channel import ChannelAccount, Network
from services.store import STORE_FILE_NAME, Store
from tests.test_publish_commands import run_main

OUTSIDE = "lies outside the days Omroeper keeps: give a day from 1970-01-01 to 2199-12-31."
REVERSED = "The period ends (2026-11-01) before it starts (2026-12-01): give a --to on or after the --from."


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    store = Store.open(folder / STORE_FILE_NAME)
    store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    store.close()
    return folder


def refused(data: Path, *args: str) -> str:
    """What the command says on stderr; it must have been refused (exit 2) without a traceback."""
    done = run_main(data, *args, LANGUAGE="en", LC_ALL="C.UTF-8")
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and done.stdout == ""
    return done.stderr.strip()


# The period's commands: how each is typed with OUT standing for the file or folder it would write.
PERIOD_COMMANDS = {
    "archive export": ("archive", "export", "OUT"),
    "archive search": ("archive", "search", "markt", "--export", "OUT"),
    "handover export": ("handover", "export", "OUT"),
    "export-ics": ("export-ics", "OUT"),
}


@pytest.mark.slow
@pytest.mark.parametrize("command", PERIOD_COMMANDS)
def test_a_period_outside_the_kept_days_or_reversed_is_refused(command: str, data: Path, tmp_path: Path) -> None:
    out = tmp_path / "uit"
    typed = [str(out) if part == "OUT" else part for part in PERIOD_COMMANDS[command]]
    assert refused(data, *typed, "--to", "9999-12-31") == f"--to 9999-12-31 {OUTSIDE}"
    assert refused(data, *typed, "--from", "0001-01-01") == f"--from 0001-01-01 {OUTSIDE}"
    assert refused(data, *typed, "--from", "2026-12-01", "--to", "2026-11-01") == REVERSED
    assert refused(data, *typed, "--from", "2026-02-30") == \
        "--from “2026-02-30” is not a day: write it as YYYY-MM-DD, for example 2026-11-30."
    assert not out.exists()
    done = run_main(data, *typed, "--from", "1970-01-01", "--to", "2199-12-31", LANGUAGE="en", LC_ALL="C.UTF-8")
    assert done.returncode == 0 and out.exists(), done.stderr


@pytest.mark.slow
def test_a_handover_file_that_would_end_before_it_starts_today_is_refused(data: Path, tmp_path: Path) -> None:
    said = refused(data, "handover", "export", str(tmp_path / "overdracht.omroeper"), "--to", "2000-01-01")
    assert said.startswith("--to 2000-01-01 lies before today (") and said.endswith(
        "where the handover file starts without --from: give a later --to, or a --from.")
    assert not (tmp_path / "overdracht.omroeper").exists()


@pytest.mark.slow
def test_a_month_outside_the_kept_days_is_refused(data: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "rapport.pdf"
    for month in ("9999-12", "0001-01", "0000-01", "2200-01", "1969-12"):
        assert refused(data, "report", "month", month, str(pdf)) == \
            f"The month {month} lies outside the days Omroeper keeps: give a month from 1970-01 to 2199-12."
    assert refused(data, "report", "month", "2026-13", str(pdf)) == \
        "“2026-13” is not a month: write it as YYYY-MM, for example 2026-11."
    dutch = run_main(data, "report", "month", "2026-13", str(pdf), LANGUAGE="nl", LC_ALL="nl_NL.UTF-8")
    assert dutch.returncode == 2 and "“2026-13” is geen maand" in dutch.stderr  # in the user's language
    assert not pdf.exists()
    done = run_main(data, "report", "month", "2199-12", str(pdf), LANGUAGE="en", LC_ALL="C.UTF-8")
    assert done.returncode == 0 and pdf.read_bytes().startswith(b"%PDF"), done.stderr
