"""Splitting one name into first and last, and telling names from other short text.

Badges often carry only a display name (vCard FN, JSON "name"); the CRM wants first
and last. The split is a guess, so it is kept conservative: the last word is the
last name, with nobiliary particles ("van der Berg") and East Asian family-first
order handled, because those are common at international fairs and the naive split
gets them visibly wrong.
"""

from __future__ import annotations

import re
import unicodedata

from showfloor.badges.words import wordset

_HONORIFICS = wordset(
    "mr mrs ms miss mx dr prof professor sir dame herr frau m mme mlle sr sra srta dott ing"
)
_SUFFIXES = wordset("jr sr ii iii iv phd md mba msc bsc esq")
_PARTICLES = wordset(
    "van von de der den del della di da das do dos du la le ter ten zu bin ibn al el y"
)
# Han, Hiragana, Katakana, Hangul: family name first when written with a space.
_EAST_ASIAN = re.compile(r"^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+$")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_NAME_WORD = re.compile(r"^[^\W\d_]+(?:[-'’.][^\W\d_]*)*\.?$")


def _bare(word: str) -> str:
    return word.rstrip(".,").lower()


def split_full_name(full: str) -> tuple[str | None, str | None]:
    """(first, last) guessed from a display name: the one splitter of the program.

    "Mary Ann Smith" is ("Mary Ann", "Smith"); "Doe, Jane" is ("Jane", "Doe") unless
    what follows the comma is a suffix ("Jane Doe, PhD"). A lone word is taken as the
    first name, except after an honorific ("Mr Smith": a family name).
    """
    full = " ".join(full.split())
    if "," in full:
        last, _, first = full.partition(",")
        if first.strip() and last.strip() and _bare(first.strip()) not in _SUFFIXES:
            return first.strip(), last.strip()
        full = full.replace(",", " ")
    words = full.split()
    titled = False
    while len(words) > 1 and _bare(words[0]) in _HONORIFICS:
        words, titled = words[1:], True
    while len(words) > 1 and _bare(words[-1]) in _SUFFIXES:
        words = words[:-1]
    if not words:
        return None, None
    if len(words) == 1:
        return (None, words[0]) if titled else (words[0], None)
    if all(_EAST_ASIAN.match(w) for w in words):
        return " ".join(words[1:]), words[0]
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])


def is_east_asian(text: str) -> bool:
    """Written in Han, kana or Hangul, where the family name comes first."""
    return bool(_EAST_ASIAN.match(text.replace(" ", "")))


def join_name(first: str | None, last: str | None) -> str | None:
    """The display name; family name first for names written in East Asian scripts."""
    if first and last and _EAST_ASIAN.match(first) and _EAST_ASIAN.match(last):
        return f"{last} {first}"
    name = " ".join(p for p in (first, last) if p)
    return name or None


def is_all_caps(text: str) -> bool:
    """'DOE' or 'MÜLLER-LÜDENSCHEIDT': the organiser's way of marking the last name."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def is_all_lower(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.islower() for c in letters)


def proper_case(text: str) -> str:
    """'O'BRIEN' and 'o'brien' to "O'Brien"; text in mixed case is left as written.

    Registration forms pass on whatever attendees typed, and organisers shout the
    family name; the CRM wants neither.
    """
    if not (is_all_caps(text) or is_all_lower(text)) or _is_uncased_letter(text[:1]):
        return text
    titled = _LETTER_RUN.sub(lambda m: m.group(0).capitalize(), text.lower()).split()
    return " ".join(w.lower() if i and w.lower() in _PARTICLES else w for i, w in enumerate(titled))


def looks_like_name(text: str, *, max_words: int = 4, any_case: bool = False) -> bool:
    """Letters only, at most a few words, each capitalised (or a particle, or uncased script).

    Lower-case words reject prose ("thanks for visiting"), digits reject addresses.
    ``any_case`` accepts "jane doe" where the context already says it is a field.
    """
    if "," in text:  # "Last, First"
        last, _, first = text.partition(",")
        return (
            "," not in first
            and looks_like_name(last, max_words=3, any_case=any_case)
            and looks_like_name(first, max_words=3, any_case=any_case)
        )
    words = text.split()
    if not 1 <= len(words) <= max_words:
        return False
    for word in words:
        if not _NAME_WORD.match(word):
            return False
        first = word[0]
        if first.islower() and not any_case and word.lower() not in _PARTICLES:
            return False
        if not first.isupper() and not first.islower() and not _is_uncased_letter(first):
            return False
    return any(w.lower() not in _PARTICLES for w in words)


def _is_uncased_letter(char: str) -> bool:
    return unicodedata.category(char) == "Lo"
