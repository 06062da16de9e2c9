"""Refreshes omroeper_*.ts from the source code and compiles the .qm files Omroeper loads.

Run after changing visible strings: `python resources/translations/update.py`. Then translate the entries
marked unfinished (Qt Linguist: `pyside6-linguist resources/translations/omroeper_nl.ts`) and run it again.
The test suite fails while a string has no Dutch translation or a .qm is older than its .ts.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("nl",)
# English is the source language; its file holds only the plural forms ("%n post(s)" -> "1 post", "2 posts").
PLURAL_ONLY = ("en",)


def tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def sources() -> list[str]:
    files = [ROOT / "main.py", *sorted((ROOT / "ui").rglob("*.py")), *sorted((ROOT / "services").rglob("*.py"))]
    return [str(path.relative_to(ROOT)) for path in files]


def main() -> int:
    for language in LANGUAGES + PLURAL_ONLY:
        ts = HERE / f"omroeper_{language}.ts"
        extra = ["-pluralonly"] if language in PLURAL_ONLY else []
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-ts", str(ts), "-no-obsolete", *extra], cwd=ROOT,
                       check=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
