"""Saves pictures of the archive for a person to look at: the overview page of an archive of the demo data (with
an image and hostile text) as a browser-like renderer draws it, and the archive and Woo search dialogs in a light
and a dark palette, in English and Dutch.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.archive_screenshots OUTPUT_FOLDER
"""

from __future__ import annotations

import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QThread, QThreadPool, QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QApplication

import services.archive
from models.channel import ChannelAccount
from models.media import PostMedia
from models.post import DeliveryState, Post, PostStatus, Variant
from services.archive import ArchiveStopped, Period, Selection, export_archive
from services.demo import fill_demo
from services.i18n import apply_locale, install_translators
from services.media_library import add_image
from services.preferences import load_municipality
from services.store import Store
from tests.ui.calendar_screenshots import dark, grab
from tests.ui.screenshots import work_image
from ui.archive_dialog import ArchiveDialog
from ui.woo_search_dialog import WooSearchDialog


def render_page(page: Path, out: Path, width: int = 900, height: int = 1800) -> None:
    """The HTML page drawn by Qt's rich-text engine (images from beside the page), its top `height` pixels."""
    document = QTextDocument()
    document.setBaseUrl(QUrl.fromLocalFile(str(page.parent) + "/"))
    document.setHtml(page.read_text(encoding="utf-8"))
    document.setTextWidth(width)
    shown = min(height, int(document.size().height()) + 1)
    image = QImage(width, shown, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()
    image.save(str(out))
    print(out)


def with_hostile_post(store: Store, work: Path, today: date) -> None:
    """A published post with an image and text that must stay text."""
    channel = store.find(ChannelAccount, order_by="name")[0]
    when = datetime.combine(today - timedelta(days=1), datetime.min.time(), UTC).replace(hour=9)
    post = store.save(Post(title='<script>alert("x")</script> Werkzaamheden Dorpsstraat',
                           body="De Dorpsstraat is dicht.\n<b>niet vet</b> & =SUM(A1)", status=PostStatus.PUBLISHED,
                           scheduled_at=when))
    store.save(Variant(post_id=post.id, channel_id=channel.id, state=DeliveryState.PUBLISHED, published_at=when,
                       remote_url="https://social.example/@oosterzande/1101"))
    media = add_image(store, work_image(work / "werk.png"))
    store.save(PostMedia(post_id=post.id, media_id=media.id, alt_text='Afzetting met "hekken" <b>'))


def wait_until(done: Callable[[], bool]) -> None:
    deadline = QDeadlineTimer(15_000)
    while not done() and not deadline.hasExpired():
        QApplication.processEvents()
        QThread.msleep(20)


@contextmanager
def export_held_at(done: int, total: int) -> Iterator[None]:
    """The archive's export tells it reached post `done` of `total`, then waits there until the officer stops it
    (a long export, held still for its picture)."""

    def held(store, folder, selection=None, *, progress=None, stopped=None, **options):  # type: ignore[no-untyped-def]
        if progress is not None:
            progress(done, total)
        while stopped is not None and not stopped():
            threading.Event().wait(0.02)
        raise ArchiveStopped("stopped")

    services.archive.export_archive = held
    try:
        yield
    finally:
        services.archive.export_archive = export_archive


def shoot(app: QApplication, language: str, out: Path, work: Path) -> None:
    translators = install_translators(app, language)
    data = work / language
    store = Store.open(data / "omroeper.sqlite")
    today = date.today()
    fill_demo(store, today)
    with_hostile_post(store, data, today)
    folder = work / f"archive-{language}"
    export_archive(store, folder, Selection(Period(today - timedelta(days=30), today)), language=language)
    render_page(folder / "data" / "overview.html", out / f"overview_{language}.png")

    for palette_name in ("light", "dark"):
        dialog = ArchiveDialog(store.path, today)
        if palette_name == "dark":
            dialog.setPalette(dark())
        dialog.folder_edit.setText(str(Path.home() / "Documenten" / f"archief-{today.year}"))
        grab(dialog, out / f"archive_dialog_{palette_name}_{language}.png")
        with export_held_at(45, 120):
            dialog.write_button.click()
            wait_until(lambda shown=dialog: shown.progress.value() == 45)
            grab(dialog, out / f"archive_dialog_running_{palette_name}_{language}.png")
            dialog.reject()  # Stop
            QThreadPool.globalInstance().waitForDone()
            QApplication.processEvents()
        dialog.close()

        channels = [(c.id, c.name) for c in store.find(ChannelAccount, order_by="name")]
        search = WooSearchDialog(store.path, channels, load_municipality(store).time_zone, today)
        if palette_name == "dark":
            search.setPalette(dark())
        search.search_edit.setText("dorpsstraat")
        search.search_button.click()
        QThreadPool.globalInstance().waitForDone()
        wait_until(search.search_button.isEnabled)
        grab(search, out / f"woo_search_{palette_name}_{language}.png")
        search.close()
    store.close()
    for translator in translators:
        app.removeTranslator(translator)
    apply_locale("en")


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as work:
        for language in ("en", "nl"):
            shoot(app, language, out, Path(work))
    return 0


if __name__ == "__main__":
    sys.exit(main())
