"""The column sets of the export: one generic sheet and the CRM import files.

A profile turns one aggregated lead (``services.export_lead.ExportLead``) into one
row of text cells; reading the database and writing the file live in
``services.export``. The CRM profiles are in ``services.crm_profiles``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter

from showfloor.domain.person import PERSON_FIELDS, PersonFields
from showfloor.services.crm_profiles import (
    DYNAMICS_HEADERS,
    HUBSPOT_HEADERS,
    PIPEDRIVE_HEADERS,
    SALESFORCE_HEADERS,
    ZOHO_HEADERS,
    dynamics_row,
    hubspot_row,
    pipedrive_row,
    salesforce_row,
    zoho_row,
)
from showfloor.services.export_lead import (
    ANSWER_KEYS,
    NO_ANSWERS,
    PLACEHOLDER,
    ExportContext,
    ExportLead,
    notes_text,
    text_of,
)

__all__ = [
    "GENERIC_HEADERS",
    "HUBSPOT_HEADERS",
    "PLACEHOLDER",
    "PROFILES",
    "SALESFORCE_HEADERS",
    "Profile",
]


@dataclass(frozen=True)
class Profile:
    """A named column set. ``crm`` profiles export consented leads unless asked, raw."""

    name: str
    label: str
    headers: tuple[str, ...]
    row: Callable[[ExportLead, ExportContext], list[str]]
    crm: bool
    description: str


_person_values = attrgetter(*PERSON_FIELDS)


def _person_cells(person: PersonFields) -> list[str]:
    return [value or "" for value in _person_values(person)]


def _generic_row(lead: ExportLead, ctx: ExportContext) -> list[str]:
    # `or ""` rather than a helper: this runs once per lead of a 100k export.
    answers = lead.answers
    return [
        lead.id,
        ctx.event_name,
        lead.visitor_class,
        lead.rating or "",
        *_person_cells(lead.person),
        lead.badge_format or "",
        lead.badge_id or "",
        "yes" if lead.consent else "no",
        lead.consent_at or "",
        text_of(lead.consent_text_version),
        "; ".join(lead.tags),
        str(lead.visit_count),
        lead.first_seen or "",
        lead.last_seen or "",
        "; ".join(lead.staff),
        notes_text(lead) if lead.notes else "",
        *(map(answers.get, ANSWER_KEYS, NO_ANSWERS) if answers else NO_ANSWERS),
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

PROFILES: dict[str, Profile] = {
    "generic": Profile(
        "generic", "Spreadsheet: every field", GENERIC_HEADERS, _generic_row, crm=False,
        description="Every field, one column per question: for spreadsheets and archives.",
    ),
    "hubspot": Profile(
        "hubspot", "HubSpot contact import", HUBSPOT_HEADERS, hubspot_row, crm=True,
        description="HubSpot contacts with a note each (import contacts and notes in one "
        "file): owner, lifecycle stage, legal basis and marketing status from consent.",
    ),
    "salesforce": Profile(
        "salesforce", "Salesforce lead import", SALESFORCE_HEADERS, salesforce_row, crm=True,
        description="Salesforce Data Import Wizard leads: Last Name and Company always "
        "filled, Lead Source, Email Opt Out from consent, Record Owner.",
    ),
    "zoho": Profile(
        "zoho", "Zoho CRM lead import", ZOHO_HEADERS, zoho_row, crm=True,
        description="Zoho CRM leads: Last Name and Company always filled, Lead Owner, "
        "Email Opt Out from consent, dates as Zoho reads them (MM/dd/yyyy).",
    ),
    "pipedrive": Profile(
        "pipedrive", "Pipedrive lead import", PIPEDRIVE_HEADERS, pipedrive_row, crm=True,
        description="Pipedrive leads: a lead title and a person or organization on every "
        "row, Hot/Warm/Cold labels, owner, marketing status from consent, a note.",
    ),
    "dynamics": Profile(
        "dynamics", "Microsoft Dynamics 365 lead import", DYNAMICS_HEADERS, dynamics_row,
        crm=True,
        description="Dynamics 365 Sales leads: Topic and Last Name always filled, Rating, "
        "Lead Source, 'Do not allow Emails' from consent, Owner.",
    ),
}  # fmt: skip
