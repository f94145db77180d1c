"""Word lists written as one string, so the parsers' long vocabularies stay readable."""

from __future__ import annotations


def wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())
