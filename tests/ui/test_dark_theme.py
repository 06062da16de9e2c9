"""Every note and warning reads in a dark system theme as in a light one: the sending banner, the crisis bar and a
paused post's line, the stand-in line and a received handover note on the Vacation tab, the calendar legend's
coloured marks and the status bar's warning. Measured on what Qt draws: the text's colour against the colour behind
it, at least 4.5:1 (WCAG's level for normal text)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from models.channel import ChannelAccount, Network
from models.planning import Absence
from models.post import DeliveryState, Post, PostStatus, Variant
from models.settings import Country, Municipality
from models.staff import StaffMember
from services.absences import RECEIVED_NOTE
from services.crisis import pause_all
from services.post_editing import save_post
from services.preferences import save_municipality
from services.sending import hand_over_sending
from services.store import Store
from tests.conftest import FakeClock
from tests.support.themes import use_theme
from ui.calendar_legend import HOLIDAY, KEY_DATE, CalendarLegend
from ui.paused_banner import PausedBanner
from ui.paused_bar import PausedBar
from ui.readable_colours import contrast
from ui.sending_banner import SendingBanner
from ui.status_bar import StatusBar
from ui.vacation_tab import VacationTab


@pytest.fixture(params=["light", "dark"])
def theme(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """The whole application in the Fusion style's light theme or a dark one; put back afterwards."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    use_theme(qapp, request.param == "dark")
    yield request.param
    qapp.setStyle(style)
    qapp.setPalette(palette)


def drawn_contrast(widget: QWidget, area: QRect | None = None) -> float:
    """The contrast of the text Qt draws in `widget` (or in `area` of it) with what is behind it, as its window
    shows it on a screen. The commonest colour is the background; the colour that stands out most from it is the
    text's own (a glyph's core)."""
    window = widget.window()
    window.show()
    QApplication.processEvents()
    area = area or widget.rect()
    shot = window.grab(QRect(widget.mapTo(window, area.topLeft()), area.size()))
    image = QImage(shot.size(), QImage.Format.Format_RGB32)
    image.fill(window.palette().color(QPalette.ColorRole.Window))  # a window's background is opaque on screen
    painter = QPainter(image)
    painter.drawPixmap(0, 0, shot)
    painter.end()
    colours = Counter(image.pixel(x, y) for x in range(image.width()) for y in range(image.height()))
    background = QColor.fromRgb(colours.most_common(1)[0][0])
    return max(contrast(QColor.fromRgb(pixel), background) for pixel in colours)


def in_a_window(qtbot, *widgets: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    """The widgets one above the other in a window of their own, as the main window holds its bars."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    window.resize(900, 60 * len(widgets))
    return window


def scheduled_post(store: Store, clock: FakeClock) -> Post:
    channel = store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
    post = Post(title="Braderie", body="Braderie", status=PostStatus.SCHEDULED,
                scheduled_at=clock.now + timedelta(hours=3))
    return save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id, state=DeliveryState.QUEUED)])


@pytest.mark.usefixtures("english")
def test_the_banners_over_the_window_read_in_both_themes(theme: str, qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                         clock: FakeClock) -> None:
    save_municipality(store, Municipality("Oosterzande", Country.NL, "Europe/Amsterdam"))
    hand_over_sending(store, "Joris Bakker", clock())
    post = scheduled_post(store, clock)
    pause_all(store, clock(), "Brand in het centrum")
    sending, paused, line = SendingBanner(store), PausedBar(store), PausedBanner()
    host = in_a_window(qtbot, sending, paused, line)  # noqa: F841  (alive while measured)
    assert "Joris Bakker" in sending.label.text() and "Brand in het centrum" in paused.label.text()
    assert drawn_contrast(sending, sending.label.geometry()) >= 4.5
    assert drawn_contrast(paused, paused.label.geometry()) >= 4.5
    paused_post = store.get(Post, post.id)
    assert paused_post is not None
    line.show_post(paused_post)
    assert drawn_contrast(line, line.label.geometry()) >= 4.5


def test_the_stand_in_line_and_the_received_note_read_in_both_themes(theme: str, qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                                     clock: FakeClock) -> None:
    me = store.save(StaffMember(name="Joris Bakker", is_self=True))
    sanne = store.save(StaffMember(name="Sanne de Vries"))
    today = clock().astimezone().date()
    store.save(Absence(staff_id=sanne.id, standin_id=me.id, starts_on=today, ends_on=today + timedelta(days=9)))
    store.set_setting(RECEIVED_NOTE, {"from": "Sanne de Vries", "running_topics": "Braderie: vergunning loopt nog"})
    tab = VacationTab(store)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    assert "Sanne de Vries" in tab.standing_in_label.text() and "Braderie" in tab.received_note_label.text()
    assert drawn_contrast(tab.standing_in_label) >= 4.5
    assert drawn_contrast(tab.received_note_label) >= 4.5


def test_the_legends_coloured_marks_and_the_status_bars_warning_read_in_both_themes(theme: str,  # type: ignore[no-untyped-def]
                                                                                    qtbot) -> None:
    legend, bar = CalendarLegend(), StatusBar()
    host = in_a_window(qtbot, legend, bar)
    host.resize(1100, 120)
    host.show()
    QApplication.processEvents()
    marks = {entry.kind: mark for entry, mark, _meaning in legend.placed(legend.width())}
    assert drawn_contrast(legend, marks[HOLIDAY]) >= 4.5  # "Christmas Day" as the month writes a holiday
    assert drawn_contrast(legend, marks[KEY_DATE]) >= 4.5  # ◆
    bar.show_attention(2)
    assert drawn_contrast(bar.attention_label) >= 4.5



def icon_contrast(window, action) -> float:  # type: ignore[no-untyped-def]
    """The contrast of the icon Qt draws on the action's toolbar button, left of its text."""
    button = window.toolbar.widgetForAction(action)
    return drawn_contrast(button, QRect(0, 0, 2 + button.iconSize().width() + 2, button.height()))


def test_the_crisis_switchs_icons_read_in_both_themes(theme: str, qapp, make_window) -> None:  # type: ignore[no-untyped-def]
    """Pause all and Resume all: the icon beside each text stands out from the toolbar as the text does (the style's
    media icons were black, hardly visible on dark grey), also after the theme changed while the window is open."""
    window = make_window()
    window.resize(1100, 720)
    actions = (window.crisis.pause_action, window.crisis.resume_action)
    assert all(icon_contrast(window, action) >= 4.5 for action in actions)
    use_theme(qapp, dark=theme == "light")  # the other theme, chosen on the desktop meanwhile
    assert all(icon_contrast(window, action) >= 4.5 for action in actions)
