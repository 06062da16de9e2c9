"""The light and the dark theme as a desktop gives them to Qt: the Fusion style with its own light palette, or with
a dark palette like the one Fusion takes in a dark system theme (Windows 11, GNOME, KDE, macOS in dark mode)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def dark_palette() -> QPalette:
    """Light text on dark grey, as Fusion's dark colour scheme has it."""
    roles, groups = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    for role, colour in ((roles.Window, "#353535"), (roles.WindowText, "#ffffff"), (roles.Base, "#2a2a2a"),
                         (roles.AlternateBase, "#424242"), (roles.ToolTipBase, "#353535"),
                         (roles.ToolTipText, "#ffffff"), (roles.PlaceholderText, "#a0a0a0"), (roles.Text, "#ffffff"),
                         (roles.Button, "#353535"), (roles.ButtonText, "#ffffff"), (roles.BrightText, "#ff5252"),
                         (roles.Light, "#505050"), (roles.Midlight, "#424242"), (roles.Mid, "#2a2a2a"),
                         (roles.Dark, "#232323"), (roles.Shadow, "#141414"), (roles.Highlight, "#2a82da"),
                         (roles.HighlightedText, "#ffffff"), (roles.Link, "#4ea1f3"), (roles.LinkVisited, "#b38cf0")):
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(groups.Disabled, role, QColor("#7f7f7f"))
    return palette


def use_theme(app, dark: bool) -> None:  # type: ignore[no-untyped-def]
    """The Fusion style in the light or the dark theme, for the whole application."""
    from PySide6.QtWidgets import QStyleFactory

    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
