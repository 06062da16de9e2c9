"""Every visible string has its Dutch translation, and the compiled .qm matches the .ts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
sys.path.insert(0, str(TRANSLATIONS))
import update  # noqa: E402

PLACEHOLDER = re.compile(r"\{\w+\}|%n")


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def translations_of(message: ET.Element) -> list[str]:
    element = message.find("translation")
    assert element is not None
    forms = [form.text or "" for form in element.findall("numerusform")]
    return forms or [element.text or ""]


@pytest.mark.parametrize("language", update.LANGUAGES + update.PLURAL_ONLY)
def test_every_message_is_translated_with_the_same_placeholders(language: str) -> None:
    problems = []
    for message in messages(TRANSLATIONS / f"omroeper_{language}.ts"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        texts = translations_of(message)
        if translation.get("type") == "unfinished" or not all(texts):
            problems.append(f"untranslated: {source!r}")
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ: {source!r} -> {text!r}")
    assert problems == []


@pytest.mark.slow
@pytest.mark.parametrize("language", update.LANGUAGES)
def test_the_ts_file_holds_every_string_of_the_code(language: str, tmp_path: Path) -> None:
    committed = TRANSLATIONS / f"omroeper_{language}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    subprocess.run([update.tool("pyside6-lupdate"), *update.sources(), "-ts", str(fresh), "-no-obsolete"],
                   cwd=ROOT, check=True, capture_output=True)
    in_code = {m.findtext("source") for m in messages(fresh)}
    in_file = {m.findtext("source") for m in messages(committed)}
    assert in_code - in_file == set(), "run resources/translations/update.py and translate the new strings"
    assert in_file - in_code == set(), "run resources/translations/update.py to drop strings no longer used"


@pytest.mark.parametrize("language", update.LANGUAGES + update.PLURAL_ONLY)
def test_the_qm_file_is_compiled_from_the_ts_file(language: str, tmp_path: Path) -> None:
    ts = TRANSLATIONS / f"omroeper_{language}.ts"
    compiled = tmp_path / "check.qm"
    subprocess.run([update.tool("pyside6-lrelease"), str(ts), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run resources/translations/update.py"


def visible_strings() -> tuple[set[tuple[str, str]], list[str]]:
    """(context, text) of every literal self.tr(...) and translate("Context", ...) in the code, and the calls that
    Qt's extractor would miss or file under the wrong context (a helper like _tr, or other.tr)."""
    import ast

    found: set[tuple[str, str]] = set()
    wrong: list[str] = []
    for relative in update.sources():
        path = ROOT / relative
        tree = ast.parse(path.read_text(encoding="utf-8"))

        def visit(node: ast.AST, klass: str, file: str = relative) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.ClassDef):
                    visit(child, child.name)
                    continue
                if isinstance(child, ast.Call):
                    func = child.func
                    strings = [a.value for a in child.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                    if isinstance(func, ast.Name) and func.id in ("tr", "_tr"):
                        wrong.append(f"{file}:{child.lineno} {func.id}() is not extracted; use translate()")
                    elif isinstance(func, ast.Attribute) and func.attr == "tr" and child.args:
                        if not (isinstance(func.value, ast.Name) and func.value.id == "self"):
                            wrong.append(f"{file}:{child.lineno} .tr() on another object gets the wrong context")
                        elif strings:
                            found.add((klass, strings[0]))
                    elif (isinstance(func, ast.Name) and func.id == "translate"
                          or isinstance(func, ast.Attribute) and func.attr == "translate") and len(strings) >= 2:
                        found.add((strings[0], strings[1]))
                visit(child, klass)

        visit(tree, "")
    return found, wrong


@pytest.mark.parametrize("language", update.LANGUAGES)
def test_every_literal_string_of_the_code_is_in_the_ts_under_its_runtime_context(language: str) -> None:
    found, wrong = visible_strings()
    assert wrong == []
    root = ET.parse(TRANSLATIONS / f"omroeper_{language}.ts").getroot()
    in_file = {(context.findtext("name") or "", message.findtext("source") or "")
               for context in root.iter("context") for message in context.iter("message")}
    assert sorted(found - in_file) == []
