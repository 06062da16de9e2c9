"""Omroeper's benchmark: start-up time to the first painted window with an empty and a big store, against a
bare PySide6 window in the same run, and peak memory.

    python -m bench.run [--posts 50000] [--runs 7]

Prints one line per measurement and, last, one JSON object with the figures (medians in seconds).
Targets: startup_ratio (big store / bare Qt) at most 1.5, peak_rss_mb under 250, month_switch_ms_p95 under 16
(one frame) and search_ms_p95 under 50, measured in bench/calendar_speed.py on the big store.
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


def first_paint(command: list[str]) -> tuple[float, float]:
    """Seconds from starting the process to its first painted window, and its peak memory in MB."""
    env = {**child_environment(), "OMROEPER_BENCH_FIRST_PAINT": "1"}
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=True)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    return report["painted_at"] - started, report["peak_rss_mb"]


def measure_interleaved(commands: dict[str, list[str]], runs: int) -> dict[str, tuple[float, float]]:
    """Runs each command `runs` times, taking turns, so that the machine's ups and downs hit all alike.
    Returns the median seconds and the peak memory per label."""
    for command in commands.values():
        first_paint(command)  # warm the OS file cache and .pyc files; not counted
    times: dict[str, list[float]] = {label: [] for label in commands}
    peaks: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(runs):
        for label, command in commands.items():
            seconds, rss = first_paint(command)
            times[label].append(seconds)
            peaks[label].append(rss)
    result = {}
    for label in commands:
        median = statistics.median(times[label])
        print(f"{label}: median {median:.3f} s over {runs} runs (min {min(times[label]):.3f}, "
              f"max {max(times[label]):.3f}), peak {max(peaks[label]):.0f} MB", flush=True)
        result[label] = (median, max(peaks[label]))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=9)
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
        app = [python, str(ROOT / "main.py"), "--data-dir"]
        measured = measure_interleaved(
            {
                "bare Qt window": [python, str(ROOT / "bench" / "bare_qt.py")],
                "Omroeper, empty store": [*app, str(empty)],
                f"Omroeper, {args.posts} posts": [*app, str(big)],
            },
            args.runs,
        )
        (bare_s, _), (empty_s, empty_rss), (big_s, big_rss) = measured.values()
        speed = subprocess.run([python, str(ROOT / "bench" / "calendar_speed.py"), str(big / STORE_FILE_NAME),
                                str(args.tries)], capture_output=True, text=True, check=True, timeout=600,
                               env=child_environment())
        calendar = json.loads(speed.stdout.strip().splitlines()[-1])
        print(f"month switch: p50 {calendar['month_switch_ms_p50']} ms, p95 {calendar['month_switch_ms_p95']} ms; "
              f"search: p50 {calendar['search_ms_p50']} ms, p95 {calendar['search_ms_p95']} ms "
              f"({args.tries} tries each)", flush=True)
    figures = {
        "posts": args.posts,
        "runs": args.runs,
        "startup_empty_s": round(empty_s, 4),
        "startup_big_s": round(big_s, 4),
        "bare_qt_s": round(bare_s, 4),
        "startup_ratio": round(big_s / bare_s, 3),
        "peak_rss_mb": round(max(empty_rss, big_rss), 1),
        "month_switch_ms_p50": calendar["month_switch_ms_p50"],
        "month_switch_ms_p95": calendar["month_switch_ms_p95"],
        "search_ms_p95": calendar["search_ms_p95"],
    }
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
