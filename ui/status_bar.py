"""The status bar: online or offline, how many posts wait in the outbox, and whether records could not be read;
above those, when there is one, the latest message in the window's whole width."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStatusBar, QVBoxLayout, QWidget

from ui.readable_colours import warning_colour

log = logging.getLogger("omroeper")


class MessageLine(QLabel):
    """Plain text that fits the width it gets: on up to three lines, word by word, and cut with "…" only beyond
    those; the whole text is in its tooltip."""

    MAX_LINES = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote channel names and servers: never markup
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.full_text = ""

    def set_full_text(self, text: str) -> None:
        self.full_text = " ".join(text.split())
        self.setToolTip(self.full_text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        width = max(self.width(), 1)
        lines: list[str] = []
        line = ""
        words = self.full_text.split(" ") if self.full_text else []
        for index, word in enumerate(words):
            candidate = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(candidate) > width:
                lines.append(line)
                line = word
                if len(lines) == self.MAX_LINES - 1:  # the last line takes the rest, cut if need be
                    line = " ".join(words[index:])
                    break
            else:
                line = candidate
        if line:
            lines.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
        self.setText("\n".join(lines))
        self.setFixedHeight(max(len(lines), 1) * metrics.lineSpacing())


class StatusBar(QStatusBar):
    """Shows the connection and the outbox. The window feeds it: `show_online`, `show_outbox`, … A message
    (`showMessage`) no longer shares the line with the counters, which used to cut it off: it gets a line of
    its own above them, as wide as the window, for its time; the log keeps every one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message_line = MessageLine(self)
        self.message_line.setObjectName("status_message")
        self.message_line.hide()
        self._message_timer: QTimer | None = None  # made with the first message
        self.network_label = QLabel(self.tr("Checking the connection…"), self)
        self.outbox_label = QLabel(self)
        self.attention_label = QLabel(self)
        self.attention_label.setObjectName("channels_attention")
        palette = self.attention_label.palette()  # red text, readable in a light and a dark theme
        palette.setColor(QPalette.ColorRole.WindowText, warning_colour(palette))
        self.attention_label.setPalette(palette)
        self.attention_label.hide()
        self.unreadable_label = QLabel(self)
        self.unreadable_label.setObjectName("unreadable_records")
        self.unreadable_label.setPalette(palette)
        self.unreadable_label.hide()
        self.reminders_label = QLabel(self)
        self.reminders_label.setObjectName("reminders_due")
        self.reminders_label.hide()
        self.network_label.setObjectName("network_state")
        self.outbox_label.setObjectName("outbox_count")
        counters = QHBoxLayout()
        counters.setContentsMargins(0, 0, 0, 0)
        counters.setSpacing(12)
        counters.addStretch(1)
        for label in (self.unreadable_label, self.reminders_label, self.attention_label, self.outbox_label,
                      self.network_label):
            counters.addWidget(label)
        lines = QVBoxLayout()
        lines.setContentsMargins(4, 0, 0, 0)
        lines.setSpacing(2)
        lines.addWidget(self.message_line)
        lines.addLayout(counters)
        self.lines = QWidget(self)
        self.lines.setLayout(lines)
        self.addWidget(self.lines, 1)

    # ---- messages ---------------------------------------------------------------------------------------------

    def showMessage(self, text: str, timeout: int = 0) -> None:  # noqa: N802 (QStatusBar's name)
        """The message on its own line above the counters for `timeout` ms (0: until the next one)."""
        log.info("status: %s", text)
        self.message_line.set_full_text(text)
        self.message_line.setVisible(bool(text))
        self.messageChanged.emit(self.message_line.full_text)
        if self._message_timer is None:
            self._message_timer = QTimer(self)
            self._message_timer.setSingleShot(True)
            self._message_timer.timeout.connect(self.clearMessage)
        self._message_timer.stop()
        if text and timeout > 0:
            self._message_timer.start(timeout)

    def clearMessage(self) -> None:  # noqa: N802 (QStatusBar's name)
        if self._message_timer is not None:
            self._message_timer.stop()
        if self.message_line.full_text:
            self.message_line.set_full_text("")
            self.message_line.hide()
            self.messageChanged.emit("")

    def currentMessage(self) -> str:  # noqa: N802 (QStatusBar's name)
        return self.message_line.full_text

    # ---- counters ---------------------------------------------------------------------------------------------

    def show_online(self, online: bool) -> None:
        if online:
            self.network_label.setText(self.tr("● Online"))
            self.network_label.setToolTip(self.tr("Posts that are due go out now."))
        else:
            self.network_label.setText(self.tr("○ Offline"))
            self.network_label.setToolTip(
                self.tr("You can keep working. Posts that fall due wait in the outbox until you are online.")
            )

    def show_reminders(self, due: int) -> None:
        """Posts to put on a channel by hand now; the link opens the list."""
        self.reminders_label.setVisible(due > 0)
        self.reminders_label.setText('<a href="reminders">' + self.tr("✍ %n to post by hand", "", due) + "</a>")

    def show_attention(self, channels: int) -> None:
        """Channels whose token failed or expires soon (see the Channels tab)."""
        self.attention_label.setVisible(channels > 0)
        self.attention_label.setText(self.tr("⚠ %n channel(s) need attention", "", channels))

    def show_unreadable(self, count: int, lines: list[str]) -> None:
        """Records the window's reads could not show and left out (a damaged or foreign row): the officer is told,
        the log has each one. The tooltip names the first few; they may hold anything, so they are escaped (the
        label's own text is ours alone)."""
        import html

        self.unreadable_label.setVisible(count > 0)
        self.unreadable_label.setText(self.tr("⚠ %n record(s) could not be read; see the log", "", count))
        self.unreadable_label.setToolTip("<qt>" + "<br>".join(html.escape(line) for line in lines) + "</qt>")

    def show_outbox(self, waiting: int) -> None:
        if waiting == 0:
            self.outbox_label.setText(self.tr("Outbox empty"))
        else:
            self.outbox_label.setText(self.tr("%n post(s) waiting in the outbox", "", waiting))
