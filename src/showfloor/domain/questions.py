"""The three visitor classes, ratings, and the questions asked of each class.

This is the single definition of the answer keys (see docs/cli.md); the form, the
CLI, validation, export and the debrief all read it from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class VisitorClass(StrEnum):
    CUSTOMER = "customer"
    MENTOR = "mentor"
    KOL = "kol"

    @property
    def label(self) -> str:
        return _CLASS_LABELS[self]


_CLASS_LABELS = {
    VisitorClass.CUSTOMER: "Customer",
    VisitorClass.MENTOR: "Mentor",
    VisitorClass.KOL: "Key opinion leader",
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
        return self.value.capitalize()


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
        Question("status", "Existing or prospect", choices=("existing", "prospect")),
        Question("pain_1", "Pain 1", "their words: what hurts most"),
        Question("pain_2", "Pain 2"),
        Question("pain_3", "Pain 3"),
        Question("buys_from", "Already buys from", "who they buy similar products from"),
        Question("timeline", "Buying timeline"),
        Question("obstacle", "What stands in the way", "approval, no time, boss..."),
        Question("decision_maker", "Decision maker", choices=("yes", "no", "unknown")),
        Question(
            "early_adopter",
            "Early adopter",
            choices=("first", "needs_references", "unknown"),
        ),
        Question("missing_feature", "Critical thing we lack", "becomes a feature request"),
        Question("next_step", "Next step", "demo, quote, call, send material"),
        Question("next_step_due", "Next step due", "YYYY-MM-DD", is_date=True),
    ),
    VisitorClass.MENTOR: (
        Question("reservations", "Reservations of the market", multiline=True),
        Question("barriers", "Barriers to entry", multiline=True),
        Question("pitch_gaps", "Missing from pitch or product", multiline=True),
        Question("right_customer", "Who the right customer is"),
        Question("referral", "Could refer us to", "competitors and neighbours count"),
    ),
    VisitorClass.KOL: (
        Question("channels", "Channels", "where they speak, write, publish"),
        Question("audience_size", "Audience size", "roughly"),
        Question("topics", "Topics"),
        Question("impression", "What they thought of the product", multiline=True),
        Question("delight_plan", "Plan to delight", "trial, early access, introduction"),
        Question("owner", "Owner of the plan"),
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
