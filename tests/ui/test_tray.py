"""What the tray tells the desktop: a notification some Linux desktops read as markup, so nothing in it can become
a tag (a link, an image fetched from a server) or turn the text around, whatever a server or a file said."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from ui.tray import Tray


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # the offscreen platform has no tray of its own
def test_a_notification_holds_no_tag_and_no_control_character(qtbot, qapp,  # type: ignore[no-untyped-def]
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda _self, title, text, *_rest: shown.append((title, text)))
    window = QWidget()
    qtbot.addWidget(window)
    tray = Tray([], window)
    try:
        tray.tell("Facebook Gemeente Oosterzande: the server said <img src=\"https://evil.example/t.png\"> "
                  "<a href=\"https://evil.example\">klik</a>\u202e lanretni\u0007\nKunst & Cultuur: sent.")
    finally:
        tray.hide()
        qapp.setQuitOnLastWindowClosed(True)
    assert len(shown) == 1 and shown[0][0] == "Omroeper"
    text = shown[0][1]
    assert "<" not in text and ">" not in text and "\u202e" not in text and "\u0007" not in text
    assert "\u2039img src=\"https://evil.example/t.png\"\u203a" in text  # still readable as what was said
    assert text.endswith("\nKunst & Cultuur: sent.")
