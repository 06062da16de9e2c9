"""A message in the status bar is read whole: it is not cut off by the counters beside it."""

from __future__ import annotations

from datetime import date

import pytest

from services.demo import fill_demo
from services.store import Store

MESSAGE = ("Bluesky oosterzande.nl: Bluesky refused the app password or the session (revoked or mistyped). Make a new "
           "app password under Settings > Privacy and security and enter it under Channels.")


def shown_rect(widget, window):  # type: ignore[no-untyped-def]
    return widget.rect().translated(widget.mapTo(window, widget.rect().topLeft()))


@pytest.mark.usefixtures("dutch")
def test_a_long_message_is_shown_whole_above_the_counters(make_window, store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    fill_demo(store, date(2026, 11, 18))  # every counter has something to say
    window = make_window()
    window.resize(1100, 720)
    window.show()
    window.status.show_reminders(2)
    window.status.show_attention(2)
    window.status.showMessage(MESSAGE, 30_000)
    line = window.status.message_line
    qtbot.waitUntil(lambda: line.isVisible() and line.text().replace("\n", " ") == MESSAGE)
    assert window.status.currentMessage() == MESSAGE and line.toolTip() == MESSAGE
    message = shown_rect(line, window)
    for counter in (window.status.reminders_label, window.status.attention_label, window.status.outbox_label,
                    window.status.network_label):
        assert counter.isVisible() and not message.intersects(shown_rect(counter, window))
    assert message.right() <= window.width()


def test_a_message_longer_than_three_lines_ends_in_an_ellipsis_and_says_all_in_its_tooltip(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.resize(800, 600)
    window.show()
    window.status.showMessage(" ".join([MESSAGE] * 4))
    line = window.status.message_line
    qtbot.waitUntil(lambda: line.isVisible() and line.text().endswith("…"))
    assert line.text().count("\n") == 2
    assert line.toolTip() == " ".join([MESSAGE] * 4) == window.status.currentMessage()


def test_a_message_goes_after_its_time_and_the_line_with_it(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    window.status.showMessage("Gekopieerd.", 50)
    qtbot.waitUntil(lambda: window.status.currentMessage() == "" and not window.status.message_line.isVisible())
