"""Bizzabo: what its exports name, and which column resolves its badges."""

from __future__ import annotations

from showfloor.badges.platforms.rule import EXTRA, Platform, column_targets, header_set

# Bizzabo writes its exports as Excel workbooks; a booth lead saves one as CSV for this
# import. Their columns, from real exports committed to github.com/memosk8/
# bizzabo-api-actions-cli: the registrations export ("tickets-<event id>.xlsx") has
# First Name, Last Name, Ticket Number, Email Address, Ticket Type, Registration
# Status; the contacts export ("Contacts Export <date>.xlsx") has First Name, Last
# Name, Job Title, Company, Email Address, Ticket Holder; the scripts there also read
# an "Order Number". The Ticket Number is the registration's own id in Bizzabo's API
# (api.bizzabo.com/api/registrations/<ticket number>, the record check-in marks
# "checkedin"), numeric (8 digits in those exports). The Order Number is the
# purchase's, shared by every ticket of one order, so it is kept, never matched.
#
# What Bizzabo encodes in a badge's QR code: no public specification or sample was
# found. A scanned code equal to the Ticket Number resolves (also without leading
# zeros a spreadsheet dropped, services/lookup.py); the contacts export holds no
# ticket number, and its preview says so before the show.


def _bizzabo_caveat(keys: frozenset[str], resolvable: bool) -> str | None:
    if "ticketnumber" in keys:
        return None
    return (
        "This is Bizzabo's contacts export, which has no Ticket Number: export the "
        "event's registrations (tickets) list instead, so scanned ticket numbers find people."
    )


BIZZABO = Platform(
    "bizzabo",
    "Bizzabo",
    signatures=(
        header_set("Ticket Number", "Registration Status"),
        header_set("Ticket Number", "Ticket Type", "Email Address"),
        header_set("Ticket Number", "Order Number"),
        header_set("Ticket Holder", "Email Address"),
    ),
    columns=column_targets(
        {
            "Ticket Number": "ticket_code",
            "Order Number": EXTRA,
            "Ticket Type": EXTRA,
            "Registration Status": EXTRA,
            "Ticket Holder": EXTRA,
        }
    ),
    badge_note="no published QR format; the Ticket Number resolves",
    caveat=_bizzabo_caveat,
)
