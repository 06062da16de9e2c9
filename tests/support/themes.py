"""The light and the dark theme as a desktop gives them to Qt: the Fusion style with its own light palette, or with
a dark palette like the one Fusion takes in a dark system theme (Windows 11, GNOME, KDE, macOS in dark mode)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def dark_palette() -> QPalette:
    """Light text on dark grey, made the way Qt's Fusion style makes its palette for a dark colour scheme."""
    roles, groups = QPalette.ColorRole, QPalette.ColorGroup
    window, text = QColor(50, 50, 50), QColor(240, 240, 240)
    mid, dark = window.darker(130), window.darker(150)
    placeholder = QColor(text)
    placeholder.setAlpha(128)
    palette = QPalette()
    for role, colour in ((roles.Window, window), (roles.WindowText, text), (roles.Base, window.darker(140)),
                         (roles.AlternateBase, window), (roles.ToolTipBase, window), (roles.ToolTipText, text),
                         (roles.PlaceholderText, placeholder), (roles.Text, text), (roles.Button, window),
                         (roles.ButtonText, text), (roles.BrightText, QColor(255, 255, 255)),
                         (roles.Light, window.lighter(150)), (roles.Midlight, mid.lighter(110)), (roles.Mid, mid),
                         (roles.Dark, dark), (roles.Shadow, dark.darker(135)), (roles.Highlight, QColor(48, 140, 198)),
                         (roles.HighlightedText, text), (roles.Link, QColor(48, 140, 198)),
                         (roles.LinkVisited, QColor(255, 0, 255))):
        palette.setColor(role, colour)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(groups.Disabled, role, QColor(130, 130, 130))
    return palette


def use_theme(app, dark: bool) -> None:  # type: ignore[no-untyped-def]
    """The Fusion style in the light or the dark theme, for the whole application."""
    from PySide6.QtWidgets import QStyleFactory

    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
