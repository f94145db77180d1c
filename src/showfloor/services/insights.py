"""Group what visitors said into recurring points, so the debrief shows patterns.

Three mentors who say "budget is frozen until spring", "Budget frozen till spring!"
and "the budgets are frozen" made one point, said three times. Answers are compared
by their content words: lower-cased, accents and punctuation dropped, filler words
removed, and each word stemmed lightly (plurals, -ing, -ed), so that word order,
capitals and grammar do not split a point. Two answers belong together when their
word sets overlap strongly (Jaccard similarity), measured against the first,
most-said wording of a group so that groups do not drift by chaining.

Deliberately small and predictable: no language model, no dictionary, English
stop words only; a booth lead must be able to see why two quotes were grouped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")

SIMILARITY = 0.6

_STOP_TEXT = """a about after again all also am an and any are as at be been before being but by
    can could did do does doing don down during each few for from further get gets got had
    has have having he her here him his how i if in into is its just me more most my no
    nor not now of off on once only or other our ours out over own same she should so
    some such than that the their them then there these they this those through till to
    too under until up very was we were what when where which while who whom why will
    with would you your yours really quite lot lots much many"""
# Negations carry meaning ("no references" is not "references"); keep them as words.
STOP_WORDS = frozenset(_STOP_TEXT.split()) - {"no", "not", "nor"}

_WORD = re.compile(r"[a-z0-9]+")
_SPLIT = re.compile(r"[\n;•]+|\s+-\s+")


def normalise(text: str) -> str:
    """Lower case ASCII letters and digits separated by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(ascii_text))


def stem(word: str) -> str:
    """A light suffix stripper: enough to meet plural and tense, never a lemmatiser."""
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 4 and word.endswith("sses"):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
    elif len(word) > 4 and word.endswith(("ed", "ly")):
        word = word[:-2]
    return word


def content_words(text: str) -> frozenset[str]:
    """The stemmed words that carry the point of an answer."""
    words = normalise(text).split()
    kept = frozenset(stem(w) for w in words if w not in STOP_WORDS)
    return kept or frozenset(stem(w) for w in words)


def split_points(text: str) -> list[str]:
    """One answer field may hold several points, one per line or separated by ';'."""
    parts = (p.strip().lstrip("-*• ").strip() for p in _SPLIT.split(text))
    return [p for p in parts if p]


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


@dataclass(frozen=True)
class Said(Generic[T]):
    """One thing one person said: the text as typed and who said it (any value)."""

    text: str
    source: T
    who: Hashable


@dataclass
class PhraseGroup(Generic[T]):
    """A recurring point: its most common wording, and every quote behind it."""

    label: str
    words: frozenset[str]
    quotes: list[Said[T]] = field(default_factory=list)

    @property
    def count(self) -> int:
        """How many different people made this point."""
        return len({q.who for q in self.quotes})


def group_phrases(said: Iterable[Said[T]], threshold: float = SIMILARITY) -> list[PhraseGroup[T]]:
    """Group near-identical answers; most-made points first.

    Each answer is split into its points first. A person who makes the same point
    twice (on two visits) is quoted once and counted once.
    """
    # Each bucket keeps the set of who is in it: one look-up per answer, not a scan
    # of the bucket (that scan was 92 % of a 100k-lead debrief, issue 20).
    buckets: dict[frozenset[str], tuple[list[Said[T]], set[Hashable]]] = {}
    for item in said:
        for point in split_points(item.text):
            words = content_words(point)
            if not words:
                continue
            quotes, people = buckets.setdefault(words, ([], set()))
            if item.who not in people:
                people.add(item.who)
                quotes.append(Said(point, item.source, item.who))
    ordered = sorted(buckets.items(), key=lambda kv: -len(kv[1][1]))
    groups: list[PhraseGroup[T]] = []
    members: list[set[Hashable]] = []
    for words, (quotes, people) in ordered:
        best = max(
            range(len(groups)), key=lambda i: similarity(groups[i].words, words), default=None
        )
        if best is not None and similarity(groups[best].words, words) >= threshold:
            group, seen = groups[best], members[best]
            group.quotes.extend(q for q in quotes if q.who not in seen)
            seen |= people
        else:
            groups.append(PhraseGroup(_label(quotes), words, list(quotes)))
            members.append(set(people))
    for group in groups:
        group.label = _label(group.quotes)
    return sorted(groups, key=lambda g: (-g.count, g.label.casefold()))


def _label(quotes: list[Said[T]]) -> str:
    """The wording most people used; the first one said breaks ties."""
    counts: dict[str, int] = {}
    first: dict[str, str] = {}
    for q in quotes:
        key = normalise(q.text)
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, q.text)
    best = max(counts, key=lambda k: counts[k])  # max keeps the first of equal counts
    text = first[best]
    return text[:1].upper() + text[1:]
