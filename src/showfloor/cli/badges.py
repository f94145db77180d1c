"""`badge parse`: what Showfloor reads from one badge payload."""

from __future__ import annotations

import argparse
import sys

from showfloor.badges import parse_payload
from showfloor.cli.common import Context, print_json, subcommand
from showfloor.services.events import current_event
from showfloor.services.lookup import resolve_badge


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    badge = subcommand(sub, "badge", "badge payloads")
    badge_sub = badge.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = subcommand(badge_sub, "parse", "parse one payload (argument, or stdin) into JSON")
    p.add_argument("payload", nargs="?", help="the QR payload; read from stdin when absent")
    p.add_argument("--country", metavar="CC", help="default phone country, e.g. DE")
    p.set_defaults(handler=parse)


def parse(ctx: Context, args: argparse.Namespace) -> int:
    payload = args.payload if args.payload is not None else sys.stdin.read()
    badge = parse_payload(payload, default_country=args.country)
    if badge.refused:
        print_json(badge.to_json_dict())
        sys.stderr.write(f"showfloor: {badge.refused}\n")
        return 1
    output = badge.to_json_dict()
    if ctx.paths.database.exists():
        with ctx.db.session() as session:
            event = current_event(session)
            if event is not None:
                resolved = resolve_badge(session, event.id, badge)
                output.update({k: v for k, v in vars(resolved.person).items() if k in output})
                output["badge_id"] = resolved.badge_id
                output["source"] = resolved.source
    print_json(output)
    return 0
