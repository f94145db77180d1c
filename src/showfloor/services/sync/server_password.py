"""A new password for the team server, set by the booth lead (`team-server password`,
Settings > Team sync > New password…).

On the laptop that runs the team server (`showfloor team-server start`), the password
is reset without the old one: the booth lead may have lost the slip it was written
on. Elsewhere (a team server in the cloud) it is changed over the network with the
password kept here; PostgreSQL gets only its SCRAM verifier, made on this laptop,
so the new password never reaches a server log. Either way the new password is
generated, kept in this laptop's keyring, and shown once: the other laptops type it
in Settings > Team sync.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from showfloor.domain.errors import RefusedError
from showfloor.services.sync.credentials import PASSWORDS, password_in
from showfloor.services.sync.local_server import LocalCluster, server_url
from showfloor.services.sync.remote import CONNECT_TIMEOUT_S, _parse, _server_error, server_address
from showfloor.services.sync.server_settings import configured_server, remember_server
from showfloor.store.database import Database, storage_errors


@dataclass(frozen=True)
class NewPassword:
    password: str  # shown once to the booth lead
    where: str  # HOST:PORT
    in_keyring: bool  # False: kept until Showfloor closes (no keyring here)


def team_server_folder(db: Database) -> Path | None:
    """Where `showfloor team-server start` keeps the server of this data dir."""
    return None if db.path is None else db.path.parent / "team-server"


def new_team_password(db: Database, cluster: LocalCluster | None = None) -> NewPassword:
    """Reset the password of the team server on this laptop, or change the one of the
    server of Settings > Team sync.

    Raises:
        RefusedError: no team server here and none set, no password kept for it, or
            the server refused (one line, no password).
    """
    if cluster is None:
        folder = team_server_folder(db)
        cluster = None if folder is None else LocalCluster(folder)
    if cluster is not None and cluster.exists:
        cluster.port = cluster.configured_port()
        password = cluster.reset_password()
        here = server_url("127.0.0.1", cluster.port)
        with storage_errors(db.path), db.session() as session:
            remember_server(session, here)
        kept = PASSWORDS.set(here, password)
        return NewPassword(password, f"127.0.0.1:{cluster.port}", kept)
    server = configured_server(db)
    if server is None:
        raise RefusedError(
            "No team server is set (Settings > Team sync), and none runs on this laptop "
            "(showfloor team-server start makes one)."
        )
    if password_in(server.connect_url) is None:
        raise RefusedError(
            f"No password is kept for {server.where}: type the current one in Settings > "
            "Team sync first (only with it can the password be changed)."
        )
    password = secrets.token_urlsafe(12)
    change_password(server.connect_url, password)
    return NewPassword(password, server.where, PASSWORDS.set(server.url, password))


def change_password(url_text: str, password: str) -> None:
    """Set the signed-in role's password to ``password`` (PostgreSQL lets any role
    change its own); the server receives the SCRAM verifier, never the password.

    Raises:
        RefusedError: unreachable, sign-in refused, or the change refused.
    """
    import psycopg
    from psycopg import sql

    url = _parse(url_text)
    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        with psycopg.connect(conninfo, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S) as conn:
            user = conn.info.user
            verifier = conn.pgconn.encrypt_password(
                password.encode(), user.encode(), b"scram-sha-256"
            ).decode()
            conn.execute(
                sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    sql.Identifier(user), sql.Literal(verifier)
                )
            )
    except psycopg.Error as exc:
        # The same one line as push and pull ("the password was refused"...).
        wrapped = DBAPIError.instance(None, None, exc, psycopg.Error)
        assert isinstance(wrapped, DBAPIError)
        raise _server_error(url, wrapped) from exc
    except OSError as exc:
        raise RefusedError(f"Cannot reach the server at {server_address(url)}: {exc}.") from exc
