"""Text from outside the program (a record's title from a handover file, a server's answer, a resident's message)
shown as exactly the text it is.

Qt guesses: a QLabel, a tooltip or a message box whose text looks like HTML is drawn as rich text, so a title such
as `<b>x</b><br>` would format the screen and could hide what stands beside it. Labels that show such text are set
to plain text (`plain`), and so are all message boxes (ui/messages.py); where a widget can only guess (tooltips,
item views' tooltips), the text is escaped inside rich text, which shows it literally."""

from __future__ import annotations

import html
from urllib.parse import urlsplit

from PySide6.QtCore import QLocale, QMimeData, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit

from models.validation import LONGEST_TEXT

# Qt's own marks in a document's raw text that stand for a line break: its paragraph and line separators (Shift+Enter
# makes the latter) and its frame marks.
_BREAKS = ("\u2029", "\u2028", "\ufdd0", "\ufdd1")


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


def typed_text(editor: QPlainTextEdit | QTextEdit) -> str:
    """What was typed in `editor`, as it was typed. Qt's toPlainText() also makes every non-breaking space a plain
    one, so "10 km" or "€ 5" written to stay on one line was saved changed, and a post that came in with them (a
    CSV import, a handover) was changed by any edit of it; only the line breaks are Qt's own here."""
    text = editor.document().toRawText()
    for mark in _BREAKS:
        text = text.replace(mark, "\n")
    return text


class TextEdit(QPlainTextEdit):
    """The editor of a text the officer writes (a post, a reply, a note). It takes at most LONGEST_TEXT characters:
    a paste, a drop or an input method's text that would make the text longer adds nothing and says so, so that a
    whole document pasted by mistake does not make every later keystroke wait for the counters (no network takes a
    text that long, and the data file refuses one of over a million). A text that came in longer (an import) is
    shown and kept whole. What comes in those ways leaves out NUL characters; typing one key at a time is not held
    to the limit."""

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt's name)
        """A paste or drop, as plain text only: Qt would insert a `text/markdown` part instead where one comes
        first (its markup taken off), past the check below."""
        if source.hasText():
            text = source.text()
        elif source.hasFormat("text/markdown"):
            text = bytes(source.data("text/markdown").data()).decode("utf-8", "replace")
        else:
            return
        text = self._allowed(text)
        if text:
            plain_only = QMimeData()
            plain_only.setText(text)
            super().insertFromMimeData(plain_only)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 (Qt's name)
        """What an input method commits (some insert the clipboard this way) is held to the same rules."""
        commit = event.commitString()
        if commit:
            allowed = self._allowed(commit)
            if allowed != commit:
                held = QInputMethodEvent(event.preeditString(), event.attributes())
                held.setCommitString(allowed, event.replacementStart(), event.replacementLength())
                event = held
        super().inputMethodEvent(event)

    def _allowed(self, text: str) -> str:
        """`text` without NUL characters (no key types one, and PostgreSQL, under Mastodon and Threads, stores
        none), or "" when adding it would make the text too long (said in a message)."""
        text = text.replace("\x00", "")
        length = len(typed_text(self)) - len(self.textCursor().selectedText()) + len(text)
        if length > LONGEST_TEXT:
            self._refuse(length)
            return ""
        return text

    def _refuse(self, length: int) -> None:
        from ui.messages import ProblemMessage

        locale = QLocale()
        message = ProblemMessage(self.tr(
            "Nothing was added: the text would become {count} characters long, and one text holds at most {limit} "
            "here (no network accepts a longer one). Copy a shorter part; what you copied can still be pasted."
        ).format(
            count=locale.toString(length), limit=locale.toString(LONGEST_TEXT)), self.window())
        message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        message.open()


def plain(label: QLabel) -> QLabel:
    """The label shows its text as plain text, whatever it holds."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
