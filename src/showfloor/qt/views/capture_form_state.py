"""What the capture form holds, as one value: the view reads and fills it whole.

Layout-free, so the capture view (``capture_view.py``) and its controller share it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from showfloor.domain.questions import Rating, VisitorClass


@dataclass
class FormState:
    """What the form holds: the person as typed or read, and the visit's details.

    Attributes:
        person: text of each person field, by key (``TYPED_FIELDS``).
        sources: where each person field came from ("badge", "list", "card", "typed"
            or "").
        keep_card: keep the picture of the card read for this visitor (they agreed).
        answers: the chosen class's non-empty answers.
    """

    person: dict[str, str] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    visitor_class: VisitorClass | None = None
    rating: Rating | None = None
    answers: dict[str, str] = field(default_factory=dict)
    notes: str = ""
    tags: str = ""
    consent: bool = False
    keep_card: bool = False

    def has_content(self) -> bool:
        """True once anything was typed or read: the form is somebody's visit."""
        return bool(
            any(v.strip() for v in self.person.values())
            or any(v.strip() for v in self.answers.values())
            or self.notes.strip()
            or self.tags
        )
