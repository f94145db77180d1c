"""The CRM import files: HubSpot, Salesforce, Zoho CRM, Pipedrive, Dynamics 365.

Each header is the label the CRM's own importer maps without help, and each value
is written as that importer documents it (sources: ``tests/fixtures/crm/*.json``,
the machine-readable rules every profile's output is checked against):

- **Consent.** Only consented leads go to a CRM file unless the booth lead asks;
  a lead exported without consent is marked opted out in the CRM's own terms
  (Email Opt Out 1, "Do Not Allow", "Non-marketing contact", "No consent").
- **Owner.** The email of the staff member who first met the person: CRMs match
  users by email (HubSpot "Contact owner", Salesforce "Record Owner", Zoho "Lead
  Owner", Pipedrive "Lead owner", Dynamics "Owner").
- **Required columns** are never empty: a missing last name or company is
  "[not provided]", which nobody mistakes for a real one.
- **Picklists** get only values the CRM ships with; the show goes in its own column
  (Campaign, Event), never as a new Lead Source value per show.
- **Lengths.** A cell longer than its CRM field makes the importer refuse the whole
  row, so such cells are cut (ending in …).
"""

from __future__ import annotations

from showfloor.services.export_lead import (
    PLACEHOLDER,
    ExportContext,
    ExportLead,
    class_label,
    consent_day,
    description,
    display_name,
    limits_at,
    met_on,
    rating_label,
    required_last_name,
    split_name,
    truncate,
)

# --------------------------------------------------------------------------- HubSpot

HUBSPOT_HEADERS = (
    "First Name",
    "Last Name",
    "Email",
    "Phone Number",
    "Company Name",
    "Job Title",
    "Website URL",
    "Contact owner",
    "Lifecycle Stage",
    "Legal basis for processing contact's data",
    "Marketing contact status",
    "Visitor Class",
    "Rating",
    "Event",
    "Last Seen",
    "Consent Date",
    "Note body",
    "Activity date",
)
HUBSPOT_CONSENT = "Freely given consent from contact"
HUBSPOT_LIMITS = {"Note body": 65_536}
_HUBSPOT_LIMIT_AT = limits_at(HUBSPOT_HEADERS, HUBSPOT_LIMITS)


def hubspot_lifecycle(lead: ExportLead) -> str:
    """HubSpot's lifecycle stage, without pretending that a prospect already buys.

    Only a customer who said they are an existing customer is "customer"; other
    customer-class visitors are "lead"; mentors and KOLs are no sales stage ("other").
    """
    if lead.visitor_class == "customer":
        return "customer" if lead.answers.get("status") == "existing" else "lead"
    return "other"


def hubspot_row(lead: ExportLead, ctx: ExportContext) -> list[str]:
    first, last = split_name(lead)
    p = lead.person
    if not (first or last or p.email):
        last = PLACEHOLDER  # HubSpot refuses a contact with no name and no email
    row = [
        first,
        last,
        p.email or "",
        p.phone or "",
        p.company or "",
        p.title or "",
        p.website or "",
        lead.owner or "",
        hubspot_lifecycle(lead),
        HUBSPOT_CONSENT if lead.consent else "",
        "Marketing contact" if lead.consent else "Non-marketing contact",
        class_label(lead.visitor_class),
        rating_label(lead.rating),
        ctx.event_name,
        met_on(lead),
        consent_day(lead),
        description(lead, ctx.event_name),
        met_on(lead),
    ]
    return truncate(row, _HUBSPOT_LIMIT_AT)


# ------------------------------------------------------------------------ Salesforce

SALESFORCE_HEADERS = (
    "First Name",
    "Last Name",
    "Company",
    "Email",
    "Phone",
    "Title",
    "Website",
    "Lead Source",
    "Campaign",
    "Rating",
    "Email Opt Out",
    "Record Owner",
    "Description",
)
# Standard Lead field lengths: a longer value makes the wizard refuse the whole row.
SALESFORCE_LIMITS = {
    "First Name": 40,
    "Last Name": 80,
    "Company": 255,
    "Email": 80,
    "Phone": 40,
    "Title": 128,
    "Website": 255,
    "Lead Source": 255,
    "Campaign": 80,
    "Description": 32_000,
}
_SALESFORCE_LIMIT_AT = limits_at(SALESFORCE_HEADERS, SALESFORCE_LIMITS)


def salesforce_row(lead: ExportLead, ctx: ExportContext) -> list[str]:
    first, _last = split_name(lead)
    p = lead.person
    row = [
        first,
        required_last_name(lead),
        p.company or PLACEHOLDER,
        p.email or "",
        p.phone or "",
        p.title or "",
        p.website or "",
        ctx.lead_source,
        ctx.event_name,
        rating_label(lead.rating),
        "0" if lead.consent else "1",
        lead.owner or "",
        description(lead, ctx.event_name),
    ]
    return truncate(row, _SALESFORCE_LIMIT_AT)


# --------------------------------------------------------------------------- Zoho CRM

ZOHO_HEADERS = (
    "First Name",
    "Last Name",
    "Company",
    "Email",
    "Phone",
    "Title",
    "Website",
    "Lead Source",
    "Lead Status",
    "Email Opt Out",
    "Lead Owner",
    "Description",
    "Event",
    "Visitor Class",
    "Visitor Rating",
    "Met On",
)
ZOHO_LIMITS = {
    "First Name": 40,
    "Last Name": 80,
    "Company": 100,
    "Email": 100,
    "Phone": 30,
    "Title": 100,
    "Website": 255,
    "Description": 32_000,
    "Event": 255,
}
_ZOHO_LIMIT_AT = limits_at(ZOHO_HEADERS, ZOHO_LIMITS)


def zoho_date(iso_day: str) -> str:
    """Zoho's import reads dates as MM/dd/yyyy and ignores any other form."""
    return f"{iso_day[5:7]}/{iso_day[8:10]}/{iso_day[:4]}" if iso_day else ""


def zoho_row(lead: ExportLead, ctx: ExportContext) -> list[str]:
    first, _last = split_name(lead)
    p = lead.person
    row = [
        first,
        required_last_name(lead),
        p.company or PLACEHOLDER,
        p.email or "",
        p.phone or "",
        p.title or "",
        p.website or "",
        ctx.lead_source,
        "Not Contacted",
        "0" if lead.consent else "1",
        lead.owner or "",
        description(lead, ctx.event_name),
        ctx.event_name,
        class_label(lead.visitor_class),
        rating_label(lead.rating),
        zoho_date(met_on(lead)),
    ]
    return truncate(row, _ZOHO_LIMIT_AT)


# -------------------------------------------------------------------------- Pipedrive

PIPEDRIVE_HEADERS = (
    "Lead title",
    "Person name",
    "Organization name",
    "Email",
    "Phone",
    "Job title",
    "Lead owner",
    "Lead label",
    "Marketing status",
    "Event",
    "Note",
)
PIPEDRIVE_LIMITS = {"Lead title": 255, "Person name": 255, "Organization name": 255}
_PIPEDRIVE_LIMIT_AT = limits_at(PIPEDRIVE_HEADERS, PIPEDRIVE_LIMITS)


def pipedrive_row(lead: ExportLead, ctx: ExportContext) -> list[str]:
    p = lead.person
    person = display_name(lead)
    who = f"{person} ({p.company})" if p.company else person
    row = [
        f"{who} – {ctx.event_name}",
        person,
        p.company or "",
        p.email or "",
        p.phone or "",
        p.title or "",
        lead.owner or "",
        rating_label(lead.rating),
        "Subscribed" if lead.consent else "No consent",
        ctx.event_name,
        description(lead, ctx.event_name),
    ]
    return truncate(row, _PIPEDRIVE_LIMIT_AT)


# ---------------------------------------------------------------------- Dynamics 365

DYNAMICS_HEADERS = (
    "Topic",
    "First Name",
    "Last Name",
    "Company Name",
    "Job Title",
    "Email",
    "Business Phone",
    "Website",
    "Lead Source",
    "Rating",
    "Do not allow Emails",
    "Owner",
    "Description",
)
DYNAMICS_LIMITS = {
    "Topic": 300,
    "First Name": 50,
    "Last Name": 50,
    "Company Name": 100,
    "Job Title": 100,
    "Email": 100,
    "Business Phone": 50,
    "Website": 200,
    "Description": 2000,
}
_DYNAMICS_LIMIT_AT = limits_at(DYNAMICS_HEADERS, DYNAMICS_LIMITS)


def dynamics_row(lead: ExportLead, ctx: ExportContext) -> list[str]:
    first, _last = split_name(lead)
    p = lead.person
    row = [
        f"{ctx.event_name}: {class_label(lead.visitor_class)}",
        first,
        required_last_name(lead),
        p.company or "",
        p.title or "",
        p.email or "",
        p.phone or "",
        p.website or "",
        ctx.lead_source,
        rating_label(lead.rating),
        "Allow" if lead.consent else "Do Not Allow",
        lead.owner or "",
        description(lead, ctx.event_name),
    ]
    return truncate(row, _DYNAMICS_LIMIT_AT)
