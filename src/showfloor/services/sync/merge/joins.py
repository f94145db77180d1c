"""Which ids a merge has joined into one: a union-find whose root is the smallest id.

The smallest id survives so that every laptop, merging in any order, keeps the same
one: the joins of events and the joins of one person's leads both use this.
"""

from __future__ import annotations

from collections.abc import Iterator


class Joins:
    def __init__(self) -> None:
        self._parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        """The surviving id of ``x``'s group (``x`` itself while it is joined to none)."""
        parent = self._parent
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])  # halve the path as we go
            x = parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def joined(self) -> Iterator[str]:
        """Every id joined into another's group (not the survivors), in join order."""
        return iter(list(self._parent))
