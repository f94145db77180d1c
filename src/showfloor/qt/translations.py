"""The window's language: Qt translators for Showfloor's words and Qt's own buttons.

The language is the Settings choice (``domain.settings_registry.LANGUAGE``), or
this computer's when it says "System". It is chosen once, at start-up, before the
first widget is made: texts are set when widgets are built, so a change applies
at the next start (the Settings dialog says so).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from showfloor.domain.errors import ShowfloorError
from showfloor.domain.settings_registry import LANGUAGE
from showfloor.services.catalog import ENGLISH, catalog_dir, language_code, set_default_language
from showfloor.services.settings_values import read_setting
from showfloor.store.database import Database

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_language: str | None = None


def chosen_language(db: Database | None) -> str:
    """The Settings choice, else the system's language when Showfloor speaks it."""
    choice = ""
    if db is not None:
        try:
            with db.session() as session:
                choice = str(read_setting(session, LANGUAGE))
        except ShowfloorError:  # an unreadable setting must not stop the window
            log.warning("could not read the language setting", exc_info=True)
    if choice:
        return language_code(choice)
    return language_code(QLocale.system().name())


def current_language() -> str | None:
    """The language installed (None before ``install``)."""
    return _language


def install(language: str) -> str:
    """Make ``language`` the window's: Showfloor's catalog, Qt's, and the locale."""
    global _language
    app = QCoreApplication.instance()
    code = language_code(language)
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale.system() if language_code(QLocale.system().name()) == code else QLocale(code)
    if code == ENGLISH and locale.language() != QLocale.Language.English:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    ours = QTranslator()
    path = catalog_dir() / f"showfloor_{code}.qm"
    if ours.load(str(path)):
        _installed.append(ours)
    else:
        log.warning("no compiled translations at %s", path)
    qt_own = QTranslator()
    if code != ENGLISH and qt_own.load(
        f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        _installed.append(qt_own)  # OK, Cancel, Yes, No in the standard dialogs
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
    _language = code
    set_default_language(code)  # the dashboard's charts and the debrief from the window
    return code


def ensure_installed(db: Database | None) -> str:
    """Install the chosen language once (tests and tools that build a window directly)."""
    return _language if _language is not None else install(chosen_language(db))
