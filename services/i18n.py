"""Which language the interface speaks, loading its translations (ours and Qt's own), and how dates, times,
numbers and statuses are written in it.

Every date and time the officer reads goes through `date_text`, `moment_text` or `short_moment_text`: in the
municipality's time zone (never the laptop's), with the month named as the interface's language names it
("24 december 2026 om 10:00", "24 December 2026 at 10:00"), so that no reader has to guess whether 03-04 is
March or April.

Messages kept in the data file (why a post failed, `last_error`; why the posts were paused, `pause_reason`) are
stored as written, in the language of the process that wrote them: the window and the commands of one data
folder read the same language setting (ui.ini), so they agree. Where they do not (the language changed in
Preferences later, or a task scheduler that runs `publish-due` with another system language), an older message
stays in the language it was written in until the next run writes it again; a pause reason is the officer's own
words and is never translated. Storing a message key with its values instead would touch every network client's
messages for a case that heals itself at the next run.
"""

from __future__ import annotations

from datetime import date, datetime
from importlib.resources import as_file, files
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, QTranslator

from models.post import PostStatus
from services.errors import translate

SUPPORTED_LANGUAGES = ("nl", "en")


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


def load_our_catalogue(translator: QTranslator, language: str) -> bool:
    """Loads Omroeper's own translations for `language` (package data, wherever Omroeper is installed) into
    `translator`; False when there is none."""
    with as_file(files("resources") / "translations" / f"omroeper_{language}.qm") as ours:
        return translator.load(ours.stem, str(ours.parent))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Installs Omroeper's and Qt's translations for the language and sets the matching locale;
    the returned objects must stay alive.

    Qt's own catalogue is `qtbase_<language>` (the `qt_<language>` meta-catalogue names modules that PySide6's
    wheel does not ship, so it never loads). That Dutch catalogue lags behind Qt's code: see
    `qt_words_missing_in_dutch`."""
    apply_locale(language)
    installed: list[QTranslator] = []
    # Ours is package data (resources/translations), wherever Omroeper is installed; for English it holds only
    # the plural forms.
    with as_file(files("resources") / "translations" / f"omroeper_{language}.qm") as ours:
        files_to_load = [(str(ours.parent), ours.stem)]
        if language != "en":
            from PySide6.QtCore import QLibraryInfo  # only for Qt's own translations

            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            files_to_load += [(qt_dir, f"qtbase_{language}"), (qt_dir, f"qt_{language}")]
        for directory, name in files_to_load:
            translator = QTranslator(app)
            if translator.load(name, directory):
                app.installTranslator(translator)
                installed.append(translator)
    return installed


def qt_words_missing_in_dutch() -> list[str]:
    """Qt's own words that the Dutch qtbase catalogue of Qt 6.11 does not have, carried in Omroeper's catalogue
    under Qt's own context so that Qt finds them there.

    Qt's file dialog gained keyboard mnemonics ("&Look in:", "Files of &type:") after its Dutch catalogue was
    last translated; that catalogue still holds "Look in:" and "Files of type:", so Qt looked the new texts up,
    found nothing and showed them in English beside Dutch buttons. A translator answers only for the exact
    source text, so these are added, not patched. Never called by the app: the list is here for the translation
    tools (which read these calls) and for the test that checks a Dutch file dialog."""
    return [translate("QFileDialog", "&Look in:"), translate("QFileDialog", "Files of &type:")]


# ---- dates, times, numbers, statuses in the interface's language -------------------------------------------

def interface_language() -> str:
    """"nl" or "en": the language the interface's dates and numbers are in (set by apply_locale)."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_text(day: date, *, weekday: bool = False, year: bool = True) -> str:
    """"24 december 2026" (or "donderdag 24 december 2026" with `weekday`), as the interface's language writes a
    date in a sentence."""
    pattern = ("dddd " if weekday else "") + "d MMMM" + (" yyyy" if year else "")
    return QLocale().toString(_qdate(day), pattern)


def local_moment(moment: datetime, time_zone: str | None) -> datetime:
    """The instant on the municipality's clock (`time_zone`); None only where no municipality is known (no data
    file): then the laptop's."""
    return moment.astimezone(ZoneInfo(time_zone)) if time_zone else moment.astimezone()


def clock_text(moment: datetime, time_zone: str | None) -> str:
    """"09:30" on the municipality's clock (24 hours, as Omroeper shows every time)."""
    local = local_moment(moment, time_zone)
    return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")


def moment_text(moment: datetime, time_zone: str | None) -> str:
    """"24 december 2026 om 10:00": an instant in a sentence, on the municipality's clock."""
    local = local_moment(moment, time_zone)
    return translate("Dates", "{date} at {time}").format(date=date_text(local.date()),
                                                           time=clock_text(moment, time_zone))


def short_moment_text(moment: datetime, time_zone: str | None) -> str:
    """"24 dec. 2026 10:00": an instant in a list, on the municipality's clock."""
    local = local_moment(moment, time_zone)
    return QLocale().toString(_qdate(local.date()), "d MMM yyyy") + " " + clock_text(moment, time_zone)


def number_text(number: int) -> str:
    """"63.206" in Dutch, "63,206" in English."""
    return QLocale().toString(number)


def status_word(status: PostStatus) -> str:
    """A post's status as the interface names it (the calendar's own words)."""
    return {
        PostStatus.IDEA: translate("PostStyle", "Idea"),
        PostStatus.DRAFT: translate("PostStyle", "Draft"),
        PostStatus.READY: translate("PostStyle", "Ready"),
        PostStatus.SCHEDULED: translate("PostStyle", "Scheduled"),
        PostStatus.PUBLISHED: translate("PostStyle", "Published"),
        PostStatus.FAILED: translate("PostStyle", "Failed"),
    }[status]


def hours_text(hours: int) -> str:
    """"1 hour", "3 hours": a count with its word in the interface's language. (Qt's plural forms reach only
    self.tr(); services say one and many apart in two messages.)"""
    if hours == 1:
        return translate("Duration", "1 hour")
    return translate("Duration", "{count} hours").format(count=number_text(hours))
