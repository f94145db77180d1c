"""`sync bundle` / `sync merge`: a data dir to a file, and a file into a data dir.

Before a bundle changes anything here (issue 19) it must be sound (bundle.py), its
rows must pass the capture's rules (incoming.py), and it must come from a laptop
this one trusts (trust.py). A bundle from a laptop not trusted yet, or one that
would remove or overwrite more than a handful of leads, is merged once to see what
it would do, rolled back, and refused with that preview: the booth lead merges it
again with ``trust`` (``--trust``) or ``yes`` (``--yes``) once they agree.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from showfloor.domain.errors import RefusedError
from showfloor.services.events import this_device
from showfloor.services.sync.bundle import bundle_signer, open_bundle, write_bundle
from showfloor.services.sync.erased_elsewhere import ErasedPeople, after_erasing, erased_here
from showfloor.services.sync.keys import (
    laptop_key,
    remember_laptop,
    stored_laptop_key,
    team_keys,
)
from showfloor.services.sync.merge import MergeSummary, merge_snapshot
from showfloor.services.sync.passphrase import event_passphrase, with_stored
from showfloor.services.sync.sealed import NONE, Passphrases
from showfloor.services.sync.snapshot import read_snapshot
from showfloor.services.sync.trust import How, Trust, judge, judge_bundle, local_identity
from showfloor.services.sync.written import note_bundle_written
from showfloor.store.database import Database, storage_errors
from showfloor.store.models import Device
from showfloor.store.settings import THIS_DEVICE, get_setting

Progress = Callable[[int, int], None]
Into = Mapping[str, str | None] | str | None
HANDFUL = 5  # leads a merge may remove or overwrite before it asks first


@dataclass(frozen=True)
class BundleInfo:
    path: Path
    leads: int
    visits: int
    sealed: bool = False  # written with the team passphrase


def create_bundle(db: Database, path: Path, passphrase: str | None = None) -> BundleInfo:
    """Write every mergeable row of ``db`` to ``path`` (read in one transaction), signed
    by this laptop, and sealed with ``passphrase`` or else the current event's team
    passphrase when it has one (passphrase.py)."""
    with storage_errors(db.path):
        with db.session() as session:
            passphrase = passphrase or event_passphrase(session)
            if db.read_only:
                # Nothing can be written (a locked stick, a full disk): the leads must
                # still get out, signed by this laptop's key if it has one.
                device_id = str(get_setting(session, THIS_DEVICE) or "read-only-laptop")
                device = session.get(Device, device_id)
                device_name = device.name if device is not None else "a read-only laptop"
                signer = stored_laptop_key(session) or Ed25519PrivateKey.generate()
                keys = team_keys(session, create=False)
            else:
                device = this_device(session)
                device_id, device_name = device.id, device.name
                signer, keys = laptop_key(session), team_keys(session)
        with db.engine.connect() as conn, conn.begin():
            snap = read_snapshot(conn)
    write_bundle(
        path,
        snap,
        device_id,
        signer=signer,
        team_keys=keys,
        device_name=device_name,
        passphrase=passphrase,
    )
    if not db.read_only:
        with storage_errors(db.path), db.session() as session:
            note_bundle_written(session, path, len(snap["leads"]))
    return BundleInfo(path, len(snap["leads"]), len(snap["visits"]), bool(passphrase))


@dataclass(frozen=True)
class MergePreview:
    """What a refused merge would have done: shown to the booth lead, who decides."""

    path: Path
    trust: Trust
    summary: MergeSummary
    events: tuple[str, ...]

    @property
    def removes(self) -> int:
        return self.summary.removed_leads

    @property
    def overwrites(self) -> int:
        return self.summary.overwritten_leads

    def what_it_does(self) -> str:
        events = ", ".join(f"'{e}'" for e in self.events) or "no event"
        return (
            f"for {events} it adds {_n(self.summary.new_leads, 'lead')}, changes "
            f"{_changed(self.summary)} and removes {self.removes}"
        )


def _changed(summary: MergeSummary) -> int:
    return sum(1 for c in summary.changes if c.change.name in ("UPDATED", "JOINED", "RESTORED"))


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


class NeedsTrustError(RefusedError):
    """The bundle comes from a laptop this one does not trust yet (or is unsigned)."""

    def __init__(self, preview: MergePreview) -> None:
        self.preview = preview
        trust = preview.trust
        name = preview.path.name
        if trust.signer.signed:
            head = (
                f"{name} comes from a laptop this one does not trust yet: "
                f"{trust.laptop_label()}"
            )
            advice = "If you know that laptop, merge again with --trust (it is then remembered)."
            self.window_text = (
                f"{head}. It would add {_n(preview.summary.new_leads, 'lead')}, change "
                f"{_changed(preview.summary)} and remove {preview.removes} (each is listed "
                "below). Nothing is merged until you trust it; it is then remembered."
            )
        else:
            head = f"{name} is not signed (an older Showfloor wrote it, or it was made by hand)"
            advice = "Merge it with --trust only if you know where it comes from."
            self.window_text = (
                f"{head}. It would add {_n(preview.summary.new_leads, 'lead')}, change "
                f"{_changed(preview.summary)} and remove {preview.removes} (each is listed "
                "below). Merge it only if you know where it comes from."
            )
        super().__init__(f"{head}; {preview.what_it_does()}. Nothing was merged. {advice}")


class NeedsConfirmationError(RefusedError):
    """The merge would remove or overwrite many leads, or rename an event."""

    def __init__(self, preview: MergePreview) -> None:
        self.preview = preview
        parts = []
        if preview.removes > HANDFUL:
            parts.append(
                f"remove {_n(preview.removes, 'lead')} (deleted or erased on another laptop)"
            )
        if preview.overwrites > HANDFUL:
            parts.append(
                f"overwrite the details of {_n(preview.overwrites, 'lead')} with newer edits "
                "from another laptop"
            )
        parts += [f"rename the event '{a}' to '{b}'" for a, b in preview.summary.renamed_events]
        what = f"Merging {preview.path.name} would {' and '.join(parts)}."
        self.window_text = f"{what} Each lead is listed below; nothing is merged unless you say so."
        super().__init__(
            f"{what} Nothing was merged; check the bundle, then merge again with --yes if "
            "that is right."
        )


def needs_confirmation(summary: MergeSummary) -> bool:
    return (
        summary.removed_leads > HANDFUL
        or summary.overwritten_leads > HANDFUL
        or bool(summary.renamed_events)
    )


def merge_bundle(
    db: Database,
    path: Path,
    progress: Progress | None = None,
    *,
    into: Into = None,
    trust: bool = False,
    yes: bool = False,
    passphrases: Passphrases = NONE,
) -> MergeSummary:
    """Verify ``path`` completely, then merge it in one transaction.

    Args:
        into: where the bundle's events go when no rule joins them to one here: a
            local event id for all, or per incoming event id (None: kept apart).
        trust: accept a bundle from a laptop not trusted yet (it is remembered).
        yes: allow a merge that removes or overwrites more than ``HANDFUL`` leads,
            or renames an event.
        passphrases: for a sealed bundle, tried after the ones kept here.

    Raises:
        NeedsTrustError, NeedsConfirmationError: with what the merge would do; the
            database is unchanged.
        RefusedError: the file is not a sound bundle; the database is unchanged.
    """
    with storage_errors(db.path), db.session() as session:
        passphrases = with_stored(session, passphrases)
    bundle = open_bundle(path, passphrases=passphrases)
    with storage_errors(db.path), db.session() as session:
        me = local_identity(session)
    verdict = judge_bundle(bundle, me)
    snap = bundle.snap
    snap.tables["devices"] = [d for d in snap["devices"] if d["id"] != me.device_id]
    events = tuple(str(e["name"]) for e in snap["events"])
    erased: ErasedPeople | None = None
    with storage_errors(db.path), db.engine.connect() as conn, conn.begin() as transaction:
        summary = merge_snapshot(conn, snap, progress, into=into)
        summary = replace(summary, future_times=bundle.incoming.future_times)
        preview = MergePreview(path, verdict, summary, events)
        if not verdict.trusted and not trust:
            transaction.rollback()
            raise NeedsTrustError(preview)
        if needs_confirmation(summary) and not yes:
            transaction.rollback()
            raise NeedsConfirmationError(preview)
        erased = erased_here(db, summary)  # read while not committed yet
    if trust and verdict.how is How.NEW:
        _remember(db, verdict)
    if erased is not None:
        # The people erased elsewhere leave no trace here: not in free pages, the
        # log, nor this laptop's backups.
        summary = after_erasing(db, erased, summary)
    return summary


def _remember(db: Database, verdict: Trust) -> None:
    signer = verdict.signer
    assert signer.public is not None
    with storage_errors(db.path), db.session() as session:
        remember_laptop(session, signer.public, signer.device_id, verdict.name)


def merge_bundles(
    db: Database,
    paths: Sequence[Path],
    progress: Progress | None = None,
    *,
    into: Into = None,
    trust: bool = False,
    yes: bool = False,
    passphrases: Passphrases = NONE,
) -> MergeSummary:
    """Merge several laptops' bundles: every file's manifest, signature and checksum
    are checked first, so a damaged or foreign file stops the lot before anything
    changes; then each merges in its own transaction (merging is order-free, and a
    file merged twice changes nothing, so running the command again after a failure
    is safe).

    Raises:
        RefusedError: naming the first file that fails the checks (then nothing has
            changed), or one whose rows turn out unreadable or that needs the booth
            lead's word (files before it stay merged).
    """
    with storage_errors(db.path), db.session() as session:
        passphrases = with_stored(session, passphrases)
    signers = [(path, *bundle_signer(path, passphrases=passphrases)) for path in paths]
    if not trust:
        with storage_errors(db.path), db.session() as session:
            me = local_identity(session)
        for path, manifest, signer in signers:
            if not judge(path.name, manifest, signer, me).trusted:
                # Refuses with what it would do.
                merge_bundle(db, path, into=into, passphrases=passphrases)
    total = MergeSummary()
    steps = 10
    for i, path in enumerate(paths):

        def step(done: int, of: int, base: int = i * steps) -> None:
            if progress is not None:
                progress(base + (done * steps) // max(of, 1), len(paths) * steps)

        total = total + merge_bundle(
            db, path, step, into=into, trust=trust, yes=yes, passphrases=passphrases
        )
    return total
