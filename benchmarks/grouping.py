"""How well and how fast the debrief groups recurring points (issue 22).

Quality: the labelled answers in tests/fixtures/grouping/answers.tsv (the same point
in other words, other languages, with typos; points made once must stay alone), each
said by a different person. Over every pair of answers, precision is the share of the
pairs we put together that make one point, recall the share of same-point pairs we
put together. Goal: recall >= 0.8 at precision >= 0.9.

Peers, measured in the same run on the same answers:
- word sets: the grouping before issue 22 (content words, light stemming, Jaccard >= 0.6
  against a group's first wording);
- token-set: that, with a second fuzzy pass that joins two groups' first wordings when
  rapidfuzz's token_set_ratio of their content words is >= 80.

Speed: 10,000 answers (the labelled ones said again by other people, with filler,
capitals, punctuation and a typo now and then, plus answers nobody else gives) in one
call; goal under 5 s. Printed beside the word-set peer on the same answers.

Run: python benchmarks/grouping.py [--answers N]
It prints; it asserts nothing (tests/unit/services/test_grouping.py holds the bar).
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Hashable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapidfuzz import fuzz  # noqa: E402

from showfloor.services.insights import Said, group_phrases  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "grouping"
LABELLED = FIXTURES / "answers.tsv"
GOAL_PRECISION, GOAL_RECALL, GOAL_SECONDS = 0.9, 0.8, 5.0

Grouper = Callable[[list[Said[int]]], list[list[int]]]


def load_labelled(path: Path = LABELLED) -> list[tuple[str, str]]:
    """(label, answer) rows of the labelled set."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("group\t"):
            continue
        label, text = line.split("\t", 1)
        rows.append((label, text))
    return rows


def ours(said: list[Said[int]]) -> list[list[int]]:
    return [[q.source for q in g.quotes] for g in group_phrases(said)]


def pair_scores(rows: list[tuple[str, str]], grouper: Grouper) -> tuple[float, float]:
    """(precision, recall) over all pairs of answers."""
    said = [Said(text, i, i) for i, (_label, text) in enumerate(rows)]
    found = {frozenset(p) for g in grouper(said) for p in itertools.combinations(g, 2)}
    truth = {
        frozenset((i, j))
        for i, j in itertools.combinations(range(len(rows)), 2)
        if rows[i][0] == rows[j][0]
    }
    hits = len(found & truth)
    precision = hits / len(found) if found else 1.0
    recall = hits / len(truth) if truth else 1.0
    return precision, recall


# -- the peers: the grouping before this issue, and a fuzzy second pass on it --------

_OLD_STOP_TEXT = """a about after again all also am an and any are as at be been before being
    but by can could did do does doing don down during each few for from further get gets
    got had has have having he her here him his how i if in into is its just me more most
    my nor now of off on once only or other our ours out over own same she should so some
    such than that the their them then there these they this those through till to too
    under until up very was we were what when where which while who whom why will with
    would you your yours really quite lot lots much many"""
_OLD_STOP = frozenset(_OLD_STOP_TEXT.split())


def _old_words(text: str) -> frozenset[str]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    words = re.findall(r"[a-z0-9]+", plain)
    kept = frozenset(_old_stem(w) for w in words if w not in _OLD_STOP)
    return kept or frozenset(_old_stem(w) for w in words)


def _old_stem(word: str) -> str:
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


def word_sets(said: list[Said[int]], fuzzy: bool = False) -> list[list[int]]:
    buckets: dict[frozenset[str], tuple[list[int], set[Hashable]]] = {}
    for item in said:
        words = _old_words(item.text)
        members, people = buckets.setdefault(words, ([], set()))
        if item.who not in people:
            people.add(item.who)
            members.append(item.source)
    ordered = sorted(buckets.items(), key=lambda kv: -len(kv[1][1]))
    groups: list[tuple[frozenset[str], list[int]]] = []
    index: dict[str, list[int]] = {}
    for words, (members, _people) in ordered:
        candidates = {i for w in words for i in index.get(w, ())}
        best = max(candidates, key=lambda i: _jaccard(groups[i][0], words), default=None)
        if best is not None and _jaccard(groups[best][0], words) >= 0.6:
            groups[best][1].extend(members)
            continue
        groups.append((words, list(members)))
        for w in words:
            index.setdefault(w, []).append(len(groups) - 1)
    if fuzzy:
        groups = _fuzzy_pass(groups)
    return [members for _w, members in groups]


Groups = list[tuple[frozenset[str], list[int]]]


def _fuzzy_pass(groups: Groups) -> Groups:
    texts = [" ".join(sorted(w)) for w, _m in groups]
    parent = list(range(len(groups)))
    for i, j in itertools.combinations(range(len(groups)), 2):
        if fuzz.token_set_ratio(texts[i], texts[j]) >= 80 and parent[j] == j:
            parent[j] = parent[i]
    merged: dict[int, tuple[frozenset[str], list[int]]] = {}
    for i, (words, members) in enumerate(groups):
        root = parent[i]
        if root in merged:
            merged[root][1].extend(members)
        else:
            merged[root] = (words, list(members))
    return list(merged.values())


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


# -- speed -------------------------------------------------------------------------

FILLER = ("", "", "honestly, ", "well ", "I think ", "they said ", "!!", ".", " really")


def distinct_answers(n: int, seed: int = 23) -> list[Said[int]]:
    """The worst case: ``n`` answers no two alike (each labelled point with two words of
    its own), so nothing is grouped by identical wording."""
    rng = random.Random(seed)
    base = [text for _label, text in load_labelled()]
    place = ("plant", "fleet", "north", "lyon", "kiosk")
    return [
        Said(f"{rng.choice(base)} {rng.choice(place)}{i} {rng.choice(place)}{i + n}", i, i)
        for i in range(n)
    ]


def many_answers(n: int, seed: int = 22) -> list[Said[int]]:
    """``n`` answers as a big show gives them: the labelled points said again by other
    people in their own way, and answers nobody else gives."""
    rng = random.Random(seed)
    base = [text for _label, text in load_labelled()]
    out = []
    for i in range(n):
        if rng.random() < 0.3:
            words = [rng.choice(("ask", "demo", "plant", "fleet", "warehouse", "port",
                                 "screen", "timing", "color", "north", "lyon", "kiosk",
                                 "label", "tablet", "bundle", "print", "voucher")) +
                     str(rng.randint(1, 500)) for _ in range(rng.randint(2, 6))]
            text = " ".join(words)
        else:
            text = rng.choice(base)
            if rng.random() < 0.3:
                text = text.upper() if rng.random() < 0.2 else text.lower()
            if rng.random() < 0.2 and len(text) > 8:
                k = rng.randrange(1, len(text) - 1)
                text = text[:k] + text[k + 1 :]  # a letter missed
            text = rng.choice(FILLER[:6]) + text + rng.choice(FILLER[6:] + ("",))
        out.append(Said(text, i, i))
    return out


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=10_000)
    args = parser.parse_args()
    rows = load_labelled()
    labels = {label for label, _t in rows}
    print(f"labelled set: {len(rows)} answers, {len(labels)} points")
    print(f"{'grouping':<34}{'precision':>10}{'recall':>8}")
    results = {}
    for name, grouper in (
        ("ours (terms, lexicon, typos)", ours),
        ("peer: word sets (before)", word_sets),
        ("peer: word sets + token_set_ratio", lambda s: word_sets(s, fuzzy=True)),
    ):
        precision, recall = pair_scores(rows, grouper)
        results[name] = (precision, recall)
        print(f"{name:<34}{precision:>10.2f}{recall:>8.2f}")
    precision, recall = results["ours (terms, lexicon, typos)"]
    ok = precision >= GOAL_PRECISION and recall >= GOAL_RECALL
    print(f"goal: recall >= {GOAL_RECALL} at precision >= {GOAL_PRECISION}: "
          f"{'PASS' if ok else 'FAIL'}")

    for kind, said in (
        ("as a show says them", many_answers(args.answers)),
        ("no two alike", distinct_answers(args.answers)),
    ):
        peer = mine = float("inf")
        for _round in range(2):  # interleaved: the machine's noise falls on both
            peer = min(peer, timed(lambda s=said: word_sets(s)))
            mine = min(mine, timed(lambda s=said: group_phrases(s)))
        print(f"{args.answers:,} answers, {kind}: ours {mine:.2f} s, word-set peer "
              f"{peer:.2f} s ({mine / peer:.1f}x); goal under {GOAL_SECONDS:.0f} s: "
              f"{'PASS' if mine < GOAL_SECONDS else 'FAIL'}")


if __name__ == "__main__":
    main()
