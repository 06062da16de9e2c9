"""The crisis switch in the window: Pause all and Resume all (in the toolbar and the tray), each after the officer
confirms, and the bar over the tabs that says, as long as it lasts, that posts are paused (services/crisis.py does
the pausing; the outbox run that follows takes back what the networks hold)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from services.changes import Changes
from services.errors import KnownError
from services.store import Store

if TYPE_CHECKING:
    from ui.paused_bar import PausedBar

SWITCHED = Changes(posts=True, deliveries=True)


class CrisisSwitch(QObject):
    """Pause all / Resume all for the window it is given (their dialogs sit on it; from the tray it comes up first).

    Signals:
        switched(object): posts were paused or resumed (a services.changes.Changes); the window shows it and runs
            the outbox, which takes back from the networks or hands over again.
        told(str, int): a line for the status bar, and how long it stays (ms).
    """

    switched = Signal(object)
    told = Signal(str, int)

    def __init__(self, store: Store, window: QWidget) -> None:
        super().__init__(window)
        self.store = store
        self.window = window
        self.bar: PausedBar | None = None  # made the first time posts are paused (see `place_bar_with`)
        self._bar_place: tuple[QWidget, Callable[[QWidget], None]] | None = None
        self.pause_action = QAction(window)
        self.pause_action.setText(self.tr("Pause all"))
        self.pause_action.setToolTip(self.tr("Crisis switch: stop every post not yet published, here and at the "
                                             "networks"))
        self.resume_action = QAction(window)
        self.resume_action.setText(self.tr("Resume all"))
        self.resume_action.setToolTip(self.tr("Hand the paused posts back; those whose time passed wait for you"))
        self.pause_action.triggered.connect(self.pause_all)
        self.resume_action.triggered.connect(self.resume_all)

    def place_bar_with(self, parent: QWidget, place: Callable[[QWidget], None]) -> None:
        """From now on the bar that says the pause lasts shows while any post is paused: it is made (in `parent`)
        the first time there is one, most days never, and `place` puts it in the window's layout."""
        self._bar_place = (parent, place)
        self.refresh()

    def refresh(self) -> None:
        """After anything that may pause, resume, delete or take back a post."""
        if self.bar is not None:
            self.bar.refresh()
            return
        from services.crisis import pause_state

        if self._bar_place is None or pause_state(self.store) is None:
            return
        from ui.paused_bar import PausedBar

        parent, place = self._bar_place
        self.bar = PausedBar(self.store, parent)
        self.bar.resume_clicked.connect(self.resume_all)
        place(self.bar)

    def pause_all(self) -> bool:
        """Stops every post not yet published after the officer confirms; the outbox then takes back what the
        networks hold. True when posts were paused."""
        from services.crisis import pausable_posts, pause_all
        from services.sending import handed_to
        from ui.messages import ProblemMessage, inform
        from ui.pause_dialog import PauseDialog

        self._bring_up()
        dialog = PauseDialog(len(pausable_posts(self.store)), self.window)
        if dialog.exec() != PauseDialog.DialogCode.Accepted:
            return False
        try:
            report = pause_all(self.store, self.store.clock(), dialog.reason())
        except KnownError as error:
            ProblemMessage(error.message, self.window).exec()
            return False
        handed = handed_to(self.store)
        if handed is not None:  # this laptop sends nothing: the other one holds the sending, and the networks' copies
            inform(self.window, self.tr("Pause all"), self.tr(
                "%n post(s) paused on this laptop, and what this laptop handed to the networks' schedules is being "
                "taken back. The sending is with {name}: ask them to press Pause all too. Posts their laptop sends "
                "or handed to a network still go out until they do.", "", report.posts
            ).format(name=handed.name or self.tr("the other laptop")))
        else:
            self.told.emit(self.tr("%n post(s) paused. Taking them back from the networks…", "", report.posts),
                           15_000)
        self.switched.emit(SWITCHED)
        return True

    def resume_all(self) -> bool:
        """Hands the paused posts back after the officer confirms; those whose time passed are named and wait for
        the officer's decision. True when posts were resumed."""
        from services.crisis import paused_posts, resume_all
        from ui.messages import ProblemMessage, ask, inform

        count = len(paused_posts(self.store))
        if not count:
            self.told.emit(self.tr("No posts are paused."), 10_000)
            return False
        if not ask(self.window, self.tr("Resume all posts"), self.tr(
                "Hand %n paused post(s) back to the outbox and the networks? Posts whose time passed during the "
                "pause are not sent by themselves: they wait for your decision.", "", count)):
            return False
        try:
            report = resume_all(self.store, self.store.clock())
        except KnownError as error:
            ProblemMessage(error.message, self.window).exec()
            return False
        self.switched.emit(SWITCHED)
        from services.sending import handed_to

        handed = handed_to(self.store)
        if handed is not None:  # the posts go back to the outbox, but the outbox here does not send them
            inform(self.window, self.tr("Resume all posts"), self.tr(
                "The posts are back in the calendar. The sending is with {name}: this laptop sends nothing until "
                "the work is handed back. Ask them to press Resume all too.").format(
                name=handed.name or self.tr("the other laptop")))
        if report.passed:
            inform(self.window, self.tr("Resume all posts"), self.tr(
                "The time of these posts has passed. They are marked overdue in the calendar: send each now, "
                "move it or skip it.") + "\n\n" + "\n".join(self._post_line(post) for post in report.passed))
        return True

    def _post_line(self, post) -> str:  # type: ignore[no-untyped-def]
        from services.i18n import short_moment_text

        when = short_moment_text(post.scheduled_at, post.time_zone) if post.scheduled_at else ""
        return f"• {when} {post.title or post.body[:60]}"

    def _bring_up(self) -> None:
        """From the tray the window may be closed: the question comes over it, in sight."""
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
