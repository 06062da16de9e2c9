"""The main window's six tabs (ui/tab_order.py names them). A tab's page is built the first time it is shown:
start-up builds only the one on screen, the others are built when the officer first opens them or the window
needs them (a post to show, a finding to put right); until then a tab holds an empty placeholder.

A tab chosen with its Alt+letter (Alt+C, in Dutch Alt+K) takes the keyboard into its page, so that the arrow keys
move between days rather than between tabs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from services.store import Store
from ui.tab_order import CALENDAR, CHANNELS, INBOX, REPLIES, RESULTS, VACATION


class WindowTabs(QTabWidget):
    """`started()` tells whether the window's start has finished (a calendar built before then shows its first
    page without waiting for the holidays).

    Signals:
        page_built(int, QWidget): a tab's page was built just now, for the window to connect.
    """

    page_built = Signal(int, QWidget)

    def __init__(self, store: Store, started: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.started = started
        self.setDocumentMode(True)
        for title in (self.tr("&Calendar"), self.tr("Inbox"), self.tr("&Replies"), self.tr("&Vacation"),
                      self.tr("C&hannels"), self.tr("Results")):  # every letter of Inbox and Results is taken
            slot = QWidget(self)
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self.addTab(slot, title)
        self._pages: dict[int, QWidget] = {}
        self.currentChanged.connect(self.page)

    def page(self, index: int) -> QWidget:
        """The tab's page, built on first use."""
        page = self._pages.get(index)
        if page is None:
            slot = self.widget(index)
            page = self._pages[index] = self._build(index, slot)
            layout = slot.layout()
            assert layout is not None
            layout.addWidget(page)
            page.show()
            self.page_built.emit(index, page)
        return page

    def built(self, index: int, source: QObject | None = None):  # type: ignore[no-untyped-def]
        """The tab's page if it is built and is not `source` (the part that made a change has shown it
        already), else None."""
        page = self._pages.get(index)
        return None if page is None or page is source else page

    def _build(self, index: int, slot: QWidget) -> QWidget:
        if index == CALENDAR:
            from ui.calendar_tab import CalendarTab

            return CalendarTab(self.store, slot, holidays_after_start=not self.started())
        if index == INBOX:
            from ui.inbox_tab import InboxTab

            return InboxTab(self.store, slot)
        if index == REPLIES:
            from ui.replies_tab import RepliesTab

            return RepliesTab(self.store, slot)
        if index == VACATION:
            from ui.vacation_tab import VacationTab

            return VacationTab(self.store, slot)
        if index == CHANNELS:
            from ui.channels_tab import ChannelsTab

            return ChannelsTab(self.store, slot)
        if index == RESULTS:
            from ui.results_tab import ResultsTab

            return ResultsTab(self.store, slot)
        raise ValueError(f"no tab {index}")

    # ---- the keyboard --------------------------------------------------------------------------------------

    def follow_alt_letters(self) -> None:
        """From now on a tab chosen with its Alt+letter takes the keyboard into its page."""
        self.tabBar().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Shortcut and watched is self.tabBar():
            QTimer.singleShot(0, self.focus_into_current)
        return False

    def focus_into_current(self) -> None:
        """The keyboard into the page on screen: its view when it has one, else its first field that takes Tab."""
        page = self.page(self.currentIndex())
        if hasattr(page, "focus_view"):
            page.focus_view()
            return
        chosen = page.focusWidget()
        candidate = page.nextInFocusChain()
        while chosen is None and candidate is not None and candidate is not page:
            if page.isAncestorOf(candidate) and candidate.isVisible() and candidate.isEnabled() \
                    and candidate.focusPolicy().value & 1:  # Qt.TabFocus
                chosen = candidate
            candidate = candidate.nextInFocusChain()
        if chosen is not None:
            chosen.setFocus()
