"""For a post of a series: whether the composer's edits apply to this post alone or to it and the later ones."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QWidget


class SeriesScopeRow(QWidget):
    """"Edits apply to: (•) this post only ( ) this and later posts of the series".

    Signals:
        changed(): the officer chose the other scope.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.this_only = QRadioButton(self.tr("this post only"), self)
        self.and_later = QRadioButton(self.tr("this and later posts of the series"), self)
        group = QButtonGroup(self)
        group.addButton(self.this_only)
        group.addButton(self.and_later)
        self.this_only.setChecked(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Edits apply to:"), self))
        row.addWidget(self.this_only)
        row.addWidget(self.and_later)
        self.and_later.toggled.connect(self.changed)

    def reset(self) -> None:
        """Back to "this post only", as each post opens."""
        self.this_only.setChecked(True)

    def applies_to_later_posts(self) -> bool:
        return self.and_later.isChecked()
