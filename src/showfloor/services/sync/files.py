"""`sync bundle` / `sync merge`: a data dir to a file, and a file into a data dir."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from showfloor.services.events import this_device
from showfloor.services.sync.bundle import read_bundle, verify_bundle, write_bundle
from showfloor.services.sync.merge import MergeSummary, merge_snapshot
from showfloor.services.sync.snapshot import read_snapshot
from showfloor.store.database import Database, storage_errors

Progress = Callable[[int, int], None]
Into = Mapping[str, str | None] | str | None


@dataclass(frozen=True)
class BundleInfo:
    path: Path
    leads: int
    visits: int


def create_bundle(db: Database, path: Path) -> BundleInfo:
    """Write every mergeable row of ``db`` to ``path`` (read in one transaction)."""
    with storage_errors(db.path):
        with db.session() as session:
            device_id = this_device(session).id
        with db.engine.connect() as conn, conn.begin():
            snap = read_snapshot(conn)
    write_bundle(path, snap, device_id)
    return BundleInfo(path, len(snap["leads"]), len(snap["visits"]))


def merge_bundle(
    db: Database, path: Path, progress: Progress | None = None, *, into: Into = None
) -> MergeSummary:
    """Verify ``path`` completely, then merge it in one transaction.

    Args:
        into: where the bundle's events go when no rule joins them to one here: a
            local event id for all, or per incoming event id (None: kept apart).

    Raises:
        RefusedError: the file is not a sound bundle; the database is unchanged.
    """
    _manifest, snap = read_bundle(path)
    with storage_errors(db.path), db.engine.begin() as conn:
        return merge_snapshot(conn, snap, progress, into=into)


def merge_bundles(
    db: Database, paths: Sequence[Path], progress: Progress | None = None, *, into: Into = None
) -> MergeSummary:
    """Merge several laptops' bundles: every file's manifest and checksum are checked
    first, so a damaged or foreign file stops the lot before anything changes; then
    each merges in its own transaction (merging is order-free, and a file merged
    twice changes nothing, so running the command again after a failure is safe).

    Raises:
        RefusedError: naming the first file that fails the checks (then nothing has
            changed), or one whose rows turn out unreadable (files before it stay merged).
    """
    for path in paths:
        verify_bundle(path)
    total = MergeSummary()
    steps = 10
    for i, path in enumerate(paths):

        def step(done: int, of: int, base: int = i * steps) -> None:
            if progress is not None:
                progress(base + (done * steps) // max(of, 1), len(paths) * steps)

        total = total + merge_bundle(db, path, step, into=into)
    return total
