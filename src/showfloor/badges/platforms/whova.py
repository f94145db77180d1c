"""Whova: its attendee template's columns and example rows; no badge id to resolve by."""

from __future__ import annotations

from collections.abc import Sequence

from showfloor.badges.platforms.rule import (
    EXTRA,
    Platform,
    column_targets,
    header_key,
    header_set,
)

# Whova's attendee list is the organiser's upload template ("Our System ONLY accepts
# this template file"). Its shape, from the "Whova EMS Attendees Excel Template" in
# github.com/naacl-org/naacl-app-2019 (appagenda/Attendee_list_template.xlsx): a title
# row and five instruction rows, the header on row 7 (First Name, Last Name, Full
# Name, Email, Company/Affiliation (optional), Position (optional), Location
# (optional), Attendee Category (optional), Bio (optional)), Whova's two example rows
# (John Smith and Andy Brown, at whova.com), then "Copy YOUR attendees information
# below this line and don't change the content above" on row 10; attendees start on
# row 11. Newer Whova templates mark required columns with "*" instead ("*Name",
# "*First name", "*Last name", "*Email", "Affiliation", "Position", as a public
# importer reproduces Whova's speaker template). "Attendee Category" holds groups
# ("Speakers;Organizers"), not a job title.
#
# There is no id column: Whova knows attendees by email (whova.zendesk.com, article
# 217785488: attendees "sign in with their registration email"; article 217785448:
# duplicates are merged by full name). What a Whova badge's QR code encodes: no public
# source was found. A badge that carries the visitor's email (a contact card) finds
# them by it; an id-only badge cannot, and the preview says so before the show.
_TEMPLATE_MARKER = header_key("Copy YOUR attendees information below this line")
_EXAMPLE_EMAILS = frozenset({"john.smith@whova.com", "abrown@whova.com"})


def _whova_header(headers: Sequence[str]) -> bool:
    """The 2019 template's "Company/Affiliation", or a newer one's "*" marks."""
    marked = any(h.lstrip().startswith("*") for h in headers)
    return marked or any(header_key(h) == "companyaffiliation" for h in headers)


def _whova_template_row(cells: Sequence[str]) -> bool:
    """Whova's own example people (by their whova.com addresses) and its marker line.

    Only those: an organiser who typed attendees over the examples keeps them.
    """
    first = next((cell for cell in cells if cell.strip()), "")
    if header_key(first).startswith(_TEMPLATE_MARKER):
        return True
    return any(cell.strip().lower() in _EXAMPLE_EMAILS for cell in cells)


def _whova_caveat(keys: frozenset[str], resolvable: bool) -> str | None:
    if resolvable:
        return None
    return (
        "Whova's attendee list has no badge or ticket id, and Whova publishes no badge "
        "QR format: only badges that carry the visitor's email will find them here."
    )


WHOVA = Platform(
    "whova",
    "Whova",
    signatures=(
        header_set("Email", "Company/Affiliation"),
        header_set("Email", "Affiliation", "Position"),
        header_set("First Name", "Last Name", "Email", "Affiliation"),
    ),
    columns=column_targets(
        {
            "Name": "full_name",
            "Company/Affiliation": "company",
            "Affiliation": "company",
            "Position": "title",
            "Location": EXTRA,
            "Attendee Category": EXTRA,
            "Bio": EXTRA,
        }
    ),
    badge_note="no published badge code; the list is matched by email",
    header_test=_whova_header,
    caveat=_whova_caveat,
    template_row=_whova_template_row,
)
