"""Grip: what its badges carry and how its export names them."""

from __future__ import annotations

from showfloor.badges.platforms.rule import Platform, column_targets, header_set

# Badges print the profile's Scan ID (support.grip.events: "Grip scans badges based
# on the Scan_ID ... printed onto the Attendee Badge").
GRIP = Platform(
    "grip",
    "Grip",
    signatures=(header_set("Scan ID"), header_set("Scan_ID")),
    columns=column_targets({"Scan ID": "badge_id"}),
    badge_note="Scan ID",
)
