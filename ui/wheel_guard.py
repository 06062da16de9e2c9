"""The mouse wheel scrolls the form, never a field the pointer happens to pass: a drop-down, a date, a time or a
number takes the wheel only while it has the keyboard focus (the officer clicked or tabbed into it).

Without this, three notches of the wheel over the composer's closed status list turned an idea into "scheduled"
while the officer was only scrolling down, and autosave kept it. One guard does it for every window (the main
window, the composer, Preferences, every dialog), rather than a subclass per field.

How: the windowing system hands a wheel turn to a window, which passes it to the widget under the pointer. The
guard watches the windows, not every object of the application: a wheel over such a field without the focus goes
to the nearest scroll area around it, which scrolls, and the field never sees it (so Qt's WheelFocus policy, which
would hand the field the focus and with it the wheel, never comes into play). A window is watched from the first
time any window of the application gets the focus (a window or dialog is shown active); installing the filter on a
window that has it already changes nothing. A window that appears without ever being activated, while no other
window's focus changes (a dialog opened while Omroeper is in the background, on a system that does not activate
it), is guarded from its first activation or the next focus change on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QWheelEvent, QWindow
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

_GUARDED = (QAbstractSpinBox, QComboBox)  # QDateEdit and QTimeEdit are spin boxes too


class WheelGuard(QObject):
    """Made once for the application (see `install_wheel_guard`); watches its windows' wheel events."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusWindowChanged.connect(self.watch_windows)
        self.watch_windows()

    def watch_windows(self, _focused: QWindow | None = None) -> None:
        """Watches every window the application has now (those already watched stay watched once)."""
        for window in QGuiApplication.topLevelWindows():
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWindow):
            return False
        if QApplication.activePopupWidget() is not None:  # an open list or calendar: Qt hands it the wheel
            return False
        assert isinstance(event, QWheelEvent)
        field = _field_under(watched, event)
        if field is None or _has_focus(field):
            return False
        _scroll_around(field, event)
        return True


def _field_under(window: QWindow, event: QWheelEvent) -> QWidget | None:
    """The drop-down, date, time or number field under the pointer in this window, if any (the pointer may be on
    a part of it, such as a spin box's text)."""
    top = next((widget for widget in QApplication.topLevelWidgets() if widget.windowHandle() is window), None)
    if top is None:
        return None
    widget = top.childAt(event.position().toPoint())
    while widget is not None and not isinstance(widget, _GUARDED):
        widget = None if widget.isWindow() else widget.parentWidget()
    return widget


def _has_focus(field: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return field.hasFocus() or (focused is not None and field.isAncestorOf(focused))


def _scroll_around(field: QWidget, event: QWheelEvent) -> None:
    """Hands the wheel to the nearest scroll area holding the field (its viewport scrolls as if the pointer were
    over empty form); without one, the wheel does nothing."""
    holder = field.parentWidget()
    while holder is not None and not isinstance(holder, QAbstractScrollArea):
        holder = holder.parentWidget()
    event.accept()
    if holder is None:
        return
    viewport = holder.viewport()
    position = viewport.mapFromGlobal(event.globalPosition().toPoint())
    scroll = QWheelEvent(position.toPointF(), event.globalPosition(), event.pixelDelta(), event.angleDelta(),
                         event.buttons(), event.modifiers(), event.phase(), event.inverted(), event.source())
    QApplication.sendEvent(viewport, scroll)


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Guards the application's windows, those there are and those to come. Keep the returned object alive as long
    as the application (it is a child of it)."""
    return WheelGuard(app)
