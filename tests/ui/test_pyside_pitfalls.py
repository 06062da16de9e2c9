"""PySide6 6.12 releases a reference to None it never took when an empty QVariant is read back (currentData(),
itemData(), QModelIndex.data()); enough calls abort the interpreter at exit. Our code must not go there."""

from __future__ import annotations

import gc
import re
import sys
from datetime import date
from pathlib import Path

from services.demo import fill_demo
from services.store import Store
from ui.calendar_tab import CalendarTab
from ui.choice_box import ChoiceBox

ROOT = Path(__file__).resolve().parents[2]
RISKY = re.compile(r"\.(currentData|itemData)\(|\bindex\.data\(")


def test_no_qt_code_reads_item_data_back_through_qvariant() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in [ROOT / "main.py", *sorted((ROOT / "ui").glob("*.py"))]
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if RISKY.search(line) and not line.lstrip().startswith(("#", '"'))
        and path.name != "choice_box.py"
    ]
    assert offenders == [], "use ChoiceBox (values kept in Python) instead"


def test_choice_box_keeps_values_in_python(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = ChoiceBox()
    qtbot.addWidget(box)
    box.add_choice("All", None)
    box.add_choice("Facebook", "fb-id")
    assert box.current_value() is None
    assert box.select_value("fb-id") and box.current_value() == "fb-id"
    assert not box.select_value("unknown") and box.current_value() == "fb-id"


def test_refreshing_the_calendar_leaves_none_alone(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    fill_demo(store, date(2026, 11, 18))
    tab = CalendarTab(store, today=date(2026, 11, 18))
    qtbot.addWidget(tab)
    tab.refresh_view()
    gc.collect()
    gc.disable()  # other garbage freed meanwhile would move the count too
    try:
        before = sys.getrefcount(None)
        for _ in range(100):
            tab.refresh_view()
        change = sys.getrefcount(None) - before
    finally:
        gc.enable()
    assert change >= -5  # with the fault, every void Qt call costs one: thousands here


def test_start_up_keeps_clear_of_pysides_costly_paths(tmp_path: Path) -> None:
    """Handing PySide6 a colour in most ways builds the Python enums of Qt's whole namespace (15 ms; see
    ui/ink_layer.py). The first frame, the month with the demo's posts, key dates, holidays, gaps and absences,
    does without them; they come with finish_startup, right after it. And once `ui` has loaded, PySide6 reads no
    more source files (see ui/__init__.py): only its own and `enum`'s, as it loads."""
    import json
    import os
    import subprocess

    script = f"""
import enum, json, linecache, os, sys
sys.path.insert(0, {str(ROOT)!r})
made = []
original = enum.EnumType._create_
def record(cls, name, *args, **kwargs):
    made.append(name)
    return original(cls, name, *args, **kwargs)
enum.EnumType._create_ = record
import main

def finish_startup(window):
    before = "GlobalColor" in made
    finish(window)
    read = [path for path in linecache.cache if "PySide6" not in path and "shiboken6" not in path
            and os.path.basename(path) != "enum.py"]
    print(json.dumps({{"before_first_frame": before, "after": "GlobalColor" in made, "sources_read": read}}),
          flush=True)

class PatchWhenLoaded:  # the window's module is patched once loaded, so that the import order stays main's own
    def find_spec(self, name, path=None, target=None):
        global finish
        window_module = sys.modules.get("ui.main_window")
        window_class = getattr(window_module, "MainWindow", None)
        if window_class is not None and not hasattr(window_class, "patched"):
            finish = window_class.finish_startup
            window_class.finish_startup = finish_startup
            window_class.patched = True
        return None

sys.meta_path.insert(0, PatchWhenLoaded())
sys.exit(main.main(["--data-dir", {str(tmp_path / "demo")!r}, "--demo"]))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OMROEPER_BENCH_FIRST_PAINT": "1"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
    reports = [json.loads(line) for line in result.stdout.splitlines() if "before_first_frame" in line]
    assert reports == [{"before_first_frame": False, "after": True, "sources_read": []}]
