"""Typing in the figures of a post published by hand (Instagram, WhatsApp, …): what the officer reads off the
network's own app."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from models.post import Variant
from services.errors import KnownError
from services.results import enter_figures, latest_of_post
from services.store import Store
from ui.messages import ProblemMessage

MOST = 100_000_000


class FiguresDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Figures of this post"))
        form = QFormLayout(self)
        self.likes, self.shares, self.replies, self.views = (QSpinBox(self) for _ in range(4))
        for box in (self.likes, self.shares, self.replies, self.views):
            box.setRange(0, MOST)
            box.setGroupSeparatorShown(True)
        self.views.setSpecialValueText(self.tr("not counted"))
        form.addRow(self.tr("&Likes and reactions:"), self.likes)
        form.addRow(self.tr("&Shares:"), self.shares)
        form.addRow(self.tr("&Replies and comments:"), self.replies)
        form.addRow(self.tr("&Views:"), self.views)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def enter_figures_by_dialog(store: Store, variant: Variant, parent: QWidget | None = None) -> bool:
    """Asks for the figures, starting from the latest ones, and stores them; False when cancelled."""
    dialog = FiguresDialog(parent)
    latest = latest_of_post(store, variant.post_id).get(variant.channel_id)
    if latest is not None:
        dialog.likes.setValue(latest.likes or 0)
        dialog.shares.setValue(latest.shares or 0)
        dialog.replies.setValue(latest.replies or 0)
        dialog.views.setValue(latest.views or 0)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        enter_figures(store, variant.id, store.clock(), likes=dialog.likes.value(), shares=dialog.shares.value(),
                      replies=dialog.replies.value(), views=dialog.views.value() or None)
    except KnownError as error:
        ProblemMessage(error.message, parent).exec()
        return False
    return True
