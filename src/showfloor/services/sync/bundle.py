"""Bundle files: one laptop's data in one gzip'd JSON-lines file, checked before use.

Line 1 is a manifest (format, version, source device, counts, SHA-256 of the rest,
the writer's signature: signing.py); every other line is ``["table", {row}]``.
Reading verifies everything before the merge touches the database, so a damaged,
changed or foreign file changes nothing.

Reading is bounded (issue 19): a file is read twice, streaming. The first pass
checks the manifest, the signature and the checksum while it counts the unpacked
bytes and the length of each line, so a gzip bomb is refused once it unpacks past
``MAX_UNPACKED`` with a few MB in memory; only a file that passed is parsed, line
by line, in the second pass (which checks the checksum again, in case the file
changed in between).

A bundle written with the team passphrase is sealed around that gzip stream
(sealed.py); reading unseals it as it streams, so all of the above holds for it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from showfloor.domain.errors import RefusedError
from showfloor.services.paused_gc import paused_gc
from showfloor.services.sync.clock import iso
from showfloor.services.sync.incoming import Incoming, check_snapshot
from showfloor.services.sync.legacy import add_edit_columns, upgrade_snapshot
from showfloor.services.sync.sealed import NONE, Passphrases, SealedWriter, open_sealed
from showfloor.services.sync.signing import Signer, check_signature, sign_manifest
from showfloor.services.sync.snapshot import (
    TABLES,
    Snapshot,
    from_json_row,
    to_json_row,
)

FORMAT = "showfloor-bundle"
# 2: field_times share one (time, device) under "@" (clock.stored_stamps). Version 1
# files (full stamps) still read: effective_stamps understands both forms.
# 3: deletes are states of visits (visit_trash, domain/lifecycle.py); 1 and 2 are
# upgraded as they are read (legacy.py).
# 4: visits carry their edit stamp (edited_at/edited_device), leads their follow-up
# (owner, done); older files read as never edited, no follow-up set (legacy.py).
VERSION = 4
# Limits of what a bundle may hold (issue 19). A 50k-lead show unpacks to about
# 60 MB; anything past these is no bundle Showfloor wrote.
MAX_UNPACKED = 512 * 1024 * 1024  # bytes of rows, unpacked
MAX_LINE = 1024 * 1024  # one row (a lead's longest fields fit in a few hundred KB)
MAX_MANIFEST = 1024 * 1024
MAX_ROWS_PER_LEAD = 1000  # visits plus trashed visits of one lead
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    unpacked: int = MAX_UNPACKED
    line: int = MAX_LINE
    rows_per_lead: int = MAX_ROWS_PER_LEAD


def write_bundle(
    path: Path,
    snap: Snapshot,
    device_id: str,
    extra: dict[str, Any] | None = None,
    *,
    signer: Ed25519PrivateKey | None = None,
    team_keys: tuple[bytes, ...] | list[bytes] = (),
    device_name: str = "",
    passphrase: str | None = None,
) -> dict[str, Any]:
    """Write ``snap`` to ``path`` atomically (a temp file renamed into place).

    Args:
        extra: more manifest keys (a team setup file's ``kind`` and settings).
        signer, team_keys: this laptop's key and the team keys it holds (keys.py);
            without a signer the file is unsigned (tests of older files only).
        passphrase: seal the file with it (sealed.py); None: a plain bundle.

    Returns:
        The manifest written.
    """
    lines = [
        orjson.dumps([name, to_json_row(name, row)])
        for name, rows in snap.tables.items()
        for row in rows
    ]
    body = b"\n".join(lines) + b"\n" if lines else b""
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "device_id": device_id,
        "created_at": iso(datetime.now(UTC)),
        "counts": snap.counts(),
        "sha256": hashlib.sha256(body).hexdigest(),
        **(extra or {}),
    }
    if device_name:
        manifest["device_name"] = device_name
    if signer is not None:
        sign_manifest(manifest, signer, team_keys)
    tmp = path.with_name(path.name + ".partial")
    try:
        with open(tmp, "wb") as raw:
            sink = SealedWriter(raw, passphrase) if passphrase else raw
            with sink, gzip.GzipFile(fileobj=sink, mode="wb", compresslevel=5) as out:
                out.write(json.dumps(manifest).encode() + b"\n")
                out.write(body)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise RefusedError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    return manifest


@dataclass(frozen=True)
class Bundle:
    """A verified bundle: its manifest, who signed it, and its rows."""

    path: Path
    manifest: dict[str, Any]
    signer: Signer
    snap: Snapshot
    incoming: Incoming  # what checking its rows found (times from the future)


def read_bundle(
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    limits: Limits = Limits(),
    passphrases: Passphrases = NONE,
) -> tuple[dict[str, Any], Snapshot]:
    """Read and verify a bundle (``open_bundle`` without who signed it)."""
    bundle = open_bundle(path, progress, limits, passphrases)
    return bundle.manifest, bundle.snap


def open_bundle(
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    limits: Limits = Limits(),
    passphrases: Passphrases = NONE,
) -> Bundle:
    """Verify a bundle completely, then parse it (unsealing it with ``passphrases``).

    Raises:
        RefusedError: one line naming the file and what is wrong with it.
    """
    name = path.name
    manifest, signer = _verified(path, limits, passphrases)
    with paused_gc():
        snap = _rows(path, manifest, progress, limits, passphrases)
    if snap.counts() != {t: _count(manifest, t) for t in TABLES}:
        raise RefusedError(f"{name} is damaged (row counts do not match); copy it again.")
    incoming = check_snapshot(name, snap, datetime.now(UTC))
    if manifest["version"] < 3:
        upgrade_snapshot(snap)
    if manifest["version"] < 4:
        add_edit_columns(snap)
    return Bundle(path, manifest, signer, snap, incoming)


def _count(manifest: dict[str, Any], table: str) -> int:
    counts = manifest.get("counts")
    value = counts.get(table, 0) if isinstance(counts, dict) else 0
    return value if isinstance(value, int) else -1


def read_bundle_events(path: Path, passphrases: Passphrases = NONE) -> list[dict[str, Any]]:
    """The events a bundle holds, read from its first lines only (they come right after
    the devices), to ask the booth lead about them before merging. Unchecked: the
    merge itself verifies the whole file.

    Raises:
        RefusedError: not a bundle, or unreadable.
    """
    events: list[dict[str, Any]] = []
    try:
        with _unpacked(path, passphrases) as src:
            _manifest(path.name, src.readline(MAX_MANIFEST + 1))
            for _ in range(10_000):  # devices and events only: a few lines
                line = src.readline(MAX_LINE + 1)
                if not line or len(line) > MAX_LINE:
                    break
                table, row = orjson.loads(line)
                if table == "events":
                    events.append(from_json_row(table, row))
                elif table != "devices":
                    break
    except (OSError, EOFError, zlib.error, ValueError, TypeError, KeyError) as exc:
        raise RefusedError(f"{path.name} cannot be read: it is not a sound bundle.") from exc
    return events


def verify_bundle(
    path: Path, limits: Limits = Limits(), passphrases: Passphrases = NONE
) -> dict[str, Any]:
    """Check a bundle's manifest, signature and checksum without keeping its rows.

    Raises:
        RefusedError: as ``read_bundle``.
    """
    return _verified(path, limits, passphrases)[0]


def bundle_signer(
    path: Path, limits: Limits = Limits(), passphrases: Passphrases = NONE
) -> tuple[dict[str, Any], Signer]:
    """``verify_bundle``, with who signed the file."""
    return _verified(path, limits, passphrases)


@contextmanager
def _unpacked(path: Path, passphrases: Passphrases) -> Iterator[gzip.GzipFile]:
    """The gzip stream of a bundle, unsealed first when it is sealed (sealed.py)."""
    with open(path, "rb") as raw:
        src = open_sealed(raw, path.name, passphrases)
        with gzip.GzipFile(fileobj=src, mode="rb") as unpacked:
            yield unpacked


def _open_errors(path: Path, exc: BaseException) -> RefusedError:
    name = path.name
    if isinstance(exc, FileNotFoundError):
        return RefusedError(f"{path} does not exist; check the file name.")
    if isinstance(exc, gzip.BadGzipFile):
        return RefusedError(f"{name} is not a Showfloor bundle (sync bundle makes one).")
    if isinstance(exc, EOFError | zlib.error):
        return RefusedError(f"{name} is truncated or damaged; copy it again.")
    if isinstance(exc, OSError):
        return RefusedError(f"Cannot read {path}: {exc.strerror or exc}.")
    return RefusedError(f"{name} cannot be read: it is not a sound bundle.")


def _verified(
    path: Path, limits: Limits, passphrases: Passphrases
) -> tuple[dict[str, Any], Signer]:
    """First pass: manifest, signature, then every unpacked byte counted and hashed."""
    name = path.name
    try:
        with _unpacked(path, passphrases) as src:
            manifest = _manifest(name, src.readline(MAX_MANIFEST + 1))
            signer = check_signature(name, manifest)
            digest = _stream_digest(name, src, limits)
    except RefusedError:
        raise
    except (OSError, EOFError, zlib.error) as exc:
        raise _open_errors(path, exc) from exc
    if digest != manifest.get("sha256"):
        raise RefusedError(f"{name} is damaged (checksum mismatch); copy it again.")
    return manifest, signer


def _stream_digest(name: str, src: gzip.GzipFile, limits: Limits) -> str:
    digest = hashlib.sha256()
    total = 0
    line = 0  # bytes since the last line break
    while chunk := src.read(_CHUNK):
        total += len(chunk)
        if total > limits.unpacked:
            raise RefusedError(
                f"{name} is refused: it unpacks to more than {limits.unpacked // 2**20} MB, "
                "far more than any show's bundle; it was not made by Showfloor."
            )
        pieces = chunk.split(b"\n")
        if len(pieces) == 1:
            line += len(chunk)
        else:
            longest = max(line + len(pieces[0]), *map(len, pieces[1:-1]), 0)
            line = longest if longest > limits.line else len(pieces[-1])
        if line > limits.line:
            raise RefusedError(
                f"{name} is refused: one of its rows is longer than "
                f"{limits.line // 1024} KB; it was not made by Showfloor."
            )
        digest.update(chunk)
    return digest.hexdigest()


def _manifest(name: str, head: bytes) -> dict[str, Any]:
    if len(head) > MAX_MANIFEST:
        head = b""
    try:
        manifest = json.loads(head)
    except ValueError:
        manifest = None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise RefusedError(f"{name} is not a Showfloor bundle (sync bundle makes one).")
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > VERSION:
        raise RefusedError(
            f"{name} was made by a newer Showfloor (bundle format {version}); "
            "update Showfloor on this laptop, then merge again."
        )
    return manifest


def _lines(path: Path, limits: Limits, passphrases: Passphrases) -> Iterator[bytes]:
    with _unpacked(path, passphrases) as src:
        src.readline(MAX_MANIFEST + 1)
        while line := src.readline(limits.line + 1):
            yield line


def _rows(
    path: Path,
    manifest: dict[str, Any],
    progress: Callable[[int, int], None] | None,
    limits: Limits,
    passphrases: Passphrases,
) -> Snapshot:
    """Second pass: the rows, parsed one line at a time, with the checksum again."""
    name = path.name
    snap = Snapshot()
    digest = hashlib.sha256()
    per_lead: Counter[str] = Counter()
    expected = max(1, sum(max(0, _count(manifest, t)) for t in TABLES))
    i = 0
    try:
        for i, line in enumerate(_lines(path, limits, passphrases)):
            digest.update(line)
            table, row = orjson.loads(line)
            rows = snap.tables[table]
            rows.append(from_json_row(table, row))
            if table == "visits" or table == "visit_trash":
                lead_id = str(row.get("lead_id"))
                per_lead[lead_id] += 1
                if per_lead[lead_id] > limits.rows_per_lead:
                    raise RefusedError(
                        f"{name} is refused: lead {lead_id[:8]} holds more than "
                        f"{limits.rows_per_lead} visits, which no booth records; "
                        "it was not made by Showfloor."
                    )
            if progress is not None and i % 20_000 == 0:
                progress(i, expected)
    except RefusedError:
        raise
    except (OSError, EOFError, zlib.error) as exc:
        raise _open_errors(path, exc) from exc
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise RefusedError(
            f"{name} holds rows this Showfloor cannot read (line {i + 2}); it is damaged."
        ) from exc
    if digest.hexdigest() != manifest.get("sha256"):
        raise RefusedError(f"{name} changed while it was read; copy it again.")
    return snap
