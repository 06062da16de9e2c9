"""The link cards the composer's previews show, read from the pages off the GUI thread and kept in memory per address
for as long as the window is open.

When a page is read: only for a preview on screen, only while the window's last connection check said online, and
only once the address has stood still for a moment (typing https://gemeente.nl/… letter by letter asks nothing).
Offline, nothing is read and the preview says so. A page that could not be read is tried again after the laptop
was offline and came back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from services.errors import KnownError
from services.link_card import LinkCard, read_link_card
from ui.background import run_in_background

log = logging.getLogger(__name__)

SETTLE_MS = 1200  # an address is read once it stayed the same this long
READING = "reading"


class LinkCards(QObject):
    """Signals:
        changed(str): the card of this address is read, or why there is none (see `state`).
    """

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None, read: Callable[[str], LinkCard] = read_link_card) -> None:
        super().__init__(parent)
        self.online = False  # until the window's first connection check says otherwise
        self._read = read
        self._known: dict[str, LinkCard | str] = {}  # address -> its card, READING, or why there is none
        self._failed: set[str] = set()  # could not be read: tried again once the laptop is back online
        self._wanted: dict[str, str] = {}  # preview -> the address it shows now
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._read_wanted)

    def state(self, url: str) -> LinkCard | str | None:
        """The card, READING, the reason there is none, or None (not read: offline, or not yet asked)."""
        return self._known.get(url)

    def want(self, preview: str, url: str) -> None:
        """A preview on screen shows this address (empty: none); it is read once it stands still."""
        if not url:
            self._wanted.pop(preview, None)
            return
        self._wanted[preview] = url
        if url not in self._known:
            self._timer.start()

    def set_online(self, online: bool) -> None:
        came_back = online and not self.online
        self.online = online
        if came_back:
            for url in self._failed:
                self._known.pop(url, None)
            self._failed.clear()
            if self._wanted:
                self._timer.start()
        for url in list(self._wanted.values()):
            self.changed.emit(url)  # the previews say "offline" or ask again

    def _read_wanted(self) -> None:
        if not self.online:
            return
        for url in set(self._wanted.values()):
            if url in self._known:
                continue
            self._known[url] = READING
            self.changed.emit(url)
            run_in_background(partial(self._read, url), partial(self._done, url), partial(self._failed_to_read, url))

    def _done(self, url: str, card: LinkCard) -> None:
        self._known[url] = card
        self.changed.emit(url)

    def _failed_to_read(self, url: str, error: BaseException) -> None:
        if isinstance(error, KnownError):
            self._known[url] = error.message
        else:  # a bug: logged, and the preview goes on without a card
            log.error("reading the link card of %s failed", url, exc_info=error)
            self._known[url] = self.tr("The page could not be read (an unexpected problem; see the log).")
        self._failed.add(url)
        self.changed.emit(url)
