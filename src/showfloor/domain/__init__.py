"""Plain-Python vocabulary of the product: visitor classes, questions, validation.

No I/O and no third-party imports here, so every layer can depend on it.
"""

from showfloor.domain.errors import RefusedError, ShowfloorError
from showfloor.domain.person import PersonFields
from showfloor.domain.questions import (
    ANSWER_CHOICES,
    QUESTIONS,
    Question,
    Rating,
    VisitorClass,
    answer_keys,
)

__all__ = [
    "ANSWER_CHOICES",
    "QUESTIONS",
    "PersonFields",
    "Question",
    "Rating",
    "RefusedError",
    "ShowfloorError",
    "VisitorClass",
    "answer_keys",
]
