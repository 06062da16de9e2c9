"""The week as seven columns of hours: posts at their time, dragged to another day or time (by quarter hours)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QApplication, QScrollArea, QToolTip, QVBoxLayout, QWidget

from models.post import PostSummary
from services.calendar_page import CalendarPage
from ui.month_view import (
    ABSENCE_COLOUR,
    GAP_TINT,
    HOLIDAY_COLOUR,
    KEY_DATE_COLOUR,
    POST_MIME,
    dropped_post_id,
    start_post_drag,
)
from ui.plain_text import tooltip
from ui.post_style import channel_short, fit_marks, state_name, status_colour, status_name
from ui.readable_colours import readable_on

SNAP_MINUTES = 15
FIRST_VISIBLE_HOUR = 7


@dataclass(frozen=True)
class _Box:
    rect: QRect
    post: PostSummary


class _WeekGeometry:
    """Shared measures of header and grid, so their columns line up."""

    def __init__(self, widget: QWidget) -> None:
        metrics = widget.fontMetrics()
        self.label_width = metrics.horizontalAdvance("00:00") + 12
        self.hour_height = max(40, round(metrics.height() * 2.6))
        self.line_height = metrics.height() + 2
        self.widget = widget

    def column(self, index: int, width: int) -> QRect:
        usable = width - self.label_width
        left = self.label_width + round(index * usable / 7)
        right = self.label_width + round((index + 1) * usable / 7)
        return QRect(left, 0, right - left, 0)


class _WeekHeader(QWidget):
    def __init__(self, view: WeekView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self):  # type: ignore[no-untyped-def]  # noqa: N802
        hint = super().sizeHint()
        hint.setHeight(self.fontMetrics().height() * 4 + 10)
        return hint

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.window())
        geometry = _WeekGeometry(self)
        page = self.view.page
        locale = QLocale()
        line = self.fontMetrics().height() + 1
        for index, day in enumerate(self.view.days()):
            column = geometry.column(index, self.width())
            rect = QRect(column.left(), 0, column.width(), self.height())
            if page and day in page.gaps:
                painter.fillRect(rect, GAP_TINT)
            painter.setPen(palette.mid().color())
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            is_today = page is not None and day == page.today
            painter.setPen(palette.highlight().color() if is_today else palette.text().color())
            font = painter.font()
            font.setBold(is_today)
            painter.setFont(font)
            title = f"{locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)} {day.day}"
            inner = rect.adjusted(4, 2, -4, -2)
            painter.drawText(QRect(inner.left(), inner.top(), inner.width(), line), Qt.AlignmentFlag.AlignLeft, title)
            font.setBold(False)
            painter.setFont(font)
            y = inner.top() + line
            notes = []
            if page and day in page.holidays:
                notes.append((HOLIDAY_COLOUR, page.holidays[day]))
            for key_date in page.key_dates.get(day, []) if page else []:
                notes.append((KEY_DATE_COLOUR, f"◆ {key_date.title}"))
            for text in page.absences.get(day, []) if page else []:
                notes.append((ABSENCE_COLOUR, f"✈ {text}"))
            for colour, text in notes[:3]:
                painter.setPen(readable_on(colour, palette.window().color()))  # lighter in a dark theme
                elided = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
                painter.drawText(QRect(inner.left(), y, inner.width(), line), Qt.AlignmentFlag.AlignLeft, elided)
                y += line
        painter.end()


class _WeekGrid(QWidget):
    def __init__(self, view: WeekView) -> None:
        super().__init__(view)
        self.view = view
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.boxes: list[_Box] = []
        self.painted: list[tuple[str, str]] = []  # what the last paint drew per post: its words, its channel marks
        self._press: tuple[QPoint, str] | None = None
        self._drop_slot: tuple[date, time] | None = None
        self.setMinimumHeight(_WeekGeometry(self).hour_height * 24)

    # geometry
    def slot_at(self, point: QPoint) -> tuple[date, time] | None:
        geometry = _WeekGeometry(self)
        for index, day in enumerate(self.view.days()):
            column = geometry.column(index, self.width())
            if column.left() <= point.x() < column.right():
                minutes = max(0, min(24 * 60 - SNAP_MINUTES, point.y() * 60 // geometry.hour_height))
                minutes -= minutes % SNAP_MINUTES
                return day, time(minutes // 60, minutes % 60)
        return None

    def box_at(self, point: QPoint) -> _Box | None:
        for box in reversed(self.boxes):
            if box.rect.contains(point):
                return box
        return None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        geometry = _WeekGeometry(self)
        page = self.view.page
        for hour in range(24):
            y = hour * geometry.hour_height
            painter.setPen(palette.mid().color())
            painter.drawLine(geometry.label_width, y, self.width(), y)
            painter.setPen(palette.placeholderText().color())
            painter.drawText(QRect(0, y, geometry.label_width - 6, geometry.line_height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, f"{hour:02d}:00")
        self.boxes = []
        self.painted = []
        for index, day in enumerate(self.view.days()):
            column = geometry.column(index, self.width())
            painter.setPen(palette.mid().color())
            painter.drawLine(column.left(), 0, column.left(), self.height())
            if page and day == page.today:
                today = palette.highlight().color()
                today.setAlpha(28)  # a hint, in light and dark themes alike
                painter.fillRect(QRect(column.left(), 0, column.width(), self.height()), today)
            if self._drop_slot and self._drop_slot[0] == day:
                minutes = self._drop_slot[1].hour * 60 + self._drop_slot[1].minute
                y = minutes * geometry.hour_height // 60
                painter.fillRect(QRect(column.left(), y, column.width(), geometry.hour_height // 2),
                                 palette.highlight().color().lighter(150))
            self._paint_day_posts(painter, day, column, geometry)
        painter.end()

    def _paint_day_posts(self, painter: QPainter, day: date, column: QRect, geometry: _WeekGeometry) -> None:
        page = self.view.page
        if page is None:
            return
        posts = page.posts.get(day, [])
        height = max(geometry.hour_height // 2, geometry.line_height + 4)
        placed: list[tuple[int, int, PostSummary]] = []  # (top, lane, post)
        lanes_end: list[int] = []
        for post in posts:
            local = page.local_time(post)
            assert local is not None
            top = (local.hour * 60 + local.minute) * geometry.hour_height // 60
            lane = next((n for n, end in enumerate(lanes_end) if end <= top), len(lanes_end))
            if lane == len(lanes_end):
                lanes_end.append(0)
            lanes_end[lane] = top + height
            placed.append((top, lane, post))
        lanes = max(1, len(lanes_end))
        palette = self.palette()
        metrics = self.fontMetrics()
        width = (column.width() - 4) // lanes
        for top, lane, post in placed:
            rect = QRect(column.left() + 2 + lane * width, top + 1, width - 2, height - 2)
            selected = post.id == self.view.selected_post
            painter.fillRect(rect, palette.highlight() if selected else palette.alternateBase())
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), status_colour(post.status))
            painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
            local = page.local_time(post)
            channels = [(channel_short(page.channels[c.channel_id]), c.state)
                        for c in post.channels if c.channel_id in page.channels]
            text = f"{local:%H:%M} {post.label}" if local else post.label
            two_lines = rect.height() >= 2 * geometry.line_height
            # The channels on a line of their own when the box has room, else beside the words (a third at most):
            # as much of them as fits, never none (post_style.fit_marks).
            marks = fit_marks(channels, rect.width() - 9 if two_lines else (rect.width() - 9) // 3,
                              metrics.horizontalAdvance)
            beside = 0 if two_lines or not marks else metrics.horizontalAdvance(marks) + 4
            top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            painter.drawText(rect.adjusted(7, 1, -2 - beside, 0), top_left,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 9 - beside))
            if marks and two_lines:
                painter.drawText(rect.adjusted(7, geometry.line_height, -2, 0), Qt.AlignmentFlag.AlignLeft, marks)
            elif marks:
                painter.drawText(rect.adjusted(7, 1, -2, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                                 marks)
            self.painted.append((text, marks))
            self.boxes.append(_Box(rect, post))

    # interaction
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            box = self.box_at(event.pos())
            page = self.view.page
            if box and page:
                lines = [box.post.label, status_name(box.post.status)]
                lines += [f"{page.channels[c.channel_id].name}: {state_name(c.state)}"
                          for c in box.post.channels if c.channel_id in page.channels]
                QToolTip.showText(event.globalPos(), tooltip("\n".join(lines)), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.setFocus()
        box = self.box_at(event.position().toPoint())
        self.view.selected_post = box.post.id if box else None
        self._press = (event.position().toPoint(), box.post.id) if box else None
        if box:
            self.view.post_selected.emit(box.post.id)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None:
            return
        start, post_id = self._press
        if (event.position().toPoint() - start).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        start_post_drag(self, post_id)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        box = self.box_at(event.position().toPoint())
        if box:
            self.view.post_activated.emit(box.post.id)
            return
        slot = self.slot_at(event.position().toPoint())
        if slot:
            self.view.slot_activated.emit(slot[0], slot[1])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.view.selected_post:
            self.view.post_activated.emit(self.view.selected_post)
        elif key == Qt.Key.Key_Delete and self.view.selected_post:
            self.view.delete_requested.emit(self.view.selected_post)
        else:
            super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(POST_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        self._drop_slot = self.slot_at(event.position().toPoint())
        self.update()
        if self._drop_slot:
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QEvent) -> None:  # noqa: N802
        self._drop_slot = None
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self._drop_slot = None
        slot = self.slot_at(event.position().toPoint())
        self.update()
        post_id = dropped_post_id(event)
        if slot is None or post_id is None:
            return
        event.acceptProposedAction()
        self.view.post_dropped_at.emit(post_id, slot[0], slot[1])


class WeekView(QWidget):
    """Signals:
        post_selected(str), post_activated(str), delete_requested(str): as in the month view.
        slot_activated(object, object): an empty slot (date, time) was double-clicked: a new post there.
        post_dropped_at(str, object, object): a post was dragged to another day and time (date, time).
    """

    post_selected = Signal(str)
    post_activated = Signal(str)
    delete_requested = Signal(str)
    slot_activated = Signal(object, object)
    post_dropped_at = Signal(str, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("week_view")
        self.page: CalendarPage | None = None
        self.monday = date.today() - timedelta(days=date.today().weekday())
        self.selected_post: str | None = None
        self.header = _WeekHeader(self)
        self.grid = _WeekGrid(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.grid)
        self.scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll, 1)
        self.scroll.verticalScrollBar().setValue(FIRST_VISIBLE_HOUR * _WeekGeometry(self).hour_height)
        self.setFocusProxy(self.grid)

    def days(self) -> list[date]:
        return [self.monday + timedelta(days=n) for n in range(7)]

    def set_page(self, page: CalendarPage, monday: date) -> None:
        self.page = page
        self.monday = monday
        self.header.update()
        self.grid.update()

    def scroll_to_morning(self) -> None:
        self.scroll.verticalScrollBar().setValue(FIRST_VISIBLE_HOUR * _WeekGeometry(self).hour_height)
