"""`sync bundle|merge|push|pull|status`: bring every laptop's leads together (docs/cli.md)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from showfloor.cli.common import Context, print_json, print_line, print_warning, subcommand


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    sync = subcommand(sub, "sync", "move leads between laptops, by file or through a server")
    actions = sync.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = subcommand(actions, "bundle", "write this data dir's events, staff and leads to a file")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    _passphrase_file(
        p,
        "seal the bundle with the passphrase in this file"
        " (default: the event's team passphrase, if set)",
    )
    p.set_defaults(handler=bundle)
    p = subcommand(actions, "merge", "merge bundles from other laptops into this data dir")
    p.add_argument(
        "files", metavar="FILE", nargs="+", help="one or more bundles; all are checked first"
    )
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument(
        "--into",
        metavar="EVENT",
        help="merge the bundles' events into this event here (name or id) when they are"
        " not recognised as the same show",
    )
    p.add_argument(
        "--trust",
        action="store_true",
        help="accept bundles from a laptop not trusted yet (set up on its own); it is"
        " remembered. Without it such a bundle is refused with what it would change",
    )
    p.add_argument(
        "--yes",
        action="store_true",
        help="allow a merge that removes or overwrites more than a handful of leads,"
        " or renames an event",
    )
    p.add_argument(
        "--changes",
        action="store_true",
        help="also list each lead: joined, deleted or erased elsewhere, updated, new"
        ' (with --json: a "changes" list)',
    )
    _passphrase_file(p, "a sealed bundle's passphrase, in this file (or SHOWFLOOR_PASSPHRASE)")
    p.set_defaults(handler=merge)
    p = subcommand(
        actions, "passphrase", "set the current event's team passphrase: its bundles are sealed"
    )
    p.add_argument("--clear", action="store_true", help="bundles are written unsealed again")
    _passphrase_file(p, "read the passphrase from this file (else SHOWFLOOR_PASSPHRASE or asked)")
    p.set_defaults(handler=passphrase)
    for name, handler, what in (
        ("push", push, "send this laptop's changes to a team database"),
        ("pull", pull, "fetch the team database's changes into this laptop"),
    ):
        p = subcommand(actions, name, what)
        p.add_argument(
            "--url", required=True, help="SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db"
        )
        p.add_argument("--json", action="store_true", help="print the summary as JSON")
        if name == "push":
            p.add_argument(
                "--all",
                dest="everything",
                action="store_true",
                help="send and sign every row this laptop holds, not only what changed"
                " (a team server filled before rows were signed: run it on each laptop)",
            )
        if name == "pull":
            p.add_argument(
                "--trust",
                action="store_true",
                help="also merge rows signed by laptops not trusted yet (set up on their"
                " own); they are remembered. Without it such rows are refused and named",
            )
        p.set_defaults(handler=handler)
    p = subcommand(actions, "status", "last push and pull, changes waiting, the server's version")
    p.add_argument("--url", help="the team database (default: the one of Settings > Team sync)")
    p.add_argument("--json", action="store_true", help="print the status as JSON")
    p.set_defaults(handler=status)


def _passphrase_file(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--passphrase-file", metavar="FILE", help=what)


def _from_file(path: str | None) -> str | None:
    """The first line of a passphrase file (a file keeps it out of the process list)."""
    from showfloor.domain.errors import RefusedError

    if not path:
        return None
    try:
        with open(path, encoding="utf-8") as src:
            line = src.readline().rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise RefusedError(f"Cannot read the passphrase file {path}: {exc}.") from exc
    if not line:
        raise RefusedError(f"The passphrase file {path} is empty.")
    return line


def _ask(name: str) -> str | None:
    try:
        return getpass.getpass(f"Passphrase for {name}: ") or None
    except (EOFError, KeyboardInterrupt):
        return None


def _passphrases(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Given on the command line (file, then environment), then asked on a terminal."""
    from showfloor.services.sync.sealed import ENV, Passphrases

    given = tuple(p for p in (_from_file(args.passphrase_file), os.environ.get(ENV)) if p)
    return Passphrases(given, _ask if sys.stdin.isatty() else None)


def bundle(ctx: Context, args: argparse.Namespace) -> int:
    from showfloor.services.sync.files import create_bundle

    info = create_bundle(ctx.db, Path(args.output), _from_file(args.passphrase_file))
    sealed = ", sealed with the team passphrase" if info.sealed else ""
    print_line(f"wrote {info.path}: {info.leads} leads, {info.visits} visits{sealed}")
    return 0


def passphrase(ctx: Context, args: argparse.Namespace) -> int:
    from showfloor.domain.errors import RefusedError
    from showfloor.services.sync.passphrase import change_event_passphrase
    from showfloor.services.sync.sealed import ENV

    chosen, again = None, None
    if not args.clear:
        chosen = _from_file(args.passphrase_file) or os.environ.get(ENV)
        if not chosen and sys.stdin.isatty():
            chosen, again = getpass.getpass("Team passphrase: "), getpass.getpass("Once more: ")
        if not chosen:
            raise RefusedError(
                f"Give the passphrase with --passphrase-file FILE or {ENV}, or run the "
                "command in a terminal to be asked."
            )
    with ctx.db.session() as session:
        line = change_event_passphrase(session, chosen, again)
    print_line(line)
    return 0


def merge(ctx: Context, args: argparse.Namespace) -> int:
    from showfloor.services.sync.files import merge_bundles

    paths = [Path(f) for f in args.files]
    into = None
    if args.into:
        from showfloor.services.events import find_event

        with ctx.db.session() as session:
            into = find_event(session, args.into).id
    summary = merge_bundles(
        ctx.db, paths, into=into, trust=args.trust, yes=args.yes, passphrases=_passphrases(args)
    )
    files = f" from {len(paths)} files" if len(paths) > 1 else ""
    data = summary.to_json_dict(changes=args.changes)
    _print(data, f"merged{files}: " + summary.line(), args.json)
    if args.changes and not args.json:
        for change in summary.changes:
            print_line(f"  {change.line()}")
    if note := summary.events_note():
        print_warning(note)
    for line in summary.erasure_notes():
        print_warning(line)
    return 0


def push(ctx: Context, args: argparse.Namespace) -> int:
    from showfloor.services.sync.remote import push as push_to

    result = push_to(ctx.db, args.url, everything=args.everything)
    _print(result.to_json_dict(), result.line(), args.json)
    if problem := result.problem():
        print_warning(problem)
    return 0


def pull(ctx: Context, args: argparse.Namespace) -> int:
    from showfloor.services.sync.remote import pull as pull_from

    result = pull_from(ctx.db, args.url, trust=args.trust)
    _print(result.to_json_dict(), result.line(), args.json)
    # Rows the signature check left out (row_proofs.py): one line, never silent.
    if problem := result.problem():
        print_warning(problem)
    for laptop in result.trusted_now:
        print_warning(f"trusted from now on: {laptop}")
    return 0


def status(ctx: Context, args: argparse.Namespace) -> int:
    """Exit 1 when the server cannot be reached; what this laptop knows is printed too."""
    from showfloor.domain.errors import RefusedError
    from showfloor.services.sync.credentials import PASSWORDS, password_in, with_password
    from showfloor.services.sync.server_settings import configured_server
    from showfloor.services.sync.status import sync_status

    url = args.url
    if not url:
        server = configured_server(ctx.db)
        if server is None:
            raise RefusedError(
                "No team server is set: give --url postgresql://USER@HOST/DB, or set one "
                "in the window (Settings > Team sync)."
            )
        url = server.connect_url
    elif password_in(url) is None:
        url = with_password(url, PASSWORDS.get(url))  # the keyring's, if it has one
    result = sync_status(ctx.db, url)
    _print(result.to_json_dict(), "\n".join(result.lines()), args.json)
    if result.problem:
        sys.stderr.write(f"showfloor: {result.problem}\n")
        return 1
    return 0


def _print(data: Mapping[str, object], line: str, as_json: bool) -> None:
    if as_json:
        print_json(data)
    else:
        print_line(line)
