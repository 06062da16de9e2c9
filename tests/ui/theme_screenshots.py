"""Saves screenshots of every tab of the main window, and of the bars and notes that stand out from it, in the
light and the dark theme, in English and Dutch, for a person to look at.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.theme_screenshots OUTPUT_FOLDER

Each language and theme runs in a process of its own (a palette and a translator set once, as the app does).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def grab(widget: QWidget, path: Path) -> None:
    widget.show()
    for _ in range(3):  # a bar added after the first paint is laid out in a later round of events
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def shoot(out: Path, language: str, theme: str, work: Path) -> None:
    from models.network_display import DISPLAYS
    from models.planning import Absence
    from models.staff import StaffMember
    from services.absences import RECEIVED_NOTE
    from services.crisis import pausable_posts, pause_all
    from services.demo import fill_demo
    from services.handover import HandoverNote
    from services.i18n import install_translators
    from services.sending import hand_over_sending
    from services.store import Store
    from tests.support.themes import use_theme
    from ui.handover_note_dialog import HandoverNoteDialog
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    use_theme(app, theme == "dark")
    translators = install_translators(app, language)  # noqa: F841  (alive while the windows are)
    store = Store.open(work / "omroeper.sqlite")
    today = date.today()
    fill_demo(store, today)
    me = next(member for member in store.find(StaffMember) if member.is_self)
    fatima = next(member for member in store.find(StaffMember) if member.name.startswith("Fatima"))
    store.save(Absence(staff_id=fatima.id, standin_id=me.id, starts_on=today, ends_on=today + timedelta(days=9)))
    store.set_setting(RECEIVED_NOTE, {"from": "Fatima El Amrani", "running_topics": "Braderie: vergunning loopt nog",
                                      "sensitive_matters": "Geen uitspraken over de fusie",
                                      "contacts": "Wethouder: 06-12345678"})
    hand_over_sending(store, "Joris Bakker", store.clock())
    paused = pausable_posts(store)[0]
    pause_all(store, store.clock(), "Brand in het centrum" if language == "nl" else "Fire in the town centre")
    window = MainWindow(store, work, QSettings(str(work / "ui.ini"), QSettings.Format.IniFormat), lambda _h: False)
    window.resize(1100, 720)
    grab(window, out / f"calendar_month_{theme}_{language}.png")
    calendar = window.calendar()
    calendar.set_view(1)
    grab(window, out / f"calendar_week_{theme}_{language}.png")
    calendar.set_view(2)
    grab(window, out / f"calendar_list_{theme}_{language}.png")
    calendar.set_view(0)
    calendar.open_post(paused.id)
    grab(window, out / f"composer_paused_{theme}_{language}.png")
    composer = calendar.composer
    composer.master_edit.setPlainText("Raadsvergadering over de weekmarkt. " * 200)
    grab(window, out / f"composer_long_text_{theme}_{language}.png")
    for editor in composer.editors.values():  # a channel that shows the whole text: where its preview stops
        if DISPLAYS[editor.channel.network].fold is None:
            composer.variant_tabs.setCurrentWidget(editor)
            editor.preview.resize(300, 400)
            grab(editor.preview, out / f"preview_long_text_{theme}_{language}.png")
            break
    QApplication.clipboard().setText("Notulen. " * 20_000)
    composer.master_edit.paste()
    for message in window.findChildren(QMessageBox):
        grab(message, out / f"paste_refused_{theme}_{language}.png")
        message.close()
    composer.master_edit.setPlainText(paused.body)
    window.file_menu.aboutToShow.emit()  # File > Exchange is built when File is first opened
    exchange = window.exchange_menu
    assert exchange is not None
    exchange._save_path = lambda *_args: store.path  # type: ignore[method-assign]  # the data file, by a slip

    def grab_refusal() -> None:
        message = QApplication.activeModalWidget()
        assert message is not None
        grab(message, out / f"export_over_data_{theme}_{language}.png")
        message.close()

    QTimer.singleShot(0, grab_refusal)
    exchange.export_csv()
    for index, name in enumerate(("calendar", "inbox", "replies", "vacation", "channels", "results")):  # tab_order
        window.tabs.setCurrentIndex(index)
        grab(window, out / f"tab_{index}_{name}_{theme}_{language}.png")
    note = HandoverNoteDialog(HandoverNote("Braderie", "Fusie", "Wethouder"), window)
    grab(note, out / f"handover_note_{theme}_{language}.png")
    note.close()
    window.close()
    store.close()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for theme in ("light", "dark"):
        for language in ("en", "nl"):
            subprocess.run([sys.executable, "-m", "tests.ui.theme_screenshots", str(out), language, theme], check=True)


if __name__ == "__main__":
    if len(sys.argv) == 4:
        with tempfile.TemporaryDirectory() as folder:
            shoot(Path(sys.argv[1]), sys.argv[2], sys.argv[3], Path(folder))
    else:
        main(Path(sys.argv[1]))
