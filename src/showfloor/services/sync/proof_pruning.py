"""A push drops the proofs nothing needs any more, so the proof tables stay bounded.

Each push adds one signed batch (row_proofs.py) and points the rows it signed at it;
a row signed again points at the newer batch, and the older one vouches for fewer
rows. A batch no row points at any more is superseded whole: a pull never reads it
again, so the push that superseded it deletes it. Rows the push removed from the
server (a lead joined into another, an erased lead, a visit moved to the trash)
lose their proof with them: a pull checks only rows that are there. A batch that
still vouches for one row stays whole, since its signature covers its whole list.

After N pushes of the same lead there are at most as many batches as rows on the
server, and mostly far fewer (tests/unit/sync/test_proof_pruning.py).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from sqlalchemy import Connection, Table, delete, exists, select

from showfloor.services.sync.snapshot import CHUNK, TABLES
from showfloor.store.models import SyncBatch, SyncRowProof

_BATCHES: Table = SyncBatch.__table__  # type: ignore[assignment]
_PROOFS: Table = SyncRowProof.__table__  # type: ignore[assignment]
# The tables whose rows a merge deletes, keyed by their id.
_REMOVABLE = ("leads", "visits", "visit_trash")


def prune_proofs(
    conn: Connection, maybe_gone: Mapping[str, Collection[str]], replaced: Collection[int]
) -> int:
    """Drop the proofs of the rows of ``maybe_gone`` (by table, row key) that are no
    longer on the server, then the batches among ``replaced`` (and those of the
    dropped proofs) that no proof points at. Returns how many batches went."""
    candidates = set(replaced)
    for table, keys in maybe_gone.items():
        if table in _REMOVABLE and keys:
            candidates |= _drop_proofs_of_gone_rows(conn, table, sorted(set(keys)))
    gone = 0
    ordered = sorted(candidates)
    for start in range(0, len(ordered), CHUNK):
        part = ordered[start : start + CHUNK]
        unused = ~exists().where(_PROOFS.c.batch_id == _BATCHES.c.id)
        gone += conn.execute(delete(_BATCHES).where(_BATCHES.c.id.in_(part), unused)).rowcount
    return gone


def _drop_proofs_of_gone_rows(conn: Connection, table: str, keys: list[str]) -> set[int]:
    """Delete the proofs of ``table``'s rows among ``keys`` that are gone; their batches."""
    target = TABLES[table]
    batches: set[int] = set()
    for start in range(0, len(keys), CHUNK):
        part = keys[start : start + CHUNK]
        present = set(conn.execute(select(target.c.id).where(target.c.id.in_(part))).scalars())
        gone = [k for k in part if k not in present]
        if not gone:
            continue
        where = (_PROOFS.c.table_name == table, _PROOFS.c.row_key.in_(gone))
        batches.update(conn.execute(select(_PROOFS.c.batch_id).where(*where)).scalars())
        conn.execute(delete(_PROOFS).where(*where))
    return batches
