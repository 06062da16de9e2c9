"""A combo box whose choices carry Python values, kept on the Python side.

Why not QComboBox's item data: values kept in a list keep their Python type (an enum stays an enum), and never
cross the QVariant conversion, where PySide6 6.12 on Python 3.11 released a reference to None it never took
(the project pins PySide6 below 6.12; tests/ui/test_pyside_pitfalls.py watches for it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget


class ChoiceBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[Any] = []

    def add_choice(self, text: str, value: Any) -> None:
        self._values.append(value)
        self.addItem(text)

    def clear_choices(self) -> None:
        self._values.clear()
        self.clear()

    def current_value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def value_at(self, index: int) -> Any:
        return self._values[index]

    def index_of(self, value: Any) -> int:
        return self._values.index(value) if value in self._values else -1

    def select_value(self, value: Any) -> bool:
        """Selects the choice with this value; False (selection unchanged) when there is none."""
        index = self.index_of(value)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0
