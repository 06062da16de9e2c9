"""Saves screenshots of the composer for a person to look at: the preview on each network (with a link card, and
offline), the series choice, a refused date and the question on quitting with a post that cannot be saved, in
English and Dutch, at 100% and 150% on a 1920 × 1080 screen (each scaling in a process of its own).

    QT_QPA_PLATFORM=offscreen python -m tests.ui.composer_screenshots OUTPUT_FOLDER
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SITE = "https://www.oosterzande.nl"
PAGE_URL = f"{SITE}/nieuws/weekmarkt-zaterdag-open"
TEXT = ("Zaterdag is de #weekmarkt weer open, met @joris@social.example als marktmeester en @oosterzande.nl: "
        "kramen, muziek en de bibliotheekbus. Alles over tijden, parkeren en de route: "
        f"{PAGE_URL} #Oosterzande")
PAGE = ("<html><head><title>Nieuws</title>"
        "<meta property='og:title' content='Weekmarkt zaterdag weer open – Gemeente Oosterzande'>"
        "<meta property='og:image' content='/kaart.png'></head><body>...</body></html>").encode()


def sample_photo(path: Path, width: int, height: int) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), "#6aa84f")
    draw = ImageDraw.Draw(image)
    draw.rectangle((width // 8, height // 3, width * 7 // 8, height * 2 // 3), fill="#f1c232")
    draw.ellipse((width // 2 - 40, height // 2 - 40, width // 2 + 40, height // 2 + 40), fill="#cc0000")
    image.save(path)
    return path


def card_image() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 315), "#3d85c6")
    ImageDraw.Draw(image).rectangle((40, 60, 560, 255), fill="#ffffff")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@contextmanager
def municipality_site() -> Iterator[None]:
    """The municipality's page and its card image, served on this computer: the link cards read it as they read
    www.oosterzande.nl (the address the post shows), through the app's own reading of a page."""
    import services.link_card
    from services.networks.http import Wire

    image = card_image()

    class Site(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            body, kind = (image, "image/png") if self.path == "/kaart.png" else (PAGE, "text/html")
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    here = f"http://127.0.0.1:{server.server_address[1]}"

    class ToThisComputer(Wire):
        def send(self, method, url, **options):  # type: ignore[no-untyped-def]
            return super().send(method, url.replace(SITE, here), **options)

    original = services.link_card.link_wire

    def wire(host: str) -> Wire:
        made = original(host)
        return ToThisComputer(host, deadline=made.deadline, max_answer=made.max_answer, headers=made.headers,
                              cut_long_answer=made.cut_long_answer)

    services.link_card.link_wire = wire
    try:
        yield
    finally:
        services.link_card.link_wire = original
        server.shutdown()
        server.server_close()


def wait_for_card(composer, url: str) -> None:  # type: ignore[no-untyped-def]
    """Lets the composer read the page (it waits for the address to stand still, then reads it off the GUI
    thread)."""
    from PySide6.QtCore import QDeadlineTimer, QThread
    from PySide6.QtWidgets import QApplication

    from services.link_card import LinkCard

    deadline = QDeadlineTimer(15_000)
    while not isinstance(composer.link_cards.state(url), LinkCard) and not deadline.hasExpired():
        QApplication.processEvents()
        QThread.msleep(20)
    QApplication.processEvents()


def show_part(composer, part) -> None:  # type: ignore[no-untyped-def]
    """Scrolls the composer's form so that `part` is in view (once the form is laid out)."""
    from PySide6.QtWidgets import QApplication, QScrollArea

    QApplication.processEvents()
    composer.findChild(QScrollArea, "composer_scroll").ensureWidgetVisible(part, 0, 0)
    QApplication.processEvents()


def weekly_four_times(dialog) -> int:  # type: ignore[no-untyped-def]
    """The officer's choice in the repeat dialog: weekly, four times."""
    from PySide6.QtWidgets import QDialog

    from models.recurrence import Frequency

    dialog.frequency.select_value(Frequency.WEEKLY)
    dialog.end_after.setChecked(True)
    dialog.count.setValue(4)
    return QDialog.DialogCode.Accepted


def shoot(language: str, scale: str, out: Path, work: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from models.channel import ChannelAccount, Network
    from models.post import Post, PostStatus, Variant
    from services.demo import fill_demo
    from services.i18n import install_translators
    from services.post_editing import save_post
    from services.store import Store
    from ui.main_window import MainWindow
    from ui.recurrence_dialog import RecurrenceDialog
    from ui.unsaved_text_dialog import UnsavedTextDialog
    from ui.wheel_guard import install_wheel_guard

    app = QApplication(sys.argv[:1])
    install_wheel_guard(app)
    translators = install_translators(app, language)  # noqa: F841 (alive while the app runs)
    tag = f"{language}_{scale.replace('.', '')}"

    def grab(widget: QWidget, name: str) -> None:
        widget.show()
        QApplication.processEvents()
        path = out / f"{name}_{tag}.png"
        widget.grab().save(str(path))
        print(path)

    store = Store.open(work / "omroeper.sqlite")
    fill_demo(store, date.today())
    store.save_all([ChannelAccount(network=Network.X, name="X @oosterzande"),
                    ChannelAccount(network=Network.THREADS, name="Threads"),
                    ChannelAccount(network=Network.INSTAGRAM, name="Instagram-account")])
    channels = store.find(ChannelAccount, order_by="name")
    when = datetime.combine(date.today() + timedelta(days=5), datetime.min.time()).astimezone().replace(hour=10)
    post = save_post(store, Post(title="Weekmarkt", body=TEXT, scheduled_at=when, status=PostStatus.DRAFT),
                     [Variant(post_id="", channel_id=channel.id) for channel in channels])
    window = MainWindow(store, work, QSettings(str(work / "ui.ini"), QSettings.Format.IniFormat),
                        lambda _hosts: True)
    window.show()
    window.finish_startup()
    calendar = window.calendar()
    calendar.go_to(when.date())
    calendar.open_post(post.id)
    composer = calendar.composer
    composer.add_images([sample_photo(work / "markt.jpg", 1600, 1200)])
    composer.set_online(False)
    grab(window, "window_composer")
    names = {channel.id: channel for channel in channels}
    for channel_id, editor in composer.editors.items():
        channel = names[channel_id]
        composer.variant_tabs.setCurrentWidget(editor)
        show_part(composer, editor.preview)
        grab(composer, f"preview_{channel.network.value}_{channel.name.split()[0].lower()}")
    # A wider composer (the splitter dragged) puts the preview beside the text.
    calendar.splitter.setSizes([window.width() - 820, 820])
    editor = next(e for channel_id, e in composer.editors.items() if names[channel_id].network is Network.FACEBOOK)
    composer.variant_tabs.setCurrentWidget(editor)
    show_part(composer, editor.preview)
    grab(window, "preview_beside")
    calendar.splitter.setSizes([window.width() - 440, 440])
    # A post without an image gets its link card: offline it says it will be read, online it is read from the
    # page (served on this computer as the municipality's site).
    composer.image_strip.remove_image()
    composer.set_online(False)
    editor = next(e for channel_id, e in composer.editors.items() if names[channel_id].network is Network.MASTODON)
    composer.variant_tabs.setCurrentWidget(editor)
    editor.preview.show_text(editor.text())
    show_part(composer, editor.preview.card_note)
    grab(composer, "link_card_offline")
    with municipality_site():
        composer.set_online(True)
        wait_for_card(composer, PAGE_URL)
    for channel_id, editor in composer.editors.items():
        if names[channel_id].network in (Network.MASTODON, Network.FACEBOOK):
            composer.variant_tabs.setCurrentWidget(editor)
            editor.preview.show_text(editor.text())
            show_part(composer, editor.preview.card_frame)
            grab(composer, f"link_card_{names[channel_id].network.value}")
    composer.set_online(False)
    composer.flush()
    # The series choice right after making the post weekly (chosen in its dialog), and a date typed that is no date.
    RecurrenceDialog.exec = weekly_four_times  # type: ignore[method-assign]
    composer.choose_repeat()
    composer.flush()
    show_part(composer, composer.series_scope)
    grab(composer, "series_choice")
    composer.date_edit.edit.setText("31-02")
    composer.date_edit.edit.editingFinished.emit()
    show_part(composer, composer.when)
    grab(composer, "date_refused")
    dialog = UnsavedTextDialog(store.path.as_posix() + " cannot be written to: the file or its folder is read-only, "
                               "or you lack the permission.", window)
    grab(dialog, "quit_question")
    dialog.close()
    print(json.dumps({"scale": scale, "language": language, "composer_minimum": composer.minimumWidth(),
                      "window": [window.width(), window.height()], "month": calendar.month_view.width()}))
    window.close()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    if len(sys.argv) > 3:  # one language at one scaling, in this process
        with tempfile.TemporaryDirectory() as work:
            shoot(sys.argv[2], sys.argv[3], out, Path(work))
        return 0
    with tempfile.TemporaryDirectory() as work:
        config = Path(work) / "screens.json"
        config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
        for scale in ("1", "1.5"):
            for language in ("en", "nl"):
                environment = {**os.environ, "QT_SCALE_FACTOR": scale,
                               "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
                subprocess.run([sys.executable, "-m", "tests.ui.composer_screenshots", str(out), language, scale],
                               env=environment, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
