"""The Inbox tab at the window's starting width (784 pixels on a small screen), in Dutch, whose labels are the
longest: the search field keeps room for a few words, and every filter stays whole on the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from ui.tab_order import INBOX

STARTING_WIDTH = 784


@pytest.mark.parametrize("language", ["dutch", "english"])
def test_the_search_field_keeps_room_for_words_at_the_starting_width(language: str, request, make_window) -> None:  # type: ignore[no-untyped-def]
    request.getfixturevalue(language)
    window = make_window()
    window.resize(STARTING_WIDTH, 720)
    window.show()
    window.tabs.setCurrentIndex(INBOX)
    QApplication.processEvents()
    tab = window.inbox()
    assert window.width() == STARTING_WIDTH
    search = tab.search_edit
    assert search.width() >= search.fontMetrics().horizontalAdvance("gemeentehuis kermis markt")
    for widget in (search, tab.state_box, tab.channel_box, tab.owner_box, tab.fetch_button):
        right = widget.mapTo(window, QPoint(widget.width(), 0)).x()
        assert widget.isVisible() and right <= window.width(), widget.objectName()
