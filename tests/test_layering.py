"""Imports flow one way: ui -> services -> models. This test reads every import to keep it so."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# What each layer may not import (module prefixes).
FORBIDDEN = {
    "models": ("PySide6", "shiboken6", "services", "ui", "main", "requests", "keyring", "sqlite_utils", "sqlite3"),
    "services": ("ui", "main", "PySide6.QtWidgets", "PySide6.QtGui"),
    "ui": ("main",),
}


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_downwards(layer: str) -> None:
    files = sorted((ROOT / layer).rglob("*.py"))
    assert files, f"{layer}/ has no Python files"
    offences = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in files
        for name in imported_modules(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert offences == []


def test_the_check_catches_a_wrong_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from ui.main_window import MainWindow\nimport PySide6.QtWidgets\n")
    assert imported_modules(sample) == ["ui.main_window", "ui.main_window.MainWindow", "PySide6.QtWidgets"]
