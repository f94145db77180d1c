"""The identity fields of a visitor, whatever they came from.

``PersonFields`` is the one list of these fields, in the order people read them,
each with the label the window and every message use (English, marked for the
catalogs under the context "Person"; the window shows it translated). The capture form, the lead
editor, the capture checks, the export, the debrief and the attendee import read
the list from here (``PERSON_FIELDS``, ``PERSON_LABELS``); records that show a lead
to people (``services.leads.LeadRecord``) inherit it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

from showfloor.domain.texts import QT_TRANSLATE_NOOP


def _person_field(label: str) -> str | None:
    return field(default=None, metadata={"label": label})


@dataclass(frozen=True)
class PersonFields:
    first_name: str | None = _person_field(QT_TRANSLATE_NOOP("Person", "First name"))
    last_name: str | None = _person_field(QT_TRANSLATE_NOOP("Person", "Last name"))
    full_name: str | None = _person_field(QT_TRANSLATE_NOOP("Person", "Name on badge"))
    company: str | None = _person_field(QT_TRANSLATE_NOOP("Person", "Company"))
    title: str | None = _person_field(QT_TRANSLATE_NOOP("Person", "Job title"))
    email: str | None = _person_field(QT_TRANSLATE_NOOP("Person", "Email"))
    phone: str | None = _person_field(QT_TRANSLATE_NOOP("Person", "Phone"))
    website: str | None = _person_field(QT_TRANSLATE_NOOP("Person", "Website"))

    def overlay(self, other: PersonFields) -> PersonFields:
        """These fields, with every non-empty field of ``other`` taking precedence."""
        changes = {key: getattr(other, key) for key in PERSON_FIELDS if getattr(other, key)}
        return replace(self, **changes)

    def is_empty(self) -> bool:
        return not any(getattr(self, key) for key in PERSON_FIELDS)

    @classmethod
    def of(cls, source: object) -> PersonFields:
        """The person fields of anything that has them as attributes: a lead, an
        attendee, a record."""
        return cls(**{key: getattr(source, key) for key in PERSON_FIELDS})


PERSON_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(PersonFields))
PERSON_LABELS: dict[str, str] = {f.name: f.metadata["label"] for f in fields(PersonFields)}
# What staff type at the booth: the display name is the badge's, or made from the parts.
TYPED_FIELDS: tuple[tuple[str, str], ...] = tuple(
    (key, label) for key, label in PERSON_LABELS.items() if key != "full_name"
)


def name_of(person: PersonFields) -> str:
    """The name lists show: the badge's display name, else first and last; "" if none."""
    return person.full_name or " ".join(p for p in (person.first_name, person.last_name) if p)


def display_name_of(
    person: PersonFields, badge_id: str | None = None, nobody: str = "(no name)"
) -> str:
    """The person as every list and file shows them: the name, else the email, else the
    badge ("Badge 123"), else ``nobody``."""
    return name_of(person) or person.email or (f"Badge {badge_id}" if badge_id else nobody)
