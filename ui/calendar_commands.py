"""The calendar's undoable edits (Ctrl+Z): moving a post and deleting one. Each is given the store and what to
call after it changed the calendar, so it knows nothing of the tab that pushes it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from services.post_editing import delete_post, move_post, restore_post
from services.store import Store


class MovePostCommand(QUndoCommand):
    def __init__(self, store: Store, changed: Callable[[], None], post_id: str, before: datetime | None,
                 after: datetime) -> None:
        super().__init__(QCoreApplication.translate("CalendarTab", "Move post"))
        self.store, self.changed = store, changed
        self.post_id, self.before, self.after = post_id, before, after

    def redo(self) -> None:
        move_post(self.store, self.post_id, self.after)
        self.changed()

    def undo(self) -> None:
        if self.before is not None:
            move_post(self.store, self.post_id, self.before)
            self.changed()


class DeletePostCommand(QUndoCommand):
    def __init__(self, store: Store, changed: Callable[[], None], post_id: str) -> None:
        super().__init__(QCoreApplication.translate("CalendarTab", "Delete post"))
        self.store, self.changed, self.post_id = store, changed, post_id

    def redo(self) -> None:
        delete_post(self.store, self.post_id)
        self.changed()

    def undo(self) -> None:
        restore_post(self.store, self.post_id)
        self.changed()
