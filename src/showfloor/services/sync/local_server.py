"""`showfloor team-server`: the team's PostgreSQL on the booth lead's laptop.

A booth with no internet still has a network: the booth's own hotspot (a phone or a
travel router) joins the laptops. One of them, the booth lead's, runs PostgreSQL in a
folder of its data dir; the others sync with it over the hotspot. This module finds
PostgreSQL's own programs (``initdb``, ``pg_ctl``), makes the cluster once (a
``showfloor`` role with a generated password, password sign-in from the network
only, no Unix socket), starts and stops it, and writes out the exact steps for a
machine where PostgreSQL is not installed yet.
"""

from __future__ import annotations

import glob
import os
import platform
import re
import secrets
import shutil
import socket
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from showfloor.domain.errors import RefusedError
from showfloor.services.sync.driver import require_driver

ROLE = "showfloor"
DATABASE = "showfloor"
DEFAULT_PORT = 5432
# Where installers put the programs when they are not on PATH (Debian and Ubuntu,
# Homebrew on Apple silicon and Intel, Postgres.app, the EDB installer on Windows).
_PLACES = (
    "/usr/lib/postgresql/*/bin",
    "/opt/homebrew/opt/postgresql*/bin",
    "/usr/local/opt/postgresql*/bin",
    "/Applications/Postgres.app/Contents/Versions/*/bin",
    "C:/Program Files/PostgreSQL/*/bin",
)


def _exe(name: str) -> str:
    return f"{name}.exe" if os.name == "nt" else name


def find_bin_dir(places: Sequence[str] = _PLACES) -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``: PATH first, else the newest version
    in the usual install places; None when PostgreSQL is not installed."""
    on_path = shutil.which(_exe("pg_ctl"))
    if on_path and shutil.which(_exe("initdb")):
        return Path(on_path).resolve().parent
    found = [Path(p) for pattern in places for p in glob.glob(pattern)]
    found = [p for p in found if (p / _exe("initdb")).exists() and (p / _exe("pg_ctl")).exists()]
    if not found:
        return None
    return max(found, key=lambda p: [int(n) for n in re.findall(r"\d+", str(p))] or [0])


def lan_addresses() -> list[str]:
    """This laptop's IPv4 addresses other laptops can reach (not the loopback)."""
    found: set[str] = set()
    try:
        # No packet is sent: connecting a UDP socket only picks the outgoing interface.
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1, never routed anywhere
            found.add(probe.getsockname()[0])
    except OSError:
        pass
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.add(str(info[4][0]))
    except OSError:
        pass
    return sorted(a for a in found if not a.startswith("127."))


def server_url(host: str, port: int = DEFAULT_PORT) -> str:
    return f"postgresql://{ROLE}@{host}:{port}/{DATABASE}"


@dataclass
class LocalCluster:
    """A PostgreSQL cluster in ``folder`` (``data/`` and ``server.log`` inside).

    ``run_as``: run PostgreSQL's programs as this system user (PostgreSQL refuses to
    run as root; tests on a root CI box use the ``postgres`` user).
    """

    folder: Path
    port: int = DEFAULT_PORT
    bin_dir: Path | None = None
    run_as: str | None = None

    def __post_init__(self) -> None:
        if self.bin_dir is None:
            self.bin_dir = find_bin_dir()

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def log(self) -> Path:
        return self.folder / "server.log"

    @property
    def exists(self) -> bool:
        return (self.data / "PG_VERSION").is_file()

    def _tools(self) -> Path:
        if self.bin_dir is None:
            raise RefusedError(
                "PostgreSQL is not installed on this laptop. Run `showfloor team-server` "
                "for the steps."
            )
        if self.run_as is None and hasattr(os, "geteuid") and os.geteuid() == 0:
            raise RefusedError(
                "PostgreSQL does not run as root: run `showfloor team-server start` as "
                "your own user."
            )
        return self.bin_dir

    def _run(
        self, program: str, *args: str, check: bool = True, stdin: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        command = [str(self._tools() / _exe(program)), *args]
        if self.run_as is not None:
            command = ["runuser", "-u", self.run_as, "--", *command]
        done = subprocess.run(
            command, input=stdin, capture_output=True, text=True, check=False, timeout=120
        )
        if check and done.returncode != 0:
            last = (done.stderr or done.stdout).strip().splitlines()
            raise RefusedError(f"{program} failed: {last[-1] if last else done.returncode}")
        return done

    def create(self) -> str:
        """Make the cluster (once); returns the generated password of the role."""
        if self.exists:
            raise RefusedError(f"A team server already exists in {self.folder}.")
        self.folder.mkdir(parents=True, exist_ok=True)
        password = secrets.token_urlsafe(12)
        pwfile = self.folder / "initial-password"
        # Read once by initdb and deleted right after; the folder is this user's only.
        pwfile.write_text(password + "\n", encoding="utf-8")
        try:
            if self.run_as is not None:
                shutil.chown(self.folder, self.run_as)
                shutil.chown(pwfile, self.run_as)
            self._run(
                "initdb", "-D", str(self.data), "-U", ROLE, f"--pwfile={pwfile}",
                "--auth=scram-sha-256", "-E", "UTF8", "--locale=C",
            )  # fmt: skip
        finally:
            pwfile.unlink(missing_ok=True)
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(
                "\n# showfloor team-server: the laptops of the booth's own network\n"
                f"listen_addresses = '*'\nport = {self.port}\n"
                "unix_socket_directories = ''\n"
            )
        with open(self.data / "pg_hba.conf", "w", encoding="utf-8") as hba:
            hba.write(
                "# showfloor team-server: password sign-in over the network only\n"
                "host all all 0.0.0.0/0 scram-sha-256\n"
                "host all all ::/0 scram-sha-256\n"
            )
        return password

    def running(self) -> bool:
        if not self.exists:
            return False
        return self._run("pg_ctl", "status", "-D", str(self.data), check=False).returncode == 0

    def start(self) -> None:
        if self.running():
            return
        self._run(
            "pg_ctl", "start", "-w", "-t", "60", "-D", str(self.data), "-l", str(self.log),
            "-o", f"-p {self.port}",
        )  # fmt: skip

    def configured_port(self) -> int:
        """The port the cluster was made with (``create`` writes it in its config)."""
        port = self.port
        try:
            conf = (self.data / "postgresql.conf").read_text(encoding="utf-8")
        except OSError:
            return port
        for line in conf.splitlines():
            found = re.match(r"\s*port\s*=\s*(\d+)", line)
            if found:
                port = int(found.group(1))
        return port

    def reset_password(self) -> str:
        """A new generated password for the ``showfloor`` role, the old one forgotten or
        not: PostgreSQL's single-user mode needs no sign-in. The server stops for a
        moment (the laptops' rounds fail once and catch up) and starts again if it ran.
        """
        if not self.exists:
            raise RefusedError(
                f"There is no team server in {self.folder}; make one with: "
                "showfloor team-server start"
            )
        was_running = self.running()
        if was_running:
            self.stop()
        password = secrets.token_urlsafe(12)  # letters, digits, - and _: no quoting issue
        try:
            done = self._run(
                "postgres", "--single", "-D", str(self.data), "-c", "log_statement=none",
                "-c", "password_encryption=scram-sha-256", "postgres",
                stdin=f"ALTER ROLE {ROLE} PASSWORD '{password}';\n",
            )  # fmt: skip
            if "ERROR" in done.stdout or "ERROR" in done.stderr:
                raise RefusedError("PostgreSQL refused the new password; nothing changed.")
        finally:
            if was_running:
                self.port = self.configured_port()
                self.start()
        return password

    def stop(self, mode: str = "fast") -> None:
        """``mode``: fast (clients are disconnected, transactions rolled back) or
        immediate (as a crash or a pulled plug)."""
        if self.running():
            self._run("pg_ctl", "stop", "-w", "-D", str(self.data), "-m", mode)


def create_team_database(url: str, name: str = DATABASE) -> None:
    """The team's database on a fresh cluster (``url`` signs in to ``postgres``)."""
    require_driver()
    import psycopg
    from psycopg import sql

    with psycopg.connect(url, autocommit=True, connect_timeout=10) as conn:
        query = "SELECT 1 FROM pg_database WHERE datname = %s"
        if conn.execute(query, (name,)).fetchone() is None:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def install_hint() -> str:
    system = platform.system()
    if system == "Darwin":
        return "brew install postgresql@16   (or install Postgres.app)"
    if system == "Windows":
        return "the PostgreSQL installer for Windows (EDB), with its command line tools"
    return "sudo apt install postgresql   (Debian, Ubuntu; other systems: their postgresql package)"


def steps(folder: Path, port: int = DEFAULT_PORT) -> list[str]:
    """The exact steps, for the booth lead, to run the team server on this laptop."""
    bin_dir = find_bin_dir()
    hosts = lan_addresses() or ["THIS-LAPTOPS-ADDRESS"]
    found = f"found in {bin_dir}" if bin_dir else f"not installed: {install_hint()}"
    return [
        "The team server on this laptop, over the booth's own hotspot (no internet needed):",
        "",
        f"1. PostgreSQL: {found}",
        "2. Join every laptop to the same hotspot (a phone or a travel router).",
        "3. On this laptop, as your own user:  showfloor team-server start"
        + (f" --port {port}" if port != DEFAULT_PORT else ""),
        f"   It makes the server once in {folder}, starts it, prints the password once,",
        "   and sets this laptop to sync with it.",
        "4. Let the firewall accept connections to PostgreSQL on port "
        f"{port} (macOS asks; Windows: allow postgres.exe on private networks).",
        "5. On every other laptop: Settings > Team sync, server",
        *[f"      {server_url(h, port)}" for h in hosts],
        "   and the password from step 3 (kept in each laptop's keyring).",
        "   Or share the event after step 3 (Event > Share with the team): the setup file",
        "   carries the server's address, never its password.",
        "6. Password lost, or a laptop gone missing?  showfloor team-server password",
        "   gives the server a new one (shown once; the old one stops working), as does",
        "   Settings > Team sync > New password…; type it on every other laptop.",
        "7. After the show:  showfloor team-server stop",
    ]
