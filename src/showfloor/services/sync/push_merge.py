"""The server's side of a push: check, merge, sign, prune, in the push's transaction.

What the merge builds on is checked first (row_proofs.py): a server row the pushing
laptop holds that fails its check is set back to the laptop's own copy; the
server's leads its leads would join under another id are checked in the merge's
``hold_back`` (joined_rows.py). Then the rows the merge changed are signed and the
proofs no pull needs any more are dropped (proof_pruning.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, update

from showfloor.services.sync.joined_rows import JoinedRows
from showfloor.services.sync.merge import MergeSummary, merge_snapshot
from showfloor.services.sync.proof_pruning import prune_proofs
from showfloor.services.sync.row_proofs import (
    BY_LEAD,
    LaptopSigner,
    Refusal,
    check_rows,
    put_back,
    row_key,
    sign_rows,
)
from showfloor.services.sync.snapshot import (
    TABLES,
    Snapshot,
    changed_since,
    log_top,
    read_snapshot,
    row_log_top,
)
from showfloor.services.sync.trust import Me
from showfloor.store.types import utcnow

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Merged:
    summary: MergeSummary
    unsigned_left: int  # rows on the server this push could not vouch for, not signed
    refused: tuple[Refusal, ...]  # server rows that pushed leads would have joined
    held: frozenset[str]  # the pushed leads left out because of them


def merge_signed(
    conn: Connection, snap: Snapshot, progress: Progress | None, me: Me, signer: LaptopSigner
) -> Merged:
    """Merge and sign (row_proofs.py); the server's leads that pushed leads join are
    checked first, and a pushed lead that would join a failing one stays out."""
    top, rows_top = log_top(conn), row_log_top(conn)
    # What the merge will build on: a row there this laptop cannot vouch for is not
    # signed over, whatever the merge makes of it.
    before = read_snapshot(conn, lead_ids=[r["id"] for r in snap["leads"]])
    doubtful = check_rows(conn, before, me).doubtful
    put = put_back(conn, snap, doubtful)
    doubtful -= put
    # Rows put back are signed again even where no change log sees an update (a
    # deleted visit's row): their leads are read back with the merge's changes.
    put_leads = {
        str(r["id"] if table == "leads" else r["lead_id"])
        for table in BY_LEAD
        for r in snap[table]
        if (table, row_key(table, r)) in put
    }
    joined = JoinedRows(conn, me)
    summary = merge_snapshot(conn, snap, progress, hold_back=joined)
    # PIN hashes never belong on a server; an older version pushed them: forget those.
    staff = TABLES["staff"]
    conn.execute(update(staff).where(staff.c.pin_hash.is_not(None)).values(pin_hash=None))
    after = read_snapshot(
        conn, lead_ids=changed_since(conn, top) | put_leads, rows_since=rows_top
    )
    left, replaced = sign_rows(conn, after, doubtful, signer, utcnow())
    # Proofs nothing needs any more: batches every row of which was signed again,
    # and the proofs of the rows the merge removed (a loser of a join, the trash).
    maybe_gone = {t: {row_key(t, r) for r in before[t]} for t in before.tables}
    for table, keys in joined.looked.items():
        maybe_gone.setdefault(table, set()).update(keys)
    prune_proofs(conn, maybe_gone, replaced)
    return Merged(summary, left, tuple(joined.refused), frozenset(joined.held))
