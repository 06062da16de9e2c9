"""No Alt+letter means two things: every tab of the window (with the composer open beside the calendar) and every
dialog is walked in English and in Dutch, and each letter underlined on a screen belongs to one control.

Qt does not refuse a doubled mnemonic: pressing it moves the focus between the controls instead of acting, which
reads as a broken key (Alt+A on the Vacation tab). A control counts where the officer can meet it on that screen:
shown, or hidden only until the state asks for it (a button of a delivery row), disabled or not."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenuBar,
    QMessageBox,
    QTabBar,
    QWidget,
)

import ui
from models.planning import Absence
from models.post import Post
from models.staff import StaffMember
from services.backup import Backup
from services.csv_exchange import ImportReport
from services.demo import fill_demo
from services.errors import CorruptStoreError
from services.handover import HandoverNote
from services.preferences import load_municipality
from services.store import Store
from ui.main_window import MainWindow


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand), in lower case."""
    position = 0
    while position < len(text) - 1:
        if text[position] == "&":
            if text[position + 1] != "&":
                return text[position + 1].lower()
            position += 1
        position += 1
    return None


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [widget.text()]
    if isinstance(widget, QGroupBox) and widget.isCheckable():
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(index) for index in range(widget.count()) if widget.isTabVisible(index)]
    if isinstance(widget, QMenuBar):
        return [action.text() for action in widget.actions() if action.isVisible()]
    return []


def _on_screen(widget: QWidget, window: QWidget) -> bool:
    """Shown in the window, or hidden by its own state only (its parent shows): a row's buttons that come and go."""
    parent = widget.parentWidget()
    return widget.isVisibleTo(window) or (parent is not None and parent.isVisibleTo(window)
                                          and not widget.isWindow() and widget.property("shown_later") is not False
                                          and isinstance(widget, QAbstractButton))


def doubled(window: QWidget) -> dict[str, list[str]]:
    """The letters that more than one control of the window's present screen claims."""
    claimed: dict[str, list[str]] = defaultdict(list)
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not _on_screen(widget, window):
            continue
        for text in _texts(widget):
            letter = mnemonic(text)
            if letter:
                claimed[letter].append(text)
    return {letter: texts for letter, texts in claimed.items() if len(texts) > 1}


@pytest.fixture
def demo(store: Store) -> Store:
    fill_demo(store, date(2026, 11, 20))
    return store


# In Dutch the letters are the translation's choice (resources/translations/omroeper_nl.ts): the walk holds it to
# the same rule.
DUTCH = "nl"


@pytest.fixture(params=["en", DUTCH])
def language(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    from services.i18n import apply_locale, install_translators

    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    apply_locale("en")


def test_each_tab_of_the_window_and_the_composer_has_no_doubled_letter(
        qtbot, demo: Store, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo, tmp_path, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                        lambda _hosts: False)
    qtbot.addWidget(window)
    window.show()
    window.finish_startup()
    found = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        found[window.tabs.tabText(index)] = doubled(window)
    window.tabs.setCurrentIndex(0)
    calendar = window.calendar()
    post = next(p for p in demo.find(Post) if p.series_id is None and p.scheduled_at is not None)
    calendar.open_post(post.id)
    calendar.composer.series_scope.show()  # as for a post of a series
    QApplication.processEvents()
    found["composer"] = doubled(window)
    calendar.composer.close_post()
    assert {screen: letters for screen, letters in found.items() if letters} == {}


def _dialogs(store: Store, parent: QWidget) -> dict[str, Callable[[], QWidget]]:
    """Every dialog of the app, built on the demo data (the test below checks none is left out)."""
    from ui.absence_dialog import AbsenceDialog
    from ui.archive_dialog import ArchiveDialog
    from ui.channel_dialog import ChannelDialog
    from ui.csv_import_dialog import CsvImportDialog
    from ui.figures_dialog import FiguresDialog
    from ui.first_start_dialog import FirstStartDialog
    from ui.handover_note_dialog import HandoverNoteDialog
    from ui.key_dates_dialog import KeyDatesDialog
    from ui.messages import ErrorDialog, ProblemMessage
    from ui.pause_dialog import PauseDialog
    from ui.preferences_dialog import PreferencesDialog
    from ui.recurrence_dialog import RecurrenceDialog
    from ui.reminders_dialog import RemindersDialog
    from ui.restore_backup_dialog import RestoreBackupDialog
    from ui.staff_dialog import StaffDialog
    from ui.store_problem_dialog import StoreProblemDialog
    from ui.template_dialog import TemplateDialog
    from ui.unsaved_text_dialog import UnsavedTextDialog
    from ui.woo_search_dialog import WooSearchDialog

    members = store.find(StaffMember)
    backups = [Backup(Path("omroeper-2026-11-20.sqlite"), datetime(2026, 11, 20, 8, tzinfo=UTC), "daily")]
    return {
        "AbsenceDialog": lambda: AbsenceDialog(Absence(staff_id=members[0].id, starts_on=date(2026, 12, 1),
                                                       ends_on=date(2026, 12, 5)), members, parent),
        "ArchiveDialog": lambda: ArchiveDialog(store.path, date(2026, 11, 20), parent),
        "ChannelDialog": lambda: ChannelDialog(None, parent),
        "CsvImportDialog": lambda: CsvImportDialog(ImportReport(), "posts.csv", parent),
        "ErrorDialog": lambda: ErrorDialog(Path("omroeper.log"), parent),
        "FiguresDialog": lambda: FiguresDialog(parent),
        "FirstStartDialog": lambda: FirstStartDialog(store, QSettings(str(store.path.parent / "ui.ini"),
                                                                      QSettings.Format.IniFormat), parent),
        "ProblemMessage": lambda: ProblemMessage("The disk is full.", parent),
        "HandoverNoteDialog": lambda: HandoverNoteDialog(HandoverNote(), parent),
        "KeyDatesDialog": lambda: KeyDatesDialog(store, parent),
        "PauseDialog": lambda: PauseDialog(3, parent),
        "PreferencesDialog": lambda: PreferencesDialog(load_municipality(store), "", None, parent),
        "RecurrenceDialog": lambda: RecurrenceDialog(date(2026, 11, 20), None, parent),
        "RemindersDialog": lambda: RemindersDialog(store, parent),
        "RestoreBackupDialog": lambda: RestoreBackupDialog(backups, parent),
        "StaffDialog": lambda: StaffDialog(store, parent),
        "StoreProblemDialog": lambda: StoreProblemDialog(CorruptStoreError("damaged"), backups, parent),
        "TemplateDialog": lambda: TemplateDialog(None, parent),
        "UnsavedTextDialog": lambda: UnsavedTextDialog("The disk is full.", parent),
        "WooSearchDialog": lambda: WooSearchDialog(store.path, [("c", "Mastodon")], "Europe/Amsterdam",
                                                   date(2026, 11, 20), parent),
    }


def test_no_dialog_has_a_doubled_letter(qtbot, demo: Store, language: str) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    found = {}
    for name, build in _dialogs(demo, parent).items():
        dialog = build()
        dialog.show()
        QApplication.processEvents()
        found[name] = doubled(dialog)
        dialog.close()
    assert {name: letters for name, letters in found.items() if letters} == {}


def test_every_dialog_of_the_app_is_walked(demo: Store) -> None:
    """A new dialog joins the walk above: this fails until it is listed in _dialogs."""
    dialogs = set()
    for module_info in pkgutil.iter_modules(ui.__path__):
        module = importlib.import_module(f"ui.{module_info.name}")
        for name, value in inspect.getmembers(module, inspect.isclass):
            if value.__module__ == module.__name__ and issubclass(value, (QDialog, QMessageBox)):
                dialogs.add(name)
    assert dialogs <= set(_dialogs(demo, None)), dialogs - set(_dialogs(demo, None))  # type: ignore[arg-type]
