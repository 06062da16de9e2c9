"""What a change to the data touched, so that the window refreshes what shows it, from one place.

A piece of the window that changed data through a service (a tab, a dialog, the crisis switch, the outbox run) says
what it changed with a `Changes` value; the main window's `apply(changes)` tells each part built so far what to
show again (MainWindow.apply is the one place that decides). A service may return one beside its result, in the
way Anki's operations return their OpChanges. Combine two with `|`.

    posts       posts were added, edited, moved, deleted, paused or resumed (the calendar, the outbox count)
    deliveries  where posts are: sent, handed to a network, failed, overdue, a reminder done (the calendar's marks,
                the open post, the status bar)
    channels    channel accounts were added, changed, removed or checked (every view that names channels)
    templates   reply templates
    staff       staff members and their signatures (who answers, the title's stand-in, the coverage check)
    absences    absences (the title's stand-in, the coverage check)
    key_dates   key dates (the calendar)
    settings    the municipality's preferences, or the whole store (a restore, a merged handover): everything
    sending     which laptop sends (a handover file written or taken back: the banner over the tabs)
    figures     reactions and followers fetched or typed in (the Results tab, a published post's figures)
    inbox       residents' messages or the answers to them (fetched, answered, closed, reopened, an owner given):
                the Inbox tab, its count in the tab's title and the tray
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class Changes:
    """Which kinds of records a change touched; all False is no change."""

    posts: bool = False
    deliveries: bool = False
    channels: bool = False
    templates: bool = False
    staff: bool = False
    absences: bool = False
    key_dates: bool = False
    settings: bool = False
    sending: bool = False
    figures: bool = False
    inbox: bool = False

    @classmethod
    def everything(cls) -> Changes:
        """The whole store may differ (preferences, a restored backup, a merged handover file)."""
        return cls(**{field.name: True for field in fields(cls)})

    def __or__(self, other: Changes) -> Changes:
        return replace(self, **{field.name: True for field in fields(self) if getattr(other, field.name)})

    def __bool__(self) -> bool:
        return any(getattr(self, field.name) for field in fields(self))
