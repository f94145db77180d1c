"""The shape of one platform's rule, and the header normalisation every rule compares by."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

EXTRA = "extra"  # keep the column in the row's extra data, never as a field

# Import templates mark columns "(optional)" or "(required)" (Whova's attendee
# template: "Company/Affiliation (optional)"); the mark is no part of the column's name.
_REQUIRED_MARK = re.compile(
    r"\(\s*(?:optional|required|mandatory|optionnel|obligatoire|facultatif|opcional"
    r"|obligatorio|optionale?|pflicht(?:feld)?)\s*\)",
    re.IGNORECASE,
)


def header_key(name: str) -> str:
    """A header reduced to what tells columns apart: letters and digits, case-folded.

    "Barcode #", "barcode", "BARCODE_" and "Bar-code" are the same column to a person,
    and so are "*Email" and "Email (required)".
    """
    decomposed = unicodedata.normalize("NFKD", _REQUIRED_MARK.sub("", name)).casefold()
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


@dataclass(frozen=True)
class ScanKeys:
    """Keys a scanned code stands for under one platform's rule.

    ``strong`` keys are looked up like the badge's own ids; ``weak`` ones are guesses
    (a stripped prefix) that count only when they point at exactly one attendee.
    """

    strong: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.strong or self.weak)


@dataclass(frozen=True)
class Composition:
    """An id the badge carries, built from export cells: ``target`` = joined ``parts``.

    ``transform`` turns the joined text into the id (None: not this row's id).
    """

    target: str  # "badge_id" or "ticket_code"
    parts: tuple[str, ...]  # header keys, joined in this order
    label: str  # for the import preview, e.g. "Order # + Attendee #"
    transform: Callable[[str], str | None] | None = None
    overrides: bool = False  # the composed id replaces the target column's value


@dataclass(frozen=True)
class Platform:
    key: str  # stored with each attendee row (attendees.platform)
    name: str
    signatures: tuple[frozenset[str], ...]  # header keys; a header holding one whole set
    columns: Mapping[str, str] = field(default_factory=dict)  # header key -> field or EXTRA
    compositions: tuple[Composition, ...] = ()
    scan: Callable[[str], ScanKeys] | None = None
    url_keys: Callable[[str, str, Mapping[str, str]], tuple[str, ...] | None] | None = None
    badge_note: str = ""  # what the badge carries, for the preview
    composed_first: bool = False  # the composed id, not an id column, is what badges carry
    # The header itself, beyond its keys (Whova's required columns start with "*").
    header_test: Callable[[Sequence[str]], bool] | None = None
    # What this export cannot resolve, said before the show: (header keys, whether any
    # column resolves badges) -> a warning, or None.
    caveat: Callable[[frozenset[str], bool], str | None] | None = None
    # A row of the platform's own template just under the header (an example person,
    # an instruction line), which is no attendee and is skipped.
    template_row: Callable[[Sequence[str]], bool] | None = None

    def matches(self, keys: set[str], headers: Sequence[str] = ()) -> bool:
        if self.header_test is not None and not self.header_test(headers):
            return False
        return any(signature <= keys for signature in self.signatures)


def header_set(*names: str) -> frozenset[str]:
    """Header keys of the given names: one of a rule's signatures."""
    return frozenset(header_key(n) for n in names)


def column_targets(pairs: Mapping[str, str]) -> dict[str, str]:
    """A rule's own column names, by header key."""
    return {header_key(header): target for header, target in pairs.items()}
