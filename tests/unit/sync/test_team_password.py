"""A new team server password (services/sync/server_password.py) on a real PostgreSQL
of our own: reset on the booth lead's laptop without the old one, changed over the
network elsewhere; the old password stops working, the new one syncs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import make_url

from showfloor.domain.errors import RefusedError
from showfloor.services.sync.credentials import PASSWORDS, address_only, with_password
from showfloor.services.sync.live import LiveSync, TeamState
from showfloor.services.sync.local_server import LocalCluster
from showfloor.services.sync.server_password import change_password, new_team_password
from showfloor.services.sync.server_settings import configured_server, remember_server

from .conftest import MakeDir
from .laptops import capture
from helpers.team_cluster import own_cluster

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[LocalCluster, str]]:
    with own_cluster() as made:
        yield made


def _state(db: object, url: str) -> TeamState:
    return LiveSync(db, url).run_round().state  # type: ignore[arg-type]


def test_a_forgotten_password_is_reset_and_the_old_one_stops_working(
    server: tuple[LocalCluster, str], make_dir: MakeDir
) -> None:
    cluster, url = server
    a = make_dir("a")
    capture(a, 0)
    assert _state(a, url) is TeamState.SYNCED
    new = cluster.reset_password()  # no old password needed
    assert cluster.running()  # started again
    assert _state(a, url) is TeamState.SIGN_IN_FAILED
    fresh = with_password(address_only(url), new)
    assert _state(a, fresh) is TeamState.SYNCED
    # The booth lead's laptop: the service keeps the new one and syncs with it.
    with a.session() as session:
        remember_server(session, fresh)
    done = new_team_password(a, cluster)
    assert done.password not in (new, "") and done.where == f"127.0.0.1:{cluster.port}"
    kept = configured_server(a)
    assert kept is not None and PASSWORDS.get(kept.url) == done.password
    assert done.password not in kept.url  # the address is stored without it
    assert _state(a, kept.connect_url) is TeamState.SYNCED
    assert _state(a, fresh) is TeamState.SIGN_IN_FAILED


def test_a_known_password_is_changed_over_the_network(
    server: tuple[LocalCluster, str], make_dir: MakeDir
) -> None:
    cluster, _url = server
    b = make_dir("b")
    # A team server elsewhere: no cluster in this data dir, the server of Settings.
    start = with_password(address_only(_url), cluster.reset_password())
    with b.session() as session:
        remember_server(session, start)
    _log_every_statement(start)
    done = new_team_password(b, LocalCluster(b.path.parent / "team-server"))  # type: ignore[union-attr]
    kept = configured_server(b)
    assert kept is not None and PASSWORDS.get(kept.url) == done.password
    assert _state(b, kept.connect_url) is TeamState.SYNCED
    assert _state(b, start) is TeamState.SIGN_IN_FAILED
    # The server never saw the password itself: only its SCRAM verifier.
    log = cluster.log.read_text(encoding="utf-8", errors="replace")
    assert "ALTER ROLE" in log and "SCRAM-SHA-256$" in log
    assert done.password not in log
    # A wrong current password: one line, nothing changed.
    wrong = make_url(kept.connect_url).set(password="not-it").render_as_string(False)
    with pytest.raises(RefusedError, match="password was refused"):
        change_password(wrong, "another-one")
    assert _state(b, kept.connect_url) is TeamState.SYNCED


def _log_every_statement(url: str) -> None:
    """The server writes every statement it runs to its log (``showfloor`` is its
    superuser): a password sent in a statement would be there in clear."""
    import psycopg

    conninfo = make_url(url).set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("ALTER SYSTEM SET log_statement = 'all'")
        conn.execute("SELECT pg_reload_conf()")


def test_with_no_team_server_anywhere_one_line_says_what_to_do(make_dir: MakeDir) -> None:
    c = make_dir("c")
    with pytest.raises(RefusedError, match="No team server is set"):
        new_team_password(c)
    with c.session() as session:
        remember_server(session, "postgresql://showfloor@192.0.2.1/showfloor")
    with pytest.raises(RefusedError, match="No password is kept"):
        new_team_password(c)
