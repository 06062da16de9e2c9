"""The main window's commands that do more than open a page (Preferences, restoring a backup, the data folder,
About, putting right what the Vacation tab's coverage check found) and how the window fits the screen it opens
on. The window (ui/main_window.py) calls them; they tell it what changed through its `apply`. Their words keep the
main window's translation context."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from models import APP_VERSION
from services.changes import Changes
from services.errors import KnownError, translate
from services.preferences import load_municipality, save_municipality

log = logging.getLogger("ui.main_window")

FRAME_ALLOWANCE = (16, 40)  # the window's frame and title bar, which the window's own geometry leaves out


def fit_on_screen(window: QWidget, *, centre: bool) -> None:
    """The window fits the screen it opens on: a size saved on a larger screen or at a smaller scaling (150%
    makes a 1920 × 1080 screen 1280 × 720), and the first start's size, are cut to the room the screen gives
    (less its task bar and the window's title bar), and the window is moved onto it."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.screenAt(window.geometry().center()) or window.screen() or \
        QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    width = min(window.width(), room.width() - FRAME_ALLOWANCE[0])
    height = min(window.height(), room.height() - FRAME_ALLOWANCE[1])
    window.setMinimumSize(min(window.minimumWidth(), width), min(window.minimumHeight(), height))
    window.resize(width, height)
    frame = window.geometry().adjusted(0, -FRAME_ALLOWANCE[1] + FRAME_ALLOWANCE[0] // 2, 0, 0)
    if centre or not room.contains(frame):
        left = room.left() + (room.width() - width) // 2
        top = room.top() + max(FRAME_ALLOWANCE[1] - FRAME_ALLOWANCE[0] // 2, (room.height() - height) // 2)
        window.move(left, top)


# Dialogs and the backup service are imported when first used: start-up only pays for what it shows.

def edit_preferences(window: Any) -> None:
    """Preferences: the municipality, the rhythm, the language, the grace period and the response target."""
    from services.calendar_page import load_rhythm, save_rhythm
    from services.inbox import load_target, save_target
    from services.outbox import GRACE_SETTING, grace_period
    from ui.preferences_dialog import PreferencesDialog

    store = window.store
    language = str(window.ui_settings.value("language", ""))
    grace = grace_period(store).total_seconds() / 3600
    dialog = PreferencesDialog(load_municipality(store), language, load_rhythm(store), window, grace,
                               load_target(store))
    if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
        return
    window.ui_settings.setValue("language", dialog.language())
    save_municipality(store, dialog.municipality())
    save_rhythm(store, dialog.rhythm())
    store.set_setting(GRACE_SETTING, dialog.grace_spin.value())
    save_target(store, *dialog.response_target())
    window.apply(Changes(settings=True))


def restore_backup(window: Any) -> None:
    """Puts a backup the officer chooses back in place; the state before it is kept as a backup of its own."""
    from services.backup import BACKUP_DIR_NAME, list_backups, restore_into
    from ui.messages import ProblemMessage, inform
    from ui.restore_backup_dialog import RestoreBackupDialog

    store = window.store
    backups_dir = window.data_dir / BACKUP_DIR_NAME
    dialog = RestoreBackupDialog(list_backups(backups_dir), window)
    if dialog.exec() != RestoreBackupDialog.DialogCode.Accepted or dialog.selected_backup() is None:
        return
    backup = dialog.selected_backup()
    assert backup is not None
    try:
        safety = restore_into(store, backup.path, backups_dir, store.clock())
    except KnownError as error:
        ProblemMessage(error.message, window).exec()
        return
    log.info("restored %s; previous state saved as %s", backup.path, safety)
    window.apply(Changes.everything())
    inform(window, translate("MainWindow", "Backup restored"), translate(
        "MainWindow", "The backup was restored. The state before it was saved as {path}.").format(path=safety.name))


def open_data_folder(data_dir: Path) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))


def show_about(window: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(window, translate("MainWindow", "About Omroeper"), translate(
        "MainWindow", "Omroeper {version}\nThe social media desk of a small municipality.\n\nData folder: {folder}"
    ).format(version=APP_VERSION, folder=window.data_dir))


def put_right(window: Any, finding: Any) -> None:
    """Does what a coverage finding asks: the calendar on the day or the post, the Channels tab, the staff."""
    from services.coverage import Action
    from ui.tab_order import CALENDAR, CHANNELS

    if finding.action in (Action.HAND_OVER_OR_MOVE, Action.FINISH_POST) and finding.post_id:
        window.tabs.setCurrentIndex(CALENDAR)
        if finding.day is not None:
            window.calendar().go_to(finding.day)
        window.calendar().open_post(finding.post_id)
    elif finding.action is Action.ADD_POST and finding.day is not None:
        window.tabs.setCurrentIndex(CALENDAR)
        window.calendar().new_post_on(finding.day)
    elif finding.action is Action.RENEW_TOKEN:
        window.tabs.setCurrentIndex(CHANNELS)
    elif finding.action is Action.ADD_SIGNATURE:
        from ui.staff_dialog import StaffDialog

        StaffDialog(window.store, window).exec()
        window.apply(Changes(staff=True))
