"""A lead and its visits as people see them, and the lead as its edit form holds it.

Plain snapshots, detached from any database session: the services make them, the
views show and edit them, the CLI prints them (``to_json_dict``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from showfloor.domain.person import PERSON_FIELDS, PersonFields, display_name_of
from showfloor.domain.questions import TO_QUALIFY


def iso_utc(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class VisitRecord:
    number: int
    at: datetime
    visitor_class: str
    rating: str | None
    staff: str | None
    notes: str | None
    answers: dict[str, str]
    id: str = ""
    edited_at: datetime | None = None  # answers or notes corrected after the visit
    device_id: str | None = None  # the laptop the visit was captured on
    device: str | None = None  # its name


@dataclass(frozen=True, kw_only=True)
class LeadRecord(PersonFields):
    """A lead as shown to people: a snapshot, detached from any session."""

    id: str
    event_id: str
    visitor_class: str
    rating: str | None
    badge_id: str | None
    badge_format: str | None
    consent: bool
    tags: tuple[str, ...]
    visits: int
    first_seen: datetime | None
    last_seen: datetime | None
    history: tuple[VisitRecord, ...] = field(default=())
    consent_at: datetime | None = None
    consent_text_version: int | None = None
    follow_up_owner: str | None = None
    follow_up_done_at: datetime | None = None

    @property
    def display_name(self) -> str:
        return display_name_of(self, self.badge_id)

    def to_json_dict(self) -> dict[str, object]:
        """The `leads list --json` object of docs/cli.md."""
        return {
            "id": self.id,
            "class": self.visitor_class,
            "rating": self.rating,
            **{key: getattr(self, key) for key in JSON_PERSON_FIELDS},
            "badge_id": self.badge_id,
            "consent": self.consent,
            "tags": list(self.tags),
            "visits": self.visits,
            "first_seen": iso_utc(self.first_seen),
            "last_seen": iso_utc(self.last_seen),
        }


# The person keys of `leads list --json` and `capture`, fixed by the CLI contract
# (docs/cli.md; tools check the exact set): the website, added with business cards,
# is in the exports and the window, not in these objects.
JSON_PERSON_FIELDS = tuple(key for key in PERSON_FIELDS if key != "website")


@dataclass(frozen=True)
class LeadEdit:
    """The lead as the edit form shows it; empty person fields clear the field.

    ``visitor_class`` None is a lead nobody classified yet (saved from the queue
    with its badge only, tagged TO_QUALIFY): the tag stays until a class is given.
    ``tags`` are the other tags; the edit manages TO_QUALIFY itself.
    """

    person: PersonFields
    visitor_class: str | None
    rating: str | None = None
    tags: tuple[str, ...] = ()
    consent: bool = False

    @classmethod
    def of(cls, record: LeadRecord) -> LeadEdit:
        """The form's starting values for a lead."""
        person = PersonFields.of(record)
        unclassified = TO_QUALIFY in record.tags
        return cls(
            person,
            None if unclassified else record.visitor_class,
            record.rating,
            tuple(t for t in record.tags if t != TO_QUALIFY),
            record.consent,
        )

    def all_tags(self) -> list[str]:
        """The lead's tags as stored: TO_QUALIFY while no class was chosen."""
        tags = [t for t in self.tags if t != TO_QUALIFY]
        return tags + [TO_QUALIFY] if self.visitor_class is None else tags
