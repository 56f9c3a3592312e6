"""The interface language: chosen at start (saved choice, else the system locale), switchable at run time.

Two Qt translators do the work: the application's own (``c102desk_<lang>.qm``, compiled from the ``.ts`` files
of ``translations/`` when the wheel or the bundle is built, and by ``./dev.sh`` in a checkout) and
Qt's (``qtbase_<lang>.qm``, shipped with PySide6) for the standard dialogs and buttons. Switching reinstalls
both; Qt then sends ``QEvent.LanguageChange`` to every widget, and each widget re-sets its texts in
``changeEvent`` (its ``retranslate()``). Texts of the domain (questions, explanations) are rendered with the
language code the assessment view is given; no global state is kept beyond Qt's own translators and default
locale. The layout direction follows the language, so a right-to-left language needs only its ``.ts`` file.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QSettings, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from c102desk.resources import translations_dir

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "en"
SETTINGS_KEY = "interface/language"
TRANSLATIONS_ENV = "C102DESK_TRANSLATIONS"
APP_CATALOGUE = "c102desk"
# Each language in its own name: a user who cannot read the current language still finds theirs.
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "fr": "Français", "es": "Español"}


def translations_dirs() -> list[Path]:
    """Where the compiled ``.qm`` files are looked for, first match wins: ``$C102DESK_TRANSLATIONS``, then the
    installation's (the package's when installed or frozen, the checkout's ``translations/`` otherwise:
    ``c102desk.resources.translations_dir``)."""
    found: list[Path] = []
    override = os.environ.get(TRANSLATIONS_ENV)
    if override:
        found.append(Path(override))
    installed = translations_dir()
    if installed is not None:
        found.append(installed)
    return found


def available_languages() -> list[str]:
    """English plus every language whose ``.qm`` is installed, in menu order (English, French, Spanish, others)."""
    codes = {DEFAULT_LANGUAGE}
    for folder in translations_dirs():
        for qm in folder.glob(f"{APP_CATALOGUE}_*.qm"):
            codes.add(qm.stem.removeprefix(f"{APP_CATALOGUE}_"))
    known = [code for code in LANGUAGE_NAMES if code in codes]
    return known + sorted(codes - set(known))


def language_name(code: str) -> str:
    """The language's own name ("Français"); Qt's native name for a language added later."""
    return LANGUAGE_NAMES.get(code) or QLocale(code).nativeLanguageName() or code


def normalise(code: str | None) -> str | None:
    """``"fr_CA"`` → ``"fr"``; ``None`` for an empty value."""
    if not code:
        return None
    return code.replace("-", "_").split("_")[0].lower() or None


def system_language(locale: QLocale | None = None, supported: list[str] | None = None) -> str:
    """The system locale's language when the interface speaks it (``fr*`` → ``fr``), else English."""
    system = locale if locale is not None else QLocale.system()
    wanted = normalise(system.name())
    languages = supported if supported is not None else available_languages()
    return wanted if wanted in languages else DEFAULT_LANGUAGE


def initial_language(settings: QSettings | None, system: QLocale | None = None) -> str:
    """The user's saved choice if it is still available, else the system's language."""
    supported = available_languages()
    if settings is not None:
        saved = normalise(str(settings.value(SETTINGS_KEY, "") or ""))
        if saved in supported:
            return saved
    return system_language(system, supported)


def save_language(settings: QSettings | None, code: str) -> None:
    if settings is not None:
        settings.setValue(SETTINGS_KEY, code)


def locale_for(code: str) -> QLocale:
    """The locale numbers and dates are written in: the system's own when it speaks the language (fr_CA, es_MX
    keep their conventions), else the language's main locale."""
    system = QLocale.system()
    if normalise(system.name()) == code:
        return system
    return QLocale(code)


def layout_direction(code: str) -> Qt.LayoutDirection:
    return (Qt.LayoutDirection.RightToLeft if QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.LayoutDirection.LeftToRight)


class Translators(QObject):
    """The application's and Qt's translators for the current language. Owned by the application object."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else QCoreApplication.instance())
        self.language = DEFAULT_LANGUAGE
        self._app = QTranslator(self)
        self._qt = QTranslator(self)
        self._installed: list[QTranslator] = []

    def switch(self, code: str) -> bool:
        """Use ``code`` from now on; False when its translation file is missing (the interface stays English).

        Every widget receives ``LanguageChange`` (also when no translator changed, so texts rendered from
        the domain in the language follow too).
        """
        app = QCoreApplication.instance()
        changed = bool(self._installed)
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)  # each one sends LanguageChange
        self._installed.clear()
        loaded = code == DEFAULT_LANGUAGE
        if code != DEFAULT_LANGUAGE:
            self._app = QTranslator(self)
            for folder in translations_dirs():
                if self._app.load(f"{APP_CATALOGUE}_{code}", str(folder)):
                    loaded = True
                    break
            if loaded:
                self._qt = QTranslator(self)
                qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
                if self._qt.load(QLocale(code), "qtbase", "_", qt_dir):
                    self._installed.append(self._qt)
                self._installed.append(self._app)
            else:
                log.warning("no translation of the interface into %r in %s", code, translations_dirs())
        effective = code if loaded else DEFAULT_LANGUAGE
        self.language = effective
        QLocale.setDefault(locale_for(effective))
        if isinstance(app, QGuiApplication):
            QGuiApplication.setLayoutDirection(layout_direction(effective))
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)  # each one sends LanguageChange
            changed = True
        if not changed and app is not None:
            QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
        return loaded
