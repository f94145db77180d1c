"""Swapcard: what its badges carry and how its export names them."""

from __future__ import annotations

from showfloor.badges.platforms.rule import EXTRA, Platform, column_targets, header_set

# People exports: "ID" (the Swapcard person) and the badge code imported from the
# registration system ("Badge ID"); SwapAccess needs "a badge code for each
# Attendee" (help.swapcard.com/en/articles/8159010-getting-started-with-swapaccess).
# The people spreadsheet ends with "External ID" and "Checksum" and holds the
# participant's badge number (help.swapcard.com/hc/en-us/articles/360055381752).
SWAPCARD = Platform(
    "swapcard",
    "Swapcard",
    signatures=(
        header_set("ID", "Badge ID", "Organization"),
        header_set("Badge code", "Organization"),
        header_set("External ID", "Checksum"),
    ),
    columns=column_targets(
        {
            "Badge code": "badge_id",
            "Badge ID": "badge_id",
            "Badge number": "badge_id",
            "ID": "ticket_code",
            "External ID": "ticket_code",
            "Checksum": EXTRA,
        }
    ),
    badge_note="badge code",
)
