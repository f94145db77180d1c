"""`export`: the current event's leads as a CSV or .xlsx file (docs/cli.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from showfloor.cli.common import Context, print_line, subcommand
from showfloor.domain.questions import Rating, VisitorClass
from showfloor.services.events import require_current_event
from showfloor.services.export import FORMATS, ExportFilter, count_consent, export_leads
from showfloor.services.export_profiles import PROFILES


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subcommand(sub, "export", "write the current event's leads to a CSV or .xlsx file")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    p.add_argument(
        "--profile",
        default="generic",
        choices=tuple(PROFILES),
        help="generic: every field; "
        + ", ".join(k for k, v in PROFILES.items() if v.crm)
        + ": that CRM's import file (default: generic)",
    )
    p.add_argument(
        "--format",
        dest="fmt",
        choices=FORMATS,
        help="csv, or xlsx (every cell text); default: from the file name, else csv",
    )
    guard = p.add_mutually_exclusive_group()
    guard.add_argument(
        "--raw",
        action="store_true",
        default=None,
        help="keep every value exactly (the default for CRM profiles, whose importers run "
        "no formulas); the generic CSV by default gives a cell that a spreadsheet would "
        "run as a formula (=, +, -, @ first) a leading '",
    )
    guard.add_argument(
        "--spreadsheet-safe",
        dest="raw",
        action="store_false",
        help="give formula-like cells a leading ' even in a CRM file",
    )
    p.add_argument("--bom", action="store_true", help="start with a UTF-8 BOM, for Excel")
    p.add_argument("--class", dest="visitor_class", metavar="|".join(VisitorClass))
    p.add_argument("--rating", metavar="|".join(Rating))
    p.add_argument("--staff", metavar="NAME", help="only people this staff member met")
    p.add_argument(
        "--lead-source",
        metavar="TEXT",
        help="the CRM's Lead Source value for every lead (default: the last one used, "
        "else 'Trade Show'); the event goes in its own column",
    )
    consent = p.add_mutually_exclusive_group()
    consent.add_argument(
        "--consented-only",
        dest="consented_only",
        action="store_const",
        const=True,
        help="only people who agreed to be contacted (the default for CRM profiles)",
    )
    consent.add_argument(
        "--include-unconsented",
        dest="consented_only",
        action="store_const",
        const=False,
        help="also people who did not agree to be contacted: a CRM file marks them opted out",
    )
    p.set_defaults(handler=run, consented_only=None)


def run(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.db.session() as session:
        event_id = require_current_event(session).id
    profile = PROFILES[args.profile]
    fmt = args.fmt or ("xlsx" if Path(args.output).suffix.lower() == ".xlsx" else "csv")
    filters = ExportFilter(
        visitor_class=args.visitor_class,
        rating=args.rating,
        staff=args.staff,
        consented_only=args.consented_only,
    )
    consented_only = profile.crm if args.consented_only is None else args.consented_only
    counted = count_consent(ctx.db, event_id, filters)
    if counted.unconsented and profile.crm:
        # Said before the file is written, so a script's log shows it even if writing fails.
        if consented_only:
            sys.stderr.write(
                f"{counted.question()}: left out {counted.unconsented} "
                f"{_leads(counted.unconsented)} who did not agree to be contacted "
                "(--include-unconsented exports them too, marked opted out)\n"
            )
        else:
            sys.stderr.write(
                f"{counted.question()}: they are exported marked opted out\n"
            )
    summary = export_leads(
        ctx.db, event_id, args.output, args.profile, raw=args.raw, bom=args.bom,
        filters=filters, fmt=fmt, lead_source=args.lead_source,
    )  # fmt: skip
    if profile.crm and summary.without_owner:
        sys.stderr.write(
            f"{summary.without_owner} {_leads(summary.without_owner, 'has', 'have')} no owner: "
            "the staff "
            "member who met them has no email (showfloor staff add NAME --email EMAIL)\n"
        )
    if summary.neutralised_cells and profile.crm:
        sys.stderr.write(
            f"{summary.neutralised_cells} cells start with ' so spreadsheets cannot run them as "
            "formulas; a CRM would import the ' too (leave out --spreadsheet-safe)\n"
        )
    print_line(f"exported {summary.rows} {_leads(summary.rows)} to {args.output}")
    return 0


def _leads(n: int, one: str = "", many: str = "") -> str:
    return ("lead " + one if n == 1 else "leads " + many).strip()
