"""The column sets of the CSV export: one generic sheet and two CRM import files.

A profile only turns one aggregated lead into one row of text cells; reading the
database and writing the file live in ``services.export``. Header names of the CRM
profiles are the labels the importers map without help: HubSpot's default contact
properties ("First Name", "Phone Number", "Company Name", "Job Title") and the
Salesforce Data Import Wizard's lead fields. What has no standard property gets a
plain name ("Visitor Class", "Rating", "Notes") that a person maps once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter

from showfloor.badges.names import split_full_name
from showfloor.domain.person import PERSON_FIELDS, PersonFields
from showfloor.domain.questions import QUESTIONS, Rating, VisitorClass, all_answer_keys

PLACEHOLDER = "[not provided]"

# Salesforce refuses a whole row when a field is longer than its column; these are
# the standard Lead field lengths.
SALESFORCE_LIMITS = {
    "First Name": 40,
    "Last Name": 80,
    "Company": 255,
    "Email": 80,
    "Phone": 40,
    "Title": 128,
    "Lead Source": 255,
    "Description": 32000,
}

ANSWER_KEYS = all_answer_keys()
_NO_ANSWERS = ("",) * len(ANSWER_KEYS)
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
    who met the person, first meeting first.
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


@dataclass(frozen=True)
class Profile:
    """A named column set. ``crm`` profiles export consented leads unless asked."""

    name: str
    headers: tuple[str, ...]
    row: Callable[[ExportLead, str], list[str]]
    crm: bool
    description: str


def _s(value: object) -> str:
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
    keys = sorted(lead.answers, key=lambda k: _KEY_ORDER.get(k, len(_KEY_ORDER)))
    lines = []
    for key in keys:
        latest = lead.answers[key]
        line = f"{_LABELS.get(key, key)}: {answer_text(key, latest)}"
        before = [v for v in lead.earlier.get(key, ()) if v != latest]
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
    """Salesforce needs a last name: the real one, else a stand-in people recognise."""
    _first, last = split_name(lead)
    if last:
        return last
    if lead.person.email:
        return lead.person.email.split("@", 1)[0]
    if lead.badge_id:
        return f"Badge {lead.badge_id}"
    return PLACEHOLDER


_person_values = attrgetter(*PERSON_FIELDS)


def _person_cells(person: PersonFields) -> list[str]:
    return [value or "" for value in _person_values(person)]


def _generic_row(lead: ExportLead, event_name: str) -> list[str]:
    # `or ""` rather than a helper: this runs once per lead of a 100k export.
    answers = lead.answers
    return [
        lead.id,
        event_name,
        lead.visitor_class,
        lead.rating or "",
        *_person_cells(lead.person),
        lead.badge_format or "",
        lead.badge_id or "",
        "yes" if lead.consent else "no",
        lead.consent_at or "",
        _s(lead.consent_text_version),
        "; ".join(lead.tags),
        str(lead.visit_count),
        lead.first_seen or "",
        lead.last_seen or "",
        "; ".join(lead.staff),
        notes_text(lead) if lead.notes else "",
        *(map(answers.get, ANSWER_KEYS, _NO_ANSWERS) if answers else _NO_ANSWERS),
    ]


GENERIC_HEADERS = (
    "id",
    "event",
    "class",
    "rating",
    *PERSON_FIELDS,
    "badge_format",
    "badge_id",
    "consent",
    "consent_at",
    "consent_text_version",
    "tags",
    "visits",
    "first_seen",
    "last_seen",
    "staff",
    "notes",
    *ANSWER_KEYS,
)


def _hubspot_row(lead: ExportLead, event_name: str) -> list[str]:
    first, last = split_name(lead)
    return [
        first,
        last,
        _s(lead.person.email),
        _s(lead.person.phone),
        _s(lead.person.company),
        _s(lead.person.title),
        class_label(lead.visitor_class),
        rating_label(lead.rating),
        description(lead, event_name),
        event_name,
        lead.last_seen or "",
        lead.consent_at or "",
    ]


HUBSPOT_HEADERS = (
    "First Name",
    "Last Name",
    "Email",
    "Phone Number",
    "Company Name",
    "Job Title",
    "Visitor Class",
    "Rating",
    "Notes",
    "Event",
    "Last Seen",
    "Consent Date",
)


def _salesforce_row(lead: ExportLead, event_name: str) -> list[str]:
    first, _last = split_name(lead)
    row = [
        first,
        required_last_name(lead),
        lead.person.company or PLACEHOLDER,
        lead.person.email or "",
        lead.person.phone or "",
        lead.person.title or "",
        event_name,
        rating_label(lead.rating),
        description(lead, event_name),
    ]
    for i, limit in _SALESFORCE_LIMIT_AT:
        if len(row[i]) > limit:
            row[i] = row[i][: limit - 1] + "…"
    return row


SALESFORCE_HEADERS = (
    "First Name",
    "Last Name",
    "Company",
    "Email",
    "Phone",
    "Title",
    "Lead Source",
    "Rating",
    "Description",
)

_SALESFORCE_LIMIT_AT = tuple(
    (i, SALESFORCE_LIMITS[name])
    for i, name in enumerate(SALESFORCE_HEADERS)
    if name in SALESFORCE_LIMITS
)

PROFILES: dict[str, Profile] = {
    "generic": Profile(
        "generic",
        GENERIC_HEADERS,
        _generic_row,
        crm=False,
        description="Every field, one column per question: for spreadsheets and archives.",
    ),
    "hubspot": Profile(
        "hubspot",
        HUBSPOT_HEADERS,
        _hubspot_row,
        crm=True,
        description="HubSpot contact import: names, email, phone, company, class, rating, notes.",
    ),
    "salesforce": Profile(
        "salesforce",
        SALESFORCE_HEADERS,
        _salesforce_row,
        crm=True,
        description="Salesforce lead import: required Last Name and Company always filled.",
    ),
}
