"""`team-server [steps|start|stop]`: the team's PostgreSQL on this laptop (no internet
needed: the booth's hotspot joins the laptops). See services/sync/local_server.py."""

from __future__ import annotations

import argparse

from showfloor.cli.common import Context, print_line, subcommand


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subcommand(
        sub, "team-server", "run the team database on this laptop for the booth's own network"
    )
    p.add_argument(
        "action", nargs="?", choices=("steps", "start", "stop", "password"), default="steps",
        help="steps (default): print the exact steps; start: make (once) and start the "
        "server, and sync this laptop with it; stop: stop it; password: give it a new "
        "password (the old one may be forgotten) and print it once",
    )  # fmt: skip
    p.add_argument("--port", type=int, default=5432, help="TCP port (default 5432)")
    p.set_defaults(handler=team_server)


def team_server(ctx: Context, args: argparse.Namespace) -> int:
    from showfloor.services.sync import local_server

    folder = ctx.paths.data_dir / "team-server"
    if args.action == "steps":
        for line in local_server.steps(folder, args.port):
            print_line(line)
        return 0
    cluster = local_server.LocalCluster(folder, args.port)
    if args.action == "password":
        return _new_password(ctx, cluster)
    if args.action == "stop":
        cluster.stop()
        print_line(f"the team server in {folder} is stopped")
        return 0
    return _start(ctx, cluster)


def _start(ctx: Context, cluster: object) -> int:
    from showfloor.services.sync.credentials import PASSWORDS, with_password
    from showfloor.services.sync.local_server import (
        LocalCluster,
        create_team_database,
        lan_addresses,
        server_url,
    )
    from showfloor.services.sync.server_settings import remember_server

    assert isinstance(cluster, LocalCluster)
    password = None if cluster.exists else cluster.create()
    cluster.start()
    here = server_url("127.0.0.1", cluster.port)
    if password is not None:
        admin = with_password(here.rsplit("/", 1)[0] + "/postgres", password)
        create_team_database(admin)
        PASSWORDS.set(here, password)
    with ctx.db.session() as session:
        remember_server(session, here)
    print_line(f"the team server runs on port {cluster.port} (data in {cluster.folder})")
    print_line("this laptop syncs with it; on the other laptops, Settings > Team sync:")
    for host in lan_addresses() or ["THIS-LAPTOPS-ADDRESS"]:
        print_line(f"  {server_url(host, cluster.port)}")
    if password is not None:
        print_line(f"password (shown once; write it down): {password}")
    return 0


def _new_password(ctx: Context, cluster: object) -> int:
    from showfloor.services.sync.local_server import LocalCluster
    from showfloor.services.sync.server_password import new_team_password

    assert isinstance(cluster, LocalCluster)
    new = new_team_password(ctx.db, cluster)
    print_line(f"the team server at {new.where} has a new password; the old one no longer works")
    print_line(f"password (shown once; write it down): {new.password}")
    kept = "this laptop's keyring" if new.in_keyring else "this laptop until Showfloor closes"
    print_line(f"it is kept in {kept}; on the other laptops type it in Settings > Team sync")
    return 0
