"""Staff PINs for the kiosk lock, stored as scrypt hashes.

Why scrypt with a random salt: a PIN has few digits, so a plain or fast hash in a
stolen laptop's database would be reversed in seconds; scrypt makes each guess
cost memory and time. Comparison is constant-time so timing says nothing.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from showfloor.domain.errors import RefusedError
from showfloor.store.models import Staff

SCHEME = "scrypt"
N, R, P = 2**14, 8, 1
SALT_BYTES = 16
KEY_BYTES = 32
MIN_DIGITS, MAX_DIGITS = 4, 16


def check_pin(pin: str) -> str:
    pin = pin.strip()
    if not (pin.isdigit() and pin.isascii() and MIN_DIGITS <= len(pin) <= MAX_DIGITS):
        raise RefusedError(f"A PIN is {MIN_DIGITS} to {MAX_DIGITS} digits.")
    return pin


def hash_pin(pin: str) -> str:
    """``scrypt$n$r$p$salt$key`` (base64), self-describing so parameters can grow."""
    pin = check_pin(pin)
    salt = secrets.token_bytes(SALT_BYTES)
    key = _derive(pin, salt, N, R, P)
    return "$".join((SCHEME, str(N), str(R), str(P), _b64(salt), _b64(key)))


def verify_pin(pin: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != SCHEME:
            return False
        expected = base64.b64decode(key)
        actual = _derive(pin.strip(), base64.b64decode(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def set_pin(staff: Staff, pin: str) -> None:
    staff.pin_hash = hash_pin(pin)


def has_pin(staff: Staff | None) -> bool:
    return bool(staff is not None and staff.pin_hash)


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=128 * n * r * p * 2, dklen=KEY_BYTES
    )


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
