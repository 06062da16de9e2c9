from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from models.post import Post
from models.settings import Country, Municipality
from services.backup import BACKUP_DIR_NAME, take_backup
from services.calendar_page import Rhythm, load_rhythm
from services.demo import fill_demo
from services.preferences import load_municipality
from services.store import Store
from ui.main_window import MainWindow
from ui.preferences_dialog import PreferencesDialog
from ui.restore_backup_dialog import RestoreBackupDialog


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]


def test_the_window_has_its_five_tabs_in_english(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    assert tab_titles(window) == ["Calendar", "Inbox", "Replies", "Vacation", "Channels", "Results"]
    assert [type(window.tab_page(i)).__name__ for i in range(6)] == [
        "CalendarTab", "InboxTab", "RepliesTab", "VacationTab", "ChannelsTab", "ResultsTab"]


TAB_NAMES = ["calendar_tab", "inbox_tab", "replies_tab", "vacation_tab", "channels_tab"]


def built_tabs(window: MainWindow) -> list[str]:
    """The tabs whose page holds its content (the others hold an empty placeholder until first shown)."""
    return [name for index, name in enumerate(TAB_NAMES) if window.tabs.widget(index).findChild(QWidget, name)]


def test_only_the_tab_on_screen_is_built_and_the_others_when_first_opened(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    qtbot.waitUntil(lambda: window.started)  # the rest of start-up has run
    assert not window.quit_action.shortcut().isEmpty()
    assert built_tabs(window) == ["calendar_tab"]
    window.tabs.setCurrentIndex(3)
    assert built_tabs(window) == ["calendar_tab", "vacation_tab"]


def press(key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)
    QApplication.processEvents()


def shown_content(window: MainWindow) -> str:
    """What the tab on screen shows that only its built page has: a template, the coverage check's advice, a
    channel's name, the month's title."""
    page = window.tabs.currentWidget().findChild(QWidget, TAB_NAMES[window.tabs.currentIndex()])
    if page is None or not page.isVisible():
        return ""
    if window.tabs.currentIndex() == 1:
        return page.count_label.text() if page.list_view.isVisible() else ""
    if window.tabs.currentIndex() == 2:
        return str(page.model.rowCount() > 0 and page.list_view.isVisible())
    if window.tabs.currentIndex() == 3:
        return page.coverage_title.text() if page.coverage_title.isVisible() else ""
    if window.tabs.currentIndex() == 4:
        return page.model.data(page.model.index(0, 0)) if page.table.isVisible() else ""
    return page.period_button.text() if page.period_button.isVisible() else ""


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("keys", ["Ctrl+Tab", "Alt+letter"])
def test_each_tab_opened_by_keyboard_shows_its_content(make_window, store: Store, qtbot, keys: str) -> None:  # type: ignore[no-untyped-def]
    from models.channel import ChannelAccount, Network

    store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    window = make_window()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.started)
    month = shown_content(window)
    assert month
    letters = [Qt.Key.Key_I, Qt.Key.Key_R, Qt.Key.Key_V, Qt.Key.Key_H]  # Ctrl+I, &Replies, &Vacation, C&hannels
    for index, letter in zip((1, 2, 3, 4), letters, strict=True):
        if keys == "Ctrl+Tab":  # Qt's key for the next tab
            press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        elif letter == Qt.Key.Key_I:  # the Inbox's own key
            press(letter, Qt.KeyboardModifier.ControlModifier)
        else:
            press(letter, Qt.KeyboardModifier.AltModifier)
        assert window.tabs.currentIndex() == index
        qtbot.waitUntil(lambda: shown_content(window) != "")
    assert shown_content(window) == "Mastodon"
    window.tabs.setCurrentIndex(3)
    assert shown_content(window) == "Choose an absence to check what could go wrong."
    window.tabs.setCurrentIndex(2)
    assert shown_content(window) == "True"  # the starter templates
    window.tabs.setCurrentIndex(1)
    assert shown_content(window) == "0 messages"
    press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentIndex() == 0 and shown_content(window) == month


@pytest.mark.usefixtures("english")
def test_a_channel_added_in_its_tab_shows_in_the_calendar_at_once(make_window, qtbot,  # type: ignore[no-untyped-def]
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from models.channel import Network
    from ui.channel_dialog import ChannelDialog

    window = make_window()
    calendar = window.calendar()

    def fill_in(dialog: ChannelDialog) -> int:
        dialog.network_box.select_value(Network.MANUAL)
        dialog.name_edit.setText("WhatsApp-kanaal")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChannelDialog, "exec", fill_in)
    window.tabs.setCurrentIndex(4)
    window.tab_page(4).add()
    assert "WhatsApp-kanaal" in [calendar.channel_filter.itemText(i) for i in range(calendar.channel_filter.count())]


@pytest.mark.usefixtures("dutch")
def test_the_window_speaks_dutch_on_a_dutch_system(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert tab_titles(window) == ["Kalender", "Inbox", "Reacties", "Vakantie", "Kanalen", "Resultaten"]
    assert window.menuBar().actions()[0].text() == "&Bestand"
    assert window.status.outbox_label.text() == "Wachtrij is leeg"


@pytest.mark.usefixtures("english")
def test_status_bar_shows_online_state_and_outbox(make_window, store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    fill_demo(store, date(2026, 11, 18))
    window = make_window(online=True)
    waiting = store.outbox_count()
    assert waiting > 0
    assert window.status.outbox_label.text() == f"{waiting} posts waiting in the outbox"
    window.status.show_outbox(1)
    assert window.status.outbox_label.text() == "1 post waiting in the outbox"
    window.check_online()
    qtbot.waitUntil(lambda: window.status.network_label.text() == "● Online")


def test_offline_is_shown(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(online=False)
    window.check_online()
    qtbot.waitUntil(lambda: window.status.network_label.text() == "○ Offline")


def test_the_connection_check_reaches_the_channels_hosts_from_a_worker(  # type: ignore[no-untyped-def]
        qtbot, store: Store, tmp_path: Path, ui_settings: QSettings) -> None:
    """The real check, as main.py wires it: the hosts come from the store on the GUI thread, the connecting is done
    on a worker. (It once read the store from the worker, which sqlite3 refuses: the window always said Offline.)"""
    import socket

    from models.channel import ChannelAccount, Network
    from services.connectivity import is_online

    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url=f"http://127.0.0.1:{port}"))
    window = MainWindow(store, tmp_path, ui_settings, is_online)
    qtbot.addWidget(window)
    window.check_online()
    qtbot.waitUntil(lambda: window.status.network_label.text() == "● Online")
    listener.close()
    window.check_online()
    qtbot.waitUntil(lambda: window.status.network_label.text() == "○ Offline")


def test_geometry_and_last_tab_are_remembered(make_window, ui_settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.resize(760, 520)  # within the offscreen screen of 800 x 600
    window.tabs.setCurrentIndex(2)
    window.close()
    again = make_window()
    assert again.tabs.currentIndex() == 2
    assert (again.width(), again.height()) == (760, 520)


def test_preferences_are_saved_to_store_and_settings(make_window, store: Store, ui_settings: QSettings,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()

    def fill_in(dialog: PreferencesDialog) -> int:
        dialog.name_edit.setText("  Kasterlee ")
        dialog.country_box.select_value(Country.BE)
        dialog.language_box.select_value("nl")
        dialog.region_box.select_value("VLG")
        dialog.per_week_spin.setValue(5)
        dialog.weekends_check.setChecked(True)
        dialog.grace_spin.setValue(2)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", fill_in)
    window.edit_preferences()
    assert load_municipality(store) == Municipality("Kasterlee", Country.BE, "Europe/Brussels", "VLG")
    assert load_rhythm(store) == Rhythm(per_week=5, weekends=True)
    from datetime import timedelta

    from services.outbox import grace_period

    assert grace_period(store) == timedelta(hours=2)
    assert ui_settings.value("language") == "nl"
    assert window.windowTitle() == "Omroeper – Kasterlee"


def test_restore_backup_action_brings_back_the_chosen_state(make_window, store: Store, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    store.save(Post(title="In de back-up"))
    take_backup(store.conn, tmp_path / BACKUP_DIR_NAME, "daily", store.clock())
    store.save(Post(title="Later geschreven"))
    window = make_window()
    monkeypatch.setattr(RestoreBackupDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or QMessageBox.StandardButton.Ok)
    window.restore_backup()
    assert [post.title for post in store.find(Post)] == ["In de back-up"]
    assert shown and "before-restore" in shown[0]


def test_the_rest_of_start_up_runs_once_whoever_asks(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path / "omroeper.sqlite")
    window = MainWindow(store, tmp_path, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                        lambda _hosts: False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.started)  # finish_startup, queued by the first paint, ran
    shortcuts = list(window.calendar().shortcuts)
    window.finish_startup()
    window.file_menu.aboutToShow.emit()  # the officer opens File, twice: Exchange is there, once
    window.file_menu.aboutToShow.emit()
    texts = [action.text() for action in window.file_menu.actions()]
    assert window.exchange_menu is not None
    assert texts == [window.preferences_action.text(), "", window.exchange_menu.title(), "",
                     window.restore_action.text(), window.open_data_action.text(), "", window.quit_action.text()]
    assert window.calendar().shortcuts == shortcuts
    window.close()
    store.close()


def test_a_timer_queued_at_the_first_paint_runs_after_the_month_painted_and_before_the_rest(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path) -> None:
    """The first paint shows the whole window, the month included, before any of the rest of the start
    (finish_startup) has run."""
    from PySide6.QtCore import QTimer

    store = Store.open(tmp_path / "omroeper.sqlite")
    window = MainWindow(store, tmp_path, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                        lambda _hosts: False)
    qtbot.addWidget(window)
    month = window.calendar().month_view
    month_painted: list[bool] = []
    original_paint = month.paintEvent
    month.paintEvent = lambda event: (month_painted.append(True), original_paint(event))  # type: ignore[method-assign]
    seen: list[tuple[bool, bool]] = []
    window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: seen.append((bool(month_painted),
                                                                                       window.started))))
    window.show()
    qtbot.waitUntil(lambda: window.started)
    assert seen == [(True, False)]
    window.close()
    store.close()


def test_the_title_and_the_vacation_tab_say_for_whom_the_user_stands_in(make_window, store: Store,  # type: ignore[no-untyped-def]
                                                                         clock) -> None:
    from models.planning import Absence
    from models.staff import StaffMember
    from services.absences import save_absence

    sanne = store.save(StaffMember(name="Sanne de Vries"))
    store.save(StaffMember(name="Joris", is_self=True))
    joris = store.find(StaffMember, "name = 'Joris'")[0]
    today = clock().astimezone().date()
    save_absence(store, Absence(staff_id=sanne.id, standin_id=joris.id, starts_on=today,
                                ends_on=date(today.year + 1, 3, 5)))
    window = make_window()
    assert window.windowTitle().endswith("standing in for Sanne de Vries until 5 March")
    vacation = window.tab_page(3)
    assert vacation.standing_in_label.text() == "You are standing in for Sanne de Vries until 5 March."


def test_the_title_is_one_short_line_whatever_name_came_in(make_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    """The municipality's name as a handover file may bring it: a line break, a direction override, 300 letters."""
    from models.settings import Municipality
    from services.preferences import save_municipality

    save_municipality(store, Municipality("Oost\u202eedsiw\nregel twee " + "x" * 300))
    title = make_window().windowTitle()
    assert "\n" not in title and "\u202e" not in title and len(title) < 100
    assert title.startswith("Omroeper – Oost edsiw regel twee xxx") and title.endswith("…")


@pytest.mark.usefixtures("english")
def test_channels_needing_attention_show_in_red_in_the_status_bar(make_window, store: Store, clock) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from PySide6.QtGui import QPalette

    from models.channel import ChannelAccount, Network

    store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", last_error="401"))
    store.save(ChannelAccount(network=Network.BLUESKY, name="Bluesky", token_expires_at=clock() + timedelta(days=3)))
    store.save(ChannelAccount(network=Network.FACEBOOK, name="Facebook"))
    window = make_window()
    label = window.status.attention_label
    assert not label.isHidden() and label.text() == "⚠ 2 channels need attention"
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == "#c0392b"


def test_an_absence_planned_in_the_vacation_tab_shows_in_the_title_at_once(  # type: ignore[no-untyped-def]
        make_window, store: Store, clock, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QDate

    from models.staff import StaffMember
    from ui.absence_dialog import AbsenceDialog

    sanne = store.save(StaffMember(name="Sanne de Vries"))
    joris = store.save(StaffMember(name="Joris", is_self=True))
    today = clock().astimezone().date()
    window = make_window()
    assert "standing in" not in window.windowTitle()

    def plan(dialog: AbsenceDialog) -> int:
        dialog.who_box.select_value(sanne.id)
        dialog.standin_box.select_value(joris.id)
        dialog.from_edit.setDate(QDate(today))
        dialog.to_edit.setDate(QDate(today.year + 1, 3, 5))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AbsenceDialog, "exec", plan)
    window.tabs.setCurrentIndex(3)
    window.tab_page(3).add()
    assert window.windowTitle().endswith("standing in for Sanne de Vries until 5 March")


def test_a_window_gone_before_the_start_s_threads_start_none_of_them(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The holidays and the connection check start one turn after the rest of the start: a window deleted before
    that turn (its store still open) starts neither, and nothing fails."""
    import shiboken6

    store = Store.open(tmp_path / "omroeper.sqlite")
    asked: list[object] = []
    window = MainWindow(store, tmp_path, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                        lambda hosts: asked.append(hosts) or False)
    window.finish_startup()
    window.close()
    shiboken6.delete(window)
    qtbot.wait(100)
    assert asked == []
    store.close()


@pytest.mark.parametrize("kept", ["3", "abc", "2.5", ["1", "2"], "-1"])
def test_the_tab_kept_in_ui_ini_opens_or_the_calendar_if_it_is_no_tab(make_window, ui_settings, kept) -> None:  # type: ignore[no-untyped-def]
    """ui.ini is a file anyone can edit; a value that is no tab's number used to stop every start."""
    ui_settings.setValue("window/tab", kept)
    window = make_window()
    assert window.tabs.currentIndex() == (3 if kept == "3" else 0)


def test_an_unexpected_error_of_the_outbox_run_is_told_in_words_not_as_python(  # type: ignore[no-untyped-def]
        make_window, qtbot, monkeypatch) -> None:
    """A run that meets what nobody foresaw (a bug, or a server's answer no reading expected) showed the officer
    Python's own text, OverflowError('Python int too large...'), every five minutes."""
    def tripping(*_args: object) -> None:
        raise OverflowError("Python int too large to convert to SQLite INTEGER")

    monkeypatch.setattr("services.inbox_view.run_and_sync_at", tripping)
    window = make_window()
    window.run_outbox()
    qtbot.waitUntil(lambda: "unexpected error" in window.status.currentMessage(), timeout=5000)
    shown = window.status.currentMessage()
    assert "(OverflowError)" in shown and "details are in the log" in shown and "Python int" not in shown
