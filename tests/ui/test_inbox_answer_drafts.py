"""An answer being typed to a resident is never lost: choosing another message, closing or quitting the window,
closing the message and reopening it bring it back as it was left; an answer in the outbox leaves nothing behind;
and when the data file will not take it, the answer stays on screen and is asked about before Omroeper quits."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from models.channel import ChannelAccount, Network
from models.inbox import InboxAnswer, InboxItem, ItemKind, item_id_for
from models.reply import ReplyTemplate, TemplateCategory
from services.answer_drafts import AnswerDraft, draft_of
from services.store import Store
from tests.conftest import FakeClock
from ui.main_window import MainWindow
from ui.unsaved_text_dialog import UnsavedTextDialog

pytestmark = pytest.mark.usefixtures("english")


def two_messages(store: Store, clock: FakeClock) -> tuple[InboxItem, InboxItem]:
    channel = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url="https://social.example"))

    def said(remote_id: str, text: str, name: str, hours_ago: int) -> InboxItem:
        return store.save(InboxItem(id=item_id_for(channel.id, remote_id), channel_id=channel.id, network="mastodon",
                                    kind=ItemKind.MENTION, remote_id=remote_id, text=text, source=text,
                                    conversation_key=remote_id, received_at=clock() - timedelta(hours=hours_ago),
                                    author_name=name, author_handle=f"{name.lower()}@example.org"))

    return said("1", "Wanneer is de markt?", "Jan", 1), said("2", "Is het zwembad open?", "Fatima", 2)


def open_inbox(window: MainWindow, qtbot):  # type: ignore[no-untyped-def]
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(1)
    return window.inbox()


def choose(tab, item: InboxItem) -> None:  # type: ignore[no-untyped-def]
    tab.list_view.setCurrentIndex(tab.model.index(tab.model.row_of(item.id), 0))
    QApplication.processEvents()


def type_answer(tab, text: str) -> None:  # type: ignore[no-untyped-def]
    """Typed as the officer types: key by key into the answer field."""
    edit = tab.answer_panel.answer_edit
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    QTest.keyClicks(edit, text)


def test_choosing_another_message_and_back_brings_the_answer_back(make_window, store: Store, clock: FakeClock,
                                                                  qtbot) -> None:  # type: ignore[no-untyped-def]
    jan, fatima = two_messages(store, clock)
    template = store.save(ReplyTemplate(title="Markt", category=TemplateCategory.QUESTION, language="nl",
                                        body="Dag {name}, de markt is zaterdag."))
    tab = open_inbox(make_window(), qtbot)
    choose(tab, jan)
    tab.answer_panel.use_template(template)
    type_answer(tab, " Tot dan!")
    written = tab.answer_panel.answer_edit.toPlainText()
    assert written.endswith("de markt is zaterdag. Tot dan!")
    choose(tab, fatima)
    assert tab.answer_panel.answer_edit.toPlainText() == ""  # Fatima's answer is her own
    type_answer(tab, "Ja, tot 22 uur.")
    choose(tab, jan)
    assert tab.answer_panel.answer_edit.toPlainText() == written
    assert tab.answer_panel.template is not None and tab.answer_panel.template.id == template.id
    choose(tab, fatima)
    assert tab.answer_panel.answer_edit.toPlainText() == "Ja, tot 22 uur."


def test_the_answer_is_kept_while_typing_pauses(make_window, store: Store, clock: FakeClock, qtbot) -> None:  # type: ignore[no-untyped-def]
    jan, _fatima = two_messages(store, clock)
    tab = open_inbox(make_window(), qtbot)
    choose(tab, jan)
    type_answer(tab, "Dag Jan, de markt")
    assert draft_of(store, jan.id) is None  # not at every key press
    qtbot.waitUntil(lambda: draft_of(store, jan.id) is not None, timeout=3000)
    assert draft_of(store, jan.id) == AnswerDraft("Dag Jan, de markt", None)


def test_quitting_keeps_the_answer_for_the_next_start(store: Store, clock: FakeClock, tmp_path: Path, qtbot,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    jan, _fatima = two_messages(store, clock)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    first = MainWindow(store, tmp_path, settings, lambda _hosts: False)
    qtbot.addWidget(first)
    tab = open_inbox(first, qtbot)
    choose(tab, jan)
    type_answer(tab, "Dag Jan, de markt is zaterdag")
    first.quit()  # at once, before typing paused long enough
    assert not first.isVisible()
    second = MainWindow(store, tmp_path, settings, lambda _hosts: False)
    qtbot.addWidget(second)
    tab = open_inbox(second, qtbot)
    choose(tab, jan)
    assert tab.answer_panel.answer_edit.toPlainText() == "Dag Jan, de markt is zaterdag"


def test_closing_a_message_keeps_its_answer_for_when_it_is_reopened(make_window, store: Store, clock: FakeClock,
                                                                     qtbot) -> None:  # type: ignore[no-untyped-def]
    jan, _fatima = two_messages(store, clock)
    tab = open_inbox(make_window(), qtbot)
    tab.state_box.select_value(None)  # every message, closed ones too
    choose(tab, jan)
    type_answer(tab, "Dag Jan, ik zoek het uit")
    tab.answer_panel.done_button.click()
    assert tab.answer_panel.answer_edit.toPlainText() == "" and not tab.answer_panel.answer_edit.isEnabled()
    tab.answer_panel.reopen_button.click()
    assert tab.answer_panel.answer_edit.toPlainText() == "Dag Jan, ik zoek het uit"


def test_an_answer_in_the_outbox_leaves_no_draft_behind(make_window, store: Store, clock: FakeClock,
                                                        qtbot) -> None:  # type: ignore[no-untyped-def]
    jan, fatima = two_messages(store, clock)
    tab = open_inbox(make_window(), qtbot)
    choose(tab, jan)
    type_answer(tab, "@jan@example.org De markt is zaterdag.")
    QTest.keyClick(tab.answer_panel.answer_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(store.find(InboxAnswer)) == 1
    assert draft_of(store, jan.id) is None
    choose(tab, fatima)
    choose(tab, jan)
    assert tab.answer_panel.answer_edit.toPlainText() == ""
    assert store.query("SELECT count(*) FROM answer_drafts")[0][0] == 0


def test_an_answer_the_data_file_refuses_stays_and_is_asked_about(make_window, store: Store, clock: FakeClock,
                                                                   qtbot, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    jan, fatima = two_messages(store, clock)
    window = make_window()
    tab = open_inbox(window, qtbot)
    store.conn.execute("PRAGMA query_only = ON")  # as a read-only disk: every write refused
    try:
        choose(tab, jan)
        type_answer(tab, "Dag Jan, de markt is zaterdag.")
        choose(tab, fatima)
        assert tab.answer_panel.status_label.text().startswith("Your answer is not kept in the data file:")
        assert "cannot be written to" in tab.answer_panel.status_label.text()
        choose(tab, jan)
        assert tab.answer_panel.answer_edit.toPlainText() == "Dag Jan, de markt is zaterdag."

        asked: list[str] = []

        def keep_open(dialog: UnsavedTextDialog) -> int:
            asked.append(dialog.windowTitle() + "|" + dialog.text())
            dialog.keep_button.click()
            return 0

        monkeypatch.setattr(UnsavedTextDialog, "exec", keep_open)
        monkeypatch.setattr(QApplication, "quit", lambda: None)
        window.quit()
        assert window.isVisible() and asked[0].startswith("The answer is not saved|The answer you are writing")

        target = tmp_path / "antwoord.txt"

        def to_file(dialog: UnsavedTextDialog) -> int:
            dialog.file_button.click()
            return 0

        monkeypatch.setattr(UnsavedTextDialog, "exec", to_file)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(target), ""))
        window.quit()
        assert not window.isVisible()
        saved = target.read_text(encoding="utf-8")
        assert "To \u2068Jan\u2069:\nDag Jan, de markt is zaterdag." in saved  # the name as outside text
    finally:
        store.conn.execute("PRAGMA query_only = OFF")


def test_a_fetch_while_typing_leaves_the_answer_as_it_is(make_window, store: Store, clock: FakeClock,
                                                         qtbot) -> None:  # type: ignore[no-untyped-def]
    """A fetch (or an outbox run) refreshes the list: the answer being typed keeps its cursor and its undo, so
    the next words land where the officer was typing, not in front of the answer."""
    from services.changes import Changes

    jan, _fatima = two_messages(store, clock)
    window = make_window()
    tab = open_inbox(window, qtbot)
    choose(tab, jan)
    type_answer(tab, "Dag Jan, de markt is zaterdag.")
    edit = tab.answer_panel.answer_edit
    cursor = edit.textCursor()
    cursor.setPosition(len("Dag Jan,"))
    edit.setTextCursor(cursor)
    window.apply(Changes(inbox=True))
    assert edit.textCursor().position() == len("Dag Jan,") and edit.document().isUndoAvailable()
    QTest.keyClicks(QApplication.focusWidget(), " ook op zondag")
    assert edit.toPlainText() == "Dag Jan, ook op zondag de markt is zaterdag."


def test_a_message_pushed_past_the_rows_read_stays_chosen(make_window, store: Store, clock: FakeClock,
                                                          qtbot) -> None:  # type: ignore[no-untyped-def]
    """The officer scrolled to an old message and answers it; new messages arrive above it: it stays chosen,
    with its answer, rather than the list jumping to the newest resident."""
    from services.changes import Changes

    channel = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon", base_url="https://social.example"))

    def said(number: int, hours_ago: int) -> InboxItem:
        return store.save(InboxItem(id=item_id_for(channel.id, str(number)), channel_id=channel.id,
                                    network="mastodon", kind=ItemKind.MENTION, remote_id=str(number),
                                    text=f"Vraag {number}", source=f"Vraag {number}", conversation_key=str(number),
                                    received_at=clock() - timedelta(hours=hours_ago), author_name=f"Inwoner {number}"))

    for listed, arriving in ((205, 3), (150, 60)):  # past the first page; and the last of fewer than a page
        store.conn.execute("DELETE FROM inbox_items")
        oldest = [said(number, number + 1) for number in range(listed)][-1]
        window = make_window()
        tab = open_inbox(window, qtbot)
        while tab.model.canFetchMore():
            tab.model.fetchMore()  # as scrolling to the end does
        choose(tab, oldest)
        type_answer(tab, "Beste inwoner, uw vraag over ")
        for number in range(1000, 1000 + arriving):
            said(number, 0)
        window.apply(Changes(inbox=True))
        assert tab.answer_panel.item is not None and tab.answer_panel.item.id == oldest.id, (listed, arriving)
        QTest.keyClicks(QApplication.focusWidget(), "de afvalkalender")
        assert tab.answer_panel.answer_edit.toPlainText() == "Beste inwoner, uw vraag over de afvalkalender"
        window.close()


def test_when_the_chosen_message_leaves_the_list_the_keyboard_leaves_its_answer(make_window, store: Store,
                                                                                clock: FakeClock, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Closed elsewhere while the officer types (by the command line, or a stand-in's file), the message leaves
    the list of open ones: the next resident is shown, but the keys typed next do not go into that resident's
    answer, and what was typed is kept for the message it was meant for."""
    from services.changes import Changes
    from services.inbox import find_item, mark_done

    jan, fatima = two_messages(store, clock)
    window = make_window()
    tab = open_inbox(window, qtbot)
    choose(tab, jan)
    type_answer(tab, "Dag Jan, de markt")
    mark_done(store, find_item(store, jan.id), None)
    window.apply(Changes(inbox=True))
    assert tab.answer_panel.item is not None and tab.answer_panel.item.id == fatima.id
    assert tab.answer_panel.status_label.text().startswith("The message you were answering is no longer in the list")
    assert not tab.answer_panel.answer_edit.hasFocus()
    QTest.keyClicks(QApplication.focusWidget(), "zaterdag")
    assert tab.answer_panel.answer_edit.toPlainText() == ""
    assert draft_of(store, jan.id) == AnswerDraft("Dag Jan, de markt", None)
    assert draft_of(store, fatima.id) is None


def test_the_keyboard_leaves_the_answer_also_while_another_program_is_in_front(make_window, store: Store,
                                                                              clock: FakeClock, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The officer types to Jan, looks something up in a browser; meanwhile Jan's message is closed elsewhere and
    the list refreshes. Coming back, the keys typed do not go on into Fatima's answer."""
    from PySide6.QtWidgets import QLineEdit

    from services.changes import Changes
    from services.inbox import find_item, mark_done

    jan, fatima = two_messages(store, clock)
    window = make_window()
    tab = open_inbox(window, qtbot)
    choose(tab, jan)
    type_answer(tab, "Dag Jan, de markt")
    browser = QLineEdit()
    qtbot.addWidget(browser)
    browser.show()
    browser.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is browser)
    mark_done(store, find_item(store, jan.id), None)
    window.apply(Changes(inbox=True))
    assert tab.answer_panel.status_label.text().startswith("The message you were answering is no longer in the list")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClicks(QApplication.focusWidget(), " is zaterdag.")
    assert tab.answer_panel.answer_edit.toPlainText() == ""
    assert draft_of(store, fatima.id) is None


def test_a_paste_far_too_long_for_any_network_is_said_so_and_kept(make_window, store: Store, clock: FakeClock,
                                                                   qtbot) -> None:  # type: ignore[no-untyped-def]
    """A paste gone wrong (a whole document) was counted and searched for personal data at every key press, seconds
    each; now it is said to be far too long for any network, and kept like any answer until it is shortened."""
    jan, fatima = two_messages(store, clock)
    tab = open_inbox(make_window(), qtbot)
    choose(tab, jan)
    pasted = "Dag Jan, bel 0612345678. " * 20_000 + "Groet."  # 500,006 characters
    tab.answer_panel.answer_edit.insertPlainText(pasted)
    assert tab.answer_panel.check_label.text() == (
        "⚠ The answer is far too long for any network (500,006 characters). Shorten it first; then it is checked.")
    assert not tab.answer_panel.send_button.isEnabled()
    choose(tab, fatima)
    choose(tab, jan)
    assert tab.answer_panel.answer_edit.toPlainText() == pasted
    tab.answer_panel.answer_edit.setPlainText("Dag Jan, bel 0612345678.")
    assert "personal data" in tab.answer_panel.check_label.text()  # short again: checked again
