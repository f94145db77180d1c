"""Ticket Tailor: what its badges carry and how its export names them."""

from __future__ import annotations

from showfloor.badges.platforms.rule import EXTRA, Platform, column_targets, header_set

# Issued-ticket exports carry the ticket's "Barcode", the value its QR code holds
# (tickettailor.com help: exporting customer data for door entry).
TICKET_TAILOR = Platform(
    "tickettailor",
    "Ticket Tailor",
    signatures=(header_set("Barcode", "Ticket type", "Order ID"),),
    columns=column_targets({"Barcode": "badge_id", "Order ID": EXTRA, "Ticket ID": "ticket_code"}),
    badge_note="barcode",
)
