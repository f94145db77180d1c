"""Tito: what its badges carry and how its export names them."""

from __future__ import annotations

from showfloor.badges.platforms.rule import (
    EXTRA,
    Composition,
    Platform,
    ScanKeys,
    column_targets,
    header_set,
)


# Every attendee column is prefixed "Ticket" (Ticket Full Name, Ticket Email, Ticket
# Company Name, Ticket Job Title, Ticket Reference); "Order ..." columns are the
# buyer's. The reference is the order's five-character code, with a serial for
# orders of several tickets ("GIAO-1"), shown as "#GIAO-1". Public docs:
# help.tito.io/en/articles/2006164-attendee-management. The unique ticket link
# (ti.to/tickets/<slug>) is read too.
def _tito_scan(code: str) -> ScanKeys:
    if code.startswith("#") and len(code) > 1:
        return ScanKeys(strong=(code[1:],))
    return ScanKeys()


def _last_segment(url: str) -> str | None:
    path = url.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    segment = path.rsplit("/", 1)[-1]
    return segment if segment and "." not in segment and ":" not in segment else None


TITO = Platform(
    "tito",
    "Tito",
    signatures=(
        header_set("Ticket Reference"),
        header_set("Ticket Full Name"),
        header_set("Ticket Email"),
    ),
    columns=column_targets(
        {
            "Ticket Full Name": "full_name",
            "Ticket First Name": "first_name",
            "Ticket Last Name": "last_name",
            "Ticket Email": "email",
            "Ticket Company Name": "company",
            "Ticket Job Title": "title",
            "Ticket Phone Number": "phone",
            "Ticket Reference": "ticket_code",
            "Unique Ticket URL": EXTRA,
            "Order Reference": EXTRA,
            "Order Name": EXTRA,
            "Order Email": EXTRA,
            "Order Company Name": EXTRA,
        }
    ),
    compositions=(
        Composition("badge_id", ("uniqueticketurl",), "Unique Ticket URL", _last_segment),
    ),
    scan=_tito_scan,
    badge_note="ticket reference (e.g. GIAO-1) or the ticket link",
)
