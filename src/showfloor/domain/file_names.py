"""File names made from what people typed: an event's name becomes a default file name.

Why sanitise: an event may be called "Expo 2026 / Hall 4", "../../x" or "CON"; used
as is, the first writes into another folder, the second climbs out of it, the third
cannot be created on Windows. A name made here is letters and digits joined by "-",
folded to ASCII so every file system, zip tool and mail client takes it.
"""

from __future__ import annotations

import re
import unicodedata

# Device names Windows refuses as a file name, with any extension.
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{d}{n}" for d in ("com", "lpt") for n in range(10)}
MAX_STEM = 60


def file_stem(text: str, fallback: str) -> str:
    """``text`` as the start of a file name, or ``fallback`` when nothing of it is left.

    >>> file_stem("Messe Köln / Hall 4", "event")
    'messe-koln-hall-4'
    >>> file_stem("../../x", "event")
    'x'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()[:MAX_STEM].strip("-")
    if not stem:
        return fallback
    return f"{stem}-{fallback}" if stem in _RESERVED else stem
