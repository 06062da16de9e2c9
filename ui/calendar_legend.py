"""The legend under the calendar: every mark the month and week draw, drawn as they draw it, with its meaning in
the normal text colour, wrapped over as many lines as the width needs.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from models.post import PostStatus
from ui.month_view import ABSENCE_COLOUR, HOLIDAY_COLOUR, KEY_DATE_COLOUR, STATUS_QCOLOURS, _Colours
from ui.post_style import legend_signs, status_name
from ui.readable_colours import readable_on

SIGN, STATUS, KEY_DATE, HOLIDAY, GAP, AWAY = range(6)
_SPACING = 14  # between two entries
_SWATCH = 18  # the width of a drawn day (tint, band)


class Entry(NamedTuple):
    """One mark and its meaning: `kind` says how the mark is drawn, `mark` is its text or status."""

    kind: int
    mark: object
    meaning: str


def entries() -> list[Entry]:
    """What the legend explains, in its order: the signs beside a post's channels, the status colours, and the
    marks of a day (key date, holiday, a day short of the rhythm, someone away)."""
    found = [Entry(SIGN, sign, meaning) for sign, meaning in legend_signs()]
    found += [Entry(STATUS, status, status_name(status)) for status in PostStatus]
    found += [
        Entry(KEY_DATE, "◆", QCoreApplication.translate("CalendarLegend", "key date")),
        Entry(HOLIDAY, QCoreApplication.translate("CalendarLegend", "Christmas Day"),
              QCoreApplication.translate("CalendarLegend", "public holiday")),
        Entry(GAP, "", QCoreApplication.translate("CalendarLegend", "fewer posts this week than your rhythm")),
        Entry(AWAY, "", QCoreApplication.translate("CalendarLegend", "someone away")),
    ]
    return found


class CalendarLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_legend")
        self.entries = entries()
        self._lines = 1

    def _line_height(self) -> int:
        return self.fontMetrics().height() + 4

    def _mark_width(self, entry: Entry, metrics: QFontMetrics) -> int:
        if entry.kind in (GAP, AWAY):
            return _SWATCH
        if entry.kind == STATUS:
            return 4
        return metrics.horizontalAdvance(str(entry.mark))

    def placed(self, width: int) -> list[tuple[Entry, QRect, QRect]]:
        """Each entry's mark and meaning rectangles, wrapped within `width`."""
        metrics = self.fontMetrics()
        line = self._line_height()
        placed = []
        x, y = 0, 0
        for entry in self.entries:
            mark, meaning = self._mark_width(entry, metrics), metrics.horizontalAdvance(entry.meaning)
            total = mark + 5 + meaning
            if x > 0 and x + total > width:
                x, y = 0, y + line
            placed.append((entry, QRect(x, y, mark, line), QRect(x + mark + 5, y, meaning, line)))
            x += total + _SPACING
        return placed

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = self.placed(10**6)[-1][2].right() + 1
        return QSize(width, self._line_height() * self._lines)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(100, self._line_height() * self._lines)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        lines = self.placed(event.size().width())[-1][1].top() // self._line_height() + 1
        if lines != self._lines:  # as many lines as the width needs: the layout gives it the height
            self._lines = lines
            self.setFixedHeight(self._line_height() * lines)
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        palette = self.palette()
        colours = _Colours(palette)
        text = palette.windowText().color()
        ascent = self.fontMetrics().ascent()
        for entry, mark, meaning in self.placed(self.width()):
            baseline = mark.top() + 2 + ascent
            day = QRect(mark.left(), mark.top() + 2, mark.width(), mark.height() - 4)
            if entry.kind == SIGN:
                painter.setPen(colours.dim)  # as the month draws the channel marks
                painter.drawText(mark.left(), baseline, str(entry.mark))
            elif entry.kind == STATUS:
                assert isinstance(entry.mark, PostStatus)
                painter.fillRect(day, STATUS_QCOLOURS[entry.mark])
            elif entry.kind == KEY_DATE:  # the marks' colours, made lighter where the theme is dark
                painter.setPen(readable_on(KEY_DATE_COLOUR, colours.window))
                painter.drawText(mark.left(), baseline, str(entry.mark))
            elif entry.kind == HOLIDAY:
                painter.setPen(readable_on(HOLIDAY_COLOUR, colours.window))
                painter.drawText(mark.left(), baseline, str(entry.mark))
            elif entry.kind == GAP:
                painter.fillRect(day, colours.gap_on(colours.base))
                painter.setPen(colours.grid)
                painter.drawRect(day.adjusted(0, 0, -1, -1))
            else:
                painter.fillRect(day, colours.base)
                painter.fillRect(QRect(day.left() + 1, day.bottom() - 3, day.width() - 2, 3), ABSENCE_COLOUR)
                painter.setPen(colours.grid)
                painter.drawRect(day.adjusted(0, 0, -1, -1))
            painter.setPen(text)
            painter.drawText(meaning.left(), baseline, entry.meaning)
        painter.end()
