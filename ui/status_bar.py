"""The status bar: online or offline, how many posts wait in the outbox, and whether records could not be read."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


class StatusBar(QStatusBar):
    """Shows the connection and the outbox. The window feeds it: `show_online`, `show_outbox`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network_label = QLabel(self.tr("Checking the connection…"), self)
        self.outbox_label = QLabel(self)
        self.attention_label = QLabel(self)
        self.attention_label.setObjectName("channels_attention")
        palette = self.attention_label.palette()  # red text; a style sheet would cost the first paint 0.4 ms
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#c0392b"))
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
        self.addPermanentWidget(self.unreadable_label)
        self.addPermanentWidget(self.reminders_label)
        self.addPermanentWidget(self.attention_label)
        self.addPermanentWidget(self.outbox_label)
        self.addPermanentWidget(self.network_label)

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
