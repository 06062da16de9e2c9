"""When what is being typed is kept: once typing pauses (0.7 s) and at the latest 1.5 s after the first change
not yet kept, however fast one types, so that a kill or a crash loses at most the last two seconds. The composer
keeps a post on this rhythm, the inbox's answer panel an answer to a resident."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

QUIET_MS = 700
LATEST_MS = 1500


class TypingPause(QObject):
    """Signals:
        due(): time to keep what was typed.
    """

    due = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._latest = QTimer(self)
        self._latest.setSingleShot(True)
        self._latest.setInterval(LATEST_MS)
        self._quiet.timeout.connect(self.due)
        self._latest.timeout.connect(self.due)

    def typed(self) -> None:
        """Something was typed: `due` once typing pauses, or at the latest."""
        self._quiet.start()
        if not self._latest.isActive():
            self._latest.start()

    def stop(self) -> None:
        """Kept (or given up) now: nothing is due."""
        self._quiet.stop()
        self._latest.stop()
