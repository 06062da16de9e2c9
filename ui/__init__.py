"""The Qt layer of Omroeper: one tab, widget or dialog per file, named after its class.

Importing it loads PySide6 and spares every later import the reading of its source file (see skip_feature_scan)."""

import sys

import PySide6.QtCore  # noqa: F401  (PySide6 puts its hook on Python's import statement as it loads)


def skip_feature_scan() -> bool:
    """Stops PySide6 reading the whole source file of each module imported after it.

    PySide6 lets a module opt in to Pythonic names with `from __feature__ import snake_case, true_property`. To
    that end it hooks every import statement and, the first time a module is named in one, reads that module's
    source to see whether it mentions PySide6: a module that does may switch features, others are ignored. Omroeper
    switches no feature (a test holds it so), yet the reading cost a start some 4 ms before the first paint (40
    files: typing, logging, datetime, our own modules), and every window opened later paid again for its modules.

    Each module is now entered as PySide6 enters one that mentions it, with no feature (mode 0), without the file
    being read. Mode 0 is also what PySide6 gives a module it has no entry for while no feature is on, so the
    names every module sees are Qt's own, as before. On a PySide6 without this hook nothing changes. Returns
    whether the hook was found."""
    feature = sys.modules.get("__feature__")
    modes = getattr(feature, "pyside_feature_dict", None)
    if feature is None or not isinstance(modes, dict) or not callable(getattr(feature, "feature_imported", None)):
        return False

    def imported(module: object) -> None:
        name = getattr(module, "__name__", None)
        if isinstance(name, str):
            modes.setdefault(name, 0)

    feature.feature_imported = imported
    return True


skip_feature_scan()
