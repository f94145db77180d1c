"""The team server's password: the keyring where there is one, this process otherwise,
never the settings table."""

from __future__ import annotations

import keyring
from keyring.backends import fail

from showfloor.domain.settings_registry import TEAM_SERVER_URL
from showfloor.services.sync import credentials
from showfloor.services.sync.credentials import NO_KEYRING, Passwords, address_only
from showfloor.services.sync.server_settings import configured_server, remember_server
from showfloor.store.database import Database
from showfloor.store.settings import get_setting

from helpers.keyrings import MemoryKeyring

URL = "postgres://anna:s3cret@10.0.0.2:5433/team"


def test_the_address_is_kept_without_its_password() -> None:
    assert address_only(URL) == "postgres://anna@10.0.0.2:5433/team"
    assert address_only("postgresql://anna@host/db") == "postgresql://anna@host/db"


def test_a_password_typed_in_the_url_goes_to_the_keyring(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    with db.session() as session:
        stored = remember_server(session, URL)
    with db.session() as session:
        assert get_setting(session, TEAM_SERVER_URL.key) == stored
    assert "s3cret" not in stored
    assert memory_keyring.passwords == {
        (credentials.SERVICE, "anna@10.0.0.2:5433/team"): "s3cret"
    }
    server = configured_server(db)
    assert server is not None and server.connect_url.startswith("postgres://anna:s3cret@")
    assert server.where == "10.0.0.2:5433"


def test_without_a_keyring_the_password_lives_in_this_process_only(db: Database) -> None:
    keyring.set_keyring(fail.Keyring())
    passwords = Passwords()
    assert passwords.where == NO_KEYRING
    assert passwords.set(URL, "typed") is False
    assert passwords.get("postgres://anna@10.0.0.2:5433/team") == "typed"
    assert Passwords().get(URL) is None  # a restart asks again


def test_an_empty_password_forgets_it(memory_keyring: MemoryKeyring) -> None:
    passwords = Passwords()
    passwords.set(URL, "one")
    passwords.set(URL, "")
    passwords.set(URL, "")  # nothing to forget: no error
    assert passwords.get(URL) is None and memory_keyring.passwords == {}
