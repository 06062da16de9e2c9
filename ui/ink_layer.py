"""Colour for a hand-painted view without PySide6 building Qt's enums: transparent layers that each draw the
texts of one colour, and solid fills as stretched one-pixel pixmaps.

Why: handing QPainter a colour in any form (setPen, setBrush, fillRect, or a QBrush, QPen, QPalette or QColor made
from a QColor) makes PySide6's overload check look at one of Qt's own enums (Qt.GlobalColor, Qt.PenStyle), and the first
such look builds the Python enums of Qt's whole namespace: about 90 classes, some 15 ms. The month view is what
the officer waits for at start-up, so its paint does without that look:
- a widget's painter starts with the pen of the widget's foreground role, so each colour of text gets its own
  layer over the view, with that colour as its role (or as its palette's window text);
- a pixmap filled with a colour (QPixmap.fill) and stretched over a rectangle paints the same as fillRect, as
  fast, and a row of such steps makes the fade at the end of a line.
Qt's enums are built a moment later anyway, when the keyboard shortcuts are installed after the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

_TEXT, _PIXMAP, _OUTLINE = range(3)


class InkLayer(QWidget):
    """A transparent layer over its parent, the size of it, drawing what its parent's paint put in `items` in one
    colour: the palette colour of `role`, or `colour` when given. The parent's paintEvent fills the layers
    (after `clear`); Qt paints the layers right after the parent, in the order they were made, the last on top.
    Mouse events pass through to the parent (see `pass_mouse_through`)."""

    def __init__(self, parent: QWidget, role: QPalette.ColorRole, colour: QColor | None = None) -> None:
        super().__init__(parent)
        if colour is None:
            self.setForegroundRole(role)
        else:
            palette = parent.palette()  # a copy; QPalette(palette) would weigh overloads taking Qt's enums
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)
        self.items: list[tuple[Any, ...]] = []
        self.resize(parent.size())

    def pass_mouse_through(self) -> None:
        """Until this is called, a mouse event on the layer is ignored by it and so reaches the parent anyway;
        setting the attribute names a Qt enum, which waits until after the first paint."""
        from PySide6.QtCore import Qt

        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def clear(self) -> None:
        self.items = []

    def text(self, clip: QRect | None, font: QFont, x: int, y: int, text: str) -> None:
        """`text` with its baseline starting at (x, y)."""
        self.items.append((_TEXT, clip, font, x, y, text))

    def aligned_text(self, clip: QRect | None, font: QFont, rect: QRect, flags: int, text: str) -> None:
        """`text` in `rect`, aligned by Qt's alignment flags given as a number."""
        self.items.append((_TEXT, clip, font, rect, flags, text))

    def pixmap(self, clip: QRect | None, rect: QRect, pixmap: QPixmap) -> None:
        """`pixmap` stretched over `rect` (a Swatches fill or fade)."""
        self.items.append((_PIXMAP, clip, None, rect, pixmap, None))

    def outline(self, clip: QRect | None, rect: QRect) -> None:
        """A one-pixel frame inside `rect`'s edges, as QPainter.drawRect draws it."""
        self.items.append((_OUTLINE, clip, None, rect, None, None))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.items:
            return
        painter = QPainter(self)
        clip: QRect | None = None
        font: QFont | None = None
        for kind, item_clip, item_font, first, second, third in self.items:
            if item_clip is not clip:
                if item_clip is None:
                    painter.setClipping(False)
                else:
                    painter.setClipRect(item_clip)
                clip = item_clip
            if item_font is not None and item_font is not font:
                painter.setFont(item_font)
                font = item_font
            if kind == _TEXT:
                painter.drawText(first, second, third)  # (x, y, text) or (rect, flags, text)
            elif kind == _PIXMAP:
                painter.drawPixmap(first, second)
            else:
                painter.drawRect(first)
        painter.end()


class Swatches:
    """Solid one-pixel pixmaps and fades per colour, made once and kept (a view paints a handful of colours)."""

    def __init__(self) -> None:
        self._solid: dict[int, QPixmap] = {}
        self._fades: dict[tuple[int, int], QPixmap] = {}

    def solid(self, colour: QColor) -> QPixmap:
        """A pixmap that paints `colour` (with its alpha) over any rectangle it is stretched to."""
        key = colour.rgba()
        pixmap = self._solid.get(key)
        if pixmap is None:
            pixmap = self._solid[key] = QPixmap(1, 1)
            pixmap.fill(colour)
        return pixmap

    def fade(self, colour: QColor, width: int) -> QPixmap:
        """`width` pixels going from clear to `colour`, left to right: stretched over the end of a text line, it
        fades the words out into the background instead of cutting them off."""
        key = (colour.rgba(), width)
        pixmap = self._fades.get(key)
        if pixmap is None:
            pixmap = self._fades[key] = QPixmap(width, 1)
            pixmap.fill(QColor(0, 0, 0, 0))
            painter = QPainter(pixmap)
            for x in range(width):
                # QColor.fromRgb, not QColor(colour): the copy constructor's overloads include Qt.GlobalColor.
                step = QColor.fromRgb(colour.red(), colour.green(), colour.blue(),
                                      round(colour.alpha() * (x + 1) / width))
                painter.drawPixmap(QRect(x, 0, 1, 1), self.solid(step))
            painter.end()
        return pixmap
