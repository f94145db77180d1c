"""The translations of the debrief, read from the same catalogs as the window's.

One catalog per language, ``resources/i18n/showfloor_<code>.ts``: Qt's translation
source (XML), which Qt Linguist edits, ``pyside6-lupdate`` fills from the code and
``pyside6-lrelease`` compiles to the ``.qm`` the window loads. The core may not
import Qt, so the debrief reads the ``.ts`` itself (the standard library's XML
parser): a translator edits one file per language, and the window and the debrief
never disagree. (Python's gettext would need a second catalog of the same strings,
and Babel a dependency, for nothing the ``.ts`` does not already hold.)
"""

from __future__ import annotations

import locale
import logging
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources

from sqlalchemy.orm import Session

from showfloor.domain.settings_registry import LANGUAGE
from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.services.settings_values import read_setting

log = logging.getLogger(__name__)

ENGLISH = "en"
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
}
"""The languages Showfloor speaks: code and the language's own name for itself."""


def catalog_dir() -> resources.abc.Traversable:
    return resources.files("showfloor") / "resources" / "i18n"


def language_code(name: str | None) -> str:
    """``"de"`` from "de", "de_AT", "de-DE.UTF-8", "German_Germany.1252", "Deutsch"...;
    English for anything Showfloor does not speak."""
    if not name:
        return ENGLISH
    head = name.replace("-", "_").split(".")[0].split("_")[0].split(":")[0].casefold()
    if head in LANGUAGES:
        return head
    for code, own in LANGUAGES.items():
        if head in (own.casefold(), _ENGLISH_NAMES[code]):
            return code
    return ENGLISH


_ENGLISH_NAMES = {"en": "english", "de": "german", "fr": "french", "es": "spanish"}


def system_language() -> str:
    """This computer's language, if Showfloor speaks it, else English.

    The environment first, in gettext's order (LANGUAGE, LC_ALL, LC_MESSAGES, LANG),
    then the locale Python was started with (Windows names it "German_Germany").
    """
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return language_code(value)
    try:
        return language_code(locale.getlocale()[0])
    except ValueError:  # an unknown locale name in the environment
        return ENGLISH


def debrief_language(session: Session) -> str:
    """This laptop's choice (the Language setting), else this computer's language."""
    chosen = str(read_setting(session, LANGUAGE))
    return language_code(chosen) if chosen else system_language()


def _plural_index(code: str, n: int) -> int:
    """Which numerus form: French counts 0 as singular, the others only 1."""
    if code == "fr":
        return 0 if n <= 1 else 1
    return 0 if n == 1 else 1


@dataclass
class Catalog:
    """One language's translations: (context, source) → text or plural forms."""

    code: str
    messages: dict[tuple[str, str], str | tuple[str, ...]] = field(default_factory=dict)

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """As ``QCoreApplication.translate``: the translation, else the source text."""
        del disambiguation
        found = self.messages.get((context, text))
        if isinstance(found, tuple):
            forms = [form for form in found if form]
            chosen = forms[min(_plural_index(self.code, n), len(forms) - 1)] if forms else text
        else:
            chosen = found or text
        if n < 0:
            return chosen
        with speaking(self.code):  # %Ln: the count with the language's digit grouping
            return chosen.replace("%Ln", number(n)).replace("%n", str(n))


@cache
def load_catalog(code: str) -> Catalog:
    """The catalog of ``code`` ("de"); an empty one (English) when it is missing."""
    code = language_code(code)
    catalog = Catalog(code)
    source = catalog_dir() / f"showfloor_{code}.ts"
    try:
        root = ET.fromstring(source.read_bytes())
    except (OSError, ET.ParseError) as exc:
        log.warning("no translations for %s: %s", code, exc)
        return catalog
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            forms = translation.findall("numerusform")
            if message.get("numerus") == "yes":
                catalog.messages[(name, text)] = tuple(f.text or "" for f in forms)
            elif translation.text:
                catalog.messages[(name, text)] = translation.text
    return catalog


# The language core texts are written in: the debrief's while it is built and
# rendered (``speaking``), else the process's (the window sets it to its own).
_speaking: ContextVar[Catalog | None] = ContextVar("showfloor_speaking", default=None)
_default = ENGLISH


def set_default_language(code: str) -> None:
    """The language of core texts outside ``speaking`` (the window's, once chosen)."""
    global _default
    _default = language_code(code)


def default_language() -> str:
    return _default


@contextmanager
def speaking(code: str | None) -> Iterator[Catalog]:
    """Core texts in ``code`` (None: the default language) within the block."""
    catalog = load_catalog(code or _default)
    token = _speaking.set(catalog)
    try:
        yield catalog
    finally:
        _speaking.reset(token)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the language being spoken (see ``speaking``), as Qt's translate."""
    catalog = _speaking.get() or load_catalog(_default)
    return catalog.translate(context, text, disambiguation, n)


_MONTHS = (
    QT_TRANSLATE_NOOP("Debrief", "Jan"),
    QT_TRANSLATE_NOOP("Debrief", "Feb"),
    QT_TRANSLATE_NOOP("Debrief", "Mar"),
    QT_TRANSLATE_NOOP("Debrief", "Apr"),
    QT_TRANSLATE_NOOP("Debrief", "May"),
    QT_TRANSLATE_NOOP("Debrief", "Jun"),
    QT_TRANSLATE_NOOP("Debrief", "Jul"),
    QT_TRANSLATE_NOOP("Debrief", "Aug"),
    QT_TRANSLATE_NOOP("Debrief", "Sep"),
    QT_TRANSLATE_NOOP("Debrief", "Oct"),
    QT_TRANSLATE_NOOP("Debrief", "Nov"),
    QT_TRANSLATE_NOOP("Debrief", "Dec"),
)
# Digit grouping of the languages spoken (Qt's QLocale does this in the window).
_THOUSANDS = {"en": ",", "de": ".", "fr": "\u202f", "es": "."}


def spoken_language() -> str:
    """The code of the language being spoken now (``speaking``, else the default)."""
    catalog = _speaking.get()
    return catalog.code if catalog is not None else _default


def number(value: int) -> str:
    """``value`` with the digit grouping of the language spoken ("1,234", "1.234")."""
    grouped = f"{value:,}"
    return grouped.replace(",", _THOUSANDS.get(spoken_language(), ","))


def day(value: date) -> str:
    """'22 Nov 2026' in the language spoken ("22. Nov. 2026", "22 nov. 2026")."""
    month = translate("Debrief", _MONTHS[value.month - 1])
    return translate("Debrief", "{day} {month} {year}").format(
        day=value.day, month=month, year=value.year
    )
