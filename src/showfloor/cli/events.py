"""`event create/list/use` and `staff add/list`."""

from __future__ import annotations

import argparse
from pathlib import Path

from showfloor.cli.common import Context, print_json, print_line, print_warning, subcommand
from showfloor.services import events


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    event = subcommand(sub, "event", "create, list and choose events")
    event_sub = event.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = subcommand(event_sub, "create", "create an event and make it current")
    create.add_argument("name")
    create.add_argument("--starts", metavar="YYYY-MM-DD")
    create.add_argument("--ends", metavar="YYYY-MM-DD")
    create.add_argument("--venue", metavar="TEXT")
    create.set_defaults(handler=event_create)
    listing = subcommand(event_sub, "list", "list events")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=event_list)
    use = subcommand(event_sub, "use", "choose the current event")
    use.add_argument("name_or_id")
    use.set_defaults(handler=event_use)
    merge = subcommand(
        event_sub, "merge", "join event SOURCE into TARGET (one show set up twice); backs up first"
    )
    merge.add_argument("source", metavar="SOURCE", help="name or id of the event to join in")
    merge.add_argument("target", metavar="TARGET", help="name or id of the event that stays")
    merge.add_argument("--dry-run", action="store_true", help="say what would happen, no change")
    merge.add_argument("--json", action="store_true", help="print the summary as JSON")
    merge.set_defaults(handler=event_merge)
    share = subcommand(
        event_sub, "share", "write the team setup file other laptops join the current event from"
    )
    share.add_argument("-o", "--output", required=True, metavar="FILE")
    share.set_defaults(handler=event_share)
    join = subcommand(event_sub, "join", "join the team's event from its setup file")
    join.add_argument("file", metavar="FILE")
    join.set_defaults(handler=event_join)

    staff = subcommand(sub, "staff", "booth staff")
    staff_sub = staff.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = subcommand(staff_sub, "add", "add a staff member, or set an existing one's email")
    add.add_argument("name")
    add.add_argument(
        "--email", metavar="EMAIL", help="their address in the CRM: the owner of the leads they met"
    )
    add.set_defaults(handler=staff_add)
    slist = subcommand(staff_sub, "list", "list staff")
    slist.add_argument("--json", action="store_true")
    slist.set_defaults(handler=staff_list)


def event_create(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.db.session() as session:
        event = events.create_event(session, args.name, args.starts, args.ends, args.venue)
        event_id = event.id
    print_line(event_id)
    return 0


def event_list(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.db.session() as session:
        infos = events.list_events(session)
    if args.json:
        print_json([info.to_json_dict() for info in infos])
        return 0
    if not infos:
        print_line("No events yet. Create one: showfloor event create NAME")
    for info in infos:
        marker = "*" if info.current else " "
        dates = " to ".join(d for d in (info.starts_on, info.ends_on) if d)
        details = ", ".join(p for p in (dates, info.venue, f"{info.leads} leads") if p)
        print_line(f"{marker} {info.name}  ({details})  {info.id}")
    return 0


def event_use(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.db.session() as session:
        event = events.use_event(session, args.name_or_id)
        name = event.name
    print_line(f"Current event: {name}")
    return 0


def event_merge(ctx: Context, args: argparse.Namespace) -> int:
    from showfloor.cli.backup import backup_folders
    from showfloor.services.sync.combine import combine_events, preview_combine

    if args.dry_run:
        preview = preview_combine(ctx.db, args.source, args.target)
        print_line(f"dry run: {preview.sentence()}")
        return 0
    result = combine_events(
        ctx.db, ctx.paths.database, backup_folders(ctx), args.source, args.target
    )
    preview = result.preview
    if args.json:
        print_json({**result.summary.to_json_dict(), "backup": result.backup_id})
    else:
        print_line(
            f"combined '{preview.source}' into '{preview.target}': {result.summary.line()}"
        )
    print_warning(f"to undo: showfloor backup restore {result.backup_id}")
    return 0


def event_share(ctx: Context, args: argparse.Namespace) -> int:
    from showfloor.services.sync.team import share_event

    info = share_event(ctx.db, Path(args.output))
    print_line(
        f"wrote {args.output}: '{info.event}', {info.staff} staff, {info.attendees} attendees."
        " On each laptop: showfloor event join FILE (or the first-run wizard's"
        " 'Join the team's event')"
    )
    return 0


def event_join(ctx: Context, args: argparse.Namespace) -> int:
    from showfloor.services.sync.team import join_event

    info = join_event(ctx.db, Path(args.file))
    print_line(
        f"Current event: {info.event} (joined from {Path(args.file).name}: "
        f"{info.staff} staff, {info.attendees} attendees)"
    )
    return 0


def staff_add(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.db.session() as session:
        staff = events.add_staff(session, args.name, args.email)
        print_line(staff.id)
    return 0


def staff_list(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.db.session() as session:
        rows = [(s.id, s.name, s.email) for s in events.list_staff(session)]
    if args.json:
        print_json([{"id": i, "name": n, "email": e} for i, n, e in rows])
    else:
        for _id, name, email in rows:
            print_line(f"{name} <{email}>" if email else name)
    return 0
