"""Eventbrite: what its badges carry and how its export names them."""

from __future__ import annotations

import re

from showfloor.badges.platforms.rule import (
    EXTRA,
    Composition,
    Platform,
    ScanKeys,
    column_targets,
    header_set,
)

# The badge barcode is the order number, the attendee number and a three-digit
# suffix run together ("0814847311126137001": order 081484731, attendee 1126137,
# then 001; the suffix counts re-issued barcodes). Public docs: Eventbrite API
# event_list_attendees ("barcode ... comma separated list of barcodes") at
# developer.eventbrite.com/doc/events/event_list_attendees/. The attendee report
# holds "Order #" and "Attendee #", and a "Barcode #" column when the organiser adds it.
_EVENTBRITE_BARCODE = re.compile(r"^\d{12,30}$")


def _eventbrite_scan(code: str) -> ScanKeys:
    if _EVENTBRITE_BARCODE.match(code):
        return ScanKeys(strong=(code[:-3],))  # the order + attendee part; any suffix
    return ScanKeys()


EVENTBRITE = Platform(
    "eventbrite",
    "Eventbrite",
    signatures=(header_set("Order #", "Attendee #"), header_set("Order #", "Barcode #")),
    columns=column_targets(
        {"Order #": EXTRA, "Attendee #": "ticket_code", "Barcode #": "badge_id"}
    ),
    compositions=(Composition("badge_id", ("order", "attendee"), "Order # + Attendee #"),),
    scan=_eventbrite_scan,
    badge_note="barcode = Order # + Attendee # + 3 digits",
)
