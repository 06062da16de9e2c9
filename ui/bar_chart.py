"""A bar chart drawn with QPainter (no plotting library: a few bars and a target line are all the Results tab and
the monthly report need). The same drawing goes on screen and into the report's PDF."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from services.report import Chart

BAR_COLOURS = ("#2e86c1", "#ca6f1e", "#8e44ad", "#17a589", "#d4ac0d", "#7f8c8d", "#5d6d7e")
TARGET_COLOUR = "#c0392b"
KEPT_COLOUR, MISSED_COLOUR = "#28b463", "#e67e22"


def paint_chart(painter: QPainter, area: QRectF, chart: Chart, text: QColor, grid: QColor) -> None:
    """The chart inside `area`: its title on top, a bar per label with its value above it, the labels under the
    bars, and the target as a dashed line where the chart has one."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    metrics = QFontMetricsF(font)
    line = metrics.height()
    title_font = QFont(font)
    title_font.setBold(True)
    painter.setFont(title_font)
    painter.setPen(text)
    painter.drawText(QRectF(area.left(), area.top(), area.width(), line * 1.4),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, chart.title)
    painter.setFont(font)
    plot = QRectF(area.left() + 4, area.top() + line * 2.6, area.width() - 8, area.height() - line * 4.4)
    highest = max([*chart.values, chart.target or 0, 1.0])
    painter.setPen(QPen(grid, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    if not chart.values:
        painter.setPen(text)
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, "–")
        painter.restore()
        return
    slot = plot.width() / len(chart.values)
    bar = min(slot * 0.6, 90.0)
    for number, (label, value) in enumerate(zip(chart.labels, chart.values, strict=True)):
        left = plot.left() + slot * number + (slot - bar) / 2
        height = plot.height() * value / highest
        painter.fillRect(QRectF(left, plot.bottom() - height, bar, height), _colour(chart, number, value))
        painter.setPen(text)
        shown = QLocale().toString(int(round(value)))
        painter.drawText(QRectF(left - slot, plot.bottom() - height - line * 1.2, bar + 2 * slot, line),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, shown)
        name = metrics.elidedText(label, Qt.TextElideMode.ElideRight, slot - 4)
        painter.drawText(QRectF(plot.left() + slot * number, plot.bottom() + 2, slot, line * 1.2),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name)
    if chart.target:
        y = plot.bottom() - plot.height() * chart.target / highest
        painter.setPen(QPen(QColor(TARGET_COLOUR), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(plot.left(), y, plot.right(), y)
        painter.setPen(QColor(TARGET_COLOUR))
        painter.drawText(QRectF(plot.left(), area.top() + line * 1.3, plot.width(), line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "- - " + chart.target_label)
    painter.restore()


def _colour(chart: Chart, number: int, value: float) -> QColor:
    """A channel keeps its colour in every chart; a week against the target is green when it reached it."""
    if chart.target:
        return QColor(KEPT_COLOUR if value >= chart.target else MISSED_COLOUR)
    chosen = chart.colours[number] if number < len(chart.colours) else number
    return QColor(BAR_COLOURS[chosen % len(BAR_COLOURS)])


def chart_image(chart: Chart, width: int, height: int, scale: float = 2.0) -> QImage:
    """The chart on a white picture (for paper), drawn at `scale` times the size so it prints sharp."""
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint_chart(painter, QRectF(0, 0, width, height), chart, QColor("#202020"), QColor("#999999"))
    painter.end()
    return image


class BarChart(QWidget):
    """A chart in the Results tab, in the window's colours (light or dark)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: Chart | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(180)

    def show_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        self.setAccessibleName(chart.title if chart else "")
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(360, 220)

    def paintEvent(self, _event: object) -> None:  # noqa: N802 (Qt's name)
        if self.chart is None:
            return
        painter = QPainter(self)
        palette = self.palette()
        paint_chart(painter, QRectF(self.rect()), self.chart, palette.color(QPalette.ColorRole.WindowText),
                    palette.color(QPalette.ColorRole.Mid))
        painter.end()
