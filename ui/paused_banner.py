"""The line over a post stopped by the crisis switch: since when, why, and a button to resume it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from models.post import Post
from services.i18n import short_moment_text
from ui.plain_text import plain
from ui.readable_colours import readable_on

PAUSED_TEXT = QColor("#7d3c98")  # the crisis switch's purple, as a text colour


class PausedBanner(QWidget):
    """Signals:
        resume_clicked(): the officer wants this one post to go out again.
    """

    resume_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain(QLabel(self))
        self.label.setObjectName("paused_label")
        self.label.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("Resume this post"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.resume_button)
        self.resume_button.clicked.connect(self.resume_clicked)
        self.hide()

    def show_post(self, post: Post) -> None:
        """Shown for a paused post, hidden otherwise."""
        if post.paused_at is None:
            self.hide()
            return
        when = short_moment_text(post.paused_at, post.time_zone)  # on the municipality's clock
        text = self.tr("‖ Paused by the crisis switch since {time}.").format(time=when)
        if post.pause_reason:
            text += " " + self.tr("Reason: {reason}").format(reason=post.pause_reason)
        self.label.setText(text)
        # The crisis switch's purple, made lighter where the theme is dark (set here: the palette is the parent's).
        purple = readable_on(PAUSED_TEXT, self.palette().color(QPalette.ColorRole.Window))
        self.label.setStyleSheet(f"color: {purple.name()}; font-weight: bold;")
        self.show()
