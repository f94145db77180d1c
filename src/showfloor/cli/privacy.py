"""`leads erase ID` and `leads purge`: registered under the `leads` group."""

from __future__ import annotations

import argparse

from showfloor.cli.common import Context, print_line, print_warning, subcommand
from showfloor.domain.errors import RefusedError
from showfloor.services.privacy import erase_person, purge_older_than, retention_days


def register(leads_sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subcommand(leads_sub, "erase", "erase a person everywhere (a data-protection request)")
    p.add_argument("lead_id", metavar="ID", help="the lead id (leads list --json)")
    p.set_defaults(handler=erase)

    p = subcommand(leads_sub, "purge", "erase leads last seen more than DAYS days ago")
    p.add_argument("--older-than", type=int, metavar="DAYS", help="default: the retention setting")
    p.add_argument("--yes", action="store_true", help="really erase (without it: a dry run)")
    p.set_defaults(handler=purge)


def erase(ctx: Context, args: argparse.Namespace) -> int:
    from showfloor.cli.backup import backup_folders
    from showfloor.services.scrub import kept_copies

    copies = kept_copies(backup_folders(ctx), ctx.paths.database)
    report = erase_person(ctx.db, args.lead_id, copies)
    print_line(report.sentence())
    for warning in report.warnings():
        print_warning(warning)
    return 0


def purge(ctx: Context, args: argparse.Namespace) -> int:
    days = args.older_than
    if days is None:
        with ctx.db.session() as session:
            days = retention_days(session)
    if days is None:
        raise RefusedError("Say how old: showfloor leads purge --older-than DAYS")
    report = purge_older_than(ctx.db, days, confirm=args.yes)
    since = report.cutoff.astimezone().strftime("%Y-%m-%d")
    if not report.done:
        print_line(
            f"{report.leads} leads ({report.visits} visits) were last seen before {since}. "
            "Run again with --yes to erase them."
        )
        return 1 if report.leads else 0
    print_line(f"Erased {report.leads} leads ({report.visits} visits) last seen before {since}.")
    return 0
