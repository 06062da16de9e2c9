"""The month as a grid of six weeks: per day its holiday, key dates and posts; gaps in the rhythm tinted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QEvent, QLocale, QMimeData, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from models.post import DeliveryState, PostStatus, PostSummary
from services.calendar_page import CalendarPage
from ui.plain_text import tooltip
from ui.post_style import STATUS_COLOURS, channel_short, fit_marks, state_name, status_name
from ui.readable_colours import readable_on

POST_MIME = "application/x-omroeper-post"

GAP_TINT = QColor(232, 140, 40, 40)
HOLIDAY_COLOUR = QColor("#c0392b")
ABSENCE_COLOUR = QColor("#16a085")  # the band of the days someone is away
KEY_DATE_COLOUR = QColor("#7b52ab")


class _Hit(NamedTuple):
    rect: QRect
    day: date
    post: PostSummary | None = None
    more: int = 0  # a "+N more" line


STATUS_QCOLOURS = {status: QColor(colour) for status, colour in STATUS_COLOURS.items()}
FADE_WIDTH = 14  # the fade at the end of a post's line
NARROW_DAY_CHARACTERS = 16  # a day narrower than this many average characters shows a post's title without its time


class _Fonts:
    """The fonts of one paint, made once rather than per day."""

    def __init__(self, base: QFont) -> None:
        self.normal = QFont(base)
        self.bold = QFont(base)
        self.bold.setBold(True)
        self.small = QFont(base)
        self.small.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
        self.normal_metrics = QFontMetrics(self.normal)
        self.line_height = self.normal_metrics.height() + 1
        self.ascent = self.normal_metrics.ascent()
        self.average_width = self.normal_metrics.averageCharWidth()
        self._marks: dict[str, int] = {}

    def marks_width(self, marks: str) -> int:
        if not marks:
            return 0
        width = self._marks.get(marks)
        if width is None:
            width = self._marks[marks] = self.normal_metrics.horizontalAdvance(marks) + 6
        return width


class _Colours:
    """The palette's colours of one paint, read once rather than per day."""

    def __init__(self, palette: QPalette) -> None:
        self.base = palette.base().color()
        self.alternate = palette.alternateBase().color()
        self.highlight = palette.highlight().color()
        self.highlighted_text = palette.highlightedText().color()
        self.drop = self.highlight.lighter(170)
        self.grid = palette.mid().color()
        self.text = palette.text().color()
        self.dim = palette.placeholderText().color()
        self.link = palette.link().color()
        self.window = palette.window().color()
        self.holiday = readable_on(HOLIDAY_COLOUR, self.base)  # made lighter where the theme is dark
        self.key_date = readable_on(KEY_DATE_COLOUR, self.base)

    @staticmethod
    def gap_on(background: QColor) -> QColor:
        """The gap tint over a background, as one solid colour (the line fade must end in it)."""
        alpha = GAP_TINT.alphaF()
        return QColor.fromRgbF(*(getattr(GAP_TINT, part)() * alpha + getattr(background, part)() * (1 - alpha)
                                 for part in ("redF", "greenF", "blueF")))


def start_post_drag(source: QWidget, post_id: str) -> None:
    """Drags a post (by its id) out of a calendar view."""
    drag = QDrag(source)
    mime = QMimeData()
    mime.setData(POST_MIME, QByteArray(post_id.encode()))
    drag.setMimeData(mime)
    drag.exec(Qt.DropAction.MoveAction)


def dropped_post_id(event: QDropEvent) -> str | None:
    """The id of the post dropped, or None when something else was dropped."""
    if not event.mimeData().hasFormat(POST_MIME):
        return None
    return bytes(event.mimeData().data(POST_MIME).data()).decode()


def grid_start(month_first: date) -> date:
    """The Monday on or before the first of the month."""
    return month_first - timedelta(days=month_first.weekday())


def _fade(colour: QColor, left: int, right: int) -> QLinearGradient:
    """From clear to `colour`, left to right: over the end of a text line it fades the words out into the
    background instead of cutting them off."""
    fade = QLinearGradient(left, 0, right, 0)
    clear = QColor(colour)
    clear.setAlpha(0)
    fade.setColorAt(0, clear)
    fade.setColorAt(1, colour)
    return fade


class MonthView(QWidget):
    """Signals:
        post_selected(str): a post was clicked.
        post_activated(str): a post was double-clicked, or Enter was pressed on the selected post.
        day_activated(object): an empty part of a day (a date) was double-clicked, or Enter pressed on it.
        day_shown(object): "+N more" of a day (a date) was clicked: show that day in full.
        post_dropped(str, object): a post was dragged onto another day (a date); it keeps its time.
        delete_requested(str): Delete was pressed on the selected post.

    Keys: arrows move between days, Space steps through the day's posts, Enter opens the post (or starts a new
    one on the day), Delete deletes the post, Escape clears the post selection; Tab leaves the calendar.
    """

    post_selected = Signal(str)
    post_activated = Signal(str)
    day_activated = Signal(object)
    day_selected = Signal(object)  # a click or an arrow key put the keyboard on this day
    day_shown = Signal(object)
    post_dropped = Signal(str, object)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("month_view")
        self.setAcceptDrops(True)
        self.setMouseTracking(False)
        self.setMinimumSize(420, 360)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.page: CalendarPage | None = None
        # A published post's latest figures per channel, in words (set by the calendar tab): for the tooltip.
        self.figures_of: Callable[[str], dict[str, str]] | None = None
        self.month_first = date.today().replace(day=1)
        self.selected_day = date.today()
        self.selected_post: str | None = None
        # Per day what its last paint drew, for the mouse: the post lines, "+N more" and the day itself.
        self._hits: dict[date, list[_Hit]] = {}
        # Per day what its last paint drew: per post line its text and its channel marks ("09:00 Markt",
        # "Fb✓ Bs☁"), in order; "+N more" is not a post line.
        self.painted_lines: dict[date, list[tuple[str, str]]] = {}
        self._selection_painted_on: set[date] = set()  # the days whose last paint showed the selected post
        self._press_pos: QPoint | None = None
        self._press_post: str | None = None
        self._drop_day: date | None = None

    # ---- data -----------------------------------------------------------------------------------------

    def set_page(self, page: CalendarPage, month_first: date) -> None:
        """Shows the page; the same page again (an outbox run or a sync that changed nothing the month shows,
        every minute while a token is missing) paints nothing."""
        if page == self.page and month_first == self.month_first:
            return
        self.page = page
        self.month_first = month_first
        self._prepare()
        if not grid_start(month_first) <= self.selected_day < grid_start(month_first) + timedelta(days=42):
            self.selected_day = month_first
        self.update()

    def select_day(self, day: date) -> None:
        """Puts the keyboard's frame on `day` (the tab went to it), painting only the two days concerned."""
        if day != self.selected_day:
            before, self.selected_day = self.selected_day, day
            self._repaint_days(before, day)

    def days(self) -> list[date]:
        first = grid_start(self.month_first)
        return [first + timedelta(days=n) for n in range(42)]

    # ---- geometry -------------------------------------------------------------------------------------

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 8

    def day_rect(self, day: date) -> QRect:
        return self._cell_rects()[(day - grid_start(self.month_first)).days]

    def _cell_rects(self) -> list[QRect]:
        """The 42 cells' rectangles, worked out once per size and font."""
        key = (self.width(), self.height(), self.font().key())
        if getattr(self, "_rects_key", None) != key:
            header = self._header_height()
            width = self.width() / 7
            height = (self.height() - header) / 6
            rects = []
            for index in range(42):
                column, row = index % 7, index // 7
                left, top = round(column * width), header + round(row * height)
                rects.append(QRect(left, top, round((column + 1) * width) - left,
                                   header + round((row + 1) * height) - top))
            self._rects, self._rects_key = rects, key
        return self._rects

    def day_at(self, point: QPoint) -> date | None:
        for day in self.days():
            if self.day_rect(day).contains(point):
                return day
        return None

    def _hit_at(self, point: QPoint) -> _Hit | None:
        for hits in self._hits.values():
            for hit in hits:
                if hit.rect.contains(point):
                    return hit
        return None

    def _repaint_days(self, *days: date) -> None:
        """Paints these days again, and only them: a change of the selection, the keyboard or a drop's place
        touches nothing else, and a whole month is many lines of text to draw again. The day that shows the selected
        post goes along: the post may be on another day than the selected one (the month was left and come back
        to, the post was moved), and a new selection takes its highlight away."""
        first = grid_start(self.month_first)
        for day in {*days, *self._selection_painted_on}:
            if first <= day < first + timedelta(days=42):
                self.update(self.day_rect(day))

    # ---- painting -------------------------------------------------------------------------------------
    # Speed matters here (a month switch must fit in one frame with 600 posts in view): each post's line text is
    # made once per page and only for lines painted, fonts and colours once per paint, and a line is clipped with
    # a fade rather than elided, so its text is shaped once.

    def _prepare(self) -> None:
        """Forgets the prepared texts of the last page (and the marks, as the channels may have changed)."""
        self._prepared: dict[str, str] = {}
        self._marks: dict[str, list[tuple[str, DeliveryState]]] = {}
        self._fitted: dict[tuple[str, int], str] = {}
        self._hits, self.painted_lines, self._selection_painted_on = {}, {}, set()

    def _line_text(self, post: PostSummary, narrow: bool = False) -> str:
        """The post's line ("09:00 Title"), made once per page and only for posts painted. On a narrow day (the month
        beside the composer, at 150%) the line is the title alone: "10:00 E" told nothing, and the time is in the
        tooltip, the week and the list."""
        if narrow:
            return post.label
        prepared = self._prepared.get(post.id)
        if prepared is None:
            clock = self.page.clock_text(post) if self.page else ""
            prepared = self._prepared[post.id] = f"{clock} {post.label}" if clock else post.label
        return prepared

    @staticmethod
    def _narrow(width: int, fonts: _Fonts) -> bool:
        """A day too narrow for the time and a readable part of the title."""
        return width < fonts.average_width * NARROW_DAY_CHARACTERS

    def _fitted_marks(self, post: PostSummary, room: int, fonts: _Fonts) -> str:
        """The post's channel marks as they fit in `room` pixels (see post_style.fit_marks): each post keeps
        some, however many channels a post of the same day has. Cached by the states' text, which repeats."""
        key = (post.variant_states, room)
        fitted = self._fitted.get(key)
        if fitted is None:
            fitted = self._fitted[key] = fit_marks(self._channel_marks(post), room, fonts.marks_width)
        return fitted

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        """Paints the days the event asks for (all of them, or those of a change of selection or focus)."""
        painter = QPainter(self)
        colours = _Colours(self.palette())
        asked = event.region()
        painter.fillRect(event.rect(), colours.base)
        if not hasattr(self, "_prepared"):
            self._prepare()
        fonts = _Fonts(self.font())
        header = self._header_height()
        if asked.intersects(QRect(0, 0, self.width(), header)):
            locale = QLocale()
            painter.setPen(colours.dim)
            painter.setFont(fonts.normal)
            for column in range(7):
                rect = QRect(round(column * self.width() / 7), 0, round(self.width() / 7), header)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                                 locale.dayName(column + 1, QLocale.FormatType.ShortFormat))
        for day, rect in zip(self.days(), self._cell_rects(), strict=True):
            if asked.intersects(rect):
                self._paint_day(painter, day, rect, fonts, colours)
        painter.end()

    def _paint_day(self, painter: QPainter, day: date, rect: QRect, fonts: _Fonts, colours: _Colours) -> None:
        page = self.page
        in_month = day.month == self.month_first.month
        background = colours.base if in_month else colours.alternate
        if page and day in page.gaps:
            background = colours.gap_on(background)
        hits = self._hits[day] = []
        self._selection_painted_on.discard(day)
        self.painted_lines.pop(day, None)
        painter.setClipping(False)
        if background != colours.base:
            painter.fillRect(rect, background)
        if day == self._drop_day:
            painter.fillRect(rect, colours.drop)
        if page and day in page.absences:  # a band along the foot of each day someone is away
            painter.fillRect(QRect(rect.left() + 1, rect.bottom() - 4, rect.width() - 2, 4), ABSENCE_COLOUR)
        painter.setPen(colours.grid)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        if day == self.selected_day and self.hasFocus():
            painter.setPen(colours.highlight)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))

        left, top, width, bottom = rect.left() + 4, rect.top() + 2, rect.width() - 8, rect.bottom() - 2
        line_height = fonts.line_height
        ascent = fonts.ascent
        y = top
        clip = QRect(left, top, width, bottom - top)
        painter.setClipRect(clip)
        is_today = page is not None and day == page.today
        painter.setPen(colours.highlight if is_today else colours.text if in_month else colours.dim)
        painter.setFont(fonts.bold if is_today else fonts.normal)
        painter.drawText(left, y + ascent, str(day.day))
        painter.setFont(fonts.small)
        if page and day in page.holidays:
            painter.setPen(colours.holiday)
            painter.drawText(left + fonts.normal_metrics.horizontalAdvance(f"{day.day}  "), y + ascent,
                             page.holidays[day])
        y += line_height
        painter.setPen(colours.key_date)
        for key_date in page.key_dates.get(day, []) if page else []:
            if y + line_height > bottom:
                break
            painter.drawText(left, y + ascent, f"◆ {key_date.title}")
            y += line_height
        painter.setFont(fonts.normal)
        posts = page.posts.get(day, []) if page else []
        fitting = max(0, (bottom + 1 - y) // line_height)
        shown = posts if len(posts) <= fitting else posts[: max(0, fitting - 1)]
        texts, marks_lines = [], []
        marks_width = 0
        room = width // 3  # the posts' words matter more than their channels: these get a third at most
        for index, post in enumerate(shown):
            line = QRect(left, y + index * line_height, width, line_height)
            painter.fillRect(QRect(left, line.top() + 2, 4, line_height - 4), STATUS_QCOLOURS[post.status])
            hits.append(_Hit(line, day, post))
            text, marks = self._line_text(post, self._narrow(width, fonts)), self._fitted_marks(post, room, fonts)
            texts.append(text)
            marks_lines.append(marks)
            marks_width = max(marks_width, fonts.marks_width(marks))
        if shown:
            self.painted_lines[day] = list(zip(texts, marks_lines, strict=True))
            # Each line drawn at its baseline (no layout engine), clipped before the channels, one fade for all.
            text_right = left + width - marks_width
            painter.setClipRect(QRect(left, y, width - marks_width, len(shown) * line_height))
            painter.setPen(colours.text)
            for index, text in enumerate(texts):
                painter.drawText(left + 7, y + index * line_height + ascent, text)
            painter.setClipRect(clip)
            painter.fillRect(QRect(text_right - FADE_WIDTH, y, FADE_WIDTH, len(shown) * line_height),
                             _fade(background, text_right - FADE_WIDTH, text_right))
            if marks_width:
                painter.setPen(colours.dim)
                for index, marks in enumerate(marks_lines):
                    if marks:
                        painter.drawText(text_right + marks_width - fonts.marks_width(marks) + 2,
                                         y + index * line_height + ascent, marks)
            for index, post in enumerate(shown):
                if post.id == self.selected_post:
                    self._selection_painted_on.add(day)
                    self._paint_selected_line(painter, clip, QRect(left, y + index * line_height, width, line_height),
                                              post, marks_lines[index], fonts, colours, marks_width)
        y += len(shown) * line_height
        if len(shown) < len(posts):
            remaining = len(posts) - len(shown)
            painter.setPen(colours.link)
            painter.drawText(left, y + ascent, self.tr("+%n more", "", remaining))
            hits.append(_Hit(QRect(left, y, width, line_height), day, more=remaining))
        hits.append(_Hit(rect, day))

    def _paint_selected_line(self, painter: QPainter, clip: QRect, line: QRect, post: PostSummary, marks: str,
                             fonts: _Fonts, colours: _Colours, marks_width: int) -> None:
        """The selected post, drawn over its plain line in the highlight colours."""
        painter.fillRect(line, colours.highlight)
        painter.fillRect(QRect(line.left(), line.top() + 2, 4, line.height() - 4), STATUS_QCOLOURS[post.status])
        painter.setPen(colours.highlighted_text)
        text = self._line_text(post, self._narrow(clip.width(), fonts))
        painter.setClipRect(line.adjusted(0, 0, -marks_width, 0).intersected(clip))
        painter.drawText(line.left() + 7, line.top() + fonts.ascent, text)
        painter.setClipRect(clip)
        if marks_width:
            painter.drawText(QRect(line.right() - marks_width + 1, line.top(), marks_width - 1, line.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, marks)

    def _channel_marks(self, post: PostSummary) -> list[tuple[str, DeliveryState]]:
        """Each channel's short name and state ("Fb", published); cached by the states' text, which repeats."""
        if not self.page:
            return []
        marks = self._marks.get(post.variant_states)
        if marks is None:
            marks = self._marks[post.variant_states] = [
                (channel_short(channel), channel_state.state) for channel_state in post.channels
                if (channel := self.page.channels.get(channel_state.channel_id)) is not None]
        return marks

    # ---- tooltips -------------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            QToolTip.showText(event.globalPos(), tooltip(self.tooltip_at(event.pos())), self)
            return True
        return super().event(event)

    def tooltip_at(self, point: QPoint) -> str:
        hit = self._hit_at(point)
        if hit is None or self.page is None:
            return ""
        if hit.post is not None:
            post = hit.post
            lines = [self._line_text(post), status_name(post.status)]  # with its time, which a narrow day omits
            figures = self.figures_of(post.id) if self.figures_of and post.status is PostStatus.PUBLISHED else {}
            for channel_state in post.channels:
                channel = self.page.channels.get(channel_state.channel_id)
                if channel:
                    shown = figures.get(channel_state.channel_id)
                    lines.append(f"{channel.name}: {state_name(channel_state.state)}" + (f" – {shown}" if shown
                                                                                          else ""))
            return "\n".join(lines)
        lines = list(self.page.absences.get(hit.day, []))
        shortfall = self.page.gaps.get(hit.day)
        if shortfall:
            lines.append(self.tr("This week: %n of the {target} posts of your rhythm", "", shortfall.planned).format(
                target=shortfall.target))
        key_dates = self.page.key_dates.get(hit.day, [])
        lines += [f"◆ {key_date.title}" + (f": {key_date.notes}" if key_date.notes else "") for key_date in key_dates]
        return "\n".join(lines)

    # ---- mouse and keyboard ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.setFocus()
        hit = self._hit_at(event.position().toPoint())
        if hit is None:
            return
        before = self.selected_day
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
        self._repaint_days(before, hit.day)
        self.day_selected.emit(hit.day)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press_post is None or self._press_pos is None:
            return
        distance = (event.position().toPoint() - self._press_pos).manhattanLength()
        if distance < QApplication.startDragDistance():
            return
        post_id, self._press_post = self._press_post, None
        start_post_drag(self, post_id)

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

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self._repaint_days(self.selected_day)  # its frame shows where the keyboard is: the rest stays as it is

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self._repaint_days(self.selected_day)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        keys = Qt.Key
        steps = {keys.Key_Left: -1, keys.Key_Right: 1, keys.Key_Up: -7, keys.Key_Down: 7}
        key = Qt.Key(event.key())
        if key in steps:
            before = self.selected_day
            self.selected_day += timedelta(days=steps[key])
            self.selected_post = None
            self.day_selected.emit(self.selected_day)
            if self.selected_day.month != self.month_first.month:
                self.day_shown.emit(self.selected_day)  # the tab moves to that month
            self._repaint_days(before, self.selected_day)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selected_post:
                self.post_activated.emit(self.selected_post)
            else:
                self.day_activated.emit(self.selected_day)
        elif key == Qt.Key.Key_Delete and self.selected_post:
            self.delete_requested.emit(self.selected_post)
        elif key == Qt.Key.Key_Space:
            self._select_next_post_of_day()
        elif key == Qt.Key.Key_Escape and self.selected_post:
            self.selected_post = None
            self._repaint_days(self.selected_day)
        else:
            super().keyPressEvent(event)

    def _select_next_post_of_day(self) -> None:
        posts = self.page.posts.get(self.selected_day, []) if self.page else []
        if not posts:
            return
        ids = [post.id for post in posts]
        index = ids.index(self.selected_post) + 1 if self.selected_post in ids else 0
        self.selected_post = ids[index % len(ids)]
        self.post_selected.emit(self.selected_post)
        self._repaint_days(self.selected_day)

    # ---- dropping -------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(POST_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        day = self.day_at(event.position().toPoint())
        if day != self._drop_day:
            self._repaint_days(*(shown for shown in (self._drop_day, day) if shown is not None))
            self._drop_day = day
        if day is not None:
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QEvent) -> None:  # noqa: N802
        if self._drop_day is not None:
            self._repaint_days(self._drop_day)
        self._drop_day = None

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self._drop_day = None
        day = self.day_at(event.position().toPoint())
        post_id = dropped_post_id(event)
        if day is None or post_id is None:
            return
        event.acceptProposedAction()
        self.update()
        self.post_dropped.emit(post_id, day)
