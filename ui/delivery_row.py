"""Under a channel's text in the composer: where that variant is on its way, and the officer's choices for it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.post import DeliveryState, Variant
from ui.plain_text import link, plain, rich
from ui.post_style import STATE_SIGNS, state_name
from ui.readable_colours import warning_css

TRY_AGAIN, SEND_ANYWAY, MARK_PUBLISHED, SKIP, COPY = "try_again", "send_anyway", "mark_published", "skip", "copy"
FIGURES = "figures"  # type in the figures of a post published by hand


class DeliveryRow(QWidget):
    """Signals:
        decided(str): the officer chose an action (TRY_AGAIN, SEND_ANYWAY, MARK_PUBLISHED, SKIP, COPY, FIGURES).
    """

    decided = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setOpenExternalLinks(True)
        self.figures_label = plain(QLabel(self))  # the post's latest figures, once it is published
        self.figures_label.setWordWrap(True)
        self.figures_label.hide()
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.addWidget(self.label)
        texts.addWidget(self.figures_label)
        layout.addLayout(texts, 1)
        for action, text in ((TRY_AGAIN, self.tr("Try again")), (SEND_ANYWAY, self.tr("Send anyway")),
                             (SKIP, self.tr("Skip")), (COPY, self.tr("Copy text")),
                             (MARK_PUBLISHED, self.tr("Mark as published")), (FIGURES, self.tr("Enter figures…"))):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _checked=False, chosen=action: self.decided.emit(chosen))
            layout.addWidget(button)
            self.buttons[action] = button
        self.show_variant(None)

    def show_figures(self, text: str, *, by_hand: bool) -> None:
        """The latest figures ("" for none yet); `by_hand`: a published post on a channel posted to by hand,
        whose figures the officer types in."""
        self.figures_label.setText(self.tr("Figures: {figures}").format(figures=text) if text else "")
        self.figures_label.setVisible(bool(text))
        self.buttons[FIGURES].setVisible(by_hand)

    def show_variant(self, variant: Variant | None) -> None:
        state = variant.state if variant is not None else DeliveryState.NOT_QUEUED
        offered = {
            DeliveryState.FAILED: (TRY_AGAIN, MARK_PUBLISHED),
            DeliveryState.UNCONFIRMED: (TRY_AGAIN, MARK_PUBLISHED),
            DeliveryState.OVERDUE: (SEND_ANYWAY, SKIP),
            DeliveryState.REMINDER: (COPY, MARK_PUBLISHED),
        }.get(state, ())
        for action, button in self.buttons.items():
            button.setVisible(action in offered)
        text = f"{STATE_SIGNS.get(state, '')} {state_name(state)}".strip()
        if state is DeliveryState.SCHEDULED_REMOTE and variant is not None and variant.last_error:
            text = "⚠ " + self.tr("still in the network's own schedule")  # it could not be taken back
        if variant is not None and variant.state is DeliveryState.PUBLISHED and variant.remote_url:
            view = self.tr("view")
            text += " – " + link(variant.remote_url, view)
        if variant is not None and variant.last_error and state is not DeliveryState.PUBLISHED:
            text += f"<br><span style='{warning_css()}'>{rich(variant.last_error)}</span>"
        self.label.setText(text)
