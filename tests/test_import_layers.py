"""Imports flow one way, ui -> services -> models, and no two files need each other. This test reads every import
of main.py, ui/, services/ and models/ (those inside functions and under TYPE_CHECKING too: each is a file that
needs another) to keep it so."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("models", "services", "ui")

# What each layer may not import (module prefixes).
FORBIDDEN = {
    "models": ("PySide6", "shiboken6", "services", "ui", "main", "requests", "keyring", "sqlite_utils", "sqlite3"),
    "services": ("ui", "main", "PySide6.QtWidgets", "PySide6.QtGui"),
    "ui": ("main",),
}


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, name: str = "") -> list[str]:
    """Every name the file imports, absolute: `from . import x` in package a.b reads as a.b and a.b.x."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".") if package else []
                parts = parts[:len(parts) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            names.append(base)
            names.extend(f"{base}.{alias.name}" for alias in node.names)
    return names


def project_files(root: Path) -> dict[str, Path]:
    files = {"main": root / "main.py"} if (root / "main.py").is_file() else {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            files[module_name(path, root)] = path
    return files


def import_edges(root: Path) -> dict[str, set[str]]:
    """For each project module, the project modules it imports, with the packages that importing them runs."""
    files = project_files(root)
    edges: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        for imported in imported_modules(path, name):
            while imported and imported not in files:  # `from a.b import function`: the module a.b
                imported = imported.rpartition(".")[0]
            while imported:
                if imported != name and not name.startswith(imported + "."):
                    edges[name].add(imported)
                imported = imported.rpartition(".")[0]
    return edges


def import_circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or through others (Tarjan's strongly connected
    components), each sorted; a module importing itself counts."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for other in sorted(edges[module]):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in on_stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1 or module in edges[module]:
                circles.append(sorted(group))

    for module in sorted(edges):
        if module not in index:
            visit(module)
    return sorted(circles)


def test_no_two_files_import_each_other() -> None:
    edges = import_edges(ROOT)
    circles = [" <-> ".join(f"{module} (imports {', '.join(sorted(edges[module] & set(group)))})"
                            for module in group) for group in import_circles(edges)]
    assert circles == []


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_downwards(layer: str) -> None:
    files = sorted((ROOT / layer).rglob("*.py"))
    assert files, f"{layer}/ has no Python files"
    offences = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in files
        for name in imported_modules(path, module_name(path, ROOT))
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert offences == []


def test_the_check_catches_a_wrong_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from ui.main_window import MainWindow\nimport PySide6.QtWidgets\n")
    assert imported_modules(sample) == ["ui.main_window", "ui.main_window.MainWindow", "PySide6.QtWidgets"]


def test_the_check_finds_a_circle_hidden_in_a_function(tmp_path: Path) -> None:
    (tmp_path / "services" / "networks").mkdir(parents=True)
    (tmp_path / "models").mkdir()
    (tmp_path / "ui").mkdir()
    (tmp_path / "services" / "__init__.py").write_text("")
    (tmp_path / "services" / "networks" / "__init__.py").write_text("")
    (tmp_path / "services" / "channels.py").write_text(
        "def check():\n    from services.networks.registry import client_for\n")
    (tmp_path / "services" / "networks" / "registry.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..channels import Channel\n")
    (tmp_path / "services" / "outbox.py").write_text("from services.networks import registry\n")
    assert import_circles(import_edges(tmp_path)) == [["services.channels", "services.networks.registry"]]
