"""Bundle files: one laptop's data in one gzip'd JSON-lines file, checked before use.

Line 1 is a manifest (format, version, source device, counts, SHA-256 of the rest);
every other line is ``["table", {row}]``. Reading verifies everything before the
merge touches the database, so a damaged file changes nothing.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from showfloor.domain.errors import RefusedError
from showfloor.services.sync.clock import iso
from showfloor.services.sync.legacy import add_edit_columns, upgrade_snapshot
from showfloor.services.sync.snapshot import (
    TABLES,
    Snapshot,
    from_json_row,
    paused_gc,
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


def write_bundle(
    path: Path, snap: Snapshot, device_id: str, extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Write ``snap`` to ``path`` atomically (a temp file renamed into place).

    Args:
        extra: more manifest keys (a team setup file's ``kind`` and settings).

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
    tmp = path.with_name(path.name + ".partial")
    try:
        with gzip.open(tmp, "wb", compresslevel=5) as out:
            out.write(json.dumps(manifest).encode() + b"\n")
            out.write(body)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise RefusedError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    return manifest


def read_bundle(
    path: Path, progress: Callable[[int, int], None] | None = None
) -> tuple[dict[str, Any], Snapshot]:
    """Read and verify a bundle.

    Raises:
        RefusedError: one line naming the file and what is wrong with it.
    """
    name = path.name
    manifest, body = _verified(path)
    with paused_gc():
        snap = _rows(name, body, progress)
    if snap.counts() != {t: int(manifest.get("counts", {}).get(t, 0)) for t in TABLES}:
        raise RefusedError(f"{name} is damaged (row counts do not match); copy it again.")
    if manifest["version"] < 3:
        upgrade_snapshot(snap)
    if manifest["version"] < 4:
        add_edit_columns(snap)
    return manifest, snap


def read_bundle_events(path: Path) -> list[dict[str, Any]]:
    """The events a bundle holds, read from its first lines only (they come right after
    the devices), to ask the booth lead about them before merging. Unchecked: the
    merge itself verifies the whole file.

    Raises:
        RefusedError: not a bundle, or unreadable.
    """
    events: list[dict[str, Any]] = []
    try:
        with gzip.open(path, "rb") as src:
            _manifest(path.name, src.readline())
            for line in src:
                table, row = orjson.loads(line)
                if table == "events":
                    events.append(from_json_row(table, row))
                elif table != "devices":
                    break
    except (OSError, EOFError, zlib.error, ValueError, TypeError, KeyError) as exc:
        raise RefusedError(f"{path.name} cannot be read: it is not a sound bundle.") from exc
    return events


def verify_bundle(path: Path) -> dict[str, Any]:
    """Check a bundle's manifest and checksum without reading its rows.

    Raises:
        RefusedError: as ``read_bundle``.
    """
    return _verified(path)[0]


def _verified(path: Path) -> tuple[dict[str, Any], bytes]:
    name = path.name
    try:
        with gzip.open(path, "rb") as src:
            data = src.read()
    except FileNotFoundError as exc:
        raise RefusedError(f"{path} does not exist; check the file name.") from exc
    except gzip.BadGzipFile as exc:
        raise RefusedError(f"{name} is not a Showfloor bundle (sync bundle makes one).") from exc
    except (EOFError, zlib.error) as exc:
        raise RefusedError(f"{name} is truncated or damaged; copy it again.") from exc
    except OSError as exc:
        raise RefusedError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    head, _, body = data.partition(b"\n")
    manifest = _manifest(name, head)
    if hashlib.sha256(body).hexdigest() != manifest.get("sha256"):
        raise RefusedError(f"{name} is damaged (checksum mismatch); copy it again.")
    return manifest, body


def _manifest(name: str, head: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(head)
    except ValueError:
        manifest = None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise RefusedError(f"{name} is not a Showfloor bundle (sync bundle makes one).")
    version = manifest.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise RefusedError(
            f"{name} was made by a newer Showfloor (bundle format {version}); "
            "update Showfloor on this laptop, then merge again."
        )
    return manifest


def _rows(name: str, body: bytes, progress: Callable[[int, int], None] | None) -> Snapshot:
    snap = Snapshot()
    lines = body.splitlines()
    try:
        for i, line in enumerate(lines):
            table, row = orjson.loads(line)
            snap.tables[table].append(from_json_row(table, row))
            if progress is not None and i % 20_000 == 0:
                progress(i, len(lines))
    except (ValueError, KeyError, TypeError) as exc:
        raise RefusedError(f"{name} holds rows this Showfloor cannot read; it is damaged.") from exc
    return snap
