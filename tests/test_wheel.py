"""The built wheel works anywhere: installed into a fresh environment and run from another folder, `omroeper`
speaks Dutch (its translations came with it) and a new store gets the starter reply templates and the shipped key
dates, all read from the installed package, never from this checkout."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ["resources/translations/omroeper_nl.qm", "resources/translations/omroeper_en.qm",
           "resources/templates/starter.json", "resources/key_dates/awareness_nl.json",
           "resources/key_dates/awareness_be.json", "services/networks/__init__.py", "main.py"]
NOT_COPIED = shutil.ignore_patterns(".git", ".venv", "build", "*.egg-info", "__pycache__", ".*_cache", "shots")

pytestmark = pytest.mark.slow

# Reads the new store through the installed package, the way the Replies tab fills it on a first start.
READ_THE_STORE = """
import json, sys
from pathlib import Path
import resources, services
from models.reply import ReplyTemplate
from services.key_dates import shipped_entries
from services.reply_templates import ensure_starters
from services.store import STORE_FILE_NAME, Store
store = Store.open(Path(sys.argv[1]) / STORE_FILE_NAME)
ensure_starters(store)
titles = [template.title for template in store.find(ReplyTemplate)]
store.close()
print(json.dumps({"code": [resources.__file__, services.__file__], "path": sys.path, "templates": titles,
                  "world_days": [len(shipped_entries("awareness_nl")), len(shipped_entries("awareness_be"))]}))
"""

# The same, and a Dutch message, with the code imported from the wheel file itself (a zip): a file found beside a
# source file's path would not be there, a resource read through importlib.resources is.
FROM_THE_ZIP = """
import json, sys
sys.path.insert(0, sys.argv[2])
from pathlib import Path
from PySide6.QtCore import QCoreApplication
import services
from services.errors import translate
from services.i18n import install_translators
from services.key_dates import shipped_entries
from services.reply_templates import starter_templates
app = QCoreApplication([])
translators = install_translators(app, "nl")
print(json.dumps({"code": services.__file__, "templates": len(starter_templates()),
                  "world_days": len(shipped_entries("awareness_nl")), "said": translate("Commands", "Channel")}))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from a copy of the checkout (a build writes build/ and *.egg-info beside the sources)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=NOT_COPIED)
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-cache-dir", "-q", str(source),
                            "-w", str(work / "dist")], capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr
    (found,) = (work / "dist").glob("omroeper-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh environment with only the wheel installed; the dependencies (PySide6, …) are borrowed from this
    test environment through a .pth file, written after the install so that pip never sees this checkout's own
    editable install. Returns the environment's scripts folder."""
    prefix = tmp_path_factory.mktemp("env") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(prefix)], check=True, timeout=120)
    scripts = prefix / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    done = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
                           "-q", str(wheel)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    site_packages = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                                   capture_output=True, text=True, check=True).stdout.strip()
    (Path(site_packages) / "borrowed_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    return scripts


def elsewhere(tmp_path: Path, language: str) -> dict[str, str]:
    """An environment that knows nothing of the checkout: no PYTHONPATH, a home of its own, the system language."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env.update(LANG=language, HOME=str(home), USERPROFILE=str(home), QT_QPA_PLATFORM="offscreen")
    return env


def test_the_wheel_carries_the_translations_templates_key_dates_and_both_entry_points(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(archive.read(name).decode() for name in names if name.endswith("entry_points.txt"))
    assert [name for name in SHIPPED if name not in names] == []
    assert "[console_scripts]\nomroeper = main:main" in entry_points
    assert "[gui_scripts]\nomroeper-window = main:main" in entry_points


def test_the_installed_command_speaks_dutch_from_another_folder(installed: Path, tmp_path: Path) -> None:
    somewhere = tmp_path / "somewhere"
    somewhere.mkdir()
    listed = subprocess.run([str(installed / "omroeper"), "--data-dir", str(tmp_path / "data"), "channels", "list"],
                            capture_output=True, text=True, cwd=somewhere, env=elsewhere(tmp_path, "nl_NL.UTF-8"),
                            stdin=subprocess.DEVNULL, timeout=120)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[0].startswith("Kanaal\tNetwerk")
    assert "Nog geen kanalen: voeg er een toe met “channels add NETWERK --name NAAM”." in listed.stdout
    assert (tmp_path / "data" / "omroeper.sqlite").exists()


def test_the_windowed_entry_point_is_installed(installed: Path, tmp_path: Path) -> None:
    shown = subprocess.run([str(installed / "omroeper-window"), "--version"], capture_output=True, text=True,
                           cwd=tmp_path, env=elsewhere(tmp_path, "en_GB.UTF-8"), timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("Omroeper ")


def test_a_new_store_gets_the_starter_templates_and_world_days_from_the_installed_package(
        installed: Path, tmp_path: Path) -> None:
    python = installed / ("python.exe" if os.name == "nt" else "python")
    read = subprocess.run([str(python), "-I", "-c", READ_THE_STORE, str(tmp_path / "data")], capture_output=True,
                          text=True, cwd=tmp_path, env=elsewhere(tmp_path, "nl_NL.UTF-8"), timeout=120)
    assert read.returncode == 0, read.stderr
    found = json.loads(read.stdout)
    prefix = installed.parent.resolve()
    assert all(Path(module).resolve().is_relative_to(prefix) for module in found["code"]), found["code"]
    assert not any(Path(entry).resolve() == ROOT for entry in found["path"] if entry)
    assert len(found["templates"]) >= 20
    assert found["world_days"][0] > 5 and found["world_days"][1] > 5


def test_the_resources_are_read_as_package_data_also_straight_from_the_zip(installed: Path, wheel: Path,
                                                                            tmp_path: Path) -> None:
    python = installed / ("python.exe" if os.name == "nt" else "python")
    read = subprocess.run([str(python), "-I", "-c", FROM_THE_ZIP, str(tmp_path), str(wheel)], capture_output=True,
                          text=True, cwd=tmp_path, env=elsewhere(tmp_path, "en_GB.UTF-8"), timeout=120)
    assert read.returncode == 0, read.stderr
    found = json.loads(read.stdout)
    assert found["code"].startswith(str(wheel))
    assert found["templates"] >= 20 and found["world_days"] > 5
    assert found["said"] == "Kanaal"
