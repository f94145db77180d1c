"""A team server of our own (services/sync/local_server.py, as `showfloor team-server`
makes it) in a temporary folder, so the CI server the other tests use is never
disturbed. PostgreSQL refuses to run as root: on a root CI box its programs run as
the ``postgres`` user.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from showfloor.services.sync.credentials import with_password
from showfloor.services.sync.local_server import (
    LocalCluster,
    create_team_database,
    find_bin_dir,
    server_url,
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def own_cluster() -> Iterator[tuple[LocalCluster, str]]:
    """A running cluster and the team database's URL (with its password)."""
    if find_bin_dir() is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL's programs are missing in CI (.ci/start-postgres.sh)")
        pytest.skip("PostgreSQL is not installed (initdb, pg_ctl)")
    run_as = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root with no postgres user to run PostgreSQL as")
        run_as = "postgres"
    root = Path(tempfile.mkdtemp(prefix="sf-team-server-"))
    if run_as:
        shutil.chown(root, run_as)
    cluster = LocalCluster(root / "team-server", free_port(), run_as=run_as)
    password = cluster.create()
    cluster.start()
    base = server_url("127.0.0.1", cluster.port)
    create_team_database(with_password(base.rsplit("/", 1)[0] + "/postgres", password))
    try:
        yield cluster, with_password(base, password)
    finally:
        cluster.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)
