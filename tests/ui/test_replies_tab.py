"""The Replies tab: the whole flow from the keyboard, empty placeholders blocking the copy, the privacy warning,
who answers, the reply log figures and managing templates."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from models.planning import Absence
from models.reply import Audience, ReplyLogEntry, ReplyTemplate, TemplateCategory
from models.settings import Municipality
from models.staff import Signature, StaffMember
from services.preferences import save_municipality
from services.reply_templates import starter_templates
from services.store import Store
from tests.conftest import FakeClock
from ui.messages import ProblemMessage
from ui.replies_tab import RepliesTab
from ui.reply_panel import ReplyPanel
from ui.staff_dialog import StaffDialog
from ui.template_dialog import TemplateDialog


def people(store: Store) -> tuple[StaffMember, StaffMember]:
    sanne = store.save(StaffMember(name="Sanne", is_self=True))
    joris = store.save(StaffMember(name="Joris"))
    store.save(Signature(staff_id=sanne.id, language="nl", text="Groet, Sanne, team communicatie"))
    store.save(Signature(staff_id=joris.id, language="nl", text="Groet, Joris"))
    return sanne, joris


@pytest.fixture
def tab(qtbot, store: Store) -> RepliesTab:  # type: ignore[no-untyped-def]
    people(store)
    save_municipality(store, Municipality(name="Oosterzande"))
    widget = RepliesTab(store)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the keyboard focus is, as the officer would: no widget picked by the test."""
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClick(focus, key, modifier)


def type_text(text: str) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClicks(focus, text)


def test_the_starter_library_is_there_on_first_start(tab: RepliesTab) -> None:
    assert tab.model.rowCount() == len(starter_templates())


def test_search_fill_and_copy_without_a_mouse(tab: RepliesTab, store: Store) -> None:
    tab.list_view.setFocus()
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is tab.search_edit
    type_text("lantaarn")
    assert [t.title for t in tab.model.items] == ["Melding: straatverlichting kapot"]
    tab.search_edit.clear()
    type_text("melding")
    first, second = tab.model.items[0], tab.model.items[1]
    assert tab.selected() is first
    press(Qt.Key.Key_Down)
    assert tab.selected() is second and QApplication.focusWidget() is tab.search_edit
    press(Qt.Key.Key_Up)
    assert tab.selected() is first
    tab.search_edit.clear()
    type_text("afval zwerfvuil")
    assert tab.selected() is not None and tab.selected().starter_key == "nl-melding-afval"  # type: ignore[union-attr]
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is tab.panel.field_edits["name"]
    type_text("Anouk")
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.panel.field_edits["street"]
    type_text("Dorpsstraat")
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # {case} still empty: refused
    assert not tab.panel.copy_button.isEnabled()
    assert store.find(ReplyLogEntry) == []
    assert QApplication.focusWidget() is tab.panel.field_edits["case"]
    type_text("M-2026-0412")
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Hallo Anouk, bedankt dat je dit laat weten. Ik heb de melding over het afval bij de "
                             "Dorpsstraat doorgezet (nummer M-2026-0412); het wordt uiterlijk ")
    assert copied.endswith("opgeruimd.\nGroet, Sanne, team communicatie")
    assert "{" not in copied
    entries = store.find(ReplyLogEntry)
    assert len(entries) == 1 and entries[0].channel == "Facebook"
    used = store.get(ReplyTemplate, entries[0].template_id or "")
    assert used is not None and used.use_count == 1 and used.last_used_at is not None
    assert QApplication.focusWidget() is tab.search_edit  # ready for the next resident
    assert tab.panel.field_edits["name"].text() == ""
    assert "this week: 1" in tab.figures_label.text().lower()


def test_the_expected_date_is_shown_and_filled_in_working_days(tab: RepliesTab, clock: FakeClock) -> None:
    clock.now = datetime(2026, 4, 24, 10, 0, tzinfo=UTC)  # Friday before King's Day (Monday 27 April)
    tab.search_edit.setText("we zoeken het uit")
    assert tab.selected() is not None and tab.selected().starter_key == "nl-in-behandeling"  # type: ignore[union-attr]
    tab.panel.days_spin.setValue(1)
    assert tab.panel.date_label.text() == "dinsdag 28 april"
    tab.panel.field_edits["name"].setText("Piet")
    text, missing = tab.panel.final_text()
    assert missing == [] and "uiterlijk dinsdag 28 april" in text


def test_an_empty_placeholder_is_highlighted_and_deleting_it_allows_the_copy(tab: RepliesTab) -> None:
    tab.search_edit.setText("bedankt voor het compliment")
    assert "{name}" in tab.panel.preview.toHtml() and "#ffd966" in tab.panel.preview.toHtml()
    assert not tab.panel.copy_button.isEnabled() and not tab.panel.copy_reply()
    tab.panel.text_edit.setPlainText(tab.panel.text_edit.toPlainText().replace(", {name}", ""))
    assert tab.panel.copy_button.isEnabled()
    assert tab.panel.copy_reply()
    assert QGuiApplication.clipboard().text().startswith("Wat leuk om te lezen! ")


def test_personal_data_in_a_public_reply_warns_before_copying(tab: RepliesTab, store: Store,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[list[tuple[str, str]]] = []
    monkeypatch.setattr(ReplyPanel, "confirm_personal_data", lambda self, found: asked.append(found) or False)
    QGuiApplication.clipboard().setText("before")
    tab.search_edit.setText("melding openbare ruimte doorgezet")
    tab.panel.field_edits["name"].setText("Anouk")
    tab.panel.field_edits["street"].setText("Kerkstraat 12, 1234 AB")
    tab.panel.field_edits["case"].setText("12")
    assert "personal data" in tab.panel.warning_label.text()
    assert not tab.panel.copy_reply()
    assert asked and asked[0][0][0] == "address"
    assert QGuiApplication.clipboard().text() == "before" and store.find(ReplyLogEntry) == []
    monkeypatch.setattr(ReplyPanel, "confirm_personal_data", lambda self, found: True)
    assert tab.panel.copy_reply() and "Kerkstraat 12" in QGuiApplication.clipboard().text()


def test_an_ordinary_reply_copies_without_a_question(tab: RepliesTab, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ReplyPanel, "confirm_personal_data", lambda self, found: pytest.fail("asked"))
    tab.search_edit.setText("melding openbare ruimte doorgezet")
    for name, value in (("name", "Anouk"), ("street", "Kerkstraat"), ("case", "M-88")):
        tab.panel.field_edits[name].setText(value)
    assert tab.panel.warning_label.text() == ""
    assert tab.panel.copy_reply()


def test_a_private_message_may_hold_personal_data(tab: RepliesTab, store: Store,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ReplyPanel, "confirm_personal_data", lambda self, found: pytest.fail("asked"))
    tab.search_edit.setText("we bellen je")
    assert tab.panel.template is not None and tab.panel.template.audience is Audience.PRIVATE
    tab.panel.field_edits["name"].setText("Anouk")
    tab.panel.field_edits["case"].setText("Z-1")
    tab.panel.text_edit.appendPlainText("Klopt 06 12345678?")
    assert tab.panel.copy_reply()


def test_the_stand_in_answers_and_signs_during_an_absence(qtbot, store: Store, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    sanne, joris = people(store)
    today = clock().astimezone().date()
    store.save(Absence(staff_id=sanne.id, standin_id=joris.id, starts_on=today, ends_on=today + timedelta(days=7)))
    tab = RepliesTab(store)
    qtbot.addWidget(tab)
    assert tab.answerer() == joris and "Sanne" in tab.answerer_note.text()
    tab.search_edit.setText("bedankt voor de tip")
    tab.panel.field_edits["name"].setText("Kees")
    assert tab.panel.final_text()[0].endswith("Groet, Joris")
    tab.answerer_box.select_value(sanne)
    tab.answerer_box.activated.emit(tab.answerer_box.currentIndex())
    assert tab.panel.final_text()[0].endswith("Groet, Sanne, team communicatie")
    assert RepliesTab(store).answerer() == sanne  # the choice holds for today


def test_the_figures_show_week_month_and_median(qtbot, store: Store, clock: FakeClock, english) -> None:  # type: ignore[no-untyped-def]
    clock.now = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)
    for hours in (1, 2, 4):
        store.save(ReplyLogEntry(staff_id=None, template_id=None, channel="Facebook",
                                 received_at=clock.now - timedelta(hours=hours, minutes=10),
                                 answered_at=clock.now - timedelta(minutes=10)))
    tab = RepliesTab(store)
    qtbot.addWidget(tab)
    assert tab.figures_label.text() == ("Replies this week: 3 · this month: 3 · median response time this month: "
                                        "2 hours")


def test_templates_are_added_duplicated_edited_and_deleted(tab: RepliesTab, store: Store,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    def write(title: str, body: str):  # type: ignore[no-untyped-def]
        def exec_(dialog: TemplateDialog) -> int:
            dialog.title_edit.setText(title)
            dialog.body_edit.setPlainText(body)
            dialog.language_box.select_value("en")
            dialog.category_box.select_value(TemplateCategory.EVENT)
            dialog.tags_edit.setText("market, saturday")
            dialog.accept()
            return dialog.result()
        return exec_

    count = len(store.find(ReplyTemplate))
    monkeypatch.setattr(TemplateDialog, "exec", write("Market hours", "Hi {name}, {unknown}"))
    tab.new()
    assert len(store.find(ReplyTemplate)) == count  # an unknown placeholder is refused
    monkeypatch.setattr(TemplateDialog, "exec", write("Market hours", "Hi {name}, the market is open 8 to 13."))
    tab.new()
    made = store.find(ReplyTemplate, "title = ?", ["Market hours"])
    assert len(made) == 1 and made[0].tags == ["market", "saturday"] and made[0].language == "en"
    assert tab.selected() == made[0]
    assert tab.panel.final_text()[1] == ["name"]  # signed with the Dutch signature: no English one
    monkeypatch.setattr(TemplateDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    tab.duplicate()
    assert len(store.find(ReplyTemplate, "title = ?", ["Market hours (copy)"])) == 1
    monkeypatch.setattr(TemplateDialog, "exec", write("Market hours (Saturday)", "Hi {name}, from 8."))
    tab.edit()
    assert store.find(ReplyTemplate, "title = ?", ["Market hours (Saturday)"])
    from PySide6.QtWidgets import QMessageBox
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    tab.delete()
    assert store.find(ReplyTemplate, "title = ?", ["Market hours (Saturday)"]) == []


def test_a_template_without_signature_placeholder_is_still_signed(tab: RepliesTab, store: Store) -> None:
    store.save(ReplyTemplate(title="Kort", category=TemplateCategory.THANKS, language="nl", body="Dank je!"))
    tab.reload()
    tab.search_edit.setText("kort")
    assert tab.panel.final_text() == ("Dank je!\nGroet, Sanne, team communicatie", [])


def test_a_bad_import_is_reported_and_changes_nothing(tab: RepliesTab, store: Store, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(ProblemMessage, "exec", lambda message: shown.append(message.text()) or 0)
    path = tmp_path / "gedeeld.json"
    path.write_text(json.dumps({"format": "omroeper-templates", "version": 1, "templates": [
        {"title": "A", "category": "thanks", "language": "nl", "body": "Dank"},
        {"title": "B", "category": "thanks", "language": "de", "body": "Danke"}]}), encoding="utf-8")
    before = len(store.find(ReplyTemplate))
    tab.import_file(str(path))
    assert shown and "template 2: language must be nl, en or fr" in shown[0]
    assert len(store.find(ReplyTemplate)) == before


def test_staff_and_signatures_are_edited_in_their_dialog(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = StaffDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.self_check.isChecked()  # the first person added is the app's user
    dialog.name_edit.setText("Sanne")
    dialog.name_edit.textEdited.emit("Sanne")
    dialog.signature_edits["nl"].setText("Groet, Sanne")
    dialog.signature_edits["nl"].textEdited.emit("Groet, Sanne")
    dialog.add_person()
    assert not dialog.self_check.isChecked()
    dialog.name_edit.setText("Joris")
    dialog.name_edit.textEdited.emit("Joris")
    dialog.accept()
    members = {m.name: m for m in store.find(StaffMember)}
    assert set(members) == {"Sanne", "Joris"} and members["Sanne"].is_self and not members["Joris"].is_self
    assert [s.text for s in store.find(Signature)] == ["Groet, Sanne"]


def test_ctrl_f_in_the_main_window_searches_the_replies_when_that_tab_is_open(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.tabs.setCurrentIndex(2)
    replies = window.replies()
    replies.list_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is replies.list_view)
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is replies.search_edit
    type_text("excuses")
    assert replies.model.rowCount() >= 2
    assert all("xcuses" in t.title.lower() or "excuses" in " ".join(t.tags) for t in replies.model.items)


def test_the_list_shows_how_often_and_when_a_template_was_last_used(tab: RepliesTab, store: Store,
                                                                     english) -> None:  # type: ignore[no-untyped-def]
    tab.search_edit.setText("bedankt voor de tip")
    tab.panel.field_edits["name"].setText("Kees")
    assert tab.panel.copy_reply()
    assert not tab.panel.copy_reply()  # the fields were cleared for the next resident: {name} is empty again
    tab.search_edit.setText("bedankt voor de tip")
    tab.panel.field_edits["name"].setText("Els")
    assert tab.panel.copy_reply()
    shown = tab.model.data(tab.model.index(tab.model.items.index(tab.selected())))  # type: ignore[arg-type]
    assert "used 2 times" in shown and "last " in shown


def test_without_a_known_answerer_no_reply_is_signed_by_a_guess(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    store.save(StaffMember(name="Fatima"))  # staff came with a handover, but nobody is marked "this is me"
    tab = RepliesTab(store)
    qtbot.addWidget(tab)
    assert tab.answerer() is None and "Mark who you are" in tab.answerer_note.text()
    tab.search_edit.setText("bedankt voor de tip")
    tab.panel.field_edits["name"].setText("Kees")
    assert tab.panel.final_text()[1] == ["signature"] and not tab.panel.copy_button.isEnabled()
    assert "Staff and signatures" in tab.panel.warning_label.text()


def test_a_template_the_store_refuses_opens_again_with_what_was_typed(tab: RepliesTab, store: Store,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A save refused (here a text longer than Omroeper keeps; a full disk the same) said why and closed the dialog:
    what was typed was gone, and an edit had already changed the listed template in memory, which a later delete
    then wrote. Now the dialog opens again on what was typed, and the list keeps the stored template."""
    from ui.messages import ProblemMessage

    store.save(ReplyTemplate(title="Markt", category=TemplateCategory.EVENT, language="nl", body="Zaterdag markt."))
    tab.reload()
    tab.search_edit.setText("Markt")
    told: list[str] = []
    monkeypatch.setattr(ProblemMessage, "exec", lambda box: told.append(box.text()) or 0)
    shown: list[tuple[str, int]] = []
    pasted = "markt " * 200_000

    def type_then_cancel(dialog: TemplateDialog) -> int:
        shown.append((dialog.title_edit.text(), len(dialog.body_edit.toPlainText())))
        if len(shown) == 1:
            dialog.title_edit.setText("Markt (nieuw)")
            dialog.body_edit.setPlainText(pasted)
            dialog.accept()
            return dialog.result()
        return QDialog.DialogCode.Rejected  # the officer sees the text again, and cancels

    monkeypatch.setattr(TemplateDialog, "exec", type_then_cancel)
    tab.edit()
    assert told and told[0].startswith("The text is longer than Omroeper can keep")
    assert shown == [("Markt", len("Zaterdag markt.")), ("Markt (nieuw)", len(pasted))]  # as typed
    assert tab.selected() is not None and tab.selected().title == "Markt"  # type: ignore[union-attr]
    assert [t.title for t in store.find(ReplyTemplate, "title LIKE 'Markt%'")] == ["Markt"]


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, "cancel", "close"])
def test_changes_to_a_template_are_thrown_away_only_when_the_officer_says_so(qtbot, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                                                             key: object) -> None:
    """Escape, Cancel or the dialog's close button threw away whatever had been typed without a word."""
    import ui.typed_work as typed_work

    answers: list[bool] = []
    asked: list[str] = []
    monkeypatch.setattr(typed_work, "ask", lambda parent, title, text: asked.append(text) or answers.pop(0))
    dialog = TemplateDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    def leave() -> None:
        if key == "cancel":
            button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        elif key == "close":
            dialog.close()
        else:
            QTest.keyClick(dialog.body_edit, Qt.Key.Key_Escape)

    leave()  # nothing typed: it closes without a question
    assert not dialog.isVisible() and asked == []
    dialog.show()
    qtbot.keyClicks(dialog.body_edit, "Beste {name}, de markt is zaterdag open.")
    answers.append(False)  # keep writing
    leave()
    assert dialog.isVisible() and asked == ["Throw away what you changed here?"]
    assert dialog.body_edit.toPlainText() == "Beste {name}, de markt is zaterdag open."
    answers.append(True)
    leave()
    assert not dialog.isVisible() and len(asked) == 2


@pytest.mark.parametrize("edited", [False, True])
def test_a_template_being_written_when_omroeper_stops_is_kept_beside_the_one_it_changes(
        tab: RepliesTab, store: Store, edited: bool) -> None:
    """A stop from outside (a logout, a shutdown) with the template dialog open asks nobody: what was typed is saved
    as a template of its own, marked as not finished, and a template being changed stays as it was."""
    from PySide6.QtCore import QTimer

    store.save(ReplyTemplate(title="Markt", category=TemplateCategory.EVENT, language="nl", body="Zaterdag markt."))
    tab.reload()
    tab.search_edit.setText("Markt")
    kept: list[ReplyTemplate | None] = []

    def type_then_stop() -> None:
        dialog = tab.open_dialog
        assert dialog is not None
        assert tab.keep_unfinished() is None  # nothing typed yet: nothing to keep
        dialog.title_edit.setText("Markt op zaterdag" if edited else "Marktdagen")
        dialog.body_edit.setPlainText("Beste {name}, de markt is er elke zaterdag van 8 tot 13 uur.")
        kept.append(tab.keep_unfinished())  # what the window does on its way out
        dialog.done(QDialog.DialogCode.Rejected)  # the event loop ending

    QTimer.singleShot(0, type_then_stop)
    if edited:
        tab.edit()
    else:
        tab.new()
    assert tab.open_dialog is None
    title = "Markt op zaterdag (not finished)" if edited else "Marktdagen (not finished)"
    assert kept[0] is not None and kept[0].title == title
    stored = {template.title: template.body for template in store.find(ReplyTemplate, "title LIKE 'Markt%'")}
    assert stored == {"Markt": "Zaterdag markt.",
                      title: "Beste {name}, de markt is er elke zaterdag van 8 tot 13 uur."}


def test_an_untitled_template_being_written_when_omroeper_stops_is_kept_under_a_title_of_its_own(
        tab: RepliesTab, store: Store) -> None:
    from PySide6.QtCore import QTimer

    kept: list[ReplyTemplate | None] = []

    def type_then_stop() -> None:
        assert tab.open_dialog is not None
        tab.open_dialog.body_edit.setPlainText("Beste {name}, dank voor uw bericht.")
        kept.append(tab.keep_unfinished())
        tab.open_dialog.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, type_then_stop)
    tab.new()
    assert kept[0] is not None
    assert [t.body for t in store.find(ReplyTemplate, "title = ?", ["Template, not finished"])] == [
        "Beste {name}, dank voor uw bericht."]


def test_after_a_refused_save_escape_still_asks_and_a_stop_tries_to_keep_the_text(
        tab: RepliesTab, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A save the store refuses (a full disk) shows the dialog again on what was typed: that is still a change."""
    from PySide6.QtCore import QTimer

    import ui.replies_tab as replies_tab
    import ui.typed_work as typed_work
    from services.errors import KnownError

    refused: list[str] = []

    def refuse_once(store_: Store, template: ReplyTemplate) -> ReplyTemplate:
        refused.append(template.title)
        raise KnownError("The disk is full.")

    monkeypatch.setattr(replies_tab, "save_template", refuse_once)
    monkeypatch.setattr(ProblemMessage, "exec", lambda box: 0)
    asked: list[str] = []
    monkeypatch.setattr(typed_work, "ask", lambda parent, title, text: asked.append(text) or False)
    seen: list[bool] = []

    def type_then_save() -> None:
        dialog = tab.open_dialog
        assert dialog is not None
        if not refused:
            dialog.title_edit.setText("Afvalkalender")
            dialog.body_edit.setPlainText("Beste {name}, de afvalkalender ligt klaar.")
            dialog.accept()
            QTimer.singleShot(0, type_then_save)  # the dialog again, after the refusal
            return
        dialog.reject()  # Escape: asked, and the officer keeps writing
        seen.append(dialog.isVisible())
        seen.append(tab.keep_unfinished() is None)  # a stop now: refused as well, but only after trying
        dialog.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, type_then_save)
    tab.new()
    assert asked == ["Throw away what you changed here?"]
    assert seen == [True, True]
    assert refused == ["Afvalkalender", "Afvalkalender (not finished)"]


def test_a_long_title_and_a_template_kept_before_are_kept_again_without_growing(tab: RepliesTab, store: Store) -> None:
    """The mark fits in a title of any length the store keeps, and a template kept unfinished before, changed and
    stopped again, is kept over itself instead of as "… (not finished) (not finished)"."""
    from PySide6.QtCore import QTimer

    from models.validation import LINE_MAX

    def stop_while_writing(title: str) -> None:
        def type_then_stop() -> None:
            assert tab.open_dialog is not None
            tab.open_dialog.title_edit.setText(title)
            tab.open_dialog.body_edit.setPlainText("Beste {name}, tot zaterdag.")
            tab.keep_unfinished()
            tab.open_dialog.done(QDialog.DialogCode.Rejected)
        QTimer.singleShot(0, type_then_stop)

    stop_while_writing("M" * LINE_MAX)
    tab.new()
    [long_kept] = store.find(ReplyTemplate, "title LIKE 'MMM%'")
    assert len(long_kept.title) == LINE_MAX and long_kept.title.endswith(" (not finished)")
    store.save(ReplyTemplate(title="Markt (not finished)", category=TemplateCategory.EVENT, language="nl",
                             body="Zaterdag"))
    tab.reload()
    tab.search_edit.setText("Markt")
    stop_while_writing("Markt op zaterdag (not finished)")
    tab.edit()
    assert [(t.title, t.body) for t in store.find(ReplyTemplate, "title LIKE 'Markt%'")] == [
        ("Markt op zaterdag (not finished)", "Beste {name}, tot zaterdag.")]
