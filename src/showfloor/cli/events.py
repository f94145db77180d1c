"""`event create/list/use` and `staff add/list`."""

from __future__ import annotations

import argparse

from showfloor.cli.common import Context, print_json, print_line, subcommand
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
