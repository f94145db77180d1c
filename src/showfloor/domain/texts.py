"""Marking words for translation where they are defined, without Qt.

Qt's translation tool (``pyside6-lupdate``) collects every string passed to a
function called ``QT_TRANSLATE_NOOP(context, text)`` into the catalogs
(``resources/i18n/showfloor_*.ts``). Words defined once at import time (column
headers, labels, the states of the camera) are marked with it here and translated
where they are shown: by ``QCoreApplication.translate`` in the window, by
``services.catalog`` in the debrief. The value stays English, so files for other
programs (CRM exports) and keys keep their English words.
"""

from __future__ import annotations

from typing import Protocol


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (Qt's name, lupdate finds it)
    """``text`` unchanged; marks it for the catalogs under ``context``."""
    del context
    return text


class Translate(Protocol):
    """Looks ``text`` up in a catalog, as ``QCoreApplication.translate`` does.

    ``n`` >= 0 picks the plural form and fills ``%n``. The window passes Qt's
    translator; the debrief passes ``services.catalog.Catalog.translate`` of its
    language. Qt's translation tool finds the strings passed to a parameter named
    ``translate`` (``translate("Debrief", "Follow-up list")``).
    """

    def __call__(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str: ...


def untranslated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """English as written in the code (``%n``/``%Ln`` filled, no plural forms)."""
    del context, disambiguation
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n)) if n >= 0 else text
