"""The post as residents will see it on one network: the text with what that network links (addresses, hashtags,
mentions) and where its feed folds, the images in its crop, and the card a link gets (read from the page when
online; see ui/link_cards.py). How each network shows a post is in models/network_display.py, with its sources."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from models.channel import NETWORK_NAMES, ChannelAccount, Network
from models.network_display import DISPLAYS, Kind, card_link, image_crop, shown_text
from services.link_card import LinkCard
from ui.link_cards import READING, LinkCards
from ui.plain_text import plain
from ui.readable_colours import readable_on

PREVIEW_WIDTH = 260  # what the preview is drawn for: about a phone's column, and narrow enough beside the text
# The most of a text the preview shows: laying out a long text as rich text made every keystroke wait, and past a
# few thousand characters a preview shows nothing new (the feed of a network that folds shows far less).
PREVIEW_CHARACTERS = 5_000


class PostPreview(QFrame):
    """A card like the network's own: the account, the text, the images, the link card."""

    def __init__(self, channel: ChannelAccount, cards: LinkCards, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("post_preview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(200)
        self.channel = channel
        self.network = channel.counted_as  # a channel posted to by hand shows as the network it is for
        self.cards = cards
        self._text = ""
        self._images: list[tuple[Path, int, int]] = []
        self._url = ""
        self.heading = plain(QLabel(self))
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setText(self._heading())
        self.text_label = QLabel(self)
        self.text_label.setObjectName("preview_text")
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setOpenExternalLinks(False)
        self.image_label = QLabel(self)
        self.image_label.setObjectName("preview_image")
        self.image_note = plain(QLabel(self))
        self.image_note.setObjectName("preview_image_note")
        self.image_note.setWordWrap(True)
        self.image_note.setEnabled(False)
        self.card_frame = QFrame(self)
        self.card_frame.setObjectName("preview_card")
        self.card_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.card_image = QLabel(self.card_frame)
        self.card_site = plain(QLabel(self.card_frame))
        self.card_site.setEnabled(False)
        self.card_title = plain(QLabel(self.card_frame))
        self.card_title.setObjectName("preview_card_title")
        self.card_title.setWordWrap(True)
        title_font = self.card_title.font()
        title_font.setBold(True)
        self.card_title.setFont(title_font)
        card_column = QVBoxLayout(self.card_frame)
        card_column.setContentsMargins(6, 6, 6, 6)
        for widget in (self.card_image, self.card_site, self.card_title):
            card_column.addWidget(widget)
        self.card_note = plain(QLabel(self))
        self.card_note.setObjectName("preview_card_note")
        self.card_note.setWordWrap(True)
        self.card_note.setEnabled(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 8)
        column.setSpacing(4)
        for widget in (self.heading, self.text_label, self.image_label, self.image_note, self.card_frame,
                       self.card_note):
            column.addWidget(widget)
        column.addStretch(1)  # beside a taller text, the room goes under the preview's content
        self._pixmaps: dict[tuple[str, int, int, int, int, int], QPixmap] = {}
        self.cards.changed.connect(self._card_changed)
        self.show_images([])
        self.show_text("")

    def _heading(self) -> str:
        network = NETWORK_NAMES.get(self.network)
        if network is None or network.lower() in self.channel.name.lower():
            return self.tr("{channel}: as residents see it").format(channel=self.channel.name)
        return self.tr("{channel} ({network}): as residents see it").format(channel=self.channel.name,
                                                                            network=network)

    # ---- the text -----------------------------------------------------------------------------------------

    def show_text(self, text: str) -> None:
        self._text = text
        shown = shown_text(self.network, text[:PREVIEW_CHARACTERS])
        link = self.palette().link().color().name()
        dim = readable_on(QColor("gray"), self.palette().window().color()).name()  # grey, readable in either theme
        parts = []
        for run in shown.runs:
            escaped = html.escape(run.text).replace("\n", "<br>")
            parts.append(escaped if run.kind is Kind.TEXT else f"<span style='color:{link}'>{escaped}</span>")
        if shown.folded:
            more = self.tr("… more")
            parts.append(f" <span style='color:{dim}'>{html.escape(more)}</span>")
        elif len(text) > PREVIEW_CHARACTERS:
            rest = self.tr("The preview ends here; the text goes on for {count} characters.").format(
                count=QLocale().toString(len(text) - PREVIEW_CHARACTERS))
            parts.append(f"<br><span style='color:{dim}'>{html.escape(rest)}</span>")
        empty = self.tr("(no text)")
        self.text_label.setText("".join(parts) or f"<span style='color:{dim}'>{html.escape(empty)}"
                                                  "</span>")
        self.text_label.setToolTip(self._text_note(shown.folded))
        self._show_card()

    def _text_note(self, folded: bool) -> str:
        display = DISPLAYS[self.network]
        notes = []
        if folded and display.fold:
            notes.append(self.tr("The feed shows about the first {count} characters; the rest behind “more”.").format(
                count=display.fold))
        if not display.links and self.network is Network.INSTAGRAM:
            notes.append(self.tr("Instagram does not link addresses in a caption."))
        return "\n".join(notes)

    def shown_text(self) -> str:
        """The preview's text as a person reads it (for tests and screen readers)."""
        return self.text_label.text() and _readable(self.text_label.text())

    # ---- the images ---------------------------------------------------------------------------------------

    def show_images(self, images: list[tuple[Path, int, int]]) -> None:
        """The post's images: (file, width, height) in order."""
        self._images = images
        self.image_label.setVisible(bool(images))
        self.image_note.setVisible(bool(images))
        if not images:
            self._show_card()
            return
        path, width, height = images[0]
        if width <= 0 or height <= 0:  # not known from the library: the file says it
            from PySide6.QtGui import QImageReader

            size = QImageReader(str(path)).size()
            width, height = size.width(), size.height()
        crop = image_crop(self.network, len(images))
        left, top, shown_width, shown_height = crop.frame(width, height)
        pixmap = self._pixmap(path, QRect(left, top, shown_width, shown_height))
        self.image_label.setPixmap(pixmap)
        notes = []
        if (shown_width, shown_height) != (width, height):
            notes.append(self.tr("Cut to {shape}, as {network} shows it.").format(
                shape=_shape(shown_width, shown_height), network=NETWORK_NAMES.get(self.network, self.channel.name)))
        if len(images) > 1:
            notes.append(self.tr("+ %n more image(s)", "", len(images) - 1))
        self.image_note.setText(" ".join(notes))
        self.image_note.setVisible(bool(notes))
        self._show_card()

    def _pixmap(self, path: Path, part: QRect) -> QPixmap:
        width = self._image_width()
        key = (str(path), part.left(), part.top(), part.width(), part.height(), width)
        found = self._pixmaps.get(key)
        if found is None:
            image = QImage(str(path))
            if image.isNull():
                found = QPixmap()
            else:
                if part.width() and part.height() and part != image.rect():
                    image = image.copy(part)
                found = _sharp(image, width, self.devicePixelRatioF())
            self._pixmaps[key] = found
        return found

    def _image_width(self) -> int:
        """As wide as a phone's column, or as the preview where it is narrower."""
        room = self.contentsRect().width() - 16 if self.isVisible() else PREVIEW_WIDTH
        return max(120, min(PREVIEW_WIDTH - 20, room))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._images and event.size().width() != event.oldSize().width():
            self.show_images(self._images)

    # ---- the link card ------------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._show_card()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        self.cards.want(self._key(), "")  # a preview off screen reads nothing

    def _key(self) -> str:
        return f"{id(self)}"

    def _card_changed(self, url: str) -> None:
        if url == self._url:
            self._show_card()

    def _show_card(self) -> None:
        url = card_link(self.network, self._text, bool(self._images))
        self._url = url or ""
        self.card_frame.hide()
        if url is None:
            self.cards.want(self._key(), "")
            self.card_note.setText(self._why_no_card())
            self.card_note.setVisible(bool(self.card_note.text()))
            return
        if self.isVisible():
            self.cards.want(self._key(), url)
        state = self.cards.state(url)
        self.card_note.show()
        if isinstance(state, LinkCard):
            self._fill_card(state)
            self.card_note.hide()
        elif state == READING:
            self.card_note.setText(self.tr("Reading the page for its link card…"))
        elif isinstance(state, str):
            self.card_note.setText(self.tr("No link card: {reason}").format(reason=state))
        elif not self.cards.online:
            self.card_note.setText(self.tr("Offline: the link card is read from the page once you are online. "
                                           "The networks show one."))
        else:
            self.card_note.setText(self.tr("The link card is read from the page in a moment."))

    def _why_no_card(self) -> str:
        from models.network_display import URL

        if not URL.search(self._text):
            return ""
        display = DISPLAYS[self.network]
        if self.network is Network.INSTAGRAM:
            return self.tr("No link card: Instagram does not link addresses in a caption.")
        if self.network is Network.BLUESKY:
            return self.tr("No link card: Bluesky shows one only when the post brings it, and Omroeper does not.")
        if not display.card:
            return self.tr("No link card: {network} shows the link in the text only.").format(
                network=NETWORK_NAMES.get(self.network, self.channel.name))
        return self.tr("No link card: a post with images shows the images instead.")

    def _fill_card(self, card: LinkCard) -> None:
        self.card_site.setText(card.site)
        self.card_title.setText(card.title)
        self.card_title.setVisible(bool(card.title))
        pixmap = QPixmap()
        if card.image:
            image = QImage.fromData(card.image, "PNG")
            if not image.isNull():
                pixmap = _sharp(image, self._image_width() - 16, self.devicePixelRatioF())
        self.card_image.setPixmap(pixmap)
        self.card_image.setVisible(not pixmap.isNull())
        self.card_frame.show()


def _sharp(image: QImage, width: int, ratio: float) -> QPixmap:
    """The image `width` logical pixels wide, made for the screen's pixels (sharp at 150%)."""
    pixmap = QPixmap.fromImage(image.scaledToWidth(round(width * ratio), Qt.TransformationMode.SmoothTransformation))
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def _shape(width: int, height: int) -> str:
    """"1:1", "4:5", "1.91:1": the proportion as the networks write it."""
    known = {1.0: "1:1", 0.8: "4:5", 1.91: "1.91:1", 0.75: "3:4", 2.0: "2:1", 1.5: "3:2", 3.0: "3:1"}
    ratio = width / height if height else 1.0
    for value, name in known.items():
        if abs(ratio - value) < 0.01:
            return name
    return f"{ratio:.2f}:1"


def _readable(markup: str) -> str:
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(markup).toPlainText()
