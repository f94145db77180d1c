"""Brella: what its badges carry and how its export names them."""

from __future__ import annotations

from showfloor.badges.platforms.rule import EXTRA, Platform, column_targets, header_set

# Invite files: "ID" (Brella's), "External ID" (the registration system's id, the one
# a printed badge carries), "Join Code", "Join URL" (help.brella.io/organizers/
# how-can-i-add-invites-via-file-import).
BRELLA = Platform(
    "brella",
    "Brella",
    signatures=(header_set("External ID", "Join Code"), header_set("External ID", "Join URL")),
    columns=column_targets(
        {"External ID": "badge_id", "ID": "ticket_code", "Join Code": EXTRA, "Join URL": EXTRA}
    ),
    badge_note="External ID",
)
