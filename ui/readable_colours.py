"""Colours that read in a dark system theme as in a light one.

A colour fixed for a light window (a pale background with the default text, a dark red warning) is light on light
or dark on dark once the desktop is dark. So a note that stands out gets a tint laid over the window's own colour
and keeps the palette's text colour, and a coloured text is checked against the palette's backgrounds: where it
reads too faintly (a contrast under 4.5:1, the WCAG level for normal text) it is made lighter or darker until it
reads. In a light theme the colours stay as they were chosen.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

READABLE = 4.5  # WCAG 2's minimum contrast for normal text
WARNING_RED = QColor("#c0392b")
# The hues of the notes that stand out; laid over the window at TINT_ALPHA, so light on a light window and dark on
# a dark one, with the window's own text colour on top.
SENDING_HUE = QColor("#e67e22")  # the sending is elsewhere; also "you stand in for …"
PAUSED_HUE = QColor("#8e44ad")  # the crisis switch
NOTE_HUE = QColor("#2e86c1")  # a handover note received
TINT_ALPHA = 0.22


def luminance(colour: QColor) -> float:
    """The relative luminance of a colour (WCAG 2): 0 for black, 1 for white."""

    def linear(part: float) -> float:
        return part / 12.92 if part <= 0.04045 else ((part + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """The contrast ratio of two colours (WCAG 2), from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable_on(colour: QColor, *backgrounds: QColor, minimum: float = READABLE) -> QColor:
    """`colour` itself where it reads on every one of `backgrounds`; else the same hue mixed with white (on a dark
    background) or black (on a light one), step by step, until it does."""
    towards = 1.0 if luminance(backgrounds[0]) < 0.18 else 0.0
    for step in range(21):
        share = step / 20
        mixed = QColor(QColor.fromRgbF(*(part * (1 - share) + towards * share  # as a style sheet will name it
                                         for part in (colour.redF(), colour.greenF(), colour.blueF()))).name())
        if all(contrast(mixed, background) >= minimum for background in backgrounds):
            return mixed
    return mixed


def warning_colour(palette: QPalette | None = None) -> QColor:
    """The red of a warning or a problem, readable on the window and in a field or a table."""
    palette = palette or QGuiApplication.palette()
    return readable_on(WARNING_RED, palette.color(QPalette.ColorRole.Window),
                       palette.color(QPalette.ColorRole.Base))


def warning_css(palette: QPalette | None = None) -> str:
    """`color: …;` with the warning red, for a style sheet or a span."""
    return f"color: {warning_colour(palette).name()};"


def tint_css(hue: QColor) -> str:
    """`background: …;` for a note that stands out: `hue` laid thinly over the window's own colour."""
    return f"background: rgba({hue.red()}, {hue.green()}, {hue.blue()}, {TINT_ALPHA});"
