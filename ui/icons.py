"""Omroeper's own icons, drawn with QPainter at whatever size and scale is asked for, so they are sharp everywhere and
no image files need to travel with the app:

- `app_icon()`: a megaphone, for the window, the taskbar and the tray (without it the tray showed an empty place,
  and a window closed to the tray could not be found again);
- `pause_icon()` and `resume_icon()`: the crisis switch's two, drawn in the theme's button text colour at the
  moment they are painted, so they read in the dark theme as in the light one and follow a change of theme while
  the app runs (the style's media icons are black on any background)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPainterPath, QPalette, QPen, QPixmap

Draw = Callable[[QPainter, QRectF, QColor], None]

APP_BLUE = QColor(24, 84, 132)  # the app icon's ground: a deep blue, as on a municipality's signs


class _DrawnIcon(QIconEngine):
    """An icon drawn by `draw(painter, square, colour)` into the square it is given. With `themed`, the colour is
    the application palette's button text (its disabled one for a disabled action), read at each paint."""

    def __init__(self, draw: Draw, themed: bool) -> None:
        super().__init__()
        self._draw = draw
        self._themed = themed

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        square = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._draw(painter, square, self._colour(mode))
        painter.restore()

    def _colour(self, mode: QIcon.Mode) -> QColor:
        if not self._themed:
            return QColor(Qt.GlobalColor.white)
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
        return QGuiApplication.palette().color(group, QPalette.ColorRole.ButtonText)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        if size.isEmpty():
            return QPixmap()  # nothing to draw on
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _DrawnIcon(self._draw, self._themed)


def _draw_pause(painter: QPainter, square: QRectF, colour: QColor) -> None:
    side = square.width()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    for left in (0.24, 0.58):
        painter.drawRoundedRect(QRectF(square.x() + left * side, square.y() + 0.2 * side, 0.18 * side, 0.6 * side),
                                0.04 * side, 0.04 * side)


def _draw_resume(painter: QPainter, square: QRectF, colour: QColor) -> None:
    side = square.width()
    triangle = QPainterPath(QPointF(square.x() + 0.28 * side, square.y() + 0.18 * side))
    triangle.lineTo(square.x() + 0.82 * side, square.y() + 0.5 * side)
    triangle.lineTo(square.x() + 0.28 * side, square.y() + 0.82 * side)
    triangle.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPath(triangle)


def _draw_megaphone(painter: QPainter, square: QRectF, colour: QColor) -> None:
    """A megaphone on a rounded blue square, drawn on a grid of 64 units."""
    unit = square.width() / 64

    def at(x: float, y: float) -> QPointF:
        return QPointF(square.x() + x * unit, square.y() + y * unit)

    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(APP_BLUE)
    painter.drawRoundedRect(QRectF(at(2, 2), at(62, 62)), 13 * unit, 13 * unit)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(at(8, 28), at(16, 36)), 2 * unit, 2 * unit)  # the mouthpiece
    horn = QPainterPath(at(15, 27))
    for x, y in ((41, 13), (46, 12), (46, 52), (41, 51), (15, 37)):
        horn.lineTo(at(x, y))
    horn.closeSubpath()
    painter.drawPath(horn)
    handle = QPainterPath(at(21, 38))
    for x, y in ((28, 41), (29, 51), (23, 51)):
        handle.lineTo(at(x, y))
    handle.closeSubpath()
    painter.drawPath(handle)
    pen = QPen(colour, 3.5 * unit)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for radius in (6.5, 12.5):
        painter.drawArc(QRectF(at(47 - radius, 32 - radius), at(47 + radius, 32 + radius)), -40 * 16, 80 * 16)


def app_icon() -> QIcon:
    """Omroeper's icon: a white megaphone on blue."""
    return QIcon(_DrawnIcon(_draw_megaphone, themed=False))


def pause_icon() -> QIcon:
    """Pause all: two bars, in the theme's text colour."""
    return QIcon(_DrawnIcon(_draw_pause, themed=True))


def resume_icon() -> QIcon:
    """Resume all: a triangle pointing right, in the theme's text colour."""
    return QIcon(_DrawnIcon(_draw_resume, themed=True))
