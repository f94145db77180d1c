"""The core's words (classes, ratings, questions, person fields) in the window's language.

The core keeps them English (the CSV export and the CLI use them as they are) and
marks them for the catalogs; the window translates them here, where they are shown.
A label the booth lead typed in Settings is not in any catalog and shows as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from showfloor.domain.person import PERSON_LABELS
from showfloor.domain.questions import CHOICE_LABELS, Question, Rating, VisitorClass


def class_label(visitor_class: VisitorClass | str) -> str:
    try:
        label = VisitorClass(visitor_class).label
    except ValueError:
        return str(visitor_class)
    return QCoreApplication.translate("VisitorClass", label)


def rating_label(rating: Rating | str) -> str:
    try:
        label = Rating(rating).label
    except ValueError:
        return str(rating)
    return QCoreApplication.translate("Rating", label)


def question_text(text: str) -> str:
    """A question's label or hint (a typed label comes back as typed)."""
    return QCoreApplication.translate("Questions", text) if text else ""


def question_label(question: Question) -> str:
    return question_text(question.label)


def choice_label(choice: str) -> str:
    """A fixed answer ("needs_references") as staff read it."""
    return QCoreApplication.translate("Questions", CHOICE_LABELS.get(choice, choice))


def person_label(key: str) -> str:
    return QCoreApplication.translate("Person", PERSON_LABELS[key])


def person_text(label: str) -> str:
    """A person field's label given as text (``TYPED_FIELDS`` pairs)."""
    return QCoreApplication.translate("Person", label)
