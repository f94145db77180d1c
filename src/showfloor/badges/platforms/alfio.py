"""alf.io: what its badges carry and how its export names them."""

from __future__ import annotations

import re

from showfloor.badges.platforms.rule import EXTRA, Platform, ScanKeys, column_targets, header_set

# A ticket's QR code is its UUID, a slash and a signature; the export's "ID" column
# is the ticket UUID (alf.io's check-in splits the code at the slash). No public
# export sample was found: the columns follow alf.io's own attendee export names.
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)


def _alfio_scan(code: str) -> ScanKeys:
    head, slash, _ = code.partition("/")
    if slash and _UUID.match(head):
        return ScanKeys(strong=(head,))
    return ScanKeys()


ALFIO = Platform(
    "alfio",
    "alf.io",
    signatures=(header_set("ReservationID", "Category", "Full Name"),),
    columns=column_targets({"ID": "badge_id", "ReservationID": EXTRA, "OrderId": EXTRA}),
    scan=_alfio_scan,
    badge_note="ticket UUID/signature",
)
