"""Meetup: what its badges carry and how its export names them."""

from __future__ import annotations

from showfloor.badges.platforms.rule import EXTRA, Platform, column_targets, header_set

# The attendee list's "Title" is the member's role in the group (Organizer,
# Co-Organizer, Event Host), not a job title; "User ID" is the member id, which the
# member profile link (meetup.com/members/<id>/) also carries.
MEETUP = Platform(
    "meetup",
    "Meetup",
    signatures=(header_set("User ID", "RSVP"), header_set("User ID", "Event Host")),
    columns=column_targets(
        {"Title": EXTRA, "Event Host": EXTRA, "URL of Member Profile": EXTRA, "User ID": "badge_id"}
    ),
    badge_note="member id (User ID) or the member profile link",
)
