"""`export`: the current event's leads as a CSV file (docs/cli.md)."""

from __future__ import annotations

import argparse
import sys

from showfloor.cli.common import Context, print_line, subcommand
from showfloor.domain.questions import Rating, VisitorClass
from showfloor.services.events import require_current_event
from showfloor.services.export import ExportFilter, export_leads
from showfloor.services.export_profiles import PROFILES


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subcommand(sub, "export", "write the current event's leads to a CSV file")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the CSV file to write")
    p.add_argument(
        "--profile",
        default="generic",
        choices=tuple(PROFILES),
        help="generic: every field; hubspot / salesforce: their import files (default: generic)",
    )
    p.add_argument(
        "--raw",
        action="store_true",
        help="keep every value exactly (for CRM importers); by default a cell that a "
        "spreadsheet would run as a formula (=, +, -, @ first) gets a leading '",
    )
    p.add_argument("--bom", action="store_true", help="start with a UTF-8 BOM, for Excel")
    p.add_argument("--class", dest="visitor_class", metavar="|".join(VisitorClass))
    p.add_argument("--rating", metavar="|".join(Rating))
    p.add_argument("--staff", metavar="NAME", help="only people this staff member met")
    consent = p.add_mutually_exclusive_group()
    consent.add_argument(
        "--consented-only",
        dest="consented_only",
        action="store_const",
        const=True,
        help="only people who agreed to be contacted (the default for hubspot and salesforce)",
    )
    consent.add_argument(
        "--include-unconsented",
        dest="consented_only",
        action="store_const",
        const=False,
        help="also people who did not agree to be contacted",
    )
    p.set_defaults(handler=run, consented_only=None)


def run(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.db.session() as session:
        event_id = require_current_event(session).id
    filters = ExportFilter(
        visitor_class=args.visitor_class,
        rating=args.rating,
        staff=args.staff,
        consented_only=args.consented_only,
    )
    summary = export_leads(
        ctx.db, event_id, args.output, args.profile, raw=args.raw, bom=args.bom, filters=filters
    )
    if summary.skipped_unconsented:
        sys.stderr.write(
            f"left out {summary.skipped_unconsented} leads who did not agree to be contacted "
            "(--include-unconsented adds them)\n"
        )
    if summary.neutralised_cells and PROFILES[summary.profile].crm:
        sys.stderr.write(
            f"{summary.neutralised_cells} cells start with ' so spreadsheets cannot run them as "
            "formulas (phone numbers such as +49... too); for a CRM import use --raw\n"
        )
    noun = "lead" if summary.rows == 1 else "leads"
    print_line(f"exported {summary.rows} {noun} to {args.output}")
    return 0
