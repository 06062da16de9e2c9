"""Which language the interface speaks, and loading its translations (ours and Qt's own)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

SUPPORTED_LANGUAGES = ("nl", "en")
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"


def choose_language(override: str = "", system_locale: QLocale | None = None) -> str:
    """The override when set, else the system's language when we speak it, else English."""
    if override in SUPPORTED_LANGUAGES:
        return override
    locale = system_locale or QLocale.system()
    for name in locale.uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in SUPPORTED_LANGUAGES:
            return code
    return "en"


def apply_locale(language: str) -> None:
    """Dates and numbers follow the interface language: the system's own variant when it speaks it
    (nl_BE stays Flemish), else the language's main country."""
    system = QLocale.system()
    wanted = QLocale(language)
    QLocale.setDefault(system if system.language() == wanted.language() else wanted)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Installs Omroeper's and Qt's translations for the language and sets the matching locale;
    the returned objects must stay alive."""
    apply_locale(language)
    installed: list[QTranslator] = []
    files = [(str(TRANSLATIONS_DIR), f"omroeper_{language}")]  # for English: only the plural forms
    if language != "en":
        from PySide6.QtCore import QLibraryInfo  # only for Qt's own translations

        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files += [(qt_dir, f"qtbase_{language}"), (qt_dir, f"qt_{language}")]
    for directory, name in files:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
