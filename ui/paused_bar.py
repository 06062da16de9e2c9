"""The bar over the window while the crisis switch holds posts: since when, why, how many, how many a network still
holds in its own schedule, and "Resume all…". It goes when nothing is paused."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QTime, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from services.crisis import PauseState, pause_state
from services.preferences import load_municipality
from services.store import Store
from ui.plain_text import plain
from ui.readable_colours import PAUSED_HUE, tint_css


class PausedBar(QFrame):
    """Shown as long as any post is paused by the crisis switch (services/crisis.py); `refresh` after anything that
    may pause, resume, delete or take back a post.

    Signals:
        resume_clicked(): the officer wants every paused post back (the window asks first).
    """

    resume_clicked = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("paused_bar")
        # A tint over the window's colour, under the theme's own text colour: readable in a light and a dark theme.
        self.setStyleSheet(f"#paused_bar {{ {tint_css(PAUSED_HUE)} }}")
        self.label = plain(QLabel(self))  # the reason is the officer's own text: shown as typed, never as markup
        self.label.setObjectName("paused_bar_label")
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-weight: bold;")
        self.resume_button = QPushButton(self.tr("Resume all…"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.resume_button)
        self.resume_button.clicked.connect(self.resume_clicked)
        self.state: PauseState | None = None
        self.refresh()

    def refresh(self) -> None:
        self.state = pause_state(self.store)
        self.setVisible(self.state is not None)
        if self.state is not None:
            self.label.setText(self._text(self.state))

    def _text(self, state: PauseState) -> str:
        lines = [self.tr("‖ Publishing is paused: %n post(s) stop until you resume them.", "", state.posts)]
        if state.since is not None:
            lines[0] = self.tr("‖ Publishing is paused since {time}: %n post(s) stop until you resume them.", "",
                               state.posts).format(time=self._when(state.since))
        if state.reason:
            lines[0] += " " + self.tr("Reason: {reason}").format(reason=state.reason)
        if state.held:
            lines.append(self.tr(
                "Still in a network's own schedule: %n post(s) ({channels}), taken back at the next run; if that "
                "fails, remove them there.", "", state.held).format(channels=", ".join(state.held_on)))
        return "\n".join(lines)

    def _when(self, moment: datetime) -> str:
        """The time in the municipality's time zone; with the day when it is not today."""
        zone = ZoneInfo(load_municipality(self.store).time_zone)
        local, today = moment.astimezone(zone), self.store.clock().astimezone(zone).date()
        locale = QLocale()
        time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        if local.date() == today:
            return time
        return locale.toString(QDate(local.year, local.month, local.day), "d MMMM") + ", " + time
