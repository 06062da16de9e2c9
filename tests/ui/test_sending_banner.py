"""The window while a handover file has the sending: the question before the file is written, the bar that stays
until the file that comes back is imported, and taking the sending back by hand after a warning."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from models.planning import Absence
from models.staff import StaffMember
from services.sending import HandedTo, handed_to
from services.store import Store
from tests.conftest import FakeClock
from ui.handover_note_dialog import HandoverNoteDialog


def bar_hidden(window) -> bool:  # type: ignore[no-untyped-def]
    """No sending bar shows over the tabs (it is made the first time it is needed)."""
    return window.sending_banner is None or window.sending_banner.isHidden()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 8, 14, 14, 0, tzinfo=UTC))


def test_handing_over_asks_first_and_the_bar_stays_until_sending_is_taken_back(  # type: ignore[no-untyped-def]
        make_window, store: Store, tmp_path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    me = store.save(StaffMember(name="Sanne", is_self=True))
    joris = store.save(StaffMember(name="Joris"))
    store.save(Absence(staff_id=me.id, standin_id=joris.id, starts_on=date(2026, 8, 17), ends_on=date(2026, 8, 28)))
    window = make_window()
    window.finish_startup()
    assert bar_hidden(window)
    tab = window.tab_page(3)
    target = tmp_path / "overdracht.omroeper"
    monkeypatch.setattr(HandoverNoteDialog, "exec", lambda dialog: HandoverNoteDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    asked: list[tuple[str, Qt.TextFormat, QMessageBox.StandardButton]] = []

    def answer(reply: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def exec_(box: QMessageBox) -> QMessageBox.StandardButton:
            asked.append((box.text(), box.textFormat(), box.standardButton(box.defaultButton())))
            return reply
        return exec_

    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.No))
    tab.hand_over()
    assert asked[-1] == ("From now on this laptop sends nothing; Joris's laptop sends once the file is imported. "
                         "Hand over?", Qt.TextFormat.PlainText, QMessageBox.StandardButton.No)
    assert not target.exists() and handed_to(store) is None and bar_hidden(window)

    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.Yes))
    tab.hand_over()
    assert target.exists() and handed_to(store) == HandedTo("Joris", clock())
    assert not bar_hidden(window)
    assert window.sending_banner.label.text() == ("Sending is with Joris since 14 August: this laptop sends nothing "
                                                  "until you import the file Joris hands back.")

    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.No))
    assert not window.sending_banner.take_back()
    warning, text_format, default = asked[-1]
    assert "would send them a second time" in warning and default == QMessageBox.StandardButton.No
    assert handed_to(store) is not None and not bar_hidden(window)
    window.refresh_outbox()  # the bar stays through every refresh
    assert not bar_hidden(window)

    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.Yes))
    assert window.sending_banner.take_back()
    assert handed_to(store) is None and bar_hidden(window)


def test_a_post_a_network_still_holds_stops_the_handover_before_anything_is_asked(  # type: ignore[no-untyped-def]
        make_window, store: Store, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from models.channel import ChannelAccount, Network
    from models.post import DeliveryState, Post, PostStatus, Variant
    from services.post_editing import save_post, variants_of
    from ui.messages import ProblemMessage

    store.save(StaffMember(name="Sanne", is_self=True))
    mastodon = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    post = Post(title="Kermis", body="Kermis", status=PostStatus.DRAFT, scheduled_at=datetime(2026, 8, 20, tzinfo=UTC))
    save_post(store, post, [Variant(post_id=post.id, channel_id=mastodon.id)])
    store.update_fields(variants_of(store, post.id)[0], state=DeliveryState.SCHEDULED_REMOTE, remote_id="109",
                        remote_fingerprint="x")
    window = make_window()
    shown: list[str] = []
    monkeypatch.setattr(ProblemMessage, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(HandoverNoteDialog, "exec", lambda dialog: shown.append("note asked") or 0)
    window.tab_page(3).hand_over()
    assert len(shown) == 1 and "• “Kermis” on Mastodon (no longer scheduled)" in shown[0]
    assert handed_to(store) is None and bar_hidden(window)


def test_importing_this_laptops_own_file_says_so_and_the_bar_stays(  # type: ignore[no-untyped-def]
        make_window, store: Store, tmp_path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sanne opens her own handover file by mistake: the preview says that it does not bring the sending, the data
    is merged, and the bar stays: her laptop still sends nothing beside Joris's."""
    from services.handover import HandoverNote, export_handover

    store.save(StaffMember(name="Sanne", is_self=True))
    own = tmp_path / "naar-joris.omroeper"
    export_handover(store, own, HandoverNote(), clock(), to="Joris")
    window = make_window()
    window.finish_startup()
    assert not bar_hidden(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or QMessageBox.StandardButton.Yes)
    assert window.tab_page(3).import_handover(str(own))
    assert "This file does not bring the sending: it is this laptop's own. The sending stays with Joris." in shown[0]
    window.refresh_outbox()
    assert handed_to(store) == HandedTo("Joris", clock()) and not bar_hidden(window)
    # Writing another file is refused, naming who has the sending, before anything is asked.
    from ui.messages import ProblemMessage

    refusals: list[str] = []
    monkeypatch.setattr(ProblemMessage, "exec", lambda box: refusals.append(box.text()) or 0)
    window.tab_page(3).hand_over()
    assert len(refusals) == 1 and refusals[0].startswith("The sending is with Joris since 14-08-2026")


class _Tray:
    """Stands in for the system tray (none offscreen): what the window tells through it."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def tell(self, message: str) -> None:
        self.messages.append(message)


def test_closing_the_window_says_it_goes_on_sending_only_where_it_sends(  # type: ignore[no-untyped-def]
        make_window, store: Store, clock: FakeClock) -> None:
    from services.sending import hand_over_sending, take_sending_back

    window = make_window()
    window.finish_startup()
    tray = _Tray()
    window.tray = tray
    window.close()
    hand_over_sending(store, "Joris", clock())
    window.show()
    window.close()
    take_sending_back(store)
    assert tray.messages == ["Omroeper keeps sending scheduled posts. Quit from here.",
                             "Omroeper stays open in the tray and sends nothing: the sending is with Joris. Quit "
                             "from here."]
