"""What every step of the first start is: a page with a heading, a save when the officer goes on, and texts that
follow a change of language, most of them opening with a few lines on what the step is for."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from services.store import Store


class FirstStartPage(QWidget):
    """One step of the first start guide (ui/first_start_dialog.py), which shows `heading()` above the page and
    calls `save()` on Next. A step sets its texts in `retranslate()`, which runs again when the language changes,
    and lays itself out in `column`, a column without margins of its own."""

    def __init__(self, store: Store, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.store = store
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)

    def add_intro(self) -> QLabel:
        """The lines at the top of the step that say what it is for (their text is set in `retranslate`)."""
        intro = QLabel(self)
        intro.setWordWrap(True)
        self.column.addWidget(intro)
        self.column.addSpacing(6)
        return intro

    def heading(self) -> str:
        raise NotImplementedError

    def save(self) -> bool:
        """Keeps what the step holds; False stays on the step, which then says why."""
        return True

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
