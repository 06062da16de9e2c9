"""The window fits the screen it opens on: at 150% a 1920 × 1080 laptop screen is 1280 × 720, less than the first
start's 1100 × 720 with its title bar (the composer's Close button was cut off); and a size saved on a larger screen
comes back cut to this one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from services.store import Store
from ui.main_window import MainWindow
from ui.window_actions import FRAME_ALLOWANCE

ROOT = Path(__file__).resolve().parents[2]

FIRST_START = """
import sys
sys.path.insert(0, {root!r})
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from pathlib import Path
from services.store import Store
from ui.main_window import MainWindow
folder = Path({folder!r})
store = Store.open(folder / "omroeper.sqlite")
window = MainWindow(store, folder, QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat),
                    lambda hosts: False)
window.show()
app.processEvents()
window.finish_startup()
window.calendar().new_post_on(__import__("datetime").date(2026, 3, 12))
app.processEvents()
close = window.calendar().composer.close_button
right = close.mapTo(window, close.rect().bottomRight())
print(right.x(), right.y())
room, shown = window.screen().availableGeometry(), window.geometry()
print(room.width(), room.height(), shown.left(), shown.top(), shown.width(), shown.height())
window.close()
store.close()
"""


def screen_config(tmp_path: Path, width: int, height: int) -> str:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={config}"


def test_the_first_start_at_150_percent_fits_a_full_hd_screen(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    script = FIRST_START.format(root=str(ROOT), folder=str(folder))
    environment = {**os.environ, "QT_QPA_PLATFORM": screen_config(tmp_path, 1920, 1080), "QT_SCALE_FACTOR": "1.5"}
    done = subprocess.run([sys.executable, "-c", script], env=environment, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    close_right, close_bottom, room_width, room_height, left, top, width, height = map(int, done.stdout.split()[-8:])
    assert (room_width, room_height) == (1280, 720)
    assert left >= 0 and left + width <= room_width
    assert top - FRAME_ALLOWANCE[1] >= -FRAME_ALLOWANCE[0] and top + height <= room_height  # title bar on screen
    assert width >= 1000  # as large as the screen allows, not small
    assert close_right < width and close_bottom < height, "the composer's Close button is on screen"


def test_a_size_saved_on_a_larger_screen_comes_back_cut_to_this_one(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    large = MainWindow(store, tmp_path, settings, lambda _hosts: False)
    qtbot.addWidget(large)
    large.show()
    large.resize(1500, 1200)  # larger than the offscreen test screen of 800 × 800
    large.close()
    again = MainWindow(store, tmp_path, settings, lambda _hosts: False)
    qtbot.addWidget(again)
    again.show()
    room, shown = again.screen().availableGeometry(), again.geometry()
    assert shown.width() <= room.width() - FRAME_ALLOWANCE[0]
    assert shown.height() <= room.height() - FRAME_ALLOWANCE[1]
    assert room.contains(shown)
