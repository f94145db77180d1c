"""The three visitor classes, ratings, and the questions asked of each class.

This is the single definition of the answer keys (see docs/cli.md); the form, the
CLI, validation, export and the debrief all read it from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from showfloor.domain.texts import QT_TRANSLATE_NOOP


class VisitorClass(StrEnum):
    CUSTOMER = "customer"
    MENTOR = "mentor"
    KOL = "kol"

    @property
    def label(self) -> str:
        return _CLASS_LABELS[self]


_CLASS_LABELS = {
    VisitorClass.CUSTOMER: QT_TRANSLATE_NOOP("VisitorClass", "Customer"),
    VisitorClass.MENTOR: QT_TRANSLATE_NOOP("VisitorClass", "Mentor"),
    VisitorClass.KOL: QT_TRANSLATE_NOOP("VisitorClass", "Key opinion leader"),
}

TO_QUALIFY = "to-qualify"
"""The tag of a lead saved from the queue with its badge only ("scan now, qualify
later"): nobody chose its class yet, so the class it has is a guess (the class of
their last visit, else customer). It goes once staff choose the class."""


class Rating(StrEnum):
    HOT = "hot"
    WARM = "warm"
    COLD = "cold"

    @property
    def label(self) -> str:
        return _RATING_LABELS[self]


_RATING_LABELS = {
    Rating.HOT: QT_TRANSLATE_NOOP("Rating", "Hot"),
    Rating.WARM: QT_TRANSLATE_NOOP("Rating", "Warm"),
    Rating.COLD: QT_TRANSLATE_NOOP("Rating", "Cold"),
}

CHOICE_LABELS = {
    "existing": QT_TRANSLATE_NOOP("Questions", "existing"),
    "prospect": QT_TRANSLATE_NOOP("Questions", "prospect"),
    "yes": QT_TRANSLATE_NOOP("Questions", "yes"),
    "no": QT_TRANSLATE_NOOP("Questions", "no"),
    "unknown": QT_TRANSLATE_NOOP("Questions", "unknown"),
    "first": QT_TRANSLATE_NOOP("Questions", "first"),
    "needs_references": QT_TRANSLATE_NOOP("Questions", "needs_references"),
}
"""The fixed answers, as stored (docs/cli.md), marked so the window can show them
in its language; the stored value stays the key."""


@dataclass(frozen=True)
class Question:
    """One answer key of a class, with the label and hint the form shows."""

    key: str
    label: str
    hint: str = ""
    choices: tuple[str, ...] = ()
    is_date: bool = False
    multiline: bool = False


QUESTIONS: dict[VisitorClass, tuple[Question, ...]] = {
    VisitorClass.CUSTOMER: (
        Question(
            "status",
            QT_TRANSLATE_NOOP("Questions", "Existing or prospect"),
            choices=("existing", "prospect"),
        ),
        Question(
            "pain_1",
            QT_TRANSLATE_NOOP("Questions", "Pain 1"),
            QT_TRANSLATE_NOOP("Questions", "their words: what hurts most"),
        ),
        Question("pain_2", QT_TRANSLATE_NOOP("Questions", "Pain 2")),
        Question("pain_3", QT_TRANSLATE_NOOP("Questions", "Pain 3")),
        Question(
            "buys_from",
            QT_TRANSLATE_NOOP("Questions", "Already buys from"),
            QT_TRANSLATE_NOOP("Questions", "who they buy similar products from"),
        ),
        Question("timeline", QT_TRANSLATE_NOOP("Questions", "Buying timeline")),
        Question(
            "obstacle",
            QT_TRANSLATE_NOOP("Questions", "What stands in the way"),
            QT_TRANSLATE_NOOP("Questions", "approval, no time, boss..."),
        ),
        Question(
            "decision_maker",
            QT_TRANSLATE_NOOP("Questions", "Decision maker"),
            choices=("yes", "no", "unknown"),
        ),
        Question(
            "early_adopter",
            QT_TRANSLATE_NOOP("Questions", "Early adopter"),
            choices=("first", "needs_references", "unknown"),
        ),
        Question(
            "missing_feature",
            QT_TRANSLATE_NOOP("Questions", "Critical thing we lack"),
            QT_TRANSLATE_NOOP("Questions", "becomes a feature request"),
        ),
        Question(
            "next_step",
            QT_TRANSLATE_NOOP("Questions", "Next step"),
            QT_TRANSLATE_NOOP("Questions", "demo, quote, call, send material"),
        ),
        Question(
            "next_step_due",
            QT_TRANSLATE_NOOP("Questions", "Next step due"),
            "YYYY-MM-DD",
            is_date=True,
        ),
    ),
    VisitorClass.MENTOR: (
        Question(
            "reservations",
            QT_TRANSLATE_NOOP("Questions", "Reservations of the market"),
            multiline=True,
        ),
        Question("barriers", QT_TRANSLATE_NOOP("Questions", "Barriers to entry"), multiline=True),
        Question(
            "pitch_gaps",
            QT_TRANSLATE_NOOP("Questions", "Missing from pitch or product"),
            multiline=True,
        ),
        Question("right_customer", QT_TRANSLATE_NOOP("Questions", "Who the right customer is")),
        Question(
            "referral",
            QT_TRANSLATE_NOOP("Questions", "Could refer us to"),
            QT_TRANSLATE_NOOP("Questions", "competitors and neighbours count"),
        ),
    ),
    VisitorClass.KOL: (
        Question(
            "channels",
            QT_TRANSLATE_NOOP("Questions", "Channels"),
            QT_TRANSLATE_NOOP("Questions", "where they speak, write, publish"),
        ),
        Question(
            "audience_size",
            QT_TRANSLATE_NOOP("Questions", "Audience size"),
            QT_TRANSLATE_NOOP("Questions", "roughly"),
        ),
        Question("topics", QT_TRANSLATE_NOOP("Questions", "Topics")),
        Question(
            "impression",
            QT_TRANSLATE_NOOP("Questions", "What they thought of the product"),
            multiline=True,
        ),
        Question(
            "delight_plan",
            QT_TRANSLATE_NOOP("Questions", "Plan to delight"),
            QT_TRANSLATE_NOOP("Questions", "trial, early access, introduction"),
        ),
        Question("owner", QT_TRANSLATE_NOOP("Questions", "Owner of the plan")),
    ),
}

ANSWER_CHOICES: dict[str, tuple[str, ...]] = {
    q.key: q.choices for qs in QUESTIONS.values() for q in qs if q.choices
}


def answer_keys(visitor_class: VisitorClass) -> tuple[str, ...]:
    """The answer keys that belong to a class, in form order."""
    return tuple(q.key for q in QUESTIONS[visitor_class])


def all_answer_keys() -> tuple[str, ...]:
    """Every answer key of every class, classes in enum order (export columns)."""
    return tuple(q.key for cls in VisitorClass for q in QUESTIONS[cls])
