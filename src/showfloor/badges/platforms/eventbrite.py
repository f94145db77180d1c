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
#
# A re-issued barcode keeps the order and attendee numbers and changes the suffix, so
# a badge printed before (or after) the export can differ from its "Barcode #" there.
# The order + attendee part is then looked up as the composed id (lists without a
# "Barcode #"), and the attendee number, which is stable, is guessed from where it
# can end: the tail of that part at each plausible length (attendee numbers have had
# 7 to 12 digits, orders 8 to 11), matched against "Attendee #"; for an export with
# only "Barcode #", the same part with the first re-issue suffixes is tried too. Guesses
# count only when they point at exactly one attendee (services/lookup.py).
_EVENTBRITE_BARCODE = re.compile(r"^\d{12,30}$")
_ATTENDEE_DIGITS = range(7, 13)
_MIN_ORDER_DIGITS = 6
_REISSUES = range(20)  # suffixes 000-019 of the same order + attendee part


def _eventbrite_scan(code: str) -> ScanKeys:
    if not _EVENTBRITE_BARCODE.match(code):
        return ScanKeys()
    parts = code[:-3]  # the order + attendee part; any suffix
    attendees = tuple(parts[-n:] for n in _ATTENDEE_DIGITS if len(parts) - n >= _MIN_ORDER_DIGITS)
    reissues = tuple(f"{parts}{n:03d}" for n in _REISSUES if f"{parts}{n:03d}" != code)
    return ScanKeys(strong=(parts,), weak=attendees + reissues)


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
