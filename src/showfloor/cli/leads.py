"""`leads list`."""

from __future__ import annotations

import argparse

from showfloor.cli import privacy
from showfloor.cli.common import Context, print_json, print_line, subcommand
from showfloor.services.events import current_event
from showfloor.services.leads import LeadFilter, LeadRecord, page_leads


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    leads = subcommand(sub, "leads", "the current event's leads")
    leads_sub = leads.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = subcommand(leads_sub, "list", "list the current event's leads, newest first")
    p.add_argument("--class", dest="visitor_class", metavar="C")
    p.add_argument("--rating", metavar="R")
    p.add_argument("--search", metavar="TEXT", help="words in name, company, email or notes")
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p.set_defaults(handler=list_leads)
    privacy.register(leads_sub)


def _filter(event_id: str, args: argparse.Namespace) -> LeadFilter:
    return LeadFilter(
        event_id=event_id,
        search=args.search,
        visitor_class=args.visitor_class,
        rating=args.rating,
    )


def list_leads(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.db.session() as session:
        event = current_event(session)
        if event is None:
            records: list[LeadRecord] = []
        else:
            records = page_leads(session, _filter(event.id, args), limit=None)
    if args.json:
        print_json([r.to_json_dict() for r in records])
        return 0
    if not records:
        print_line("No leads match.")
    for r in records:
        who = r.display_name + (f" ({r.company})" if r.company else "")
        print_line(f"{r.visitor_class:<8} {r.rating or '-':<5} {r.visits}x  {who}  {r.email or ''}")
    return 0
