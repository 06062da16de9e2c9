"""Saves screenshots of the first start's guide, a channel posted to by hand for Instagram (its dialog and the
composer counting its text) and the bar of a paused calendar, in English and Dutch, for a person to look at.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.screenshots_start OUTPUT_FOLDER
    QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1.5 python -m tests.ui.screenshots_start OUTPUT_FOLDER

The files are named with the scale (100 or 150) and the language.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from models.channel import ChannelAccount, ManualNetwork, Network
from models.post import DeliveryState, Post, PostStatus, Variant
from services.crisis import pause_all
from services.demo import fill_demo
from services.i18n import apply_locale, install_translators
from services.post_editing import save_post
from services.store import Store
from ui.channel_dialog import ChannelDialog
from ui.main_window import MainWindow


def grab(widget: QWidget, path: Path) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def wait_for(condition) -> None:  # type: ignore[no-untyped-def]
    for _round in range(200):
        QApplication.processEvents()
        if condition():
            return
    raise RuntimeError("the window did not get there")


def shoot(app: QApplication, language: str, out: Path, work: Path, scale: str) -> None:
    translators = install_translators(app, language)
    name = f"{scale}_{language}"

    # The first start: a new data folder, as main.py opens it.
    data = work / f"new-{language}"
    store = Store.open(data / "omroeper.sqlite")
    settings = QSettings(str(data / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, data, settings, lambda _hosts: False)
    window.resize(1100, 720)
    window.offer_first_start()
    window.show()
    wait_for(lambda: getattr(window, "first_start", None) is not None and window.first_start.isVisible())
    grab(window, out / f"start_window_{name}.png")
    guide = window.first_start
    grab(guide, out / f"start_1_municipality_{name}.png")
    guide.municipality_page.name_edit.setText("Oosterzande")
    guide.municipality_page.belgium_button.click()
    grab(guide, out / f"start_1_belgium_{name}.png")
    guide.next_button.click()
    guide.next_button.click()  # without a name: it says so
    grab(guide, out / f"start_2_me_no_name_{name}.png")
    guide.me_page.name_edit.setText("Sanne de Vries")
    guide.me_page.role_edit.setText("Communicatieadviseur")
    guide.me_page.signature_edits["nl"].setText("Groet, Sanne, team communicatie")
    grab(guide, out / f"start_2_me_{name}.png")
    guide.next_button.click()
    grab(guide, out / f"start_3_channel_{name}.png")
    store.save(ChannelAccount(network=Network.MANUAL, name="Instagram", manual_network=ManualNetwork.INSTAGRAM))
    guide.channel_page.added = store.find(ChannelAccount)[0]
    guide.channel_page.refresh()
    grab(guide, out / f"start_3_channel_added_{name}.png")
    guide.next_button.click()
    grab(guide, out / f"start_4_ready_{name}.png")
    guide.next_button.click()
    QApplication.processEvents()
    grab(window, out / f"start_after_{name}.png")
    window.close()
    store.close()

    # A channel posted to by hand for Instagram, and the composer counting its text.
    dialog = ChannelDialog()
    dialog.network_box.select_value(Network.MANUAL)
    dialog.manual_box.select_value(ManualNetwork.INSTAGRAM)
    grab(dialog, out / f"channel_dialog_instagram_{name}.png")
    dialog.close()
    data = work / f"demo-{language}"
    store = Store.open(data / "omroeper.sqlite")
    fill_demo(store, date.today())
    window = MainWindow(store, data, QSettings(str(data / "ui.ini"), QSettings.Format.IniFormat),
                        lambda _hosts: False)
    window.resize(1100, 720)
    window.show()
    wait_for(lambda: window.started)
    window.tabs.setCurrentIndex(4)
    grab(window, out / f"channels_tab_{name}.png")
    window.tabs.setCurrentIndex(0)
    instagram = next(c for c in store.find(ChannelAccount) if c.manual_network is ManualNetwork.INSTAGRAM)
    zone = ZoneInfo("Europe/Amsterdam")
    post = Post(title="Braderie", status=PostStatus.DRAFT,
                body="Zaterdag is het braderie in het centrum! Kom langs voor kramen, muziek en de rommelmarkt. "
                     + " ".join(f"#braderie{number}" for number in range(31)),
                scheduled_at=datetime.combine(date.today() + timedelta(days=2), time(10, 0), zone))
    save_post(store, post, [Variant(post_id=post.id, channel_id=instagram.id)])
    window.calendar().reload()
    window.calendar().open_post(post.id)
    grab(window, out / f"composer_instagram_{name}.png")
    window.calendar().composer.flush()

    # Pause all: the bar stays until nothing is paused.
    held = next(v for v in store.find(Variant) if v.state is DeliveryState.SCHEDULED_REMOTE)
    assert held is not None
    pause_all(store, store.clock(), "Brand in het centrum" if language == "nl" else "Fire in the town centre")
    window.run_outbox = lambda: None  # type: ignore[method-assign]  # no network here: the networks keep theirs
    window.calendar().open_post(post.id)
    window.calendar().composer.closed.emit()
    window.refresh_outbox()
    window.calendar().reload()
    grab(window, out / f"paused_bar_{name}.png")
    window.close()
    store.close()

    for widget in QApplication.topLevelWidgets():
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for translator in translators:
        app.removeTranslator(translator)
    apply_locale("en")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    scale = str(round(float(os.environ.get("QT_SCALE_FACTOR", "1")) * 100))
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as work:
        for language in sys.argv[2:] or ("en", "nl"):
            shoot(app, language, out, Path(work), scale)
    return 0


if __name__ == "__main__":
    sys.exit(main())
