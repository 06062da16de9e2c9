"""The text of a post for one channel: follows the main text until edited, with that network's live counter, and
beside it (below it when the composer is narrow) the post as residents will see it there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.channel import ChannelAccount
from models.text_rules import LengthCheck, Measure, check_text
from services.i18n import number_text
from ui.link_cards import LinkCards
from ui.plain_text import TextEdit, typed_text
from ui.post_preview import PostPreview
from ui.readable_colours import warning_css

SIDE_BY_SIDE = 500  # from this width on, the preview stands beside the text


def describe_length(check: LengthCheck) -> tuple[str, bool]:
    """The counter's text and whether it is within every limit, in the user's language (its numbers too:
    "63.206" in Dutch)."""
    if check.limit is None:
        return QCoreApplication.translate("VariantEditor", "{used} characters (no limit)").format(
            used=number_text(check.used)), True
    parts = []
    for limit in check.checks:
        unit = {
            Measure.CHARACTERS: QCoreApplication.translate("VariantEditor", "characters"),
            Measure.BYTES: QCoreApplication.translate("VariantEditor", "bytes"),
            Measure.HASHTAGS: QCoreApplication.translate("VariantEditor", "hashtags"),
        }[limit.measure]
        if limit.over_by:
            parts.append(_too_many(limit.measure, limit.over_by).format(used=number_text(limit.used),
                                                                        limit=number_text(limit.limit)))
        elif limit.measure is Measure.CHARACTERS:
            parts.append(
                QCoreApplication.translate("VariantEditor", "{used} of {limit} {unit}").format(
                    used=number_text(limit.used), limit=number_text(limit.limit), unit=unit
                )
            )
    return " · ".join(parts), check.ok


class _LimitWords(QObject):
    """The words for a text over its limit, with the plural forms Qt gives self.tr()."""

    def too_many(self, measure: Measure, over: int) -> str:
        """"1 hashtag too many", "12 characters too many" (its {used} and {limit} still to fill in)."""
        if measure is Measure.BYTES:
            return self.tr("%Ln byte(s) too many ({used} of {limit})", "", over)
        if measure is Measure.HASHTAGS:
            return self.tr("%Ln hashtag(s) too many ({used} of {limit})", "", over)
        return self.tr("%Ln character(s) too many ({used} of {limit})", "", over)


def _too_many(measure: Measure, over: int) -> str:
    return _LimitWords().too_many(measure, over)


class VariantEditor(QWidget):
    """Signals:
    edited(): the officer changed this channel's text (it no longer follows the main text).
    """

    edited = Signal()

    def __init__(self, channel: ChannelAccount, master: str, body: str | None, parent: QWidget | None = None,
                 cards: LinkCards | None = None) -> None:
        super().__init__(parent)
        self.channel = channel
        self.follows = body is None
        self.text_edit = TextEdit(master if body is None else body, self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(self.fontMetrics().height() * 5)
        self.counter = QLabel(self)
        self.counter.setObjectName("variant_counter")
        self.follow_note = QLabel(self)
        self.reset_button = QPushButton(self.tr("Use the main text again"), self)
        self.counter.setWordWrap(True)
        self.follow_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.follow_note, 1)
        row.addWidget(self.reset_button)
        self.column = QVBoxLayout()
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.text_edit)
        self.column.addWidget(self.counter)
        self.column.addLayout(row)
        self.preview = PostPreview(channel, cards or LinkCards(self), self)
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._layout.setContentsMargins(0, 4, 0, 0)
        self._layout.addLayout(self.column, 1)
        self._layout.addWidget(self.preview, 0)
        self.text_edit.textChanged.connect(self._typed)
        self.reset_button.clicked.connect(self.reset_to_master)
        self._master = master
        self._setting = False
        self._refresh()

    def add_below(self, widget: QWidget) -> None:
        """A row under the text (the delivery state and its choices)."""
        self.column.addWidget(widget)

    def show_images(self, images: list[tuple[Path, int, int]]) -> None:
        """The post's images (file, width, height), for the preview."""
        self.preview.show_images(images)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        wide = event.size().width() >= SIDE_BY_SIDE
        wanted = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._layout.direction() != wanted:
            self._layout.setDirection(wanted)
            self._layout.setStretch(1, 2 if wide else 0)  # beside: two fifths of the width; below: its height
            self._layout.setStretch(0, 3 if wide else 1)
        super().resizeEvent(event)

    def text(self) -> str:
        return self._master if self.follows else typed_text(self.text_edit)

    def body(self) -> str | None:
        """What is stored: None while it follows the main text."""
        return None if self.follows else self.text()

    def check(self) -> LengthCheck:
        return check_text(self.channel.counted_as, self.text(), max_characters=self.channel.max_characters)

    def set_master(self, master: str) -> None:
        """The main text changed. Behind another channel's tab, a following editor takes it, and the preview
        shows it, when that tab is chosen (`tab_chosen`): copying a long text into every channel's editor and
        laying out every preview at each keystroke made typing wait. The counter follows at once."""
        self._master = master
        if not self.follows:
            return
        if self.isHidden():
            self._refresh()
        else:
            self._set_text(master)

    def tab_chosen(self) -> None:
        """This channel's tab was chosen: the text and the preview as they are now."""
        if self.follows and typed_text(self.text_edit) != self._master:
            self._set_text(self._master)
        elif self._preview_behind:
            self._refresh()

    def reset_to_master(self) -> None:
        self.follows = True
        self._set_text(self._master)
        self.edited.emit()

    def _set_text(self, text: str) -> None:
        self._setting = True
        self.text_edit.setPlainText(text)
        self._setting = False
        self._refresh()

    def _typed(self) -> None:
        if self._setting:
            return
        self.follows = False
        self._refresh()
        self.edited.emit()

    def _refresh(self) -> None:
        self._preview_behind = self.isHidden()
        if not self._preview_behind:
            self.preview.show_text(self.text())
        text, ok = describe_length(self.check())
        self.counter.setText(text)
        self.counter.setStyleSheet("" if ok else warning_css() + " font-weight: bold;")
        self.follow_note.setText(self.tr("follows the main text") if self.follows else self.tr("own text"))
        self.reset_button.setEnabled(not self.follows)
