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
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

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
    """``"de"`` from "de", "de_AT", "de-DE.UTF-8", "German"...; English for the rest."""
    if not name:
        return ENGLISH
    head = name.replace("-", "_").split(".")[0].split("_")[0].lower()
    if head in LANGUAGES:
        return head
    for code, own in LANGUAGES.items():
        if name.casefold() in (own.casefold(), _english_names.get(code, "")):
            return code
    return ENGLISH


_english_names = {"en": "english", "de": "german", "fr": "french", "es": "spanish"}


def system_language() -> str:
    """This computer's language, if Showfloor speaks it, else English."""
    try:
        name = locale.getlocale(locale.LC_MESSAGES)[0] or locale.getlocale()[0]
    except (ValueError, AttributeError):  # LC_MESSAGES is missing on Windows
        name = locale.getlocale()[0]
    return language_code(name)


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
        return chosen.replace("%n", str(n)) if n >= 0 else chosen


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
