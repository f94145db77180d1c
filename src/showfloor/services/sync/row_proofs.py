"""Team-sync rows carry the signature of the laptop that wrote them (issue 19).

Everyone who can sync can also reach the team database with SQL, so a pull does
not take the server's rows on faith. Each push ends by signing what it changed
there: one *batch* per push, a manifest listing the SHA-256 of every row the push
wrote, signed as a bundle's manifest is (signing.py: the laptop's Ed25519 signature
and an HMAC under each team key it holds), and one *proof* per row naming its
batch. One signature per push, not one per row: a pull checks every attendee each
round, and a digest costs microseconds where an Ed25519 check costs a quarter of a
millisecond.

A pull keeps a row only when its digest is the one its batch lists and the batch's
signer is trusted here (trust.py: this laptop, a laptop of the team, or one the
booth lead accepted). Anything else stays out of the merge and is reported: a row
changed on the server after it was signed, a row nobody signed, a row from a laptop
not trusted yet. A lead left out takes its visits and aliases with it.

A push vouches only for what it could check: before merging it checks the server's
rows it merges into. A row that fails there and that the pushing laptop holds too
is set back to the laptop's own copy first (so the laptop that wrote a row repairs
it with its next push of it); any other failing row is not signed over (the merged
row would carry what the laptop could not check), and the push counts it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, Table, delete, insert, select, update
from sqlalchemy.orm import Session

from showfloor.domain.errors import RefusedError
from showfloor.services.events import this_device_name
from showfloor.services.sync.clock import Row
from showfloor.services.sync.incoming import row_label
from showfloor.services.sync.keys import laptop_key, team_keys
from showfloor.services.sync.signing import Signer, check_signature, sign_manifest
from showfloor.services.sync.snapshot import CHUNK, TABLES, Snapshot, to_json_row
from showfloor.services.sync.trust import Me, Trust, judge
from showfloor.store.models import SyncBatch, SyncRowProof
from showfloor.store.settings import THIS_DEVICE, get_setting

KIND = "showfloor-team-rows-v1"
_BATCHES: Table = SyncBatch.__table__  # type: ignore[assignment]
_PROOFS: Table = SyncRowProof.__table__  # type: ignore[assignment]
_KEY_COLUMNS = {
    "tombstones": ("entity", "entity_id"),
    "lead_aliases": ("alias_id",),
    "event_aliases": ("alias_id",),
}
# Rows that belong to a lead: they stay out with it.
_OF_LEAD = ("visits", "visit_trash", "lead_aliases")
# The tables a pull reads by what changed (the others travel whole every time).
BY_LEAD = ("leads", "visits", "visit_trash")
_NAME = "A row on the team server"

CHANGED = "was changed on the team server after it was signed (signature mismatch)"
UNSIGNED = "is signed by no laptop (written to the team server by hand?)"
FORGED = "is signed under a key that is not the one of the laptop it names"


def row_key(table: str, row: Mapping[str, Any]) -> str:
    return ":".join(str(row.get(c)) for c in _KEY_COLUMNS.get(table, ("id",)))


def row_digest(table: str, row: Row) -> str:
    """The SHA-256 of a row as it leaves a database, in one fixed form."""
    text = json.dumps(
        to_json_row(table, row),
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
        default=str,
    )
    return hashlib.sha256(f"{table}\x00{text}".encode()).hexdigest()


@dataclass(frozen=True)
class Refusal:
    """One row a pull left out, as the booth lead is told."""

    table: str
    key: str
    label: str  # "lead 3f2a1b9c (Ada Lovelace)"
    reason: str

    def line(self) -> str:
        return f"{self.label} {self.reason}"

    def to_json_dict(self) -> dict[str, str]:
        return {"table": self.table, "key": self.key, "row": self.label, "reason": self.reason}


def untrusted(trust: Trust) -> str:
    return f"comes from a laptop this one does not trust yet: {trust.laptop_label()}"


def refusals_line(refusals: Iterable[Refusal]) -> str | None:
    """One line for all refused rows, naming the first; None when there are none."""
    rows = list(refusals)
    if not rows:
        return None
    more = f" (and {len(rows) - 1} more)" if len(rows) > 1 else ""
    return (
        f"refused {len(rows)} row{'s' if len(rows) > 1 else ''} from the team server, "
        f"not merged: {rows[0].line()}{more}"
    )


@dataclass
class RowCheck:
    """What checking the server's rows found."""

    refused: list[Refusal] = field(default_factory=list)
    # Signed by a laptop not trusted yet, by public key (accepted with --trust).
    new_laptops: dict[str, Trust] = field(default_factory=dict)
    # Each row's proof as read, (digest, batch id), by (table, row key).
    proofs: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)

    @property
    def doubtful(self) -> set[tuple[str, str]]:
        return {(r.table, r.key) for r in self.refused}


@dataclass(frozen=True)
class _Batch:
    rows: Mapping[str, Any]
    trust: Trust | None  # None: the batch itself is no good
    reason: str = ""


def check_rows(conn: Connection, snap: Snapshot, me: Me, *, accept_new: bool = False) -> RowCheck:
    """Which rows of ``snap`` (read from the server behind ``conn``) are vouched for.

    With ``accept_new``, rows signed by a laptop not trusted yet pass (and that
    laptop is listed in ``new_laptops`` for the caller to remember).
    """
    keys = {t: [row_key(t, r) for r in rows] for t, rows in snap.tables.items()}
    proofs = load_proofs(conn, keys)
    batches = _load_batches(conn, {p[1] for p in proofs.values()}, me)
    out = RowCheck(proofs=proofs)
    for table, rows in snap.tables.items():
        for key, row in zip(keys[table], rows, strict=True):
            reason = _reason(table, key, row, proofs.get((table, key)), batches, out, accept_new)
            if reason:
                out.refused.append(Refusal(table, key, row_label(table, row), reason))
    return out


def _reason(
    table: str,
    key: str,
    row: Row,
    proof: tuple[str, int] | None,
    batches: Mapping[int, _Batch],
    out: RowCheck,
    accept_new: bool,
) -> str:
    if proof is None:
        return UNSIGNED
    digest, batch_id = proof
    batch = batches.get(batch_id)
    if batch is None or batch.trust is None:
        return batch.reason if batch is not None else CHANGED
    listed = batch.rows.get(table)
    if digest != row_digest(table, row) or not isinstance(listed, Mapping):
        return CHANGED
    if listed.get(key) != digest:
        return CHANGED
    trust = batch.trust
    if trust.trusted:
        return ""
    if trust.signer.public is not None:
        out.new_laptops[trust.signer.public] = trust
        if accept_new:
            return ""
    return untrusted(trust)


def drop_refused(snap: Snapshot, refused: Iterable[Refusal]) -> set[tuple[str, str]]:
    """Take refused rows out of ``snap`` (in place), with every row that points at one
    (a lead of a refused event or laptop, the visits and aliases of a refused lead):
    nothing is merged half. Returns the rows held back with them, as (table, row key)
    (a pull asks for those again once what holds them passes)."""
    gone: dict[str, set[str]] = {t: set() for t in TABLES}
    for r in refused:
        gone[r.table].add(r.key)
    held: set[tuple[str, str]] = set()
    for table in TABLES:  # foreign keys first: a row's references are decided before it
        links = _links(table)
        rows = snap.tables[table]
        kept = []
        for row in rows:
            key = row_key(table, row)
            if key not in gone[table] and not any(
                row.get(column) in gone[target] for column, target in links
            ):
                kept.append(row)
                continue
            if key not in gone[table]:
                gone[table].add(key)
                held.add((table, key))
        if len(kept) != len(rows):
            snap.tables[table] = kept
    return held


@cache
def _links(table: str) -> tuple[tuple[str, str], ...]:
    """(column, table it points at) for a table's foreign keys, and a lead's rows."""
    out = {
        (column.name, fk.column.table.name)
        for column in TABLES[table].columns
        for fk in column.foreign_keys
        if fk.column.table.name in TABLES
    }
    if table in _OF_LEAD:
        out.add(("lead_id", "leads"))
    return tuple(sorted(out))


def put_back(
    conn: Connection, snap: Snapshot, doubtful: set[tuple[str, str]]
) -> set[tuple[str, str]]:
    """Before a push merges: a server row that fails its check and that the pushing
    laptop holds too is set back to the laptop's own row (which it can vouch for),
    so the merge builds on that. Returns the rows put back."""
    done: set[tuple[str, str]] = set()
    if not doubtful:
        return done
    for table, rows in snap.tables.items():
        target, columns = TABLES[table], _KEY_COLUMNS.get(table, ("id",))
        for row in rows:
            key = (table, row_key(table, row))
            if key in doubtful:
                where = [target.c[c] == row[c] for c in columns]
                conn.execute(update(target).where(*where).values(**row))
                done.add(key)
    return done


@dataclass(frozen=True)
class LaptopSigner:
    """What a push signs with: this laptop's key, its team keys and its names."""

    key: Ed25519PrivateKey
    team_keys: list[bytes]
    device_id: str
    device_name: str


def sign_rows(
    conn: Connection,
    snap: Snapshot,
    doubtful: set[tuple[str, str]],
    signer: LaptopSigner,
    now: datetime,
) -> tuple[int, set[int]]:
    """Sign the rows of ``snap`` (read back from the server after a push's merge) whose
    proof no longer matches, except the ``doubtful`` ones. Returns how many of those
    were left unsigned (rows on the server this push could not vouch for) and the
    batches whose proofs the new batch replaced (proof_pruning.py)."""
    keys = {t: [row_key(t, r) for r in rows] for t, rows in snap.tables.items()}
    proofs = load_proofs(conn, keys)
    to_sign: dict[str, dict[str, str]] = {}
    replaced: set[int] = set()
    left = 0
    for table, rows in snap.tables.items():
        for key, row in zip(keys[table], rows, strict=True):
            digest = row_digest(table, row)
            proof = proofs.get((table, key))
            if proof is not None and proof[0] == digest:
                continue
            if (table, key) in doubtful:
                left += 1
                continue
            to_sign.setdefault(table, {})[key] = digest
            if proof is not None:
                replaced.add(proof[1])
    if not to_sign:
        return left, replaced
    manifest: dict[str, Any] = {
        "kind": KIND,
        "device_id": signer.device_id,
        "device_name": signer.device_name,
        "signed_at": now.isoformat(),
        "rows": to_sign,
    }
    sign_manifest(manifest, signer.key, signer.team_keys)
    batch_id = conn.execute(
        insert(_BATCHES)
        .values(device_id=signer.device_id, signed_at=now, manifest=manifest)
        .returning(_BATCHES.c.id)
    ).scalar_one()
    for table, digests in to_sign.items():
        names = sorted(digests)
        for start in range(0, len(names), CHUNK):
            part = names[start : start + CHUNK]
            conn.execute(
                delete(_PROOFS).where(_PROOFS.c.table_name == table, _PROOFS.c.row_key.in_(part))
            )
            conn.execute(
                insert(_PROOFS),
                [
                    {"table_name": table, "row_key": k, "digest": digests[k], "batch_id": batch_id}
                    for k in part
                ],
            )
    return left, replaced


def load_proofs(
    conn: Connection, keys: Mapping[str, list[str]]
) -> dict[tuple[str, str], tuple[str, int]]:
    """The proofs of these rows (by table): (digest, batch id) by (table, row key)."""
    out: dict[tuple[str, str], tuple[str, int]] = {}
    for table, names in keys.items():
        unique = sorted(set(names))
        for start in range(0, len(unique), CHUNK):
            part = unique[start : start + CHUNK]
            query = select(_PROOFS.c.row_key, _PROOFS.c.digest, _PROOFS.c.batch_id).where(
                _PROOFS.c.table_name == table, _PROOFS.c.row_key.in_(part)
            )
            for name, digest, batch_id in conn.execute(query):
                out[(table, str(name))] = (str(digest), int(batch_id))
    return out


# Signatures already checked in this process (the live sync pulls every few
# seconds, and a batch never changes): by the SHA-256 of the manifest's exact text.
_VERIFIED: dict[bytes, Signer] = {}
_VERIFIED_MAX = 10_000


def _load_batches(conn: Connection, ids: set[int], me: Me) -> dict[int, _Batch]:
    out: dict[int, _Batch] = {}
    wanted = sorted(ids)
    for start in range(0, len(wanted), CHUNK):
        part = wanted[start : start + CHUNK]
        query = select(_BATCHES.c.id, _BATCHES.c.manifest).where(_BATCHES.c.id.in_(part))
        for batch_id, manifest in conn.execute(query):
            out[int(batch_id)] = _judge_batch(manifest, me)
    return out


def _judge_batch(manifest: object, me: Me) -> _Batch:
    if not isinstance(manifest, dict) or manifest.get("kind") != KIND:
        return _Batch({}, None, CHANGED)
    rows = manifest.get("rows")
    if not isinstance(rows, Mapping):
        return _Batch({}, None, CHANGED)
    text = json.dumps(manifest, sort_keys=True, separators=(",", ":"), default=str)
    seen = hashlib.sha256(text.encode()).digest()
    signer = _VERIFIED.get(seen)
    try:
        if signer is None:
            signer = check_signature(_NAME, manifest)
            if len(_VERIFIED) >= _VERIFIED_MAX:
                _VERIFIED.clear()
            _VERIFIED[seen] = signer
        if not signer.signed:
            return _Batch(rows, None, UNSIGNED)
        trust = judge(_NAME, manifest, signer, me)
    except RefusedError as exc:
        reason = CHANGED if "signature mismatch" in str(exc) else FORGED
        return _Batch(rows, None, reason)
    return _Batch(rows, trust)


def laptop_signer(session: Session) -> LaptopSigner:
    """This laptop's signing key and team keys (made on first use) and names; a laptop
    that saved nothing yet has no device row, and none is made here (it would be a
    change for the team sync to send)."""
    device_id = str(get_setting(session, THIS_DEVICE) or "")
    key, keys = laptop_key(session), team_keys(session)
    return LaptopSigner(key, keys, device_id, this_device_name(session))
