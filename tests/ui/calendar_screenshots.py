"""Saves screenshots of the calendar's screens (the month with its legend, in a light and a dark palette; the Key
dates dialog; the repeat dialog; Preferences with Belgium's regions; the Vacation tab's coverage check), with the
demo data, in English and Dutch, for a person to look at. Run it once more with QT_SCALE_FACTOR=1.5 for 150%.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.calendar_screenshots OUTPUT_FOLDER
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from models.channel import ChannelAccount
from models.planning import Absence
from models.post import Post, PostStatus, Variant
from models.settings import Country, Municipality
from models.staff import StaffMember
from services.demo import fill_demo
from services.i18n import apply_locale, install_translators
from services.post_editing import save_post
from services.preferences import load_municipality, save_municipality
from services.store import Store
from ui.key_dates_dialog import KeyDatesDialog
from ui.main_window import MainWindow
from ui.preferences_dialog import PreferencesDialog
from ui.recurrence_dialog import RecurrenceDialog


def grab(widget: QWidget, path: Path) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def dark() -> QPalette:
    palette = QPalette(QColor("#353535"))
    for role, colour in ((QPalette.ColorRole.Window, "#2d2d2d"), (QPalette.ColorRole.Base, "#1f1f1f"),
                         (QPalette.ColorRole.AlternateBase, "#2a2a2a"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                         (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
                         (QPalette.ColorRole.Mid, "#4a4a4a"), (QPalette.ColorRole.Button, "#353535"),
                         (QPalette.ColorRole.ButtonText, "#e6e6e6")):
        palette.setColor(role, QColor(colour))
    return palette


def crowd_a_day(store: Store, today: date) -> None:
    """A day with four posts, one on every channel: the marks of each must still show."""
    channels = store.find(ChannelAccount, order_by="name")
    zone = ZoneInfo(load_municipality(store).time_zone)
    day = today + timedelta(days=(3 - today.weekday()) % 7 + 7)
    for hour, picked in ((9, channels[:1]), (11, channels), (13, channels[:2]), (15, channels[:3])):
        post = Post(title=f"Druk {hour}", body="…", status=PostStatus.SCHEDULED,
                    scheduled_at=datetime.combine(day, datetime.min.time(), zone).replace(hour=hour))
        save_post(store, post, [Variant(post_id=post.id, channel_id=c.id) for c in picked])


def shoot(app: QApplication, language: str, out: Path, work: Path, scale: str) -> None:
    translators = install_translators(app, language)
    data = work / language
    store = Store.open(data / "omroeper.sqlite")
    today = date.today()
    fill_demo(store, today)
    crowd_a_day(store, today)
    settings = QSettings(str(data / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, data, settings, lambda _hosts: False)
    window.resize(1100, 720)
    name = f"{language}_{scale}"
    grab(window, out / f"month_{name}.png")
    calendar = window.calendar()
    grab(calendar.legend, out / f"legend_{name}.png")
    calendar.set_view(1)
    calendar.go_to(today + timedelta(days=(3 - today.weekday()) % 7 + 7))
    grab(window, out / f"week_{name}.png")
    calendar.set_view(0)
    grab(window, out / f"month_crowded_{name}.png")
    calendar.go_to(today)
    light = window.palette()
    window.setPalette(dark())  # as a dark system theme gives it (the views' own colours stay theirs)
    grab(window, out / f"month_dark_{name}.png")
    grab(calendar.legend, out / f"legend_dark_{name}.png")
    window.setPalette(light)
    key_dates = KeyDatesDialog(store, window)
    council = [row for row, key_date in enumerate(key_dates.model.key_dates) if key_date.title == "Raadsvergadering"]
    key_dates.table.setCurrentIndex(key_dates.model.index(council[0], 2))
    grab(key_dates, out / f"key_dates_{name}.png")
    week = [row for row, k in enumerate(key_dates.model.key_dates) if k.starter_key == "week-tegen-eenzaamheid"]
    key_dates.table.setCurrentIndex(key_dates.model.index(week[0], 2))
    grab(key_dates, out / f"key_dates_world_day_{name}.png")
    key_dates.close()
    repeat = RecurrenceDialog(date(2026, 11, 27), None, window)
    repeat.frequency.setCurrentIndex(3)  # monthly
    repeat.monthly_mode.setCurrentIndex(2)  # the last Friday
    grab(repeat, out / f"repeat_{name}.png")
    repeat.monthly_mode.showPopup()
    QApplication.processEvents()
    grab(repeat.monthly_mode.view().window(), out / f"repeat_choices_{name}.png")
    repeat.monthly_mode.hidePopup()
    repeat.close()
    save_municipality(store, Municipality("Kasterlee", Country.BE, "Europe/Brussels", "VLG"))
    preferences = PreferencesDialog(load_municipality(store), "", None, window)
    grab(preferences, out / f"preferences_{name}.png")
    preferences.region_box.showPopup()
    QApplication.processEvents()
    grab(preferences.region_box.view().window(), out / f"preferences_regions_{name}.png")
    preferences.region_box.hidePopup()
    preferences.close()
    calendar.reload()
    calendar.go_to(date(today.year, 7, 1))
    grab(window, out / f"month_july_flanders_{name}.png")
    save_municipality(store, Municipality("Oosterzande", Country.NL, "Europe/Amsterdam"))
    calendar.reload()
    calendar.go_to(today)
    sanne = next(member for member in store.find(StaffMember) if member.is_self)
    for absence in store.find(Absence):
        store.mark_deleted(absence)
    christmas = date(today.year, 12, 21)
    store.save(Absence(staff_id=sanne.id, starts_on=christmas, ends_on=christmas + timedelta(days=10),
                       standin_id=next(m.id for m in store.find(StaffMember) if not m.is_self)))
    window.tabs.setCurrentIndex(3)
    window.tab_page(3).reload()
    grab(window, out / f"vacation_{name}.png")
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
    scale = "150" if os.environ.get("QT_SCALE_FACTOR", "1") == "1.5" else "100"
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as work:
        for language in sys.argv[2:] or ("en", "nl"):
            shoot(app, language, out, Path(work), scale)
    return 0


if __name__ == "__main__":
    sys.exit(main())
