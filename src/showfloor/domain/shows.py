"""When two events are the same show: laptops set up on their own each create "Expo
2026", and their leads belong together (issue 13).

Two events are the same show when their names agree once case, accents, spaces and
punctuation are ignored, and their dates agree: equal, overlapping, or missing on
either side. Names that only look alike ("Expo 2026" and "EXPO 2026 Berlin") are not
joined on their own; ``likeness`` ranks them so the booth lead can be asked.
"""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher

SUGGEST_FROM = 0.6  # likeness from which a local event is offered as the match


def show_key(name: str) -> str:
    """The name as shows compare it: letters and digits only, lower case, no accents."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed.casefold() if c.isalnum())


def dates_agree(
    starts_a: str | None, ends_a: str | None, starts_b: str | None, ends_b: str | None
) -> bool:
    """Equal, overlapping, or not known on one side (ISO dates compare as text)."""
    if not (starts_a or ends_a) or not (starts_b or ends_b):
        return True
    first_a, last_a = starts_a or ends_a, ends_a or starts_a
    first_b, last_b = starts_b or ends_b, ends_b or starts_b
    assert first_a and last_a and first_b and last_b
    return first_a <= last_b and first_b <= last_a


def same_show(
    name_a: str,
    starts_a: str | None,
    ends_a: str | None,
    name_b: str,
    starts_b: str | None,
    ends_b: str | None,
) -> bool:
    key = show_key(name_a)
    return bool(key) and key == show_key(name_b) and dates_agree(starts_a, ends_a, starts_b, ends_b)


def likeness(name_a: str, name_b: str) -> float:
    """0..1: how alike two event names are once compared as shows."""
    a, b = show_key(name_a), show_key(name_b)
    if not a or not b:
        return 0.0
    if a in b or b in a:  # "expo2026" in "expo2026berlin"
        return max(0.8, SequenceMatcher(None, a, b).ratio())
    return SequenceMatcher(None, a, b).ratio()
