"""Times the archive of a year: 1,000 posts on three channels with 2,000 images (of 150 KB, each its own), written
as a BagIt package with its checksums. Local work only. Run by bench/run.py in its own process (so that the peak
memory is the archive's own); prints one JSON line.

    python bench/archive_speed.py [WORK_FOLDER]
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.memory import peak_rss_mb  # noqa: E402
from models.common import to_utc_text  # noqa: E402
from services.archive import Period, Selection, export_archive  # noqa: E402
from services.media_library import media_dir  # noqa: E402
from services.store import STORE_FILE_NAME, Store  # noqa: E402

POSTS, IMAGES_PER_POST, IMAGE_BYTES = 1000, 2, 150 * 1024
YEAR = 2026


def generate_year(folder: Path, seed: int = 11) -> Path:
    """A store with a year of published posts, each with two images of its own in the media folder."""
    rng = random.Random(seed)
    store = Store.open(folder / STORE_FILE_NAME)
    library = media_dir(store)
    library.mkdir(parents=True, exist_ok=True)
    stamp = to_utc_text(datetime.now(UTC))
    channels = [(str(uuid.uuid4()), network, name) for network, name in
                (("mastodon", "Mastodon"), ("bluesky", "Bluesky"), ("facebook", "Facebook"))]
    posts, variants, media, links = [], [], [], []
    start = datetime(YEAR, 1, 1, 7, 0, tzinfo=UTC)
    for n in range(POSTS):
        when = to_utc_text(start + timedelta(minutes=rng.randrange(0, 364 * 24 * 60)))
        post_id = str(uuid.uuid4())
        posts.append((post_id, stamp, stamp, f"Bericht {n}", f"Tekst van bericht {n} " * 12, "published", when))
        for channel_id, network, _name in rng.sample(channels, rng.randint(1, 3)):
            variants.append((str(uuid.uuid4()), stamp, stamp, post_id, channel_id, "published", when,
                             f"https://{network}.example/{n}"))
        for position in range(IMAGES_PER_POST):
            data = rng.randbytes(IMAGE_BYTES)
            digest = hashlib.sha256(data).hexdigest()
            (library / f"{digest}.jpg").write_bytes(data)
            media_id = str(uuid.uuid4())
            media.append((media_id, stamp, stamp, digest, f"{digest}.jpg", "image/jpeg", len(data)))
            links.append((str(uuid.uuid4()), stamp, stamp, post_id, media_id, position, f"Foto {position} bij {n}"))
    with store.transaction():
        store.conn.executemany("INSERT INTO channels (id, created_at, updated_at, network, name) "
                               "VALUES (?, ?, ?, ?, ?)",
                               [(cid, stamp, stamp, network, name) for cid, network, name in channels])
        store.conn.executemany("INSERT INTO posts (id, created_at, updated_at, title, body, status, scheduled_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)", posts)
        store.conn.executemany("INSERT INTO variants (id, created_at, updated_at, post_id, channel_id, state, "
                               "published_at, remote_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", variants)
        store.conn.executemany("INSERT INTO media (id, created_at, updated_at, sha256, file_name, mime_type, "
                               "size_bytes) VALUES (?, ?, ?, ?, ?, ?, ?)", media)
        store.conn.executemany("INSERT INTO post_media (id, created_at, updated_at, post_id, media_id, position, "
                               "alt_text) VALUES (?, ?, ?, ?, ?, ?, ?)", links)
    store.close()
    return folder


def main() -> int:
    work = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="omroeper-archive-bench-"))
    try:
        generate_year(work / "data")
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])  # translate() needs one
        store = Store.open(work / "data" / STORE_FILE_NAME)
        before = peak_rss_mb()
        started = time.perf_counter()
        result = export_archive(store, work / "archive", Selection(Period(date(YEAR, 1, 1), date(YEAR, 12, 31))),
                                language="nl")
        seconds = time.perf_counter() - started
        store.close()
        del app
        print(json.dumps({"archive_year_s": round(seconds, 2), "archive_posts": result.posts,
                          "archive_images": result.images, "archive_peak_rss_mb": round(peak_rss_mb(), 1),
                          "archive_rss_before_mb": round(before, 1)}))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
