"""The Inbox tab as the officer uses it: a mention comes in from a local Mastodon server and is answered from a
template with the keyboard only, the answer goes out through the outbox threaded under it; residents' texts shown
as plain text; the response clock as it runs out; the filters; the owner during an absence; the decisions on an
answer the network did not confirm."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from models.channel import ChannelAccount, Network
from models.inbox import InboxAnswer, InboxItem, ItemKind, ItemState, item_id_for
from models.planning import Absence
from models.post import DeliveryState, Post, PostStatus
from models.reply import ReplyTemplate, TemplateCategory
from models.staff import StaffMember
from services.inbox import find_item, save_target
from services.secrets import save_secret
from services.store import Store
from tests.conftest import FakeClock
from tests.services.mastodon_server import TOKEN, MastodonServer, serve, stop
from ui.inbox_list_model import InboxListModel
from ui.inbox_tab import InboxTab
from ui.inbox_text import STAGE_BACKGROUND

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def mastodon(clock: FakeClock) -> Iterator[MastodonServer]:
    state = MastodonServer(processing_polls=0, clock=clock)
    httpd = serve(state)
    yield state
    stop(httpd, state)
    assert state.violations == []


def channel_on(store: Store, url: str = "https://social.example", name: str = "Mastodon") -> ChannelAccount:
    return store.save(ChannelAccount(network=Network.MASTODON, name=name, base_url=url, has_secret=True))


def message(store: Store, channel: ChannelAccount, remote_id: str, text: str, when: datetime, *,
            name: str = "Jan de Vries", handle: str = "jan@example.org", **fields: object) -> InboxItem:
    return store.save(InboxItem(id=item_id_for(channel.id, remote_id), channel_id=channel.id, network="mastodon",
                                kind=ItemKind.MENTION, remote_id=remote_id, text=text, source=text,
                                received_at=when, author_name=name, author_handle=handle,
                                **{"conversation_key": remote_id, **fields}))  # type: ignore[arg-type]


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)
    QApplication.processEvents()


def rows(tab: InboxTab, column: int = InboxListModel.MESSAGE) -> list[str]:
    model = tab.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_a_mention_is_answered_by_keyboard_and_goes_out_threaded(make_window, store: Store, clock: FakeClock,
                                                                 mastodon: MastodonServer, qtbot) -> None:  # type: ignore[no-untyped-def]
    channel = channel_on(store, mastodon.url)
    save_secret(channel.id, TOKEN)
    store.save(ReplyTemplate(title="Markt op zaterdag", category=TemplateCategory.QUESTION, language="nl",
                             body="Dag {name}, de markt is zaterdag van 9 tot 13 uur."))
    question = mastodon.add_message("@oosterzande Wanneer is de markt?", acct="jan@example.org")
    window = make_window()
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.outbox.synced, timeout=10_000):
        window.outbox.sync_now()
    assert window.tabs.tabText(1) == "Inbox (1)"

    press(Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # the inbox, in its list
    inbox = window.inbox()
    assert QApplication.focusWidget() is inbox.list_view
    assert inbox.detail.who_label.text() == "\u2068Jan de Vries\u2069 (@\u2068jan@example.org\u2069)"
    press(Qt.Key.Key_Return)  # to the template search
    assert QApplication.focusWidget() is inbox.answer_panel.template_search
    QTest.keyClicks(inbox.answer_panel.template_search, "markt")
    press(Qt.Key.Key_Return)  # the first template found, filled for Jan
    assert QApplication.focusWidget() is inbox.answer_panel.answer_edit
    assert inbox.answer_panel.answer_edit.toPlainText() == \
        "@jan@example.org Dag Jan de Vries, de markt is zaterdag van 9 tot 13 uur."
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # send

    waiting = store.find(InboxAnswer)
    assert [answer.state for answer in waiting] == [DeliveryState.QUEUED]
    assert inbox.detail.answer_label.text() == "The answer waits: it will be sent when the laptop is online."
    assert QApplication.focusWidget() is inbox.list_view  # ready for the next message

    with qtbot.waitSignal(window.outbox.ran, timeout=10_000):
        window.run_outbox()
    ours = [s for s in mastodon.statuses if s["account"]["id"] == "1"]
    assert len(ours) == 1 and ours[0]["in_reply_to_id"] == question["id"]
    assert ours[0]["text_source"] == "@jan@example.org Dag Jan de Vries, de markt is zaterdag van 9 tot 13 uur."
    item = find_item(store, waiting[0].item_id)
    assert item.state is ItemState.ANSWERED
    qtbot.waitUntil(lambda: window.tabs.tabText(1) == "Inbox")
    inbox.state_box.select_value(None)
    inbox.refresh_list()
    assert rows(inbox, InboxListModel.CLOCK) == ["✓ answered in under a minute"]
    assert inbox.detail.state_label.text().startswith("✓ Answered by")


def test_a_residents_text_is_shown_as_plain_text_whatever_it_holds(make_window, store: Store,
                                                                   clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    channel = channel_on(store)
    hostile = "<b>x</b> \u202eevil\u0000 tail https://evil.example/a\n" + "y" * 100_000
    message(store, channel, "1", hostile, clock(), name="<i>Mallory</i>\u202e", handle="mallory@evil.example",
            images='[{"url": "https://evil.example/p.png", "alt": "<img src=x>"}]')
    window = make_window()
    window.tabs.setCurrentIndex(1)
    inbox = window.inbox()
    listed = rows(inbox)[0]
    assert listed.startswith("\u2068<b>x</b> evil\ufffd tail https://evil.example/a y") and len(listed) < 170
    assert "\u202e" not in listed and "\u202e" not in rows(inbox, InboxListModel.AUTHOR)[0]
    who = inbox.detail.who_label
    assert who.textFormat() == Qt.TextFormat.PlainText and not who.openExternalLinks()
    assert who.text() == "\u2068<i>Mallory</i>\u2069 (@\u2068mallory@evil.example\u2069)"
    shown = inbox.detail.text_view.toPlainText()
    assert "\u2068<b>x</b> evil\ufffd tail https://evil.example/a\u2069" in shown  # the line isolated, RLO gone
    assert "y" * 100_000 in shown  # whole in the detail
    assert "[Image: \u2068<img src=x>\u2069] \u2068https://evil.example/p.png\u2069" in shown
    assert "\u202e" not in shown and "\u0000" not in shown


def test_the_clock_runs_out_in_words_and_colours(make_window, store: Store, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    channel = channel_on(store)
    save_target(store, 8.0)
    message(store, channel, "1", "Wanneer is de markt?", clock())
    window = make_window()
    window.tabs.setCurrentIndex(1)
    inbox = window.inbox()
    model = inbox.model
    clock_cell = model.index(0, InboxListModel.CLOCK)

    def background() -> str | None:
        brush = model.data(clock_cell, Qt.ItemDataRole.BackgroundRole)
        return brush.color().name() if brush is not None else None

    clock.advance(hours=1)
    inbox.refresh_list()
    assert model.data(clock_cell) == "7 h left" and background() is None
    clock.advance(hours=4)
    inbox.refresh_list()
    assert model.data(clock_cell) == "◑ 3 h left" and background() == STAGE_BACKGROUND[next(iter(STAGE_BACKGROUND))]
    assert model.data(clock_cell, Qt.ItemDataRole.ForegroundRole).color().name() == "#000000"  # readable when dark
    clock.advance(hours=4, minutes=30)
    inbox.refresh_list()
    assert model.data(clock_cell) == "⚠ late by 1 h 30 min" and background() == "#f4a3a3"
    assert inbox.detail.state_label.text() == "Open · ⚠ late by 1 h 30 min"
    clock.advance(hours=1)
    window.refresh_outbox()  # the status bar's recount, every 15 seconds: the clocks run on with it
    assert model.data(clock_cell) == "⚠ late by 2 h 30 min"


def test_office_hours_leave_the_night_out_of_the_clock(make_window, store: Store, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    channel = channel_on(store)
    save_target(store, 8.0, "09:00-17:00", skip_weekends=True)
    # Monday 2 March 2026, 16:00 in Amsterdam: one hour counts that day, then from 09:00 on Tuesday.
    start = datetime(2026, 3, 2, 15, 0, tzinfo=clock().tzinfo)
    message(store, channel, "1", "Kapotte lantaarn", start)
    clock.now = start + timedelta(hours=18)  # Tuesday 10:00 in Amsterdam: 2 hours counted
    window = make_window()
    window.tabs.setCurrentIndex(1)
    assert rows(window.inbox(), InboxListModel.CLOCK) == ["6 h left"]


def test_the_filters_find_by_words_channel_state_and_owner(make_window, store: Store, clock: FakeClock,
                                                           qtbot) -> None:  # type: ignore[no-untyped-def]
    town = channel_on(store, name="Gemeente")
    library = channel_on(store, "https://library.example", name="Bibliotheek")
    sanne = store.save(StaffMember(name="Sanne", is_self=True))
    joris = store.save(StaffMember(name="Joris"))
    message(store, town, "1", "Wanneer is de markt?", clock() - timedelta(hours=3), owner_id=sanne.id)
    message(store, town, "2", "Bedankt voor de hulp", clock() - timedelta(hours=2), state=ItemState.DONE)
    message(store, library, "3", "Is de bibliotheek open op zondag?", clock() - timedelta(hours=1),
            owner_id=joris.id)
    window = make_window()
    window.tabs.setCurrentIndex(1)
    inbox = window.inbox()
    plain_rows = lambda: [text.strip("\u2068\u2069") for text in rows(inbox)]  # noqa: E731
    assert plain_rows() == ["Is de bibliotheek open op zondag?", "Wanneer is de markt?"]  # open, newest first
    inbox.search_edit.setText("mark")
    qtbot.waitUntil(lambda: plain_rows() == ["Wanneer is de markt?"])
    inbox.search_edit.setText("")
    inbox.channel_box.select_value(library.id)
    inbox.refresh_list()
    assert plain_rows() == ["Is de bibliotheek open op zondag?"]
    inbox.channel_box.select_value(None)
    inbox.owner_box.select_value(sanne.id)
    inbox.refresh_list()
    assert plain_rows() == ["Wanneer is de markt?"]
    assert inbox.owner_box.currentText() == "Mine (Sanne)"
    inbox.owner_box.select_value(None)
    inbox.state_box.select_value(ItemState.DONE)
    inbox.refresh_list()
    assert plain_rows() == ["Bedankt voor de hulp"] and inbox.count_label.text() == "1 message"
    # Reopened, it is open again; nothing can be deleted, only closed.
    inbox.answer_panel.reopen_button.click()
    assert find_item(store, item_id_for(town.id, "2")).state is ItemState.OPEN
    assert window.tabs.tabText(1) == "Inbox (3)"
    assert not [b for b in inbox.findChildren(type(inbox.fetch_button)) if "delete" in b.text().lower()]


def test_during_an_absence_open_messages_go_to_the_stand_in(make_window, store: Store, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    channel = channel_on(store)
    sanne = store.save(StaffMember(name="Sanne", is_self=True))
    joris = store.save(StaffMember(name="Joris"))
    today = clock().astimezone().date()
    store.save(Absence(staff_id=sanne.id, standin_id=joris.id, starts_on=today, ends_on=today + timedelta(days=5)))
    first = message(store, channel, "1", "Wanneer is de markt?", clock())
    window = make_window()
    window.tabs.setCurrentIndex(1)
    inbox = window.inbox()
    assert find_item(store, first.id).owner_id == joris.id
    assert inbox.detail.owner_box.currentText() == "Joris"
    assert inbox.owner_box.itemText(1) == "Mine (Joris)"
    inbox.detail.owner_box.select_value(sanne.id)
    inbox.detail.owner_box.activated.emit(inbox.detail.owner_box.currentIndex())
    assert find_item(store, first.id).owner_id == sanne.id


def test_a_public_answer_with_personal_data_is_refused_with_the_reason(make_window, store: Store, clock: FakeClock,
                                                                       qtbot) -> None:  # type: ignore[no-untyped-def]
    channel = channel_on(store)
    message(store, channel, "1", "Mijn container is niet geleegd", clock())
    window = make_window()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.tabs.setCurrentIndex(1)
    panel = window.inbox().answer_panel
    panel.answer_edit.setPlainText("@jan@example.org Bel ons op 0612345678, of mail jan@example.org")
    assert "personal data" in panel.check_label.text() and not panel.send_button.isEnabled()
    panel.answer_edit.setFocus()
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter, where the button cannot be clicked
    assert panel.status_label.text().startswith("Not sent: This answer is public and holds personal data")
    assert store.find(InboxAnswer) == []
    panel.private_button.click()  # the same text as a private message: one step
    sent = store.find(InboxAnswer)
    assert len(sent) == 1 and sent[0].private


def test_an_unconfirmed_answer_waits_for_the_officers_decision(make_window, store: Store, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    channel = channel_on(store)
    post = store.save(Post(title="Markt", body="Zaterdag markt", status=PostStatus.PUBLISHED))
    item = message(store, channel, "1", "Hoe laat?", clock(), answers_post_id=post.id)
    store.save(InboxAnswer(item_id=item.id, channel_id=channel.id, body="@jan 9 uur", state=DeliveryState.UNCONFIRMED))
    window = make_window()
    window.show()
    window.tabs.setCurrentIndex(1)
    detail = window.inbox().detail
    assert detail.post_label.text() == "Answers the post: \u2068Markt\u2069"
    assert detail.sent_button.isVisible() and detail.again_button.isVisible()
    assert detail.answer_label.text().startswith("The answer may have gone out")
    detail.sent_button.click()
    assert find_item(store, item.id).state is ItemState.ANSWERED
    assert not detail.sent_button.isVisible()
    detail.post_button.click()
    assert window.tabs.currentIndex() == 0  # the calendar, on the post


def test_the_preferences_keep_the_response_target(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from services.inbox import load_target
    from services.preferences import load_municipality
    from ui.preferences_dialog import PreferencesDialog

    save_target(store, 4.0, "08:30-16:30", skip_weekends=True, skip_holidays=True)
    dialog = PreferencesDialog(load_municipality(store), "", None, None, 6.0, load_target(store, years=(2026,)))
    qtbot.addWidget(dialog)
    assert dialog.office_check.isChecked() and dialog.skip_weekends_check.isChecked()
    assert dialog.response_target() == (4.0, "08:30-16:30", True, True)
    dialog.office_check.setChecked(False)
    dialog.target_spin.setValue(24)
    save_target(store, *dialog.response_target())
    target = load_target(store, years=(2026,))
    assert target.hours == 24 and target.office_hours is None and date(2026, 12, 25) in target.holidays


def test_a_long_inbox_is_read_a_page_at_a_time(make_window, store: Store, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    channel = channel_on(store)
    with store.transaction():
        for number in range(450):
            message(store, channel, str(number), f"Vraag {number}", clock() - timedelta(minutes=number))
    window = make_window()
    window.tabs.setCurrentIndex(1)
    inbox = window.inbox()
    assert inbox.count_label.text() == "450 messages" and inbox.model.rowCount() == 200
    inbox.list_view.scrollToBottom()
    while inbox.model.canFetchMore():
        inbox.model.fetchMore()
    assert inbox.model.rowCount() == 450
    assert rows(inbox)[-1] == "\u2068Vraag 449\u2069"


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # the offscreen platform has no tray of its own
def test_the_tray_says_how_many_messages_are_open(make_window, store: Store, clock: FakeClock, qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.tray import Tray

    channel = channel_on(store)
    message(store, channel, "1", "Wanneer is de markt?", clock() - timedelta(hours=2))
    message(store, channel, "2", "Is het stadhuis open?", clock())
    window = make_window()
    window.tray = Tray([], window)
    try:
        window.show_inbox_count()
        assert window.tray.toolTip().startswith(
            "Omroeper – 2 open messages. The oldest has been waiting since 2 March 2026 at")
        assert window.tray.open_action.text() == "Open Omroeper (2 open)"
        assert window.tabs.tabText(1) == "Inbox (2)" and "(2 h)" in window.tabs.tabToolTip(1)
    finally:
        window.tray.hide()
        qapp.setQuitOnLastWindowClosed(True)


def test_a_conversation_s_messages_are_listed_together_the_answers_indented(make_window, store: Store,  # type: ignore[no-untyped-def]
                                                                            clock: FakeClock) -> None:
    channel = channel_on(store)
    first = clock() - timedelta(hours=5)
    message(store, channel, "10", "Wanneer is de markt?", first, conversation_key="markt")
    message(store, channel, "11", "Losse vraag", first + timedelta(hours=1), name="Piet", handle="piet@example.org")
    message(store, channel, "12", "En is er muziek?", first + timedelta(hours=2), conversation_key="markt",
            name="Kees", handle="kees@example.org")
    window = make_window()
    window.tabs.setCurrentIndex(1)
    tab = window.inbox()
    def bare(texts: list[str]) -> list[str]:  # without the bidi isolates each resident's text is shown in
        return [text.replace("\u2068", "").replace("\u2069", "") for text in texts]

    assert bare(rows(tab)) == ["En is er muziek?", "Wanneer is de markt?", "Losse vraag"]
    assert bare(rows(tab, InboxListModel.AUTHOR)) == ["Kees", "↳ Jan de Vries", "Piet"]
