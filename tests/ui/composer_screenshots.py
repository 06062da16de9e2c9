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
from datetime import date, datetime, timedelta
from pathlib import Path

TEXT = ("Zaterdag is de #weekmarkt weer open, met @joris@social.example als marktmeester en @oosterzande.nl: "
        "kramen, muziek en de bibliotheekbus. Alles over tijden, parkeren en de route: "
        "https://www.oosterzande.nl/nieuws/weekmarkt-zaterdag-open #Oosterzande")


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


def show_part(composer, part) -> None:  # type: ignore[no-untyped-def]
    """Scrolls the composer's form so that `part` is in view (once the form is laid out)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    composer._scroll.ensureWidgetVisible(part, 0, 0)
    QApplication.processEvents()


def shoot(language: str, scale: str, out: Path, work: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from models.channel import ChannelAccount, Network
    from models.post import Post, PostStatus, Variant
    from services.demo import fill_demo
    from services.i18n import install_translators
    from services.link_card import LinkCard
    from services.post_editing import save_post
    from services.store import Store
    from ui.main_window import MainWindow
    from ui.unsaved_post_dialog import UnsavedPostDialog
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
    # A post without an image gets its link card: read (here made up, as if from the page) or offline.
    composer.image_strip.remove_image()
    composer.set_online(True)
    url = "https://www.oosterzande.nl/nieuws/weekmarkt-zaterdag-open"
    composer.link_cards._known[url] = LinkCard(url=url, site="www.oosterzande.nl",
                                                title="Weekmarkt zaterdag weer open – Gemeente Oosterzande",
                                                image=card_image())
    for channel_id, editor in composer.editors.items():
        if names[channel_id].network in (Network.MASTODON, Network.FACEBOOK):
            composer.variant_tabs.setCurrentWidget(editor)
            editor.preview.show_text(editor.text())
            show_part(composer, editor.preview.card_frame)
            grab(composer, f"link_card_{names[channel_id].network.value}")
    composer.set_online(False)
    composer.link_cards._known.clear()
    editor = next(e for channel_id, e in composer.editors.items() if names[channel_id].network is Network.MASTODON)
    composer.variant_tabs.setCurrentWidget(editor)
    editor.preview.show_text(editor.text())
    show_part(composer, editor.preview.card_note)
    grab(composer, "link_card_offline")
    composer.flush()
    # The series choice right after making the post weekly, and a date typed that is no date.
    composer.pending_recurrence = __import__("models.recurrence", fromlist=["Recurrence"]).Recurrence(
        __import__("models.recurrence", fromlist=["Frequency"]).Frequency.WEEKLY, count=4)
    composer._changed()
    composer.flush()
    show_part(composer, composer.series_scope)
    grab(composer, "series_choice")
    composer.date_edit.edit.setText("31-02")
    composer.date_edit.edit.editingFinished.emit()
    show_part(composer, composer.when)
    grab(composer, "date_refused")
    dialog = UnsavedPostDialog(store.path.as_posix() + " cannot be written to: the file or its folder is read-only, "
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
