"""Indico: what its badges carry and how its export names them."""

from __future__ import annotations

from showfloor.badges.platforms.rule import Platform, column_targets, header_set

# Registration exports number registrants ("ID"); the e-ticket QR is JSON with
# registrant_id, event_id, checkin_secret and server_url (read by badges/jsonbadge.py;
# see the check-in app IndicoParsedETicket: registrantID, eventID, secret, url).
INDICO = Platform(
    "indico",
    "Indico",
    signatures=(header_set("Registration date", "Registration state"),),
    columns=column_targets({"ID": "badge_id", "Affiliation": "company", "Position": "title"}),
    badge_note="registrant id (in the e-ticket's JSON)",
)
