"""The mouse wheel scrolls the form, never a field the pointer happens to pass: a drop-down, a date, a time or a
number takes the wheel only while it has the keyboard focus (the officer clicked or tabbed into it).

Without this, three notches of the wheel over the composer's closed status list turned an idea into "scheduled"
while the officer was only scrolling down, and autosave kept it. One application-wide event filter does it for
every window (the composer, Preferences, every dialog), rather than a subclass per field:
- a wheel event for such a field without the focus goes to the nearest scroll area around it, which scrolls;
- such a field no longer takes the focus from the wheel (Qt's WheelFocus gives it the focus, and so the wheel,
  before any filter could ask), only from a click or Tab.

The filter is a Python call for every event of the application; main.py installs it once the window has painted.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

_GUARDED = (QAbstractSpinBox, QComboBox)  # QDateEdit and QTimeEdit are spin boxes too


class WheelGuard(QObject):
    """Installed once on the application (see `install_wheel_guard`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            if isinstance(watched, _GUARDED) and not watched.hasFocus():
                assert isinstance(event, QWheelEvent)
                _scroll_around(watched, event)
                return True
        elif kind == QEvent.Type.Polish and isinstance(watched, _GUARDED):
            _no_wheel_focus(watched)
        return False


def _no_wheel_focus(field: QWidget) -> None:
    """A click or Tab still gives the field the focus; the wheel no longer does."""
    from PySide6.QtCore import Qt

    if field.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


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
    """Installs the guard on the application and treats the fields that exist already (those made before it);
    every later field is treated as Qt polishes it. Keep the returned object alive as long as the application."""
    guard = WheelGuard(app)
    for widget in app.allWidgets():
        if isinstance(widget, _GUARDED):
            _no_wheel_focus(widget)
    app.installEventFilter(guard)
    return guard
