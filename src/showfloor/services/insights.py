"""Group what visitors said into recurring points, so the debrief shows patterns.

Three mentors who say "too expensive", "costs too much" and "viel zu teuer" made one
point, said three times. Each answer becomes its terms (services/phrase_terms.py:
stemmed content words in its language, typos read as the word meant, and the named
points of the lexicon); two answers make the same point when the terms they share
weigh most of what either says (weighted Jaccard, rare terms weighing more than
common ones). A point is compared with the first, most-said wording of each group,
never with the group's other members, so groups do not drift by chaining.

The booth lead sees why quotes were grouped: each group carries the terms its quotes
share with its first wording, and the words that said them ("too expensive: teuer,
costs"). Linear in the answers: a point is compared only with the groups that share
a term with it (an index), which keeps 10,000 answers within a second or two
(benchmarks/grouping.py).
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Generic, TypeVar

from showfloor.services.phrase_terms import CONCEPT, Term, Vocabulary, answer_terms, fold

T = TypeVar("T")

SIMILARITY = 0.45
CONCEPT_WEIGHT, WORD_WEIGHT, DETAIL_WEIGHT = 1.0, 0.4, 0.25
DETAILS = frozenset({CONCEPT + "when", CONCEPT + "venue"})

_SPLIT = re.compile(r"[\n;•]+|\s+-\s+")
_PLAIN = re.compile(r"[a-z0-9]+")


def normalise(text: str) -> str:
    """Lower-case letters and digits separated by single spaces (accents dropped)."""
    return " ".join(_PLAIN.findall(fold(text)))


def split_points(text: str) -> list[str]:
    """One answer field may hold several points, one per line or separated by ';'."""
    return list(_points(text))


@lru_cache(maxsize=65536)
def _points(text: str) -> tuple[str, ...]:
    parts = (p.strip().lstrip("-*• ").strip() for p in _SPLIT.split(text))
    return tuple(p for p in parts if p)


@dataclass(frozen=True)
class Said(Generic[T]):
    """One thing one person said: the text as typed and who said it (any value)."""

    text: str
    source: T
    who: Hashable


@dataclass(frozen=True)
class Reason:
    """A term the group's quotes share, and the words the quotes said it with."""

    name: str
    wordings: tuple[str, ...]

    def __str__(self) -> str:
        others = [w for w in self.wordings if w.casefold() != self.name.casefold()]
        return f"{self.name} ({', '.join(others)})" if others else self.name


@dataclass
class PhraseGroup(Generic[T]):
    """A recurring point: its most common wording, every quote behind it, and why."""

    label: str
    words: frozenset[str]  # the term keys of the group's first wording
    quotes: list[Said[T]] = field(default_factory=list)
    because: tuple[Reason, ...] = ()

    @property
    def count(self) -> int:
        """How many different people made this point."""
        return len({q.who for q in self.quotes})


@dataclass
class _Bucket(Generic[T]):
    """Every point with the same terms: said by these people, in these words."""

    keys: frozenset[str]
    terms: dict[str, set[str]]  # key -> the words it was said with
    quotes: list[Said[T]] = field(default_factory=list)
    people: set[Hashable] = field(default_factory=set)
    first: int = 0


def group_phrases(said: Iterable[Said[T]], threshold: float = SIMILARITY) -> list[PhraseGroup[T]]:
    """Group answers that make the same point; most-made points first.

    Each answer is split into its points first. A person who makes the same point
    twice (on two visits, or in two words) is quoted once and counted once.
    """
    split: dict[str, tuple[str, ...]] = {}  # each wording split once
    points = [
        (item, point)
        for item in said
        for point in (split.get(item.text) or split.setdefault(item.text, _points(item.text)))
    ]
    typo = Vocabulary(point for _item, point in points).typo_map()
    buckets = _buckets(points, typo)
    weight = _weights(buckets)
    ordered = sorted(buckets, key=lambda b: (-len(b.people), b.first))
    groups: list[PhraseGroup[T]] = []
    people: list[set[Hashable]] = []
    said_with: list[dict[str, set[str]]] = []  # per group: term key -> words used
    shared: list[set[str]] = []  # per group: the terms later wordings shared with the first
    index: dict[str, list[int]] = {}
    totals: list[float] = []  # per group: the weight of its first wording's terms
    for bucket in ordered:
        best, score = _best_group(bucket.keys, totals, index, weight)
        if best is not None and score >= threshold:
            group, seen = groups[best], people[best]
            group.quotes.extend(q for q in bucket.quotes if q.who not in seen)
            seen |= bucket.people
            for key in bucket.keys & group.words:
                said_with[best][key].update(bucket.terms[key])
                shared[best].add(key)
            continue
        groups.append(PhraseGroup("", bucket.keys, list(bucket.quotes)))
        totals.append(sum(weight[k] for k in bucket.keys))
        people.append(set(bucket.people))
        said_with.append({k: set(v) for k, v in bucket.terms.items()})
        shared.append(set(bucket.keys) if len(bucket.people) > 1 else set())
        for key in bucket.keys:
            index.setdefault(key, []).append(len(groups) - 1)
    for group, terms, keys in zip(groups, said_with, shared, strict=True):
        group.label = _label(group.quotes)
        group.because = _reasons(keys, terms, weight)
    return sorted(groups, key=lambda g: (-g.count, g.label.casefold()))


def _buckets(points: list[tuple[Said[T], str]], typo: dict[str, str]) -> list[_Bucket[T]]:
    by_keys: dict[frozenset[str], _Bucket[T]] = {}
    # A show repeats its answers word for word: each wording is read once, and finds
    # its bucket once (None: a wording with no terms).
    bucket_of: dict[str, _Bucket[T] | None] = {}
    for n, (item, point) in enumerate(points):
        if point in bucket_of:
            bucket = bucket_of[point]
        else:
            terms = answer_terms(point, typo)
            keys = frozenset(t.key for t in terms)
            bucket = None
            if keys:
                bucket = by_keys.get(keys)
                if bucket is None:
                    bucket = by_keys[keys] = _Bucket(keys, {}, first=n)
                for term in terms:  # the words of each wording, once
                    bucket.terms.setdefault(term.key, set()).add(_shown(term))
            bucket_of[point] = bucket
        if bucket is None:
            continue
        who = item.who
        if who not in bucket.people:
            bucket.people.add(who)
            # (an answer that is one point is quoted as it came: no copy of it)
            bucket.quotes.append(item if point == item.text else Said(point, item.source, who))
    return list(by_keys.values())


def _shown(term: Term) -> str:
    return term.shown.casefold() if term.shown.upper() != term.shown else term.shown


def _weights(buckets: list[_Bucket[T]]) -> dict[str, float]:
    """A named point weighs most, a detail (when) least, any other word in between:
    "trop cher pour une PME" is still the point "too expensive"."""
    keys = {key for bucket in buckets for key in bucket.keys}
    return {key: term_weight(key) for key in keys}


def term_weight(key: str) -> float:
    if key in DETAILS:
        return DETAIL_WEIGHT
    return CONCEPT_WEIGHT if key.startswith(CONCEPT) else WORD_WEIGHT


def _best_group(
    keys: frozenset[str],
    totals: list[float],
    index: dict[str, list[int]],
    weight: dict[str, float],
) -> tuple[int | None, float]:
    """The group whose first wording is most like ``keys``, and how alike (weighted
    Jaccard), found through the index: shared weight is summed per group over the
    groups listed under each term, so no group without a shared term is looked at."""
    shared: dict[int, float] = {}
    for key in keys:
        w = weight[key]
        for i in index.get(key, ()):
            shared[i] = shared.get(i, 0.0) + w
    own = sum(weight[k] for k in keys)
    best, score = None, 0.0
    for i, both in shared.items():
        s = both / (own + totals[i] - both)
        if s > score or (s == score and best is not None and i < best):
            best, score = i, s
    return best, score


def similarity(
    a: frozenset[str], b: frozenset[str], weight: dict[str, float] | None = None
) -> float:
    """Weighted Jaccard: the weight of the shared terms over the weight of all of them.

    (Also counting how much of the shorter answer the longer one repeats was tried:
    recall rose a little, precision fell to 0.8, as one-word answers joined anything.)
    """
    if not a or not b:
        return 0.0
    w = weight or {}
    both = sum(w.get(k, 1.0) for k in a & b)
    either = sum(w.get(k, 1.0) for k in a | b)
    return both / either


def _reasons(
    keys: set[str], terms: dict[str, set[str]], weight: dict[str, float]
) -> tuple[Reason, ...]:
    """The terms the quotes share with the first wording, weightiest first."""
    ranked = sorted(keys, key=lambda k: (-weight.get(k, 0.0), k))
    out = []
    for key in ranked:
        wordings = tuple(sorted(terms[key], key=str.casefold))
        name = Term(key, wordings[0]).name
        out.append(Reason(name, wordings))
    return tuple(out)


def _label(quotes: list[Said[T]]) -> str:
    """The wording most people used; the first one said breaks ties."""
    said: dict[str, int] = {}  # each wording as typed, counted (in the order first said)
    for q in quotes:
        said[q.text] = said.get(q.text, 0) + 1
    counts: dict[str, int] = {}
    first: dict[str, str] = {}
    for text, n in said.items():
        key = normalise(text)
        counts[key] = counts.get(key, 0) + n
        first.setdefault(key, text)
    best = max(counts, key=lambda k: counts[k])  # max keeps the first of equal counts
    text = first[best]
    return text[:1].upper() + text[1:]
