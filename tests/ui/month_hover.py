"""Finding a post's line in the month view the way the officer does: by hovering over the day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint

from ui.month_view import MonthView


def hovered_line(month: MonthView, day: date, words: str) -> QPoint:
    """Where the month shows a post on `day`: the first point down the day whose tooltip holds `words`, found
    as the officer finds it, by hovering."""
    rect = month.day_rect(day)
    for y in range(rect.top(), rect.bottom() + 1):
        point = QPoint(rect.center().x(), y)
        if words in month.tooltip_at(point):
            return point
    raise AssertionError(f"no line on {day} shows {words!r}")

