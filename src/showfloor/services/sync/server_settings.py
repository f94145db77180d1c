"""Which team server this data dir syncs with in the background (Settings > Team sync).

The address is a setting (stored without its password); the password is kept by
``credentials.PASSWORDS`` (the system keyring, else this process only).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from showfloor.domain.errors import RefusedError
from showfloor.domain.settings_registry import TEAM_PULL_SECONDS, TEAM_SERVER_URL
from showfloor.services.sync.credentials import (
    PASSWORDS,
    address_only,
    password_in,
    with_password,
)
from showfloor.services.sync.remote import _parse, server_address
from showfloor.store.database import Database, storage_errors
from showfloor.store.settings import get_setting, set_setting


@dataclass(frozen=True)
class TeamServer:
    """``url``: the address as stored (no password); ``connect_url`` adds the password
    from the keyring, or from this process's memory where there is no keyring."""

    url: str
    pull_seconds: int

    @property
    def connect_url(self) -> str:
        return with_password(self.url, PASSWORDS.get(self.url))

    @property
    def where(self) -> str:
        """HOST:PORT for people."""
        try:
            return server_address(_parse(self.url))
        except RefusedError:
            return self.url


def read_server(session: Session) -> TeamServer | None:
    """The team server of Settings > Team sync, or None when none is set."""
    url = get_setting(session, TEAM_SERVER_URL.key)
    seconds = get_setting(session, TEAM_PULL_SECONDS.key)
    if not isinstance(url, str) or not url.strip():
        return None
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        seconds = TEAM_PULL_SECONDS.default
    low, high = TEAM_PULL_SECONDS.minimum, TEAM_PULL_SECONDS.maximum
    return TeamServer(address_only(url), max(low, min(high, int(seconds))))


def configured_server(db: Database) -> TeamServer | None:
    with storage_errors(db.path), db.session() as session:
        return read_server(session)


def check_server_url(url_text: str) -> str:
    """The address to store: a PostgreSQL URL without its password ("" for none).

    Raises:
        RefusedError: not a URL, or not PostgreSQL (the same line as `sync push`).
    """
    if not url_text.strip():
        return ""
    _parse(url_text)
    return address_only(url_text)


def remember_server(session: Session, url_text: str, password: str | None = None) -> str:
    """Store the server's address (no password) and keep its password, typed apart or
    inside the URL, where passwords are kept. Returns the stored address.

    ``password`` None keeps the one already kept; "" forgets it.
    """
    stored = check_server_url(url_text)
    set_setting(session, TEAM_SERVER_URL.key, stored or None)
    typed = password_in(url_text) if password is None else password
    if stored and typed is not None:
        PASSWORDS.set(stored, typed)
    return stored
