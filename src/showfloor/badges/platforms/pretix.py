"""pretix: what its badges carry and how its export names them."""

from __future__ import annotations

from showfloor.badges.platforms.rule import EXTRA, Platform, column_targets, header_set

# The QR code is the ticket's secret (docs.pretix.eu/en/latest/plugins/
# imported_secrets.html: "ticket secrets (i.e. the QR code used for scanning)");
# secrets are case-sensitive. "Order code" and "Position ID" are order-level.
# Lead-scanning badges may print the pseudonymization id instead.
PRETIX = Platform(
    "pretix",
    "pretix",
    signatures=(header_set("Order code", "Position ID"), header_set("Order code", "Ticket secret")),
    columns=column_targets(
        {
            "Order code": EXTRA,
            "Position ID": EXTRA,
            "Ticket secret": "ticket_code",
            "Pseudonymization ID": "badge_id",
        }
    ),
    badge_note="ticket secret",
)
