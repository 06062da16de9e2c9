"""The mouse wheel over a form scrolls the form: a drop-down, date, time or number the pointer passes keeps its
value unless the officer clicked or tabbed into it first.

(The events are sent as QTest would: Qt hands such an event to the widget itself only, where a real wheel goes on
to the parents of a widget that ignores it. The guard hands it to the scroll area itself, so both scroll.)"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QSpinBox, QWidget

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


def turn_wheel(widget: QWidget, notches: int) -> None:
    """Turns the wheel `notches` times (negative: towards the officer, to scroll down) over the widget's middle."""
    middle = QPointF(widget.width() / 2, widget.height() / 2)
    for _ in range(abs(notches)):
        event = QWheelEvent(middle, QPointF(widget.mapToGlobal(middle)), QPoint(), QPoint(0, 120 if notches > 0
                                                                                             else -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(widget, event)


def test_scrolling_over_the_status_dates_and_times_scrolls_the_composer_and_changes_nothing(
        composer, store: Store) -> None:  # type: ignore[no-untyped-def]
    bar = composer.findChild(QWidget, "composer_scroll").verticalScrollBar()
    assert bar.maximum() > 0, "the window must be low enough for the composer to scroll"
    extra = QSpinBox(composer.status_box.parentWidget())  # any spin box in the form behaves alike
    extra.setValue(5)
    dated = QDateEdit(QDate(2026, 3, 14), composer.status_box.parentWidget())  # as the dialogs' date fields
    fields = [(composer.status_box, composer.status_box.currentText),
              (composer.time_edit, composer.time_edit.text),
              (composer.language_box, composer.language_box.currentText),
              (composer.campaign_box, composer.campaign_box.currentText),
              (extra, extra.text),
              (dated, dated.text)]
    before = [shown() for _field, shown in fields]
    for field, _shown in fields:
        bar.setValue(0)
        turn_wheel(field, -3)
        assert bar.value() > 0, f"the composer scrolled down over {type(field).__name__}"
    assert [shown() for _field, shown in fields] == before
    date_shown = composer.date_edit.text()
    turn_wheel(composer.date_edit.edit, -3)  # the date is typed or picked: the wheel never changes it
    assert composer.date_edit.text() == date_shown
    assert not any(field.hasFocus() for field, _shown in fields)
    composer.flush()
    stored = store.find(Post)[0]
    assert stored.status is PostStatus.IDEA and stored.scheduled_at == datetime(2026, 3, 14, 9, tzinfo=AMS)


def test_a_field_the_officer_clicked_into_takes_the_wheel(composer) -> None:  # type: ignore[no-untyped-def]
    composer.time_edit.setFocus()
    QApplication.processEvents()
    turn_wheel(composer.time_edit, 1)
    assert composer.time_edit.text() != "09:00"


def test_the_wheel_gives_no_field_the_focus_anywhere_in_the_app(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt's own policy for these fields would hand them the focus, and so the wheel, as the pointer passes."""
    from ui.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(Municipality("Oosterzande", Country.NL, "Europe/Amsterdam"), "", None)
    qtbot.addWidget(dialog)
    dialog.show()
    fields = dialog.findChildren(QComboBox) + dialog.findChildren(QSpinBox)
    assert fields
    assert all(field.focusPolicy() == Qt.FocusPolicy.StrongFocus for field in fields)
    grace = dialog.grace_spin
    value = grace.value()
    dialog.findChild(QWidget).setFocus()
    turn_wheel(grace, 2)
    assert grace.value() == value
