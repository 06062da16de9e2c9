"""The Vacation tab: plan an absence through its dialog, an overlap refused with the dialog kept, the coverage
check's findings, and Enter on a finding doing its action in the main window."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from models.channel import ChannelAccount, Network
from models.planning import Absence
from models.post import Post, PostStatus, Variant
from models.staff import StaffMember
from services.coverage import Action
from services.post_editing import save_post
from services.store import Store
from tests.conftest import FakeClock
from ui.absence_dialog import AbsenceDialog
from ui.error_dialog import ProblemMessage
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
    window.tabs.setCurrentIndex(2)
    tab = window.tab_page(2)
    actions = [finding.action for finding in tab.findings.items]
    assert Action.HAND_OVER_OR_MOVE in actions and Action.ADD_SIGNATURE in actions
    assert f": {len(actions)} thing" in tab.coverage_title.text()
    row = actions.index(Action.HAND_OVER_OR_MOVE)
    tab.finding_view.setCurrentIndex(tab.findings.index(row))
    tab.finding_view.setFocus()
    QTest.keyClick(tab.finding_view, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == 0
    assert window.calendar().composer is not None and window.calendar().composer.post.id == post.id


def test_out_of_office_posts_are_drafted_and_shown_to_review(make_window, qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    sanne = store.save(StaffMember(name="Sanne", is_self=True))
    store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    store.save(Absence(staff_id=sanne.id, starts_on=date(2026, 8, 3), ends_on=date(2026, 8, 14)))
    window = make_window()
    window.tabs.setCurrentIndex(2)
    tab = window.tab_page(2)
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

    from services.merge import RECEIVED_NOTE
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
        assert "posts: 1 added" in asked[0] and "From Sanne" in asked[0]
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
