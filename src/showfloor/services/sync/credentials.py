"""The team server's password: in the system keyring, never in settings or logs.

The settings table keeps the server's address without its password (``address_only``).
The password goes to the system keyring (macOS Keychain, Windows Credential Locker,
the Secret Service of a Linux desktop) through the ``keyring`` package. Where no
keyring exists (a headless Linux box, a desktop without a keyring daemon) the
password is kept in this process only, and ``Passwords.where`` says so, so the
window can tell the booth lead it will ask again after a restart. A password typed
inside a URL is taken out of it the same way.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "Showfloor team sync"
NO_KEYRING = (
    "No system keyring on this computer: the password is kept only until Showfloor "
    "closes, and asked for again after that."
)


def _url(text: str) -> URL | None:
    try:
        return make_url(text.strip())
    except ArgumentError:
        return None


def address_only(url_text: str) -> str:
    """The URL as it may be stored or shown: user, host, port and database, no password."""
    url = _url(url_text)
    if url is None:
        return url_text.strip()
    # URL.set(password=None) keeps the password ("None: unchanged"); a namedtuple's
    # _replace takes it out.
    return url._replace(password=None).render_as_string(hide_password=False)


def password_in(url_text: str) -> str | None:
    url = _url(url_text)
    return None if url is None or url.password is None else str(url.password)


def account(url_text: str) -> str:
    """The keyring's user name for a server: who at which database (no password)."""
    url = _url(url_text)
    if url is None:
        return url_text.strip()
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def with_password(url_text: str, password: str | None) -> str:
    """The URL to connect with: the stored address plus the password, if any."""
    url = _url(url_text)
    if url is None or not password:
        return url_text
    return url.set(password=password).render_as_string(hide_password=False)


class Passwords:
    """Passwords by server account: the system keyring, else this process's memory."""

    def __init__(self) -> None:
        self._memory: dict[str, str] = {}

    def forget_all(self) -> None:
        """Forget what this process holds (the keyring is left alone)."""
        self._memory.clear()

    @property
    def where(self) -> str:
        """'keyring', or the sentence that says there is none."""
        return "keyring" if _keyring() is not None else NO_KEYRING

    def get(self, url_text: str) -> str | None:
        key = account(url_text)
        if key in self._memory:
            return self._memory[key]
        ring = _keyring()
        if ring is None:
            return None
        try:
            return ring.get_password(SERVICE, key)
        except Exception as exc:  # a locked or broken keyring: ask for it again
            log.warning("keyring read failed: %s", type(exc).__name__)
            return None

    def set(self, url_text: str, password: str | None) -> bool:
        """Keep (or, with None or "", forget) the password; True when in the keyring."""
        key = account(url_text)
        ring = _keyring()
        self._memory.pop(key, None)
        if ring is not None:
            try:
                if password:
                    ring.set_password(SERVICE, key, password)
                else:
                    _forget(ring, key)
                return True
            except Exception as exc:
                log.warning("keyring write failed: %s", type(exc).__name__)
        if password:
            self._memory[key] = password
        return False


def _forget(ring: KeyringBackend, key: str) -> None:
    import keyring.errors

    with contextlib.suppress(keyring.errors.PasswordDeleteError):  # there was none
        ring.delete_password(SERVICE, key)


def _keyring() -> KeyringBackend | None:
    """The system keyring, or None where there is none (or the package is missing)."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:
        return None
    try:
        ring = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(ring, fail.Keyring | null.Keyring):
        return None
    return ring


# One per process: the window's Settings and its background sync share what was typed.
PASSWORDS = Passwords()
