"""Saves screenshots of the main screens in English and Dutch, with the demo data, for a person to look at.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.screenshots OUTPUT_FOLDER
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from models.post import DeliveryState, Post, Variant
from services.backup import BACKUP_DIR_NAME, list_backups, take_backup
from services.crisis import pausable_posts, pause_all
from services.demo import fill_demo
from services.errors import CorruptStoreError
from services.i18n import apply_locale, install_translators
from services.preferences import load_municipality
from services.store import Store
from ui.main_window import MainWindow
from ui.messages import ErrorDialog
from ui.pause_dialog import PauseDialog
from ui.preferences_dialog import PreferencesDialog
from ui.reminders_dialog import RemindersDialog
from ui.staff_dialog import StaffDialog
from ui.store_problem_dialog import StoreProblemDialog
from ui.template_dialog import TemplateDialog


def work_image(path: Path) -> Path:
    """A small sample photo stand-in to attach."""
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#6aa84f"))
    painter = QPainter(image)
    painter.fillRect(40, 60, 240, 90, QColor("#f1c232"))
    painter.end()
    image.save(str(path))
    return path


def grab(widget: QWidget, path: Path) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def shoot(app: QApplication, language: str, out: Path, work: Path) -> None:
    translators = install_translators(app, language)
    data = work / language
    store = Store.open(data / "omroeper.sqlite")
    fill_demo(store, date.today())
    settings = QSettings(str(data / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, data, settings, lambda _hosts: False)
    window.resize(1100, 720)
    window.status.show_online(False)
    grab(window, out / f"main_window_{language}.png")
    window.calendar().period_button.pick()  # the title's pop-up calendar, a window of its own
    QApplication.processEvents()
    popup = window.calendar().period_button.calendar
    assert popup is not None
    grab(popup.window(), out / f"go_to_date_{language}.png")
    popup.window().close()
    # Every delivery state in view: the demo has most; a few variants take the rest, for the picture.
    future = [v for v in store.find(Variant) if v.state in (DeliveryState.QUEUED, DeliveryState.SCHEDULED_REMOTE)]
    for variant, state in zip(future, (DeliveryState.UNCONFIRMED, DeliveryState.OVERDUE, DeliveryState.SENDING,
                                       DeliveryState.PAUSED), strict=False):
        store.update_fields(variant, state=state)
    window.calendar().set_view(2)
    grab(window, out / f"every_state_{language}.png")
    window.calendar().set_view(0)
    calendar = window.calendar()
    calendar.set_view(1)
    grab(window, out / f"week_{language}.png")
    calendar.set_view(2)
    grab(window, out / f"list_{language}.png")
    calendar.set_view(0)
    pausable_candidates = pausable_posts(store)
    scheduled = [p for p in store.find(Post) if p.status.value in ("draft", "ready") and len(p.body) > 100]
    calendar.open_post(scheduled[0].id)
    composer = calendar.composer
    image = Path(work_image(out.parent / "sample.png"))
    composer.add_images([image])
    grab(window, out / f"composer_{language}.png")
    composer.flush()
    window.tabs.setCurrentIndex(4)
    grab(window, out / f"channels_{language}.png")
    window.tabs.setCurrentIndex(0)
    failed = [p for p in store.find(Post) if p.status.value == "failed"][0]
    calendar.open_post(failed.id)
    grab(window, out / f"composer_failed_{language}.png")
    reminder = next(v for v in store.find(Variant) if v.state is DeliveryState.REMINDER)
    due_post = store.get(Post, reminder.post_id)
    assert due_post is not None
    store.update_fields(due_post, scheduled_at=store.clock() - timedelta(minutes=10))  # due now, for the picture
    reminders = RemindersDialog(store, window)
    grab(reminders, out / f"reminders_{language}.png")
    reminders.close()
    window.tabs.setCurrentIndex(2)
    replies = window.replies()
    replies.search_edit.setText("afval" if language == "nl" else "report")
    replies.panel.field_edits["name"].setText("Anouk")
    grab(window, out / f"replies_{language}.png")
    replies.panel.field_edits["street"].setText("Kerkstraat 12, 1234 AB" if language == "nl" else "Church Street")
    grab(window, out / f"replies_check_{language}.png")
    staff = StaffDialog(store, window)
    grab(staff, out / f"staff_{language}.png")
    staff.close()
    template_dialog = TemplateDialog(replies.selected(), window)
    grab(template_dialog, out / f"template_{language}.png")
    template_dialog.close()
    window.tabs.setCurrentIndex(3)
    grab(window, out / f"vacation_{language}.png")
    window.tabs.setCurrentIndex(0)
    pause = PauseDialog(len(pausable_posts(store)), window)
    grab(pause, out / f"pause_{language}.png")
    pause.close()
    pause_all(store, store.clock(), "Brand in het centrum" if language == "nl" else "Fire in the town centre")
    calendar.reload()
    calendar.open_post(pausable_candidates[0].id)
    grab(window, out / f"composer_paused_{language}.png")
    dialog = PreferencesDialog(load_municipality(store), "", None, window)
    grab(dialog, out / f"preferences_{language}.png")
    dialog.close()
    window.close()

    broken = work / f"broken-{language}"
    damaged = Store.open(broken / "omroeper.sqlite")
    damaged.save(Post(title="x"))
    take_backup(damaged.conn, broken / BACKUP_DIR_NAME, "daily", damaged.clock())
    damaged.close()
    (broken / "omroeper.sqlite").write_bytes(b"kapot" * 100)
    try:
        Store.open(broken / "omroeper.sqlite")
    except CorruptStoreError as error:
        grab(StoreProblemDialog(error, list_backups(broken / BACKUP_DIR_NAME)), out / f"damaged_store_{language}.png")
    grab(ErrorDialog(data / "logs" / "omroeper.log"), out / f"unexpected_error_{language}.png")
    store.close()
    for widget in QApplication.topLevelWidgets():  # one round's windows gone before the next: PySide's shutdown
        widget.deleteLater()  # crashes on closed windows left alive from an earlier round
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for translator in translators:
        app.removeTranslator(translator)
    apply_locale("en")


def shoot_hostile_input(app: QApplication, language: str, out: Path, work: Path) -> None:
    """The screens that stand between the officer and a hostile or unlucky file: a handover file whose sender's
    name is markup, the second question for many deletions, a data file gone empty while a backup holds data, and
    records the store cannot show."""
    from PySide6.QtWidgets import QMessageBox

    from models.staff import StaffMember
    from services.errors import MissingStoreError
    from services.handover import HandoverNote, export_handover
    from services.post_editing import delete_post
    from services.sending import take_sending_back
    from ui.vacation_tab import VacationTab

    translators = install_translators(app, language)
    sender = Store.open(work / f"sender-{language}" / "omroeper.sqlite")
    fill_demo(sender, date.today())
    me = next(member for member in sender.find(StaffMember) if member.is_self)
    me.name = "<b>Joris</b><br>posts: 0 added, 0 changed, 0 deleted"
    sender.save(me)
    first = work / f"first-{language}.omroeper"
    export_handover(sender, first, HandoverNote(), sender.clock())
    receiver = Store.open(work / f"receiver-{language}" / "omroeper.sqlite")
    tab = VacationTab(receiver)
    shots = iter([f"handover_preview_{language}.png", f"handover_many_deletions_{language}.png"])

    def grab_and_answer(box: QMessageBox) -> int:
        grab(box, out / next(shots, f"handover_other_{language}.png"))
        return int(QMessageBox.StandardButton.Yes)

    original_exec = QMessageBox.exec
    QMessageBox.exec = grab_and_answer  # type: ignore[method-assign]
    try:
        tab.import_handover(str(first))  # everything is new: one question
        take_sending_back(sender)  # the officer takes the sending back, deletes, and hands over again
        held = {variant.post_id for variant in sender.find(Variant) if variant.state is DeliveryState.SCHEDULED_REMOTE}
        for post in [post for post in sender.find(Post) if post.id not in held][:30]:  # none a network holds
            delete_post(sender, post.id)
        second = work / f"second-{language}.omroeper"
        export_handover(sender, second, HandoverNote(), sender.clock())
        tab.import_handover(str(second))  # 30 deletions: the second question
    finally:
        QMessageBox.exec = original_exec  # type: ignore[method-assign]
    receiver.conn.execute("UPDATE key_dates SET kind = 'zombie' WHERE id IN (SELECT id FROM key_dates LIMIT 2)")
    window = MainWindow(receiver, work / f"receiver-{language}", QSettings(str(work / "x.ini"),
                                                                            QSettings.Format.IniFormat),
                        lambda _hosts: False)
    window.resize(1100, 720)
    window.refresh_outbox()
    grab(window, out / f"unreadable_records_{language}.png")
    window.close()
    backup = work / f"backup-{language}"
    take_backup(sender.conn, backup, "daily", sender.clock())
    missing = MissingStoreError(f"{work / 'omroeper.sqlite'}")
    from services.backup import check_not_lost

    try:
        check_not_lost(work / "nowhere.sqlite", backup)
    except MissingStoreError as error:
        missing = error
    grab(StoreProblemDialog(missing, list_backups(backup)), out / f"empty_store_{language}.png")
    sender.close()
    receiver.close()
    for widget in QApplication.topLevelWidgets():
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for translator in translators:
        app.removeTranslator(translator)
    apply_locale("en")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as work:
        for language in sys.argv[2:] or ("en", "nl"):
            shoot(app, language, out, Path(work))
            shoot_hostile_input(app, language, out, Path(work))
    return 0


if __name__ == "__main__":
    sys.exit(main())
