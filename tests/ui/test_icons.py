"""Omroeper's own icons (ui/icons.py): drawn at any size, the tray's included."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QIcon

from ui.icons import APP_BLUE, app_icon, pause_icon, resume_icon


def colours(icon: QIcon, size: int, mode: QIcon.Mode = QIcon.Mode.Normal) -> set[str]:
    image = icon.pixmap(size, mode).toImage()
    return {image.pixelColor(x, y).name() for x in range(size) for y in range(size)
            if image.pixelColor(x, y).alpha() == 255}


def test_the_app_icon_is_a_white_megaphone_on_blue_at_every_size(qapp) -> None:  # type: ignore[no-untyped-def]
    for size in (16, 22, 32, 64, 256):
        drawn = colours(app_icon(), size)
        assert {APP_BLUE.name(), "#ffffff"} <= drawn, size


def test_an_icon_asked_for_at_no_size_is_empty_without_a_word(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSize

    for icon in (app_icon(), pause_icon(), resume_icon()):
        assert icon.pixmap(QSize(0, 0)).isNull() and icon.pixmap(QSize(-4, 16)).isNull()


def test_the_crisis_switchs_icons_take_the_themes_text_colour_and_grey_when_disabled(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette

    palette = qapp.palette()
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText).name()
    for icon in (pause_icon(), resume_icon()):
        assert colours(icon, 32) == {text}
        assert colours(icon, 32, QIcon.Mode.Disabled) == {disabled}


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # the offscreen platform has no tray of its own
def test_the_tray_shows_omroepers_icon(make_window, qapp) -> None:  # type: ignore[no-untyped-def]
    """Closing the window leaves Omroeper running in the tray: its icon there must be there to be found (the tray
    had the window's icon, which was none)."""
    from ui.tray import Tray

    tray = Tray([], make_window())
    try:
        assert not tray.icon().isNull()
        assert QColor(APP_BLUE).name() in colours(tray.icon(), 22)
    finally:
        tray.hide()
        qapp.setQuitOnLastWindowClosed(True)
