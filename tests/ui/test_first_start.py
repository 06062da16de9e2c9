"""The first start as a new officer meets it: an empty calendar, and over it a guide through the municipality, who
"this is me" is and a first channel; every step skippable and the guide too; never offered again once done or
skipped; Help > Getting started opens it again."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QDialog

from models.channel import ChannelAccount, ManualNetwork, Network
from models.settings import Country
from models.staff import StaffMember
from services.first_start import DONE
from services.preferences import load_municipality
from services.staff import signature_of
from services.store import Store
from ui.channel_dialog import ChannelDialog
from ui.first_start_dialog import FirstStartDialog
from ui.main_window import MainWindow
from ui.messages import ProblemMessage


@pytest.fixture
def guide(make_window, qtbot) -> Iterator[tuple[MainWindow, FirstStartDialog]]:  # type: ignore[no-untyped-def]
    """A first start as main.py makes it: the window asks for the guide, and it opens once the window painted."""
    window = make_window()
    window.offer_first_start()
    window.show()
    qtbot.waitUntil(lambda: getattr(window, "first_start", None) is not None and window.first_start.isVisible())
    yield window, window.first_start
    window.first_start.close()


def texts(dialog: FirstStartDialog) -> tuple[str, str]:
    return dialog.heading.text(), dialog.step_label.text()


@pytest.mark.usefixtures("english")
def test_a_new_officer_sets_up_the_municipality_themselves_and_a_channel(  # type: ignore[no-untyped-def]
        guide, make_window, qtbot, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    window, dialog = guide
    assert window.calendar().isVisible()  # the empty calendar is there, under the guide
    assert texts(dialog) == ("Welcome to Omroeper", "Step 1 of 3")
    page = dialog.municipality_page
    # the data folder, named: one to back up, and a mistyped --data-dir is seen for the new folder it is
    assert page.folder_label.isVisible()
    assert page.folder_label.text() == f"Omroeper keeps everything in this folder: {store.path.parent}"
    assert "Europe/Amsterdam" in page.follows_label.text() and "the Netherlands" in page.follows_label.text()
    page.name_edit.setText("Oosterzande")
    page.belgium_button.click()
    assert "Europe/Brussels" in page.follows_label.text() and "Belgium" in page.follows_label.text()
    dialog.next_button.click()

    assert texts(dialog) == ("This is me", "Step 2 of 3")
    dialog.next_button.click()  # without a name it says so and stays
    assert dialog.me_page.problem_label.isVisibleTo(dialog) and "Fill in your name" in \
        dialog.me_page.problem_label.text()
    assert texts(dialog)[0] == "This is me"
    dialog.me_page.name_edit.setText("Sanne de Vries")
    dialog.me_page.role_edit.setText("Communicatieadviseur")
    dialog.me_page.signature_edits["nl"].setText("Groet, Sanne, team communicatie")
    dialog.next_button.click()

    assert texts(dialog) == ("A first channel", "Step 3 of 3")
    assert dialog.channel_page.channels_label.text() == "No channel yet."

    def instagram(channel_dialog: ChannelDialog) -> int:
        channel_dialog.network_box.select_value(Network.MANUAL)
        channel_dialog.manual_box.select_value(ManualNetwork.INSTAGRAM)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChannelDialog, "exec", instagram)
    dialog.channel_page.add_button.click()
    assert dialog.channel_page.channels_label.text() == "Channels: Instagram (Instagram, by hand)"
    assert "Instagram is added: its posts become reminders." == dialog.channel_page.added_label.text()
    dialog.next_button.click()

    assert texts(dialog) == ("Ready", "")
    assert dialog.ready_page.summary.text().splitlines() == [
        "✓ Municipality: Oosterzande, Belgium", "✓ You: Sanne de Vries, signing “Groet, Sanne, team communicatie”",
        "✓ Channels: Instagram"]
    assert not dialog.skip_button.isVisible() and dialog.next_button.text() == "&Finish"
    dialog.next_button.click()

    assert not dialog.isVisible()
    municipality = load_municipality(store)
    assert (municipality.name, municipality.country, municipality.time_zone) == (
        "Oosterzande", Country.BE, "Europe/Brussels")
    [me] = store.find(StaffMember, "is_self = 1")
    assert (me.name, me.role) == ("Sanne de Vries", "Communicatieadviseur")
    assert signature_of(store, me, "en") == "Groet, Sanne, team communicatie"  # the Dutch one, without an English
    assert [(c.name, c.manual_network) for c in store.find(ChannelAccount)] == [("Instagram", ManualNetwork.INSTAGRAM)]
    assert window.windowTitle() == "Omroeper – Oosterzande"  # the window took it in at once
    assert store.get_setting(DONE) is True

    # The next start: no guide; Help > Getting started opens it again, filled with what is set up.
    window.close()
    again = make_window()
    again.offer_first_start()
    again.show()
    qtbot.waitUntil(lambda: again.started)  # the window has finished starting
    qtbot.wait(50)
    assert getattr(again, "first_start", None) is None
    [getting_started] = [a for a in again.help_menu.actions() if a.text() == "&Getting started…"]
    getting_started.trigger()
    assert again.first_start.isVisible()
    assert again.first_start.municipality_page.name_edit.text() == "Oosterzande"
    assert again.first_start.municipality_page.belgium_button.isChecked()
    assert again.first_start.me_page.name_edit.text() == "Sanne de Vries"
    again.first_start.close()


@pytest.mark.usefixtures("english")
def test_every_step_can_be_skipped_and_so_can_the_guide(guide, store: Store, make_window,  # type: ignore[no-untyped-def]
                                                        qtbot) -> None:
    window, dialog = guide
    dialog.municipality_page.name_edit.setText("Typed but skipped")
    for heading in ("This is me", "A first channel", "Ready"):
        dialog.skip_button.click()
        assert texts(dialog)[0] == heading
    assert dialog.ready_page.summary.text().splitlines() == [
        "– No municipality yet: File > Preferences.", "– Nobody is “me” yet: Replies > Staff and signatures.",
        "– No channel yet: the Channels tab."]
    dialog.back_button.click()
    dialog.back_button.click()
    dialog.back_button.click()
    assert texts(dialog)[0] == "Welcome to Omroeper" and not dialog.back_button.isEnabled()
    dialog.skip_all_button.click()  # the guide as a whole
    assert not dialog.isVisible()
    assert load_municipality(store).name == "" and store.find(StaffMember) == [] and store.find(ChannelAccount) == []
    assert store.get_setting(DONE) is True
    again = make_window()
    again.offer_first_start()
    again.show()
    qtbot.waitUntil(lambda: again.started)
    qtbot.wait(50)
    assert getattr(again, "first_start", None) is None  # skipped is done: not offered again


@pytest.mark.usefixtures("english")
def test_without_a_keychain_the_channel_step_says_why_and_can_be_skipped(  # type: ignore[no-untyped-def]
        guide, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    window, dialog = guide
    dialog.skip_button.click()
    dialog.skip_button.click()
    keyring.set_keyring(fail.Keyring())  # this computer has no keychain (the fixture puts its own back)
    answers = iter([QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected])

    def mastodon(channel_dialog: ChannelDialog) -> int:
        channel_dialog.network_box.select_value(Network.MASTODON)
        channel_dialog.name_edit.setText("Mastodon")
        channel_dialog.base_url_edit.setText("https://social.example")
        channel_dialog.secret_edit.setText("Zq8v3KpLx1-aB_cD9eFgHiJkLmNoPqRsTuVwXyZ0123")
        return next(answers)

    told: list[str] = []
    monkeypatch.setattr(ChannelDialog, "exec", mastodon)
    monkeypatch.setattr(ProblemMessage, "exec", lambda message: told.append(message.text()) or 0)
    dialog.channel_page.add_button.click()
    assert len(told) == 1 and "No secure keychain was found on this computer" in told[0]
    assert store.find(ChannelAccount) == [] and dialog.channel_page.channels_label.text() == "No channel yet."
    dialog.skip_button.click()
    assert texts(dialog)[0] == "Ready"


def test_a_laptop_that_received_the_municipality_gets_no_guide(make_window, qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    """A stand-in's laptop that imported a handover file before the window first opened (`handover import` on the
    command line) has the municipality: nothing to set up there."""
    store.set_setting("municipality.name", "Oosterzande")
    window = make_window()
    window.offer_first_start()
    window.show()
    qtbot.waitUntil(lambda: window.started)
    qtbot.wait(50)
    assert getattr(window, "first_start", None) is None


@pytest.mark.usefixtures("english")
def test_a_stand_in_leaves_the_guide_for_the_handover_import(guide, store: Store,  # type: ignore[no-untyped-def]
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    window, dialog = guide
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: asked.append(args[1]) or ("", ""))
    dialog.municipality_page.import_button.click()
    assert not dialog.isVisible() and store.get_setting(DONE) is True
    assert window.tabs.currentIndex() == 3 and asked == ["Import handover"]  # the Vacation tab


@pytest.mark.usefixtures("english")
def test_the_guide_speaks_the_language_chosen_on_its_first_page(guide, ui_settings, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, dialog = guide
    page = dialog.municipality_page
    assert page.language_box.itemText(0) == "Same as the system"
    try:
        page.language_box.select_value("nl")
        assert ui_settings.value("language") == "nl"  # kept for the next start, as Preferences keeps it
        qtbot.waitUntil(lambda: page.language_box.itemText(0) == "Zoals het systeem")  # switched at once
        assert QLocale().language() is QLocale.Language.Dutch
        assert page.language_note.isVisible()
    finally:
        app = QCoreApplication.instance()
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
