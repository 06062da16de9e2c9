from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from services.store import Store
from ui.main_window import MainWindow


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, store: Store, tmp_path: Path, ui_settings: QSettings) -> Iterator:  # type: ignore[no-untyped-def]
    """Builds the main window on the test's store, offline unless told otherwise."""

    def build(online: bool = False) -> MainWindow:
        window = MainWindow(store, tmp_path, ui_settings, lambda _hosts: online)
        qtbot.addWidget(window)
        return window

    yield build


@pytest.fixture(scope="session", autouse=True)
def wheel_guard(qapp):  # type: ignore[no-untyped-def]
    """As in the app: a field takes the mouse wheel only while it has the focus (main.py installs it too)."""
    from ui.wheel_guard import install_wheel_guard

    guard = install_wheel_guard(qapp)
    yield guard
    guard.deleteLater()
