"""Text from outside the program (a record's title from a handover file, a server's answer, a resident's message)
shown as exactly the text it is.

Qt guesses: a QLabel, a tooltip or a message box whose text looks like HTML is drawn as rich text, so a title such
as `<b>x</b><br>` would format the screen and could hide what stands beside it. Labels and dialogs that show such
text are set to plain text; where a widget can only guess (tooltips, item views' tooltips), the text is escaped
inside rich text, which shows it literally."""

from __future__ import annotations

import html
from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def tooltip(text: str) -> str:
    """A tooltip that shows `text` literally, line breaks kept."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def rich(text: str) -> str:
    """`text` escaped for a place that takes rich text (to go beside markup of our own)."""
    return html.escape(text).replace("\n", "<br>")


def link(url: str, label: str) -> str:
    """A link for a label that opens links, only for a web address (a server may answer any URL); else the label
    alone."""
    if urlsplit(url).scheme not in ("https", "http"):
        return html.escape(label)
    return f'<a href="{html.escape(url, quote=True)}">{html.escape(label)}</a>'


def plain(label: QLabel) -> QLabel:
    """The label shows its text as plain text, whatever it holds."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question whose text is shown as plain text (it may name a template, a channel or a post from a
    file): QMessageBox.question would take a text that looks like HTML for markup. No is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """A message shown as plain text (as `ask`)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
