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


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (Qt's name, lupdate finds it)
    """``text`` unchanged; marks it for the catalogs under ``context``."""
    del context
    return text
