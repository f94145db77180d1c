"""`qr contact` and `qr test-sheet`: the booth's own QR code, and codes to rehearse with."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from showfloor.cli.common import Context, print_line, subcommand
from showfloor.cli.report import load_qt_pdf, output_kind
from showfloor.services.qrcodes import (
    TEST_BADGES,
    contact_vcard,
    get_booth_contact,
    set_booth_contact,
    write_qr_png,
)

CONTACT_FIELDS = ("name", "company", "email", "phone", "url")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    qr = subcommand(sub, "qr", "QR codes: the booth's contact card, test badges")
    qr_sub = qr.add_subparsers(dest="action", metavar="ACTION", required=True)
    contact = subcommand(
        qr_sub, "contact", "write the booth's contact card (vCard) as a QR code PNG"
    )
    contact.add_argument("-o", "--output", required=True, metavar="FILE.png")
    for name in CONTACT_FIELDS:
        contact.add_argument(f"--{name}", metavar="X", help=f"set the booth contact's {name}")
    contact.set_defaults(handler=write_contact)
    sheet = subcommand(
        qr_sub, "test-sheet", "write a PDF of test badges in every format, to rehearse scanning"
    )
    sheet.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    sheet.set_defaults(handler=write_test_sheet)


def write_contact(ctx: Context, args: argparse.Namespace) -> int:
    path = Path(args.output)
    output_kind(path, ("png",))
    changes = {f: getattr(args, f) for f in CONTACT_FIELDS if getattr(args, f) is not None}
    with ctx.db.session() as session:
        contact = get_booth_contact(session)
        if changes:
            contact = set_booth_contact(session, replace(contact, **changes))
    write_qr_png(contact_vcard(contact), path)
    print_line(f"wrote the booth contact's QR code to {args.output}")
    return 0


def write_test_sheet(ctx: Context, args: argparse.Namespace) -> int:
    path = Path(args.output)
    output_kind(path, ("pdf",))
    pages = load_qt_pdf().write_test_sheet_pdf(path)
    print_line(
        f"wrote {len(TEST_BADGES)} test badges to {args.output} ({pages} pages); "
        "every code but the one marked 'must be refused' should fill the form"
    )
    return 0
