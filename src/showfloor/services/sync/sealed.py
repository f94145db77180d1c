"""Bundles sealed with the team passphrase: encrypted at rest (issue 19).

A bundle travels on USB sticks and through shared folders; with a team passphrase
set for the event, it is written sealed, and a lost stick reveals nothing. The
sealed file wraps the gzip stream that a plain bundle is, so every check of
bundle.py (signature, checksum, bounded unpacking) runs unchanged inside it.

The primitives are ``cryptography``'s: scrypt turns the passphrase into a key, and
AES-256-GCM seals the stream in chunks of 64 KiB, so reading stays streaming with a
chunk in memory. Each chunk's nonce holds its number and whether it is the last, so
chunks cannot be dropped, repeated, reordered or cut off unnoticed (the STREAM
construction of Hoang, Reyhanitabar, Rogaway and Vizár, as ``age`` uses it). A
check value derived with the key tells a wrong passphrase from a changed file.

Layout: header (magic, scrypt cost, salt, nonce prefix, check value), then chunks
of [last flag: 1 byte][length: 4 bytes][ciphertext with tag]. The header is the
associated data of every chunk.
"""

from __future__ import annotations

import hmac
import io
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from showfloor.domain.errors import RefusedError

MAGIC = b"SFSEALED1\n"
CHUNK = 64 * 1024
_TAG = 16
_SALT = 16
_PREFIX = 7  # nonce: prefix (7) + chunk number (4) + last flag (1) = 12 bytes
_LOG2_N, _R, _P = 15, 8, 1  # scrypt: about 32 MiB and a tenth of a second
_MAX_LOG2_N = 17  # a file asking for more memory than 128 MiB is refused
_HEADER = struct.Struct(f">{len(MAGIC)}sBBB{_SALT}s{_PREFIX}s16s")

# A passphrase typed by the user for a file (its name), or None when they gave up.
Ask = Callable[[str], "str | None"]


@dataclass(frozen=True)
class Passphrases:
    """Where a reader gets a sealed file's passphrase: ``known`` ones first (the
    event's own, the one given on the command line), then ``ask`` (the terminal's
    prompt, the window's dialog), up to three times."""

    known: tuple[str, ...] = ()
    ask: Ask | None = None


NONE = Passphrases()
ENV = "SHOWFLOOR_PASSPHRASE"


def is_sealed(head: bytes) -> bool:
    return head.startswith(MAGIC)


def _derive(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> tuple[bytes, bytes]:
    raw = Scrypt(salt=salt, length=48, n=2**log2_n, r=r, p=p).derive(passphrase.encode("utf-8"))
    return raw[:32], raw[32:]


# Keys already derived in this process, by header: a bundle is opened several times
# (checked, then read; each bundle of a merge), and scrypt is slow on purpose.
_UNLOCKED: dict[bytes, bytes] = {}


def _nonce(prefix: bytes, number: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", number, 1 if last else 0)


class SealedWriter(io.RawIOBase):
    """A write-only stream that seals what is written into ``out``; ``close`` writes
    the last chunk (it does not close ``out``)."""

    def __init__(self, out: BinaryIO, passphrase: str) -> None:
        super().__init__()
        salt, prefix = os.urandom(_SALT), os.urandom(_PREFIX)
        key, check = _derive(passphrase, salt, _LOG2_N, _R, _P)
        self._header = _HEADER.pack(MAGIC, _LOG2_N, _R, _P, salt, prefix, check)
        self._aead, self._prefix, self._out = AESGCM(key), prefix, out
        self._buffer = bytearray()
        self._number = 0
        out.write(self._header)

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        self._buffer += data
        # Always keep a part back: the last chunk is only known at close.
        while len(self._buffer) > CHUNK:
            self._seal(bytes(self._buffer[:CHUNK]), last=False)
            del self._buffer[:CHUNK]
        return len(data)

    def _seal(self, plain: bytes, *, last: bool) -> None:
        nonce = _nonce(self._prefix, self._number, last)
        sealed = self._aead.encrypt(nonce, plain, self._header)
        self._out.write(struct.pack(">BI", 1 if last else 0, len(sealed)) + sealed)
        self._number += 1

    def close(self) -> None:
        if not self.closed:
            self._seal(bytes(self._buffer), last=True)
            self._buffer.clear()
        super().close()


class SealedReader(io.RawIOBase):
    """A read-only stream of what ``src`` (a sealed file, header read) holds."""

    def __init__(self, src: BinaryIO, name: str, header: bytes, key: bytes) -> None:
        super().__init__()
        self._src, self._name, self._header = src, name, header
        self._aead = AESGCM(key)
        self._prefix = _HEADER.unpack(header)[5]
        self._plain = b""
        self._number = 0
        self._done = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while not self._plain and not self._done:
            self._plain = self._next_chunk()
        n = min(len(buffer), len(self._plain))
        buffer[:n] = self._plain[:n]
        self._plain = self._plain[n:]
        return n

    def _next_chunk(self) -> bytes:
        head = self._src.read(5)
        if len(head) < 5:
            raise RefusedError(f"{self._name} is truncated or damaged; copy it again.")
        flag, length = struct.unpack(">BI", head)
        if flag > 1 or length > CHUNK + _TAG:
            raise self._changed()
        sealed = self._src.read(length)
        if len(sealed) < length:
            raise RefusedError(f"{self._name} is truncated or damaged; copy it again.")
        try:
            nonce = _nonce(self._prefix, self._number, flag == 1)
            plain = self._aead.decrypt(nonce, sealed, self._header)
        except InvalidTag:
            raise self._changed() from None
        self._number += 1
        if flag == 1:
            self._done = True
            if self._src.read(1):
                raise self._changed()
        return plain

    def _changed(self) -> RefusedError:
        return RefusedError(
            f"{self._name} was changed after it was sealed (it does not decrypt); "
            "nothing was merged. Ask for the file again."
        )


def open_sealed(src: BinaryIO, name: str, passphrases: Passphrases) -> BinaryIO:
    """``src`` itself when it is a plain file, else a reader of what it seals.

    Raises:
        RefusedError: no passphrase was given, or none of them opens the file.
    """
    head = src.read(len(MAGIC))
    if not is_sealed(head):
        src.seek(0)
        return src
    header = head + src.read(_HEADER.size - len(MAGIC))
    if len(header) < _HEADER.size:
        raise RefusedError(f"{name} is truncated or damaged; copy it again.")
    key = _UNLOCKED.get(header) or _unlock(header, name, passphrases)
    _UNLOCKED[header] = key
    return io.BufferedReader(SealedReader(src, name, header, key), CHUNK)


def _unlock(header: bytes, name: str, passphrases: Passphrases) -> bytes:
    _magic, log2_n, r, p, salt, _prefix, check = _HEADER.unpack(header)
    if not (10 <= log2_n <= _MAX_LOG2_N and 1 <= r <= 32 and 1 <= p <= 16):
        raise RefusedError(f"{name} is sealed in a way this Showfloor does not read.")

    def opens(passphrase: str) -> bytes | None:
        key, expected = _derive(passphrase, salt, log2_n, r, p)
        return key if hmac.compare_digest(expected, check) else None

    for passphrase in passphrases.known:
        if passphrase and (key := opens(passphrase)):
            return key
    tried = any(passphrases.known)
    if passphrases.ask is not None:
        for _ in range(3):
            typed = passphrases.ask(name)
            if typed is None:
                break
            tried = True
            if key := opens(typed):
                return key
    if tried:
        raise RefusedError(
            f"Wrong passphrase for {name}: it is sealed with the team passphrase; "
            "nothing was merged."
        )
    raise RefusedError(
        f"{name} is sealed with the team passphrase: give it with --passphrase-file FILE "
        f"or {ENV}, or run the command in a terminal to be asked."
    )


def unlocks(path: Path, passphrases: Passphrases) -> bool:
    """Whether ``path`` reads with ``passphrases`` (asking none): a plain file does; a
    sealed one once a passphrase opens it (remembered for the rest of this process,
    so the merge that follows asks nothing). An unreadable file counts as readable:
    the merge says what is wrong with it.

    The window asks for a passphrase itself before a merge starts (on its own
    thread), then merges with nothing left to ask.
    """
    try:
        with open(path, "rb") as src:
            head = src.read(_HEADER.size)
    except OSError:
        return True
    if not is_sealed(head) or len(head) < _HEADER.size:
        return True
    if head in _UNLOCKED:
        return True
    try:
        _UNLOCKED[head] = _unlock(head, path.name, Passphrases(passphrases.known))
    except RefusedError:
        return False
    return True
