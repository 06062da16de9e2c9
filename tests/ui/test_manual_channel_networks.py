"""The officer adds Instagram as a channel posted to by hand, sees it in the Channels tab, and the composer counts its
text as Instagram does (2,200 characters and 30 hashtags) instead of "no limit"."""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from models.channel import ChannelAccount, ManualNetwork, Network
from models.post import Post, PostStatus, Variant
from models.settings import Country, Municipality
from services.post_editing import save_post
from services.preferences import save_municipality
from services.store import Store
from ui.calendar_tab import CalendarTab
from ui.channel_dialog import ChannelDialog
from ui.channel_list_model import ChannelListModel
from ui.channels_tab import ChannelsTab

AMS = ZoneInfo("Europe/Amsterdam")


@pytest.mark.usefixtures("english")
def test_adding_instagram_by_hand_names_it_and_the_tab_shows_what_it_is_for(  # type: ignore[no-untyped-def]
        qtbot, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = ChannelsTab(store)
    qtbot.addWidget(tab)
    seen: dict[str, object] = {}

    def fill(dialog: ChannelDialog) -> int:
        dialog.network_box.select_value(Network.MANUAL)
        seen["rows"] = [dialog.manual_box.itemText(row) for row in range(dialog.manual_box.count())]
        seen["visible"] = dialog.manual_box.isVisibleTo(dialog) and not dialog.secret_edit.isVisibleTo(dialog)
        dialog.manual_box.select_value(ManualNetwork.THREADS)
        seen["threads"] = (dialog.name_edit.text(), dialog.help_label.text())
        dialog.manual_box.select_value(ManualNetwork.INSTAGRAM)
        seen["instagram"] = (dialog.name_edit.text(), dialog.help_label.text())
        return ChannelDialog.DialogCode.Accepted

    monkeypatch.setattr(ChannelDialog, "exec", fill)
    tab.add()
    assert seen["rows"] == ["Instagram", "Threads", "X", "WhatsApp", "Something else"] and seen["visible"]
    assert seen["threads"][0] == "Threads" and "500 characters" in str(seen["threads"][1])
    name, help_text = seen["instagram"]  # type: ignore[misc]
    assert name == "Instagram"
    assert "2,200 characters and 30 hashtags" in help_text and "needs an image" in help_text
    [channel] = store.find(ChannelAccount)
    assert (channel.network, channel.manual_network) == (Network.MANUAL, ManualNetwork.INSTAGRAM)
    shown = [tab.model.data(tab.model.index(0, column)) for column in range(tab.model.columnCount())]
    assert shown[ChannelListModel.NAME] == "Instagram"
    assert shown[ChannelListModel.NETWORK] == "Instagram, by hand"


@pytest.mark.usefixtures("english")
def test_a_typed_name_is_kept_and_changing_the_channel_changes_what_it_is_for(  # type: ignore[no-untyped-def]
        qtbot, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = ChannelsTab(store)
    qtbot.addWidget(tab)

    def add(dialog: ChannelDialog) -> int:
        dialog.network_box.select_value(Network.MANUAL)
        dialog.name_edit.setText("Gemeente op X")
        dialog.manual_box.select_value(ManualNetwork.X)
        return ChannelDialog.DialogCode.Accepted

    monkeypatch.setattr(ChannelDialog, "exec", add)
    tab.add()
    [channel] = store.find(ChannelAccount)
    assert (channel.name, channel.manual_network) == ("Gemeente op X", ManualNetwork.X)

    def change(dialog: ChannelDialog) -> int:
        assert dialog.manual_box.current_value() is ManualNetwork.X and not dialog.network_box.isEnabled()
        dialog.manual_box.select_value(ManualNetwork.OTHER)
        assert dialog.name_edit.text() == "Gemeente op X"  # an existing name never follows the choice
        assert dialog.help_label.text().endswith("Its texts have no length limit.")
        return ChannelDialog.DialogCode.Accepted

    monkeypatch.setattr(ChannelDialog, "exec", change)
    tab.table.selectRow(0)
    tab.change()
    [channel] = store.find(ChannelAccount)
    assert channel.manual_network is ManualNetwork.OTHER
    assert tab.model.data(tab.model.index(0, ChannelListModel.NETWORK)) == "by hand"


@pytest.mark.usefixtures("english")
def test_the_composer_counts_an_instagram_text_by_instagrams_rule(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    save_municipality(store, Municipality("Oosterzande", Country.NL, "Europe/Amsterdam"))
    instagram = store.save(ChannelAccount(network=Network.MANUAL, name="Instagram",
                                          manual_network=ManualNetwork.INSTAGRAM))
    whatsapp = store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp",
                                         manual_network=ManualNetwork.WHATSAPP))
    post = Post(title="Braderie", body="Kom naar de braderie", status=PostStatus.DRAFT,
                scheduled_at=datetime(2026, 3, 12, 10, 0, tzinfo=AMS))
    save_post(store, post, [Variant(post_id=post.id, channel_id=c.id) for c in (instagram, whatsapp)])
    tab = CalendarTab(store, today=date(2026, 3, 4))
    tab.resize(1200, 800)
    qtbot.addWidget(tab)
    tab.show()
    try:
        tab.open_post(post.id)
        composer = tab.composer
        counter = composer.editors[instagram.id].counter
        assert re.fullmatch(r"20 of 2[,.]?200 characters", counter.text())
        assert composer.editors[whatsapp.id].counter.text() == "20 characters (no limit)"
        composer.master_edit.setPlainText("Braderie! " + " ".join(f"#b{number}" for number in range(31)))
        assert "1 hashtag too many (31 of 30)" in counter.text()
        composer.status_box.select_value(PostStatus.READY)
        assert composer.status_box.current_value() is PostStatus.DRAFT
        assert "Instagram" in composer.problems_label.text()
    finally:
        tab.flush()
