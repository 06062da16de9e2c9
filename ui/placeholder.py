"""A tab's page until its capability is built: says plainly what it will hold."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def fill_with_placeholder(page: QWidget, heading: str, text: str) -> QLabel:
    """Lays out a heading and an explanation on the page; returns the explanation's label."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(24, 24, 24, 24)
    title = QLabel(heading, page)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    title.setFont(font)
    body = QLabel(text, page)
    body.setWordWrap(True)
    layout.addWidget(title)
    layout.addWidget(body)
    layout.addStretch(1)
    return body
