"""The mouse wheel over a form scrolls the form: a drop-down, date, time or number the pointer passes keeps its
value unless the officer clicked or tabbed into it first.

The wheel is turned as the windowing system turns it: the event goes to the window, which hands it to the widget
under the pointer (and on to its parents while they ignore it)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLineEdit, QScrollArea, QSpinBox, QWidget

from models.channel import ChannelAccount, Network
from models.post import Post, PostStatus, Variant
from models.settings import Country, Municipality
from services.post_editing import save_post
from services.preferences import save_municipality
from services.store import Store
from ui.calendar_tab import CalendarTab

AMS = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def composer(qtbot, store: Store) -> Iterator:  # type: ignore[no-untyped-def]
    """An idea opened in the composer of a window low enough that the composer's form scrolls."""
    save_municipality(store, Municipality("Oosterzande", Country.NL, "Europe/Amsterdam"))
    channel = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
    post = save_post(store, Post(title="Markt", body="Zaterdag markt", status=PostStatus.IDEA,
                                 scheduled_at=datetime(2026, 3, 14, 9, tzinfo=AMS)),
                     [Variant(post_id="", channel_id=channel.id)])
    tab = CalendarTab(store, today=date(2026, 3, 4))
    tab.resize(1200, 420)
    qtbot.addWidget(tab)
    tab.show()
    tab.finish_startup()
    tab.open_post(post.id)
    tab.composer.title_edit.setFocus()
    QApplication.processEvents()
    yield tab.composer
    tab.flush()


def bring_into_view(widget: QWidget) -> None:
    """Scrolls the form around the widget, if there is one, so that the widget shows."""
    area = next((holder for holder in _holders(widget) if isinstance(holder, QScrollArea)), None)
    if area is not None:
        area.ensureWidgetVisible(widget)


def turn_wheel(widget: QWidget, notches: int, *, over_its_frame: bool = False) -> None:
    """Turns the wheel `notches` times (negative: towards the officer, to scroll down) with the pointer over the
    widget's middle (which must show), or with `over_its_frame` over a part of the widget that is none of its
    children (a spin box's arrows).

    A wheel event made here is not spontaneous, and Qt hands such an event to the widget under the pointer only,
    never on to its parents: a wheel over a spin box's text reaches the spin box only when it comes from the
    windowing system. The guard sees both kinds alike."""
    window = widget.window()
    spots = [QPoint(x, widget.height() // 2) for x in (widget.width() // 2, widget.width() - 6, 3)]
    spot = next((point for point in spots if widget.childAt(point) is None), None) if over_its_frame else spots[0]
    assert spot is not None, "the widget shows a part of its own"
    middle = QPointF(widget.mapTo(window, spot))
    assert window.childAt(middle.toPoint()) in (widget, *widget.findChildren(QWidget)), "the pointer is over it"
    for _ in range(abs(notches)):
        event = QWheelEvent(middle, QPointF(window.mapToGlobal(middle)), QPoint(), QPoint(0, 120 if notches > 0
                                                                                             else -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(window.windowHandle(), event)


def _holders(widget: QWidget) -> Iterator[QWidget]:
    holder = widget.parentWidget()
    while holder is not None:
        yield holder
        holder = holder.parentWidget()


def test_scrolling_over_the_status_dates_and_times_scrolls_the_composer_and_changes_nothing(
        composer, store: Store) -> None:  # type: ignore[no-untyped-def]
    bar = composer.findChild(QWidget, "composer_scroll").verticalScrollBar()
    assert bar.maximum() > 0, "the window must be low enough for the composer to scroll"
    extra = QSpinBox(composer.status_box.parentWidget())  # any spin box in the form behaves alike
    extra.setValue(5)
    dated = QDateEdit(QDate(2026, 3, 14), composer.status_box.parentWidget())  # as the dialogs' date fields
    extra.show()
    dated.move(0, extra.height())
    dated.show()
    fields = [(composer.status_box, composer.status_box.currentText),
              (composer.time_edit, composer.time_edit.text),
              (composer.language_box, composer.language_box.currentText),
              (composer.campaign_box, composer.campaign_box.currentText),
              (extra, extra.text),
              (dated, dated.text)]
    before = [shown() for _field, shown in fields]
    for field, _shown in fields:
        bar.setValue(0)
        bring_into_view(field)
        at = bar.value()
        turn_wheel(field, -3)
        assert bar.value() > at, f"the composer scrolled down over {type(field).__name__}"
    assert [shown() for _field, shown in fields] == before
    date_shown = composer.date_edit.text()
    bring_into_view(composer.date_edit.edit)
    turn_wheel(composer.date_edit.edit, -3)  # the date is typed or picked: the wheel never changes it
    assert composer.date_edit.text() == date_shown
    assert not any(field.hasFocus() for field, _shown in fields)
    composer.flush()
    stored = store.find(Post)[0]
    assert stored.status is PostStatus.IDEA and stored.scheduled_at == datetime(2026, 3, 14, 9, tzinfo=AMS)


def test_a_field_the_officer_clicked_into_takes_the_wheel(composer) -> None:  # type: ignore[no-untyped-def]
    composer.time_edit.setFocus()
    QApplication.processEvents()
    bring_into_view(composer.time_edit)
    turn_wheel(composer.time_edit, 1, over_its_frame=True)
    assert composer.time_edit.text() != "09:00"


def test_a_window_opened_later_is_guarded_as_well(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Preferences is a window of its own, opened long after the guard was made: its numbers and lists keep their
    values too, also with the pointer right over a spin box's arrows (where Qt's own policy would hand the field
    the focus, and so the wheel)."""
    from ui.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(Municipality("Oosterzande", Country.NL, "Europe/Amsterdam"), "", None)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    typed = next(field for field in dialog.findChildren(QLineEdit) if field.isVisible())
    typed.setFocus()  # the officer typed the municipality's name
    fields = [field for field in dialog.findChildren(QComboBox) + dialog.findChildren(QSpinBox)
              if field.isVisible()]
    assert dialog.grace_spin in fields
    before = [field.currentIndex() if isinstance(field, QComboBox) else field.value() for field in fields]
    for field in fields:
        bring_into_view(field)
        turn_wheel(field, 2, over_its_frame=True)
        turn_wheel(field, -2, over_its_frame=True)
        turn_wheel(field, 1)
    assert [field.currentIndex() if isinstance(field, QComboBox) else field.value() for field in fields] == before
    assert not any(field.hasFocus() for field in fields)


def test_an_open_list_takes_the_wheel_even_when_the_window_below_gets_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Some systems hand a wheel turn over an open drop-down list to the window underneath, and Qt passes it on
    to the list: the guard leaves that to Qt, also with another field of the form under the pointer."""
    from PySide6.QtWidgets import QDialog, QFormLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    long_list, below = QComboBox(), QComboBox()
    long_list.addItems([f"Keuze {number}" for number in range(100)])
    below.addItems(["een", "twee", "drie"])
    form.addRow("Lijst", long_list)
    form.addRow("Eronder", below)
    with qtbot.waitActive(dialog):
        dialog.show()
    long_list.showPopup()
    popup_list = long_list.view()
    qtbot.waitUntil(popup_list.isVisible)
    bar = popup_list.verticalScrollBar()
    assert bar.maximum() > 0
    spot = below.mapToGlobal(QPoint(below.width() // 2, below.height() // 2))
    assert popup_list.viewport().rect().contains(popup_list.viewport().mapFromGlobal(spot)), "the list is over it"
    at = bar.value()
    event = QWheelEvent(QPointF(dialog.mapFromGlobal(spot)), QPointF(spot), QPoint(), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(dialog.windowHandle(), event)
    assert bar.value() > at and below.currentIndex() == 0 and long_list.currentIndex() == 0
    long_list.hidePopup()
