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
