"""The month as a grid of six weeks: per day its holiday, key dates and posts; gaps in the rhythm tinted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QByteArray, QEvent, QLocale, QMimeData, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from models.post import PostSummary
from services.calendar_page import CalendarPage
from ui.post_style import STATE_SIGNS, channel_short, state_name, status_colour, status_name

POST_MIME = "application/x-omroeper-post"
GAP_TINT = QColor(232, 140, 40, 40)
HOLIDAY_COLOUR = QColor("#c0392b")
KEY_DATE_COLOUR = QColor("#7b52ab")


@dataclass(frozen=True)
class _Hit:
    rect: QRect
    day: date
    post: PostSummary | None = None
    more: int = 0  # a "+N more" line


def grid_start(month_first: date) -> date:
    """The Monday on or before the first of the month."""
    return month_first - timedelta(days=month_first.weekday())


class MonthView(QWidget):
    """Signals:
        post_selected(str): a post was clicked.
        post_activated(str): a post was double-clicked, or Enter was pressed on the selected post.
        day_activated(object): an empty part of a day (a date) was double-clicked, or Enter pressed on it.
        day_shown(object): "+N more" of a day (a date) was clicked: show that day in full.
        post_dropped(str, object): a post was dragged onto another day (a date); it keeps its time.
        delete_requested(str): Delete was pressed on the selected post.
    """

    post_selected = Signal(str)
    post_activated = Signal(str)
    day_activated = Signal(object)
    day_shown = Signal(object)
    post_dropped = Signal(str, object)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("month_view")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setMouseTracking(False)
        self.setMinimumSize(560, 420)
        self.page: CalendarPage | None = None
        self.month_first = date.today().replace(day=1)
        self.selected_day = date.today()
        self.selected_post: str | None = None
        self._hits: list[_Hit] = []
        self._press_pos: QPoint | None = None
        self._press_post: str | None = None
        self._drop_day: date | None = None

    # ---- data -----------------------------------------------------------------------------------------

    def set_page(self, page: CalendarPage, month_first: date) -> None:
        self.page = page
        self.month_first = month_first
        if not grid_start(month_first) <= self.selected_day < grid_start(month_first) + timedelta(days=42):
            self.selected_day = month_first
        self.update()

    def days(self) -> list[date]:
        first = grid_start(self.month_first)
        return [first + timedelta(days=n) for n in range(42)]

    # ---- geometry -------------------------------------------------------------------------------------

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 8

    def day_rect(self, day: date) -> QRect:
        index = (day - grid_start(self.month_first)).days
        width = self.width() / 7
        height = (self.height() - self._header_height()) / 6
        column, row = index % 7, index // 7
        left, top = round(column * width), self._header_height() + round(row * height)
        return QRect(left, top, round((column + 1) * width) - left,
                     self._header_height() + round((row + 1) * height) - top)

    def day_at(self, point: QPoint) -> date | None:
        for day in self.days():
            if self.day_rect(day).contains(point):
                return day
        return None

    def _hit_at(self, point: QPoint) -> _Hit | None:
        for hit in self._hits:
            if hit.rect.contains(point):
                return hit
        return None

    # ---- painting -------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        self._hits = []
        locale = QLocale()
        metrics = self.fontMetrics()
        header = self._header_height()
        for column in range(7):
            name = locale.dayName(column + 1, QLocale.FormatType.ShortFormat)
            rect = QRect(round(column * self.width() / 7), 0, round(self.width() / 7), header)
            painter.setPen(palette.placeholderText().color())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        for day in self.days():
            self._paint_day(painter, day, metrics, QFontMetrics(small), small)
        painter.end()

    def _paint_day(self, painter: QPainter, day: date, metrics: QFontMetrics, small_metrics: QFontMetrics,
                   small: QFont) -> None:
        palette = self.palette()
        rect = self.day_rect(day)
        page = self.page
        in_month = day.month == self.month_first.month
        if page and day in page.gaps:
            painter.fillRect(rect, GAP_TINT)
        if not in_month:
            painter.fillRect(rect, palette.alternateBase())
        if day == self._drop_day:
            painter.fillRect(rect, palette.highlight().color().lighter(170))
        painter.setPen(palette.mid().color())
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        if day == self.selected_day and self.hasFocus():
            painter.setPen(palette.highlight().color())
            painter.drawRect(rect.adjusted(1, 1, -2, -2))

        inner = rect.adjusted(4, 2, -4, -2)
        line_height = metrics.height() + 1
        y = inner.top()
        number_font = QFont(self.font())
        is_today = page is not None and day == page.today
        number_font.setBold(is_today)
        painter.setFont(number_font)
        number_rect = QRect(inner.left(), y, inner.width(), line_height)
        painter.setPen(palette.highlight().color() if is_today else
                       palette.text().color() if in_month else palette.placeholderText().color())
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(day.day))
        painter.setFont(small)
        if page and day in page.holidays:
            painter.setPen(HOLIDAY_COLOUR)
            offset = metrics.horizontalAdvance(f"{day.day}  ")
            text = small_metrics.elidedText(page.holidays[day], Qt.TextElideMode.ElideRight, inner.width() - offset)
            painter.drawText(number_rect.adjusted(offset, 0, 0, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        y += line_height
        for key_date in page.key_dates.get(day, []) if page else []:
            if y + line_height > inner.bottom():
                break
            painter.setPen(KEY_DATE_COLOUR)
            text = small_metrics.elidedText(f"◆ {key_date.title}", Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(QRect(inner.left(), y, inner.width(), line_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            y += line_height
        posts = page.posts.get(day, []) if page else []
        painter.setFont(self.font())
        for index, post in enumerate(posts):
            remaining = len(posts) - index
            if y + 2 * line_height > inner.bottom() + 1 and remaining > 1:
                more_rect = QRect(inner.left(), y, inner.width(), line_height)
                painter.setPen(palette.link().color())
                painter.drawText(more_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 self.tr("+%n more", "", remaining))
                self._hits.append(_Hit(more_rect, day, more=remaining))
                break
            line = QRect(inner.left(), y, inner.width(), line_height)
            self._paint_post_line(painter, line, post, metrics)
            self._hits.append(_Hit(line, day, post))
            y += line_height
        self._hits.append(_Hit(rect, day))

    def _paint_post_line(self, painter: QPainter, line: QRect, post: PostSummary, metrics: QFontMetrics) -> None:
        palette = self.palette()
        if post.id == self.selected_post:
            painter.fillRect(line, palette.highlight())
            text_colour = palette.highlightedText().color()
        else:
            text_colour = palette.text().color()
        painter.fillRect(QRect(line.left(), line.top() + 2, 4, line.height() - 4), status_colour(post.status))
        local = self.page.local_time(post) if self.page else None
        time_text = local.strftime("%H:%M") if local else ""
        shorts = " ".join(self._channel_marks(post))
        shorts_width = metrics.horizontalAdvance(shorts) + 4 if shorts else 0
        if shorts_width > line.width() // 3:  # a narrow day: the post's words matter more than its channels
            shorts, shorts_width = "", 0
        painter.setPen(text_colour)
        text = metrics.elidedText(f"{time_text} {post.label}", Qt.TextElideMode.ElideRight,
                                  line.width() - 8 - shorts_width)
        painter.drawText(line.adjusted(7, 0, -shorts_width, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        if shorts:
            painter.setPen(palette.placeholderText().color() if post.id != self.selected_post else text_colour)
            painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shorts)

    def _channel_marks(self, post: PostSummary) -> list[str]:
        if not self.page:
            return []
        marks = []
        for channel_state in post.channels:
            channel = self.page.channels.get(channel_state.channel_id)
            if channel:
                marks.append(channel_short(channel) + STATE_SIGNS.get(channel_state.state, ""))
        return marks

    # ---- tooltips -------------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            QToolTip.showText(event.globalPos(), self.tooltip_at(event.pos()), self)
            return True
        return super().event(event)

    def tooltip_at(self, point: QPoint) -> str:
        hit = self._hit_at(point)
        if hit is None or self.page is None:
            return ""
        if hit.post is not None:
            post = hit.post
            lines = [post.label, status_name(post.status)]
            for channel_state in post.channels:
                channel = self.page.channels.get(channel_state.channel_id)
                if channel:
                    lines.append(f"{channel.name}: {state_name(channel_state.state)}")
            return "\n".join(lines)
        gaps = self.page.gaps.get(hit.day)
        if gaps:
            return self.tr("Fewer posts than planned this week for: {channels}").format(
                channels=", ".join(channel.name for channel in gaps))
        return ""

    # ---- mouse and keyboard ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.setFocus()
        hit = self._hit_at(event.position().toPoint())
        if hit is None:
            return
        self.selected_day = hit.day
        self._press_pos = event.position().toPoint()
        self._press_post = hit.post.id if hit.post else None
        if hit.more:
            self.day_shown.emit(hit.day)
        elif hit.post is not None:
            self.selected_post = hit.post.id
            self.post_selected.emit(hit.post.id)
        else:
            self.selected_post = None
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press_post is None or self._press_pos is None:
            return
        distance = (event.position().toPoint() - self._press_pos).manhattanLength()
        if distance < QApplication.startDragDistance():
            return
        drag = QDrag(self)
        mime = QMimeData()
        mime.setData(POST_MIME, QByteArray(self._press_post.encode()))
        drag.setMimeData(mime)
        self._press_post = None
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press_post = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        hit = self._hit_at(event.position().toPoint())
        if hit is None or hit.more:
            return
        if hit.post is not None:
            self.post_activated.emit(hit.post.id)
        else:
            self.day_activated.emit(hit.day)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        key = Qt.Key(event.key())
        if key in steps:
            self.selected_day += timedelta(days=steps[key])
            self.selected_post = None
            if self.selected_day.month != self.month_first.month:
                self.day_shown.emit(self.selected_day)  # the tab moves to that month
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selected_post:
                self.post_activated.emit(self.selected_post)
            else:
                self.day_activated.emit(self.selected_day)
        elif key == Qt.Key.Key_Delete and self.selected_post:
            self.delete_requested.emit(self.selected_post)
        elif key == Qt.Key.Key_Tab and not event.modifiers():
            self._select_next_post_of_day()
        else:
            super().keyPressEvent(event)

    def _select_next_post_of_day(self) -> None:
        posts = self.page.posts.get(self.selected_day, []) if self.page else []
        if not posts:
            self.focusNextChild()
            return
        ids = [post.id for post in posts]
        index = ids.index(self.selected_post) + 1 if self.selected_post in ids else 0
        self.selected_post = ids[index % len(ids)]
        self.post_selected.emit(self.selected_post)
        self.update()

    # ---- dropping -------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(POST_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        day = self.day_at(event.position().toPoint())
        if day != self._drop_day:
            self._drop_day = day
            self.update()
        if day is not None:
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QEvent) -> None:  # noqa: N802
        self._drop_day = None
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self._drop_day = None
        day = self.day_at(event.position().toPoint())
        if day is None or not event.mimeData().hasFormat(POST_MIME):
            return
        post_id = bytes(event.mimeData().data(POST_MIME).data()).decode()
        event.acceptProposedAction()
        self.update()
        self.post_dropped.emit(post_id, day)
