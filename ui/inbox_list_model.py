"""The inbox's list: the items the filters let through, newest first, read from the store a page at a time as the
view scrolls (20,000 items are never all read, and never a widget each)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from models.inbox import InboxItem, ItemKind, ItemState, ResponseTarget
from services.i18n import short_moment_text
from services.inbox import InboxQuery, count_items, list_items
from services.inbox_view import item_clock
from services.plain_text import one_line
from services.store import Store
from ui import plain_text
from ui.inbox_text import STAGE_BACKGROUND, STAGE_TEXT, duration_text, stage_text

PAGE = 200
_Index = QModelIndex | QPersistentModelIndex


def kind_word(kind: ItemKind) -> str:
    if kind is ItemKind.MENTION:
        return QCoreApplication.translate("InboxListModel", "mention")
    if kind is ItemKind.MESSAGE:
        return QCoreApplication.translate("InboxListModel", "private message")
    return QCoreApplication.translate("InboxListModel", "reply")


class InboxListModel(QAbstractTableModel):
    """Columns: the clock (or the state), who wrote, the message on one line, the channel, when it came in."""

    CLOCK, AUTHOR, MESSAGE, CHANNEL, RECEIVED = range(5)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.query = InboxQuery()
        self.items: list[InboxItem] = []
        self.total = 0
        self.channels: dict[str, str] = {}
        self.target = ResponseTarget()
        self.now = store.clock()
        self.time_zone = "Europe/Amsterdam"

    def headers(self) -> list[str]:
        return [self.tr("Clock"), self.tr("From"), self.tr("Message"), self.tr("Channel"), self.tr("Came in")]

    def load(self, query: InboxQuery, channels: dict[str, str], target: ResponseTarget, now: datetime,
             rows: int = PAGE) -> None:
        """The first page for these filters (or the first `rows`, when more were shown before: a refresh keeps
        the list as far as it was scrolled); the rest comes as the view scrolls."""
        self.beginResetModel()
        self.query, self.channels, self.target, self.now = (replace(query, limit=max(PAGE, rows), offset=0),
                                                            channels, target, now)
        self.time_zone = target.time_zone
        self.total = count_items(self.store, self.query)
        self.items = list_items(self.store, self.query)
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802 (Qt's name)
        return not parent.isValid() and len(self.items) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802 (Qt's name)
        more = list_items(self.store, replace(self.query, limit=PAGE, offset=len(self.items)))
        if not more:
            self.total = len(self.items)
            return
        self.beginInsertRows(QModelIndex(), len(self.items), len(self.items) + len(more) - 1)
        self.items += more
        self.endInsertRows()

    def tick(self, now: datetime) -> None:
        """The clocks move on: their column is drawn again for `now` (the rows stay as they were read)."""
        self.now = now
        if self.items:
            self.dataChanged.emit(self.index(0, self.CLOCK), self.index(len(self.items) - 1, self.CLOCK))

    def item_at(self, row: int) -> InboxItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_of(self, item_id: str) -> int:
        return next((row for row, item in enumerate(self.items) if item.id == item_id), -1)

    def replace_item(self, item: InboxItem) -> None:
        """An item changed (answered, closed, a new owner): its row is drawn again, in place."""
        row = self.row_of(item.id)
        if row >= 0:
            self.items[row] = item
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt's name)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def clock_text(self, item: InboxItem) -> str:
        clock = item_clock(item, self.now, self.target)
        if item.state is ItemState.DONE:
            return self.tr("✓ done")
        if item.state is ItemState.ANSWERED:
            if clock.took is None:
                return self.tr("✓ answered")
            return self.tr("✓ answered in {time}").format(time=duration_text(clock.took))
        assert clock.stage is not None
        return stage_text(clock.stage, clock.left)

    def continues(self, row: int) -> bool:
        """Whether the item on this row belongs to the conversation of the row above (the list keeps a
        conversation's messages together: services.inbox.list_items); it is shown indented under it."""
        if row <= 0 or row >= len(self.items):
            return False
        item, above = self.items[row], self.items[row - 1]
        return bool(item.conversation_key) and (item.channel_id, item.conversation_key) == (
            above.channel_id, above.conversation_key)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.CLOCK:
                return self.clock_text(item)
            if column == self.AUTHOR:
                name = one_line(item.author_name or item.author_handle, 60)
                return ("↳ " + name) if self.continues(index.row()) else name
            if column == self.MESSAGE:
                mark = "✉ " if item.is_private else ""  # a private message
                return mark + one_line(item.text)
            if column == self.CHANNEL:
                return self.channels.get(item.channel_id, item.network) + " · " + kind_word(item.kind)
            if column == self.RECEIVED:
                return short_moment_text(item.received_at, self.time_zone)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.AUTHOR:
                return plain_text.tooltip(f"{item.author_name}\n@{item.author_handle}")
            if column == self.MESSAGE:
                return plain_text.tooltip(one_line(item.text, 600))
        if column == self.CLOCK and item.state is ItemState.OPEN:
            stage = item_clock(item, self.now, self.target).stage
            if stage in STAGE_BACKGROUND:
                if role == Qt.ItemDataRole.BackgroundRole:
                    return QBrush(QColor(STAGE_BACKGROUND[stage]))  # type: ignore[index]
                if role == Qt.ItemDataRole.ForegroundRole:
                    return QBrush(QColor(STAGE_TEXT))
        return None
