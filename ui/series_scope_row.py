"""For a post of a series: whether the composer's edits (its status included) apply to this post alone or to it
and the later ones. Shown as soon as the post is part of a series, also right after it was made to repeat."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget


class SeriesScopeRow(QWidget):
    """"Edits apply to: (•) this post only ( ) this and later posts of the series", one choice a line, so that it
    is no wider than the composer's other fields in any language.

    Signals:
        changed(): the officer chose the other scope.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("Edits apply to:"), self)
        self.label.setWordWrap(True)
        self.this_only = QRadioButton(self.tr("this post only"), self)
        self.and_later = QRadioButton(self.tr("this and later posts of the series"), self)
        self.and_later.setToolTip(self.tr("Texts, channels, images, tags and the status go to the later posts "
                                          "that were not published or edited on their own; each keeps its date."))
        group = QButtonGroup(self)
        group.addButton(self.this_only)
        group.addButton(self.and_later)
        self.this_only.setChecked(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.label)
        column.addWidget(self.this_only)
        column.addWidget(self.and_later)
        self.and_later.toggled.connect(self.changed)

    def reset(self) -> None:
        """Back to "this post only", as each post of a series opens."""
        self.this_only.setChecked(True)

    def choose_later_posts(self) -> None:
        """"This and later posts", without telling it as the officer's choice: the post was just made to repeat,
        and what the officer does next (setting it to scheduled, say) is meant for the whole series."""
        self.blockSignals(True)
        self.and_later.setChecked(True)
        self.blockSignals(False)

    def applies_to_later_posts(self) -> bool:
        return self.and_later.isChecked()
