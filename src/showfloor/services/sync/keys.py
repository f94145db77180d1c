"""This laptop's keys, and the laptops it trusts (issue 19).

- **The laptop key** (Ed25519, ``cryptography``) signs every bundle and setup file
  this laptop writes, so a receiver can tell which laptop wrote it and that nothing
  was changed since. Made the first time it is needed; it never leaves the laptop.
- **Team keys** (32 random bytes each) are what laptops of one team share: the team
  setup file (``event share``) carries the sharer's, and ``event join`` adds it here.
  A bundle carries a proof (HMAC) under each team key its writer holds, so laptops
  that joined through the setup file trust each other with no question. They also
  key the one-way hashes of erased people (services/tombstones.py): a bundle alone,
  without the setup file, no longer tells who asked to be erased.
- **Trusted laptops**: a laptop outside the team (set up on its own) is trusted once
  the booth lead accepts its first bundle (``sync merge --trust``, or the merge
  dialog); its public key is remembered here with its device id.

All three live in this data dir's settings table, which never travels in a bundle.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from showfloor.store.models import Setting
from showfloor.store.settings import get_setting, set_setting
from showfloor.store.types import utcnow

LAPTOP_KEY = "laptop_signing_key"
TEAM_KEYS = "team_keys"
TRUSTED_LAPTOPS = "trusted_laptops"
TEAM_KEY_BYTES = 32


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, size: int | None = None) -> bytes | None:
    """Bytes from base64 text, or None when it is not (or has the wrong length)."""
    if not isinstance(text, str):
        return None
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        return None
    return data if size is None or len(data) == size else None


def public_text(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return b64(raw)


def public_key(text: str) -> Ed25519PublicKey | None:
    raw = unb64(text, 32)
    return None if raw is None else Ed25519PublicKey.from_public_bytes(raw)


def fingerprint(public: str) -> str:
    """A laptop key as people compare it: "3F2A 91C0 77D1" (what both screens show)."""
    digest = hashlib.sha256(public.encode("ascii")).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, 12, 4))


def team_key_id(key: bytes) -> str:
    """Names a team key without revealing it (a bundle says which key its proof uses)."""
    return hmac.new(key, b"showfloor-team-key-id", hashlib.sha256).hexdigest()[:16]


def laptop_key(session: Session) -> Ed25519PrivateKey:
    """This laptop's signing key, made on first use."""
    raw = unb64(get_setting(session, LAPTOP_KEY), 32)
    if raw is not None:
        return Ed25519PrivateKey.from_private_bytes(raw)
    key = Ed25519PrivateKey.generate()
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    set_setting(session, LAPTOP_KEY, b64(raw))
    return key


def stored_laptop_key(session: Session) -> Ed25519PrivateKey | None:
    """This laptop's signing key if it has one (read-only: never made here)."""
    raw = unb64(get_setting(session, LAPTOP_KEY), 32)
    return None if raw is None else Ed25519PrivateKey.from_private_bytes(raw)


def team_keys(session: Session, *, create: bool = True) -> list[bytes]:
    """The team keys this laptop holds, the one it shares first; with ``create``, one
    is made when it holds none (a laptop set up on its own is a team of one)."""
    keys = _keys(get_setting(session, TEAM_KEYS))
    if not keys and create:
        keys = [secrets.token_bytes(TEAM_KEY_BYTES)]
        set_setting(session, TEAM_KEYS, [b64(k) for k in keys])
    return keys


def connection_team_keys(conn: Connection) -> list[bytes]:
    """``team_keys`` read on a bare connection (inside a merge), never created."""
    value = conn.execute(select(Setting.value).where(Setting.key == TEAM_KEYS)).scalar()
    return _keys(value)


def _keys(value: object) -> list[bytes]:
    if not isinstance(value, list):
        return []
    return [k for k in (unb64(v, TEAM_KEY_BYTES) for v in value) if k is not None]


def join_team(session: Session, key: bytes) -> None:
    """Hold ``key`` first from now on; keys held before stay (their old tombstones and
    the laptops that share them keep working)."""
    keys = [key, *(k for k in team_keys(session, create=False) if k != key)]
    set_setting(session, TEAM_KEYS, [b64(k) for k in keys])


@dataclass(frozen=True)
class TrustedLaptop:
    public: str
    device_id: str
    name: str
    since: str


def trusted_laptops(session: Session) -> dict[str, TrustedLaptop]:
    stored = get_setting(session, TRUSTED_LAPTOPS)
    if not isinstance(stored, Mapping):
        return {}
    out: dict[str, TrustedLaptop] = {}
    for public, info in stored.items():
        if isinstance(info, Mapping):
            out[str(public)] = TrustedLaptop(
                str(public),
                str(info.get("device_id", "")),
                str(info.get("name", "")),
                str(info.get("since", "")),
            )
    return out


def remember_laptop(session: Session, public: str, device_id: str, name: str) -> None:
    """Trust this laptop's key from now on (the booth lead accepted its bundle)."""
    stored: dict[str, Any] = dict(get_setting(session, TRUSTED_LAPTOPS) or {})
    stored[public] = {"device_id": device_id, "name": name, "since": utcnow().isoformat()}
    set_setting(session, TRUSTED_LAPTOPS, stored)
