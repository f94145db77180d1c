"""`demo`: a ready-made event to try the product on."""

from __future__ import annotations

import argparse

from showfloor.cli.common import Context, print_line, subcommand
from showfloor.services.demo import DEMO_EVENT, create_demo


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subcommand(sub, "demo", "create (once) a demo event with staff, attendees and leads")
    p.set_defaults(handler=run)


def run(ctx: Context, args: argparse.Namespace) -> int:
    _event_id, created = create_demo(ctx.db)
    verb = "Created" if created else "Using the existing"
    print_line(f"{verb} demo event '{DEMO_EVENT}' (now current). Try: showfloor leads list")
    return 0
