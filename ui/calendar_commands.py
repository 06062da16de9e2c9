"""The calendar's undoable edits (Ctrl+Z): moving a post and deleting one."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from services.post_editing import delete_post, move_post, restore_post

if TYPE_CHECKING:
    from ui.calendar_tab import CalendarTab


class MovePostCommand(QUndoCommand):
    def __init__(self, tab: CalendarTab, post_id: str, before: datetime | None, after: datetime) -> None:
        super().__init__(QCoreApplication.translate("CalendarTab", "Move post"))
        self.tab, self.post_id, self.before, self.after = tab, post_id, before, after

    def redo(self) -> None:
        move_post(self.tab.store, self.post_id, self.after)
        self.tab.posts_changed.emit()

    def undo(self) -> None:
        if self.before is not None:
            move_post(self.tab.store, self.post_id, self.before)
            self.tab.posts_changed.emit()


class DeletePostCommand(QUndoCommand):
    def __init__(self, tab: CalendarTab, post_id: str) -> None:
        super().__init__(QCoreApplication.translate("CalendarTab", "Delete post"))
        self.tab, self.post_id = tab, post_id

    def redo(self) -> None:
        delete_post(self.tab.store, self.post_id)
        self.tab.posts_changed.emit()

    def undo(self) -> None:
        restore_post(self.tab.store, self.post_id)
        self.tab.posts_changed.emit()
