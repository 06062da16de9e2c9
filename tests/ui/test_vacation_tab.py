"""The Vacation tab: plan an absence through its dialog, an overlap refused with the dialog kept, the coverage
check's findings, and Enter on a finding doing its action in the main window."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from models.channel import ChannelAccount, Network
from models.planning import Absence
from models.post import Post, PostStatus, Variant
from models.staff import StaffMember
from services import coverage
from services.coverage import Action
from services.post_editing import save_post
from services.store import Store
from tests.conftest import FakeClock
from ui.absence_dialog import AbsenceDialog
from ui.messages import ProblemMessage
from ui.vacation_tab import VacationTab

AMS = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 7, 1, 8, 0, tzinfo=UTC))


def test_plan_an_absence_and_an_overlap_is_refused_keeping_the_dialog(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    sanne = store.save(StaffMember(name="Sanne", is_self=True))
    joris = store.save(StaffMember(name="Joris"))
    tab = VacationTab(store)
    qtbot.addWidget(tab)
    rounds: list[str] = []

    def plan(dialog: AbsenceDialog) -> int:
        rounds.append(dialog.standin_box.currentText())
        if len(rounds) == 1:
            assert dialog.who_box.current_value() == sanne.id and dialog.standin_box.current_value() == joris.id
            dialog.from_edit.setDate(QDate(2026, 8, 3))
            dialog.to_edit.setDate(QDate(2026, 8, 14))
            dialog.note_edit.setText("Zomervakantie")
            return AbsenceDialog.DialogCode.Accepted
        if len(rounds) == 2:
            return AbsenceDialog.DialogCode.Accepted
        return AbsenceDialog.DialogCode.Rejected

    shown: list[str] = []
    monkeypatch.setattr(AbsenceDialog, "exec", plan)
    monkeypatch.setattr(ProblemMessage, "exec", lambda message: shown.append(message.text()) or 0)
    tab.add()
    [absence] = store.find(Absence)
    assert (absence.starts_on, absence.ends_on, absence.standin_id, absence.note) == (
        date(2026, 8, 3), date(2026, 8, 14), joris.id, "Zomervakantie")
    assert tab.model.rowCount() == 1
    rounds.clear()
    tab.add()  # the proposed period (two weeks from today) overlaps nothing: first round saves it
    rounds.clear()

    def overlapping(dialog: AbsenceDialog) -> int:
        rounds.append("x")
        if len(rounds) == 1:
            dialog.from_edit.setDate(QDate(2026, 8, 10))
            dialog.to_edit.setDate(QDate(2026, 8, 20))
            return AbsenceDialog.DialogCode.Accepted
        assert dialog.from_edit.date() == QDate(2026, 8, 10)  # what was chosen is still there
        return AbsenceDialog.DialogCode.Rejected

    monkeypatch.setattr(AbsenceDialog, "exec", overlapping)
    before = len(store.find(Absence))
    tab.add()
    assert shown and "overlaps" in shown[-1] and len(rounds) == 2
    assert len(store.find(Absence)) == before


def test_the_coverage_findings_lead_to_their_action(make_window, qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    sanne = store.save(StaffMember(name="Sanne", is_self=True))
    joris = store.save(StaffMember(name="Joris"))
    bluesky = store.save(ChannelAccount(network=Network.BLUESKY, name="Bluesky", has_secret=True))
    post = Post(title="Zwembad open", body="Zwembad open", status=PostStatus.SCHEDULED,
                scheduled_at=datetime(2026, 7, 15, 10, tzinfo=AMS))
    save_post(store, post, [Variant(post_id=post.id, channel_id=bluesky.id)])
    store.save(Absence(staff_id=sanne.id, standin_id=joris.id, starts_on=date(2026, 7, 13), ends_on=date(2026, 7, 17)))
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(3)
    tab = window.tab_page(3)
    qtbot.waitUntil(lambda: "checking" not in tab.coverage_title.text())  # the check runs off the window's thread
    actions = [finding.action for finding in tab.findings.items]
    assert Action.HAND_OVER_OR_MOVE in actions and Action.ADD_SIGNATURE in actions
    assert f": {len(actions)} thing" in tab.coverage_title.text()
    row = actions.index(Action.HAND_OVER_OR_MOVE)
    tab.finding_view.setCurrentIndex(tab.findings.index(row))
    tab.finding_view.setFocus()
    QTest.keyClick(tab.finding_view, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == 0
    assert window.calendar().composer is not None and window.calendar().composer.post.id == post.id


def test_the_tab_answers_while_the_coverage_check_runs(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The check reads the absence's whole calendar: it runs off the window's thread, so the tab is there and
    answers at once; the findings follow, those of the absence chosen last."""
    sanne = store.save(StaffMember(name="Sanne", is_self=True))
    joris = store.save(StaffMember(name="Joris"))
    bluesky = store.save(ChannelAccount(network=Network.BLUESKY, name="Bluesky", has_secret=True))
    post = Post(title="Zwembad open", body="Zwembad open", status=PostStatus.SCHEDULED,
                scheduled_at=datetime(2026, 7, 15, 10, tzinfo=AMS))
    save_post(store, post, [Variant(post_id=post.id, channel_id=bluesky.id)])
    store.save(Absence(staff_id=sanne.id, standin_id=joris.id, starts_on=date(2026, 7, 13), ends_on=date(2026, 7, 17)))
    store.save(Absence(staff_id=sanne.id, standin_id=joris.id, starts_on=date(2026, 8, 3), ends_on=date(2026, 8, 7)))
    release = threading.Event()
    real_check = coverage.check_coverage

    def slow_check(*args):  # type: ignore[no-untyped-def]
        release.wait(10)  # as a check of a big calendar on a slow laptop
        return real_check(*args)

    monkeypatch.setattr(coverage, "check_coverage", slow_check)
    tab = VacationTab(store)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.coverage_title.text().endswith("checking…")
    assert tab.findings.rowCount() == 0 and not tab.do_button.isEnabled()
    assert tab.add_button.isEnabled() and tab.import_button.isEnabled()
    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key.Key_Down)  # the officer chooses the August absence meanwhile
    assert tab.selected() is not None and tab.selected().starts_on == date(2026, 8, 3)
    assert "checking" in tab.coverage_title.text()
    release.set()
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    qtbot.waitUntil(lambda: "checking" not in tab.coverage_title.text())
    QApplication.processEvents()  # the July check's answer too, whichever came last
    august = [finding.action for finding in tab.findings.items]
    assert Action.ADD_SIGNATURE in august and Action.HAND_OVER_OR_MOVE not in august  # July's post is July's
    first_day = QLocale().toString(QDate(2026, 8, 3), QLocale.FormatType.ShortFormat)
    assert tab.coverage_title.text().startswith(f"Coverage {first_day} – ")
    assert tab.do_button.isEnabled()


def test_a_check_that_comes_back_after_the_tab_closed_is_dropped(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    sanne = store.save(StaffMember(name="Sanne", is_self=True))
    store.save(Absence(staff_id=sanne.id, starts_on=date(2026, 7, 13), ends_on=date(2026, 7, 17)))
    release = threading.Event()
    real_check = coverage.check_coverage
    monkeypatch.setattr(coverage, "check_coverage", lambda *args: release.wait(10) and real_check(*args))
    tab = VacationTab(store)
    assert tab.coverage_title.text().endswith("checking…")
    tab.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    QApplication.processEvents()  # the answer reaches no deleted label (an error here would fail the test)


def test_out_of_office_posts_are_drafted_and_shown_to_review(make_window, qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    sanne = store.save(StaffMember(name="Sanne", is_self=True))
    store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    store.save(Absence(staff_id=sanne.id, starts_on=date(2026, 8, 3), ends_on=date(2026, 8, 14)))
    window = make_window()
    window.tabs.setCurrentIndex(3)
    tab = window.tab_page(3)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("14 0123", True))
    tab.draft_notices()
    drafts = store.find(Post, "status = ?", [PostStatus.DRAFT.value], order_by="scheduled_at")
    assert [p.title for p in drafts] == ["Even minder snel", "Weer op volle sterkte"]
    assert window.tabs.currentIndex() == 0 and window.calendar().composer.post.id == drafts[0].id
    tab.draft_notices()  # asked again: the same two, no new pair
    assert len(store.find(Post, "status = ?", [PostStatus.DRAFT.value])) == 2


def test_hand_over_with_a_note_and_import_with_a_preview(qtbot, store: Store, tmp_path, clock: FakeClock,  # type: ignore[no-untyped-def]
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from services.absences import RECEIVED_NOTE
    from ui.handover_note_dialog import HandoverNoteDialog

    store.save(StaffMember(name="Sanne", is_self=True))
    store.save(Post(title="Braderie", body="Braderie", status=PostStatus.DRAFT,
                    scheduled_at=datetime(2026, 7, 10, 10, tzinfo=AMS)))
    tab = VacationTab(store)
    qtbot.addWidget(tab)
    target = tmp_path / "overdracht.omroeper"

    def write_note(dialog: HandoverNoteDialog) -> int:
        dialog.topics_edit.setPlainText("Braderie: vergunning loopt nog")
        return HandoverNoteDialog.DialogCode.Accepted

    monkeypatch.setattr(HandoverNoteDialog, "exec", write_note)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)  # the sending goes too
    tab.hand_over()
    assert target.exists() and "overdracht.omroeper" in tab.status_label.text()
    printable = target.with_suffix(".html").read_text(encoding="utf-8")
    assert "Braderie: vergunning loopt nog" in printable and "Pause all" in printable
    assert target.with_suffix(".pdf").read_bytes().startswith(b"%PDF")

    other = Store.open(tmp_path / "joris" / "omroeper.sqlite", clock=clock)
    try:
        standin_tab = VacationTab(other)
        qtbot.addWidget(standin_tab)
        asked: list[str] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text())
                            or QMessageBox.StandardButton.No)
        assert not standin_tab.import_handover(str(target))
        assert "posts: 1 added" in asked[0]
        assert asked[0].startswith("From Sanne, exported 1 July 2026 at 10:00. This will change:")  # 08:00 UTC
        assert other.find(Post) == []  # declined: nothing written
        monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
        assert standin_tab.import_handover(str(target))
        assert [p.title for p in other.find(Post)] == ["Braderie"]
        assert other.get_setting(RECEIVED_NOTE)["running_topics"] == "Braderie: vergunning loopt nog"
        assert not standin_tab.received_note_label.isHidden()
        assert "Braderie: vergunning loopt nog" in standin_tab.received_note_label.text()
        assert "from Sanne" in standin_tab.received_note_label.text()
    finally:
        other.close()


@pytest.mark.parametrize("chosen", ["overdracht.pdf", "overdracht.HTML", "overdracht"])
def test_a_handover_file_named_like_its_note_is_not_written_over_by_it(  # type: ignore[no-untyped-def]
        qtbot, store: Store, tmp_path, monkeypatch: pytest.MonkeyPatch, chosen: str) -> None:
    """Named overdracht.pdf, the handover file was written and then the note's PDF over it: the status said to
    give it to the stand-in, whose import found no handover file, and this laptop had stopped sending."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from services.handover import read_handover
    from ui.handover_note_dialog import HandoverNoteDialog

    store.save(StaffMember(name="Sanne", is_self=True))
    tab = VacationTab(store)
    qtbot.addWidget(tab)
    monkeypatch.setattr(HandoverNoteDialog, "exec", lambda dialog: HandoverNoteDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / chosen), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    tab.hand_over()
    written = tmp_path / f"{chosen}.omroeper"
    assert f"{chosen}.omroeper" in tab.status_label.text()
    read_handover(written).discard()  # a handover file, whole
    assert written.with_suffix(".pdf").read_bytes().startswith(b"%PDF")


def _calendar_and_file(store: Store, tmp_path, posts: int, deleted: int, **manifest_changes: object):  # type: ignore[no-untyped-def]
    """A calendar of `posts` posts exported, and that file changed (hashes recomputed) so that it deletes the
    first `deleted` of them half an hour later."""
    from datetime import timedelta

    from models.common import to_utc_text
    from services.handover import HandoverNote, export_handover
    from tests.services.handover_craft import craft

    store.save(StaffMember(name="Sanne", is_self=True))
    for number in range(posts):
        store.save(Post(title=f"Post {number}", body="tekst", status=PostStatus.DRAFT,
                        scheduled_at=datetime(2026, 7, 10 + number % 15, 10, tzinfo=AMS)))
    exported = tmp_path / "overdracht.omroeper"
    export_handover(store, exported, HandoverNote(), store.clock())
    later = store.clock() + timedelta(minutes=30)
    ids = [p.id for p in store.find(Post, order_by="title")][:deleted]

    def delete(conn) -> None:  # type: ignore[no-untyped-def]
        for post_id in ids:
            conn.execute("UPDATE posts SET deleted_at = ?, updated_at = ? WHERE id = ?",
                         (to_utc_text(later), to_utc_text(later), post_id))

    changes = {"exported_at": to_utc_text(later + timedelta(minutes=30)), **manifest_changes}
    return craft(exported, tmp_path / "terug.omroeper", delete, changes)


def test_the_import_preview_shows_the_files_words_as_plain_text(qtbot, store: Store, tmp_path,  # type: ignore[no-untyped-def]
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    hostile = "<b>x</b><br><br><br><br>posts: 0 added, 0 changed, 0 deleted<!--"
    path = _calendar_and_file(store, tmp_path, posts=30, deleted=1, exported_by=hostile)
    tab = VacationTab(store)
    qtbot.addWidget(tab)
    shown: list[tuple[str, Qt.TextFormat]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.textFormat()))
                        or QMessageBox.StandardButton.No)
    assert not tab.import_handover(str(path))
    [(text, text_format)] = shown
    assert text_format == Qt.TextFormat.PlainText
    assert "From <b>x</b><br><br><br><br>posts: 0 added" in text  # the tags, literally, on the one line
    assert "Posts this file deletes from your calendar: 1 of 30." in text.splitlines()[2]
    assert "posts: 0 added, 0 changed, 1 deleted" in text


def test_a_refusal_quoting_the_file_is_plain_text(qtbot, store: Store, tmp_path,  # type: ignore[no-untyped-def]
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.services.handover_craft import craft

    path = _calendar_and_file(store, tmp_path, posts=2, deleted=0)
    bad = craft(path, tmp_path / "slecht.omroeper", lambda conn: conn.execute(
        "UPDATE posts SET status = 'zombie', title = '<img src=\"/home/x/secret.jpg\">' WHERE title = 'Post 0'"))
    tab = VacationTab(store)
    qtbot.addWidget(tab)
    shown: list[tuple[str, Qt.TextFormat]] = []
    monkeypatch.setattr(ProblemMessage, "exec", lambda box: shown.append((box.text(), box.textFormat())) or 0)
    assert not tab.import_handover(str(bad))
    [(text, text_format)] = shown
    assert text_format == Qt.TextFormat.PlainText and '<img src="/home/x/secret.jpg">' in text
    assert "zombie" in text


@pytest.mark.parametrize(("second_answer", "imported"), [("No", False), ("Yes", True)])
def test_an_import_that_deletes_many_posts_asks_twice(qtbot, store: Store, tmp_path,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch, second_answer: str,
                                                     imported: bool) -> None:
    from PySide6.QtWidgets import QMessageBox

    path = _calendar_and_file(store, tmp_path, posts=12, deleted=11)
    tab = VacationTab(store)
    qtbot.addWidget(tab)
    asked: list[tuple[str, str, QMessageBox.StandardButton]] = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append((box.text(), box.button(QMessageBox.StandardButton.Yes).text(),
                      box.standardButton(box.defaultButton())))
        return QMessageBox.StandardButton.Yes if len(asked) == 1 else getattr(QMessageBox.StandardButton,
                                                                              second_answer)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert tab.import_handover(str(path)) is imported
    assert len(asked) == 2
    second_text, second_yes, second_default = asked[1]
    assert "This file deletes 11 of the 12 posts in your calendar" in second_text
    assert "11" in second_yes and second_default == QMessageBox.StandardButton.No
    assert len(store.find(Post)) == (1 if imported else 12)


def test_a_few_deletions_ask_once(qtbot, store: Store, tmp_path,  # type: ignore[no-untyped-def]
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    path = _calendar_and_file(store, tmp_path, posts=30, deleted=3)
    tab = VacationTab(store)
    qtbot.addWidget(tab)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or QMessageBox.StandardButton.Yes)
    assert tab.import_handover(str(path))
    assert len(asked) == 1 and len(store.find(Post)) == 27


def test_an_import_that_deletes_a_channel_asks_twice(qtbot, store: Store, tmp_path,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import timedelta

    from PySide6.QtWidgets import QMessageBox

    from models.common import to_utc_text
    from services.handover import HandoverNote, export_handover
    from tests.services.handover_craft import craft

    store.save(StaffMember(name="Sanne", is_self=True))
    store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
    exported = tmp_path / "overdracht.omroeper"
    export_handover(store, exported, HandoverNote(), store.clock())
    later = to_utc_text(store.clock() + timedelta(minutes=5))
    path = craft(exported, tmp_path / "terug.omroeper", lambda conn: conn.execute(
        "UPDATE channels SET deleted_at = ?, updated_at = ?", (later, later)), {"exported_at": later})
    tab = VacationTab(store)
    qtbot.addWidget(tab)
    asked: list[tuple[str, str]] = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append((box.text(), box.button(QMessageBox.StandardButton.Yes).text()))
        return QMessageBox.StandardButton.Yes if len(asked) == 1 else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert not tab.import_handover(str(path))
    assert "Channel deleted on the other side: WhatsApp" in asked[0][0]
    assert asked[1][0].startswith("This file deletes 1 of the 1 channels.") and asked[1][1] == "Delete and import"
    assert [channel.name for channel in store.find(ChannelAccount)] == ["WhatsApp"]


@pytest.mark.usefixtures("english")
def test_typing_a_date_in_the_absence_dialog_gives_that_date_or_says_no(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    """Qt's date field edited a section at a time: typing 24-12 over 30-11-2026 made another date, without a word.
    (The text is read when the field is left: here the test ends the editing as leaving the field does.)"""
    me = store.save(StaffMember(name="Sanne", is_self=True))
    dialog = AbsenceDialog(Absence(staff_id=me.id, starts_on=date(2026, 11, 30), ends_on=date(2026, 12, 4)), [me])
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.to_edit

    def type_over(typed: str) -> None:
        field.edit.selectAll()
        QTest.keyClicks(field.edit, typed)
        field.edit.editingFinished.emit()

    type_over("2026-12-24")
    assert dialog.applied().ends_on == date(2026, 12, 24)
    problem = field.problem_label()
    assert problem.isHidden()
    type_over("31-02")
    assert dialog.applied().ends_on == date(2026, 12, 24)  # kept, and said so
    assert not problem.isHidden() and "“31-02” is not a date" in problem.text()
