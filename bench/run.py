"""Omroeper's benchmark: what a person feels of the start (when the window answers a key, the longest freeze)
with an empty and a big store, against a bare PySide6 window in the same run, and peak memory.

    python -m bench.run [--posts 50000] [--runs 9]

Each start is driven from outside by bench/drive.py (main.py knows nothing of the benchmark). Prints one line per
measurement and, last, one JSON object with the figures (medians in seconds over the runs; the longest stall is
the longest of all runs). Targets: interactive_s (big store) at most 2.0 times bare_qt_s, longest_stall_ms at most
50, month_switch_ms_p95 under 16 (one frame), search_ms_p95 under 50 (bench/calendar_speed.py on the big store),
peak_rss_mb under 250; archive_year_s under 30 with archive_peak_rss_mb under 250 (bench/archive_speed.py);
report_month_s under 3 (bench/results_speed.py: a month of 1,000 posts).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from models.common import to_utc_text  # noqa: E402
from services.store import STORE_FILE_NAME, Store  # noqa: E402

NETWORKS = [("mastodon", "Mastodon"), ("bluesky", "Bluesky"), ("facebook", "Facebook"),
            ("linkedin", "LinkedIn"), ("manual", "WhatsApp")]
WORDS = ("gemeente inwoners werkzaamheden straat afval raad vergadering evenement markt sinterklaas kerst "
         "verkeer fiets school bibliotheek sporthal vrijwilligers subsidie vergunning park speeltuin").split()


def generate_store(folder: Path, posts: int, seed: int = 7) -> Path:
    """A store with `posts` posts over ten years up to now, 1-3 variants each on five channels."""
    rng = random.Random(seed)
    store = Store.open(folder / STORE_FILE_NAME)
    now = datetime.now(UTC)
    stamp = to_utc_text(now)
    channel_ids = [str(uuid.uuid4()) for _ in NETWORKS]
    post_rows, variant_rows = [], []
    start = now - timedelta(days=3650)
    for n in range(posts):
        when = start + timedelta(seconds=rng.randrange(0, 3650 * 86400 + 60 * 86400))
        length = rng.choice((60, 140, 280, 500, 900, 1500))
        body = " ".join(rng.choice(WORDS) for _ in range(length // 7))[:length]
        post_id = str(uuid.uuid4())
        status = "published" if when < now else rng.choice(("idea", "draft", "ready", "scheduled"))
        post_rows.append((post_id, stamp, stamp, f"Bericht {n}: {rng.choice(WORDS)}", body, status,
                          json.dumps([rng.choice(WORDS)]), to_utc_text(when)))
        for channel_id in rng.sample(channel_ids, rng.randint(1, 3)):
            state = "published" if status == "published" else rng.choice(("queued", "scheduled_remote", "not_queued"))
            variant_rows.append((str(uuid.uuid4()), stamp, stamp, post_id, channel_id, state))
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO channels (id, created_at, updated_at, network, name) VALUES (?, ?, ?, ?, ?)",
            [(cid, stamp, stamp, net, name) for cid, (net, name) in zip(channel_ids, NETWORKS, strict=True)])
        store.conn.executemany(
            "INSERT INTO posts (id, created_at, updated_at, title, body, status, tags, scheduled_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", post_rows)
        store.conn.executemany(
            "INSERT INTO variants (id, created_at, updated_at, post_id, channel_id, state) VALUES (?, ?, ?, ?, ?, ?)",
            variant_rows)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return folder


def child_environment() -> dict[str, str]:
    """As on the officer's laptop: bytecode caching on (some build machines switch it off with
    PYTHONDONTWRITEBYTECODE, which would make every start recompile Omroeper's modules, but not bare Qt's)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    return env


@dataclass
class Start:
    """One driven start, its times counted from just before the process was started."""

    painted_s: float
    interactive_s: float
    longest_stall_ms: float
    peak_rss_mb: float


def driven_start(arguments: list[str], seconds: float) -> Start:
    """Starts bench/drive.py with these arguments and reads its report."""
    command = [sys.executable, "-m", "bench.drive", "--seconds", str(seconds), *arguments]
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=child_environment(), cwd=ROOT,
                            timeout=120 + seconds, check=True)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    return Start(report["painted_at"] - started, report["interactive_at"] - started, report["longest_stall_ms"],
                 report["peak_rss_mb"])


def measure_interleaved(commands: dict[str, list[str]], runs: int, seconds: float) -> dict[str, list[Start]]:
    """Runs each start `runs` times, taking turns, so that the machine's ups and downs hit all alike."""
    for arguments in commands.values():
        driven_start(arguments, 0.2)  # warm the OS file cache and .pyc files; not counted
    starts: dict[str, list[Start]] = {label: [] for label in commands}
    for _ in range(runs):
        for label, arguments in commands.items():
            starts[label].append(driven_start(arguments, seconds))
    for label, found in starts.items():
        interactive = [start.interactive_s for start in found]
        print(f"{label}: painted {statistics.median(s.painted_s for s in found):.3f} s, answers a key at "
              f"{statistics.median(interactive):.3f} s (min {min(interactive):.3f}, max {max(interactive):.3f}), "
              f"longest stall {max(s.longest_stall_ms for s in found):.1f} ms, "
              f"peak {max(s.peak_rss_mb for s in found):.0f} MB, over {runs} runs", flush=True)
    return starts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--seconds", type=float, default=10.0, help="how long each start's stalls are watched")
    parser.add_argument("--tries", type=int, default=40, help="month switches and searches timed")
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="omroeper-bench-") as work:
        empty = Path(work) / "empty"
        big = Path(work) / "big"
        Store.open(empty / STORE_FILE_NAME).close()
        began = time.perf_counter()
        generate_store(big, args.posts)
        print(f"generated {args.posts} posts in {time.perf_counter() - began:.1f} s", flush=True)
        starts = measure_interleaved(
            {
                "bare Qt window": ["--bare"],
                "Omroeper, empty store": ["--", "--data-dir", str(empty)],
                f"Omroeper, {args.posts} posts": ["--", "--data-dir", str(big)],
            },
            args.runs, args.seconds,
        )
        bare, empty_starts, big_starts = starts.values()
        speed = subprocess.run([python, str(ROOT / "bench" / "calendar_speed.py"), str(big / STORE_FILE_NAME),
                                str(args.tries)], capture_output=True, text=True, check=True, timeout=600,
                               env=child_environment())
        calendar = json.loads(speed.stdout.strip().splitlines()[-1])
        inbox = json.loads(subprocess.run([python, str(ROOT / "bench" / "inbox_speed.py"), str(big / STORE_FILE_NAME),
                                           str(args.tries)], capture_output=True, text=True, check=True, timeout=600,
                                          env=child_environment()).stdout.strip().splitlines()[-1])
        results = subprocess.run([python, str(ROOT / "bench" / "results_speed.py")], capture_output=True, text=True,
                                 check=True, timeout=600, env=child_environment())
        report = json.loads(results.stdout.strip().splitlines()[-1])
        print(f"monthly report of {report['report_posts']} posts: {report['report_month_s']} s", flush=True)
        print(f"month switch: p50 {calendar['month_switch_ms_p50']} ms, p95 {calendar['month_switch_ms_p95']} ms; "
              f"search: p50 {calendar['search_ms_p50']} ms, p95 {calendar['search_ms_p95']} ms "
              f"({args.tries} tries each)", flush=True)
        archived = subprocess.run([python, str(ROOT / "bench" / "archive_speed.py"), str(Path(work) / "archive")],
                                  capture_output=True, text=True, check=True, timeout=600, env=child_environment())
        archive = json.loads(archived.stdout.strip().splitlines()[-1])
        print(f"archive of a year: {archive['archive_year_s']} s, peak {archive['archive_peak_rss_mb']} MB", flush=True)

    def median(found: list[Start], field: str) -> float:
        return round(statistics.median(getattr(start, field) for start in found), 4)

    bare_s = median(bare, "interactive_s")
    figures = {
        "posts": args.posts,
        "runs": args.runs,
        "bare_qt_s": bare_s,
        "startup_empty_s": median(empty_starts, "painted_s"),
        "startup_big_s": median(big_starts, "painted_s"),
        "startup_ratio": round(median(big_starts, "painted_s") / median(bare, "painted_s"), 3),
        "interactive_empty_s": median(empty_starts, "interactive_s"),
        "interactive_s": median(big_starts, "interactive_s"),
        "interactive_ratio": round(median(big_starts, "interactive_s") / bare_s, 3),
        "longest_stall_ms": max(start.longest_stall_ms for start in big_starts),
        "longest_stall_ms_median": median(big_starts, "longest_stall_ms"),
        "peak_rss_mb": max(start.peak_rss_mb for start in [*empty_starts, *big_starts]),
        "month_switch_ms_p50": calendar["month_switch_ms_p50"],
        "month_switch_ms_p95": calendar["month_switch_ms_p95"],
        "search_ms_p50": calendar["search_ms_p50"],
        "search_ms_p95": calendar["search_ms_p95"],
        **inbox,  # inbox_filter_ms_p95, inbox_search_ms_p95, inbox_sync_1000_s (bench/inbox_speed.py)
        "archive_year_s": archive["archive_year_s"],
        "archive_peak_rss_mb": archive["archive_peak_rss_mb"],
        "report_month_s": report["report_month_s"],
    }
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
