"""The composer's channels: a tick box per channel account, and per ticked channel its own text (following the
main text until edited) with its counter, its delivery state and its preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QTabWidget, QWidget

from models.channel import ChannelAccount
from models.post import Variant
from ui.delivery_row import DeliveryRow
from ui.link_cards import LinkCards
from ui.variant_editor import VariantEditor


class ChannelTexts(QObject):
    """Holds the tick boxes (`boxes`, a widget for the form's "Channels:" row) and the texts (`tabs`, for "Per
    channel:").

    Signals:
        edited(): a channel's own text changed, or a channel was ticked or unticked.
        decided(str, str): the officer chose a delivery action (channel id, action; see ui/delivery_row.py).
        resized(): rows came or went: the form's height changed.
    """

    edited = Signal()
    decided = Signal(str, str)
    resized = Signal()

    def __init__(self, cards: LinkCards, parent: QWidget) -> None:
        super().__init__(parent)
        self.cards = cards
        self.boxes = QWidget(parent)
        self._grid = QGridLayout(self.boxes)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(parent)
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.currentChanged.connect(self._tab_chosen)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.checks: dict[str, QCheckBox] = {}
        self.editors: dict[str, VariantEditor] = {}
        self.channels: list[ChannelAccount] = []
        self.stored: dict[str, Variant] = {}  # the post's variants as last read or saved, by channel id
        self._master = ""
        self._images: list[tuple[Path, int, int]] = []

    def build(self, channels: list[ChannelAccount], variants: dict[str, Variant], master: str) -> None:
        """A tick box per channel, ticked where the post has a variant, and an editor for each of those."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.tabs.clear()
        for editor in self.editors.values():
            editor.deleteLater()
        self.checks.clear()  # in place: the composer holds these dictionaries under its own names
        self.editors.clear()
        self.channels, self.stored, self._master = channels, dict(variants), master
        for number, channel in enumerate(channels):
            check = QCheckBox(channel.name, self.boxes)
            check.setToolTip(channel.name)
            check.setChecked(channel.id in variants)
            check.toggled.connect(lambda on, chosen=channel: self._toggled(chosen, on))
            self._grid.addWidget(check, number, 0)
            self.checks[channel.id] = check
            if channel.id in variants:
                self._add_editor(channel, variants[channel.id].body)
        if not channels:
            self._grid.addWidget(QLabel(self.tr("No channels yet: add them in the Channels tab."), self.boxes), 0, 0)
        self.resized.emit()

    def set_master(self, master: str) -> None:
        self._master = master
        for editor in self.editors.values():
            editor.set_master(master)

    def show_images(self, images: list[tuple[Path, int, int]]) -> None:
        self._images = images
        for editor in self.editors.values():
            editor.show_images(images)

    def show_deliveries(self, stored: dict[str, Variant]) -> None:
        """Each channel's delivery state again (after the outbox or a decision changed it)."""
        self.stored = {**self.stored, **stored}
        for channel_id, editor in self.editors.items():
            row = getattr(editor, "delivery_row", None)
            if row is not None:
                row.show_variant(stored.get(channel_id))

    def show_figures(self, latest: dict[str, str]) -> None:
        """Each channel's latest figures in words (by channel id); a published post on a channel posted to by hand
        offers to type them in."""
        from models.channel import Network
        from models.post import DeliveryState

        for channel_id, editor in self.editors.items():
            row = getattr(editor, "delivery_row", None)
            stored = self.stored.get(channel_id)
            if row is not None:
                row.show_figures(latest.get(channel_id, ""), by_hand=editor.channel.network is Network.MANUAL
                                 and stored is not None and stored.state is DeliveryState.PUBLISHED)

    def _add_editor(self, channel: ChannelAccount, body: str | None) -> None:
        editor = VariantEditor(channel, self._master, body, self.tabs, cards=self.cards)
        editor.edited.connect(self.edited)
        row = DeliveryRow(editor)
        row.show_variant(self.stored.get(channel.id))
        row.decided.connect(lambda action, chosen=channel.id: self.decided.emit(chosen, action))
        editor.add_below(row)
        editor.delivery_row = row  # type: ignore[attr-defined]
        editor.show_images(self._images)
        self.editors[channel.id] = editor
        self.tabs.addTab(editor, channel.name)
        self.resized.emit()

    def _tab_chosen(self, index: int) -> None:
        editor = self.tabs.widget(index)
        if isinstance(editor, VariantEditor):
            editor.tab_chosen()

    def _toggled(self, channel: ChannelAccount, on: bool) -> None:
        if on and channel.id not in self.editors:
            self._add_editor(channel, None)
        elif not on and channel.id in self.editors:
            editor = self.editors.pop(channel.id)
            self.tabs.removeTab(self.tabs.indexOf(editor))
            editor.deleteLater()
            self.resized.emit()
        self.edited.emit()
