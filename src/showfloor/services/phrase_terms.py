"""The terms of an answer that the debrief groups on, each with the words it came from.

"Viel zu teuer für uns" and "costs too much" make one point: both come down to the
term *too expensive* (services/phrase_lexicon.py), the first from "teuer", the second
from "costs". Steps, all offline and explainable:

1. words: letters and digits, accents dropped, case folded ("IT" in capitals stays the
   IT department, a lower-case "it" is a pronoun);
2. the answer's language, guessed from its filler words (English when unsure), then
   its filler words dropped and every other word stemmed by that language's Snowball
   stemmer ("reviews" and "review" meet);
3. a typo is read as the word it is one edit away from, when that word is said more
   often (``Vocabulary``: "integraton" is "integration");
4. words and phrases of the lexicon become its named points.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

import snowballstemmer

from showfloor.services.phrase_lexicon import CONCEPTS, STEMMERS, STOP_WORDS

CONCEPT = "#"  # the key of a named point starts with it; a plain word's never does
MAX_PHRASE = 4
TYPO_MIN_LENGTH = 6  # shorter words are too often another real word one edit away
_WORD = re.compile(r"[^\W_]+")
_IT_FOLLOWERS = frozenset({"security", "department", "dept", "team", "review", "sign", "approval"})


@dataclass(frozen=True)
class Term:
    """One thing an answer mentions: ``key`` is compared, ``shown`` is what was typed."""

    key: str
    shown: str

    @property
    def is_concept(self) -> bool:
        return self.key.startswith(CONCEPT)

    @property
    def name(self) -> str:
        """What the debrief calls it: the point's name, or the word as typed."""
        return self.key[len(CONCEPT) :] if self.is_concept else self.shown


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Case folded, accents dropped: "Sécurité" -> "securite"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def _stops(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in STOP_WORDS[language].split())


@cache
def _stemmer(language: str) -> snowballstemmer.Stemmer:
    return snowballstemmer.stemmer(STEMMERS[language])


@lru_cache(maxsize=65536)
def stem(word: str, language: str = "en") -> str:
    """The Snowball stem of a folded word; digits and short words stay as they are."""
    if len(word) <= 3 or word.isdigit():
        return word
    return str(_stemmer(language).stemWord(word))


def words(text: str) -> list[tuple[str, str]]:
    """(as typed, folded) for each word of ``text``."""
    return list(_words(text))


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[tuple[str, str], ...]:
    """A show's answers repeat word for word: each text is split once."""
    return tuple((m.group(), fold(m.group())) for m in _WORD.finditer(text))


def guess_language(folded: Iterable[str]) -> str:
    """The language whose filler and lexicon words the answer uses most; English when
    nothing tells (a short "Badge-Scan langsam" still reads as German by its words)."""
    hits: Counter[str] = Counter()
    for word in folded:
        for lang in STEMMERS:
            if word in _stops(lang) or word in _lexicon_words(lang):
                hits[lang] += 1
    best = max(STEMMERS, key=lambda lang: (hits[lang], lang == "en"))
    return best if hits[best] else "en"


def content_stems(
    found: list[tuple[str, str]],
    language: str,
    typo: dict[str, str] | None = None,
    *,
    keep_it: bool = False,
) -> list[tuple[str, str]]:
    """(as typed, stem) of each word that carries the point, in order."""
    stops = _stops(language) | _stops("en")  # English words turn up in every language
    out: list[tuple[str, str]] = []
    for i, (typed, folded) in enumerate(found):
        if folded == "it":
            following = found[i + 1][1] if i + 1 < len(found) else ""
            if keep_it or typed == "IT" or following in _IT_FOLLOWERS:
                out.append((typed, "it"))  # the IT department, not a pronoun
            continue
        if folded in stops:
            continue
        if typo is not None:
            folded = typo.get(folded, folded)
        out.append((typed, stem(folded, language)))
    return out


@dataclass(frozen=True)
class _Lexicon:
    stems: dict[tuple[str, tuple[str, ...]], str]  # (language, a phrase's content stems)
    surface: dict[tuple[str, ...], str]  # a phrase of 2+ words as written, filler included
    words: dict[str, str]  # a single lexicon word as written, whatever the language


@cache
def lexicon() -> _Lexicon:
    """The lexicon as look-up tables, to the key of each point (first listed wins)."""
    stems: dict[tuple[str, tuple[str, ...]], str] = {}
    surface: dict[tuple[str, ...], str] = {}
    single: dict[str, str] = {}
    for name, by_language in CONCEPTS.items():
        key = CONCEPT + name
        for language, phrases in by_language.items():
            for phrase in phrases:
                found = words(phrase)
                folded = tuple(f for _t, f in found)
                if len(folded) > 1:
                    surface.setdefault(folded, key)
                elif folded and folded[0] not in _all_stops():
                    single.setdefault(folded[0], key)
                stemmed = lexicon_key(found, language)
                if stemmed:
                    stems.setdefault((language, stemmed), key)
    return _Lexicon(stems, surface, single)


def lexicon_key(found: list[tuple[str, str]], language: str) -> tuple[str, ...]:
    """A lexicon phrase as the stems an answer would give; () for a phrase of several
    words that keeps one (its filler carried the meaning: matched as written only)."""
    stemmed = tuple(s for _t, s in content_stems(found, language, keep_it=True))
    return stemmed if len(stemmed) > 1 or len(found) == 1 else ()


def lexicon_conflicts() -> list[str]:
    """Phrases that two named points claim (the first listed would win): none, by test."""
    claimed: dict[tuple[str, tuple[str, ...]], str] = {}
    out = []
    for name, by_language in CONCEPTS.items():
        for language, phrases in by_language.items():
            for phrase in phrases:
                found = words(phrase)
                stemmed, written = lexicon_key(found, language), tuple(f for _t, f in found)
                for key in ((language, stemmed), ("", written)):
                    owner = claimed.setdefault(key, name) if key[1] else name
                    if owner != name:
                        out.append(f"{phrase!r} ({language}): {owner} and {name}")
    return out


def answer_terms(text: str, typo: dict[str, str] | None = None) -> tuple[Term, ...]:
    """The terms of one point: the lexicon's named points (longest phrase first), and
    the other words that carry it."""
    found = words(text)
    table = lexicon()
    terms: list[Term] = []
    rest: list[tuple[str, str]] = []
    i = 0
    while i < len(found):  # phrases as written, filler words and all ("costs too much")
        for size in range(min(MAX_PHRASE, len(found) - i), 1, -1):
            concept = table.surface.get(tuple(f for _t, f in found[i : i + size]))
            if concept is not None:
                terms.append(Term(concept, " ".join(t for t, _f in found[i : i + size])))
                i += size
                break
        else:
            rest.append(found[i])
            i += 1
    language = guess_language(f for _t, f in found)
    stems = content_stems(rest, language, typo)
    # Stems are compared within a language (French "temps" and English "temp" stem
    # alike); English words turn up in every language, so English is tried too.
    languages = (language,) if language == "en" else (language, "en")
    i = 0
    while i < len(stems):
        for size in range(min(MAX_PHRASE, len(stems) - i), 0, -1):
            key = tuple(s for _t, s in stems[i : i + size])
            concept = next(
                (c for lang in languages if (c := table.stems.get((lang, key)))), None
            )
            if concept is not None:
                terms.append(Term(concept, " ".join(t for t, _s in stems[i : i + size])))
                i += size
                break
        else:
            typed, stemmed = stems[i]
            concept = table.words.get(fold(typed))  # a lexicon word of another language
            terms.append(Term(concept, typed) if concept else Term(stemmed, typed))
            i += 1
    return tuple(terms)


class Vocabulary:
    """Every word of a set of answers, to read typos as the word meant.

    Two words one edit apart (a letter dropped, added, changed or two swapped) share
    a "deletion key" (the word with one letter taken out, or whole); a word is read as
    the most said word it shares a key with, when that one is said more often than it,
    or is a lexicon word. Linear in the number of words (no pairwise comparison).
    """

    def __init__(self, texts: Iterable[str]) -> None:
        # A show repeats its answers word for word: each wording is split once.
        self.counts: Counter[str] = Counter()
        for text, n in Counter(texts).items():
            for _t, folded in _words(text):
                self.counts[folded] += n

    def typo_map(self) -> dict[str, str]:
        known = _lexicon_words()
        by_key: dict[str, list[str]] = {}
        for word in [*self.counts, *sorted(known - set(self.counts))]:
            if len(word) >= TYPO_MIN_LENGTH and not word.isdigit():
                for key in _deletions(word):
                    by_key.setdefault(key, []).append(word)
        out: dict[str, str] = {}
        stops = _all_stops()
        for word, n in self.counts.items():
            if len(word) < TYPO_MIN_LENGTH or word in known or word in stops or word.isdigit():
                continue
            if stem(word) != word:
                continue  # an inflected word ("prices") is a real word, not a typo
            rivals = {
                w
                for key in _deletions(word)
                for w in by_key.get(key, ())
                if w != word and w[0] == word[0] and w not in stops  # typos keep the first letter
            }
            better = [w for w in rivals if w in known or self.counts.get(w, 0) >= 3 * n]
            if better:
                out[word] = max(better, key=lambda w: (w in known, self.counts.get(w, 0), w))
        return out


@cache
def _lexicon_words(language: str | None = None) -> frozenset[str]:
    """The lexicon's words (of one language, or all), filler words left out."""
    return frozenset(
        folded
        for by_language in CONCEPTS.values()
        for lang, phrases in by_language.items()
        if language is None or lang == language
        for phrase in phrases
        for _typed, folded in words(phrase)
        if folded not in _all_stops()
    )


@cache
def _all_stops() -> frozenset[str]:
    return frozenset().union(*(_stops(lang) for lang in STEMMERS))


def _deletions(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}
