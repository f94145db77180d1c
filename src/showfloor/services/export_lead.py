"""One lead as every export profile reads it, and the text helpers the profiles share.

A profile only turns one aggregated lead into one row of text cells; reading the
database lives in ``services.export``, the column sets in ``services.export_profiles``
(the spreadsheet) and ``services.crm_profiles`` (the CRM import files).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from showfloor.badges.names import split_full_name
from showfloor.domain.person import PersonFields, display_name_of
from showfloor.domain.questions import QUESTIONS, Rating, VisitorClass, all_answer_keys

DEFAULT_LEAD_SOURCE = "Trade Show"


@dataclass(frozen=True)
class ExportContext:
    """What a row needs beyond the lead: the event, and the CRM's lead source value.

    ``lead_source`` is one value of the CRM's Lead Source picklist for every lead
    (the show is not a new picklist value each time); the event has its own column.
    """

    event_name: str
    lead_source: str = DEFAULT_LEAD_SOURCE


PLACEHOLDER = "[not provided]"

ANSWER_KEYS = all_answer_keys()
NO_ANSWERS = ("",) * len(ANSWER_KEYS)
_LABELS = {q.key: q.label for questions in QUESTIONS.values() for q in questions}
_CHOICE_KEYS = frozenset(q.key for questions in QUESTIONS.values() for q in questions if q.choices)


@dataclass(slots=True)
class ExportLead:
    """One lead with its visits folded in: what every profile reads.

    Times are already text (ISO 8601 UTC, and ``stamp`` for notes): the export reads
    them as stored and never builds datetime objects, which was a third of its time.
    ``answers`` keeps the latest non-empty answer per key and ``earlier`` the
    different answers it replaced, so no referral or plan is lost from the CRM note;
    ``notes`` every visit's note in time order as (stamp, text); ``staff`` everyone
    who met the person, first meeting first; ``owner`` the email of the first of them.
    """

    id: str
    visitor_class: str
    rating: str | None
    person: PersonFields
    badge_format: str | None
    badge_id: str | None
    consent: bool
    consent_at: str | None
    consent_text_version: int | None
    tags: list[str]
    visit_count: int
    first_seen: str | None
    last_seen: str | None
    answers: dict[str, str] = field(default_factory=dict)
    earlier: dict[str, list[str]] = field(default_factory=dict)
    notes: list[tuple[str, str]] = field(default_factory=list)
    staff: list[str] = field(default_factory=list)
    # The CRM address of whoever captured the lead (their first visit): its owner.
    owner: str | None = None


def text_of(value: object) -> str:
    return "" if value is None else str(value)


def notes_text(lead: ExportLead) -> str:
    """Every note, oldest first, each prefixed with when it was said."""
    return "\n".join(f"{when}: {text}" for when, text in lead.notes)


_CLASS_LABELS = {c.value: c.label for c in VisitorClass}
_RATING_LABELS = {r.value: r.label for r in Rating}
_KEY_ORDER = {key: i for i, key in enumerate(ANSWER_KEYS)}


def class_label(value: str) -> str:
    return _CLASS_LABELS.get(value, value)


def rating_label(value: str | None) -> str:
    return "" if value is None else _RATING_LABELS.get(value, value)


def answer_text(key: str, value: str) -> str:
    """A stored answer as people read it: choice values such as needs_references as words."""
    return value.replace("_", " ") if key in _CHOICE_KEYS else value


def readable_answers(lead: ExportLead) -> list[str]:
    """'Label: value' lines in form order; keys no question knows come last, as stored.

    An answer that changed between visits shows the latest, then what was said before.
    """
    answers, earlier = lead.answers, lead.earlier
    # Form order by walking the known keys (a few dozen) rather than sorting with a key
    # function: this runs once per lead of a 100k export.
    keys = [k for k in ANSWER_KEYS if k in answers]
    if len(keys) < len(answers):
        keys += [k for k in answers if k not in _KEY_ORDER]
    lines = []
    for key in keys:
        latest = answers[key]
        latest_text = latest.replace("_", " ") if key in _CHOICE_KEYS else latest
        line = f"{_LABELS.get(key, key)}: {latest_text}"
        if earlier and key in earlier:
            before = [v for v in earlier[key] if v != latest]
            if before:
                line += f" (earlier: {'; '.join(answer_text(key, v) for v in before)})"
        lines.append(line)
    return lines


def description(lead: ExportLead, event_name: str) -> str:
    """A CRM note a salesperson reads top to bottom: who met them, what they said."""
    met = f"Met at {event_name}"
    if lead.visit_count > 1:
        met += f" ({lead.visit_count} visits)"
    if lead.staff:
        met += f" by {', '.join(lead.staff)}"
    lines = [met + ".", f"Visitor class: {class_label(lead.visitor_class)}"]
    lines += readable_answers(lead)
    if lead.tags:
        lines.append(f"Tags: {', '.join(lead.tags)}")
    if lead.notes:
        lines += ["Notes:", notes_text(lead)]
    return "\n".join(lines)


def split_name(lead: ExportLead) -> tuple[str, str]:
    """(first, last) from the typed parts, else split from the full name."""
    first, last = lead.person.first_name or "", lead.person.last_name or ""
    if (not first or not last) and lead.person.full_name:
        guessed_first, guessed_last = split_full_name(lead.person.full_name)
        first = first or guessed_first or ""
        last = last or guessed_last or ""
    return first, last


def required_last_name(lead: ExportLead) -> str:
    """CRMs that need a last name get the real one, else a stand-in nobody mistakes for one.

    Not the part of the email before the @ ("j.doe" is not a name) nor the badge id.
    """
    return split_name(lead)[1] or PLACEHOLDER


def display_name(lead: ExportLead) -> str:
    """The person as a salesperson reads them: name, else email, else badge."""
    return display_name_of(lead.person, lead.badge_id, PLACEHOLDER)


def met_on(lead: ExportLead) -> str:
    """YYYY-MM-DD of the last visit (UTC), "" when unknown."""
    return (lead.last_seen or "")[:10]


def consent_day(lead: ExportLead) -> str:
    return (lead.consent_at or "")[:10] if lead.consent else ""


def truncate(cells: list[str], limits: tuple[tuple[int, int], ...]) -> list[str]:
    """Cut cells longer than their CRM column (with …): CRMs refuse the whole row otherwise."""
    for i, limit in limits:
        if len(cells[i]) > limit:
            cells[i] = cells[i][: limit - 1] + "…"
    return cells


def limits_at(headers: tuple[str, ...], limits: dict[str, int]) -> tuple[tuple[int, int], ...]:
    return tuple((i, limits[name]) for i, name in enumerate(headers) if name in limits)
