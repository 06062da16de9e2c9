"""What the month and its legend show: each post's channel marks however crowded the day, a legend that explains
every mark in readable text, the region's holidays and the built-in world days, and Preferences' regions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from models.channel import ChannelAccount, Network
from models.post import Post, PostStatus, Variant
from models.settings import Country, Municipality
from services.post_editing import save_post
from services.preferences import save_municipality
from services.store import Store
from ui.calendar_legend import GAP, SIGN
from ui.calendar_tab import CalendarTab
from ui.preferences_dialog import PreferencesDialog

AMS = ZoneInfo("Europe/Amsterdam")
TODAY = date(2026, 3, 4)


@pytest.fixture
def channels(store: Store) -> list[ChannelAccount]:
    save_municipality(store, Municipality("Oosterzande", Country.NL, "Europe/Amsterdam"))
    return [store.save(ChannelAccount(network=network, name=network.value))
            for network in (Network.FACEBOOK, Network.BLUESKY, Network.MASTODON, Network.LINKEDIN)]


@pytest.fixture
def tab(qtbot, store: Store, channels: list[ChannelAccount]) -> Iterator[CalendarTab]:  # type: ignore[no-untyped-def]
    widget = CalendarTab(store, today=TODAY)
    widget.resize(1000, 700)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.flush()


def plan(store: Store, title: str, hour: int, channels: list[ChannelAccount]) -> Post:
    post = Post(title=title, body=title, status=PostStatus.DRAFT, scheduled_at=datetime(2026, 3, 11, hour, tzinfo=AMS))
    return save_post(store, post, [Variant(post_id=post.id, channel_id=c.id) for c in channels])


@pytest.mark.parametrize("width", [1000, 620])
def test_every_post_of_a_crowded_day_keeps_its_channel_marks(tab: CalendarTab, store: Store,
                                                             channels: list[ChannelAccount], width: int) -> None:
    plan(store, "Markt", 9, channels[:1])
    plan(store, "Raad live", 10, channels)  # four channels
    plan(store, "Oud papier", 11, channels[:2])
    plan(store, "Wegwerkzaamheden", 12, channels[:3])
    tab.resize(width, 700)
    tab.refresh_view()
    tab.month_view.repaint()
    lines = tab.month_view.painted_lines[date(2026, 3, 11)]
    titles = ["Markt", "Raad live", "Oud papier", "Wegwerkzaamheden"]
    if width == 1000:
        assert [text for text, _marks in lines] == [f"{hour}:00 {title}" for hour, title in zip(
            ("09", "10", "11", "12"), titles, strict=True)]
    else:  # a narrow day shows the titles without their times (the time is in the tooltip)
        assert [text for text, _marks in lines] == titles
    assert all(marks for _text, marks in lines), lines  # no post loses its marks to a crowded neighbour
    if width == 1000:
        assert lines[0][1] == "Fb"  # a one-channel post keeps its full mark
    assert lines[1][1] in ("Fb Bs Ma Li", "••••", "•+3", "•")  # the four-channel one: as much as fits


def test_the_legend_explains_every_mark_in_the_text_colour(tab: CalendarTab) -> None:
    legend = tab.legend
    meanings = {entry.meaning for entry in legend.entries}
    assert {"fewer posts this week than your rhythm", "overdue", "safe at the network", "someone away",
            "key date", "public holiday", "Failed"} <= meanings
    assert {entry.mark for entry in legend.entries if entry.kind == SIGN} >= {"☁", "⌂", "✍", "✓", "⚠", "!"}
    assert legend.isEnabled()  # not greyed out
    assert legend.y() + legend.height() <= tab.height()  # on screen, all of it
    for palette in (QPalette(QColor("#f0f0f0")), dark_palette()):
        legend.setPalette(palette)
        image = legend.grab().toImage()
        for entry, mark, meaning in legend.placed(legend.width()):
            assert meaning.right() < legend.width() and meaning.bottom() < legend.height(), entry
            if entry.kind == GAP:  # the tint the month gives a day short of the rhythm, framed like a day
                from ui.month_view import _Colours

                tint = _Colours.gap_on(palette.base().color())
                assert image.pixelColor(mark.center()).name() == tint.name()
        text = palette.windowText().color()
        gap_meaning = next(meaning for entry, _mark, meaning in legend.placed(legend.width()) if entry.kind == GAP)
        assert strongest(image, gap_meaning, palette.window().color()) == text.name()


def strongest(image: QImage, rect, background: QColor) -> str:  # type: ignore[no-untyped-def]
    """The colour in `rect` that differs most from the background: the text's own colour, where a letter's stem
    is drawn in full."""
    best, found = -1, background.name()
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            colour = image.pixelColor(x, y)
            distance = sum(abs(a - b) for a, b in zip(colour.getRgb()[:3], background.getRgb()[:3], strict=True))
            if distance > best:
                best, found = distance, colour.name()
    return found


def dark_palette() -> QPalette:
    palette = QPalette(QColor("#2b2b2b"))
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.WindowText, "#e8e8e8"), (QPalette.ColorRole.Text, "#e8e8e8")):
        palette.setColor(role, QColor(colour))
    return palette


def test_a_flemish_municipality_sees_11_july_and_its_world_days(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    save_municipality(store, Municipality("Kasterlee", Country.BE, "Europe/Brussels", "VLG"))
    tab = CalendarTab(store, today=date(2026, 7, 1))
    qtbot.addWidget(tab)
    tab.go_to(date(2026, 7, 1))
    assert tab.page is not None and "Vlaamse Gemeenschap" in tab.page.holidays[date(2026, 7, 11)] or \
        "Flemish Community" in tab.page.holidays[date(2026, 7, 11)]  # type: ignore[union-attr]
    tab.go_to(date(2026, 6, 1))
    assert tab.page is not None
    assert [k.starter_key for k in tab.page.key_dates[date(2026, 6, 14)]] == ["vaderdag"]  # the Belgian one
    save_municipality(store, Municipality("Kasterlee", Country.BE, "Europe/Brussels", ""))
    tab.reload()
    tab.go_to(date(2026, 7, 1))
    assert date(2026, 7, 11) not in tab.page.holidays
    tab.flush()


@pytest.mark.usefixtures("english")
def test_preferences_offer_the_regions_by_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(Municipality("Kasterlee", Country.BE, "Europe/Brussels", "Flemish"), "")
    qtbot.addWidget(dialog)
    names = [dialog.region_box.itemText(i) for i in range(dialog.region_box.count())]
    assert names == ["Whole country", "Flanders", "Wallonia", "Brussels", "German-speaking Community"]
    assert dialog.region_box.currentText() == "Flanders"  # what an earlier version stored
    assert dialog.municipality().region == "VLG"
    dialog.country_box.select_value(Country.NL)
    assert dialog.region_box.count() == 1 and not dialog.region_box.isEnabled()
    assert dialog.municipality().region == ""
