"""Hopin (RingCentral Events): in-person attendees' barcodes, from its registrant files."""

from __future__ import annotations

from showfloor.badges.platforms.rule import EXTRA, Platform, column_targets, header_set

# Hopin's event platform is RingCentral Events since 2023 (api.hopin.com/docs documents
# api.events.ringcentral.com). Its registrant upload template has Email, FirstName,
# LastName and ExternalBarcode, which "can be used to upload in-person attendees with
# pre-defined barcodes. System generated barcodes will be assigned if left empty"
# (events-support.ringcentral.com, article 9468518392468, "Uploading registrants in
# bulk"); the External API's registration carries email, firstName, lastName,
# headline, ticketId and externalBarcode. The Organizer app checks in onsite attendees
# by scanning "the attendee's QR code" (article 7261748729748). So a badge's code is
# taken to be the attendee's barcode; no public sample of a printed badge, nor of the
# registrants export's own headers, was found: this rule reads the template's names
# (and the usual synonyms), and a list without a barcode column says that no column
# can resolve badges. "Headline" is the profile's tagline, kept as extra.


def _hopin_caveat(keys: frozenset[str], resolvable: bool) -> str | None:
    if resolvable:
        return None
    return (
        "This RingCentral Events (Hopin) list has no barcode column: ask the organiser "
        "for the registrants with their barcodes (ExternalBarcode)."
    )


HOPIN = Platform(
    "hopin",
    "Hopin (RingCentral Events)",
    signatures=(
        header_set("FirstName", "LastName", "ExternalBarcode"),
        header_set("Email", "ExternalBarcode"),
        header_set("Email", "External Barcode"),
    ),
    columns=column_targets(
        {"ExternalBarcode": "badge_id", "Barcode": "badge_id", "Headline": EXTRA}
    ),
    badge_note="the attendee's barcode (ExternalBarcode)",
    caveat=_hopin_caveat,
)
