"""The bundles this laptop wrote: after an erase, the booth lead is told which of them
still hold the person (a bundle is a copy of the data dir at the time it was written,
and it is on a USB stick or a shared folder, out of this laptop's reach)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from showfloor.store.settings import get_setting, set_setting
from showfloor.store.types import utcnow

BUNDLES_WRITTEN = "bundles_written"
KEEP = 200  # the newest; older bundles are long merged or thrown away


@dataclass(frozen=True)
class WrittenBundle:
    path: str
    at: datetime
    leads: int


def note_bundle_written(session: Session, path: Path, leads: int) -> None:
    entry = {"path": str(path.resolve()), "at": utcnow().isoformat(), "leads": leads}
    entries = [e for e in _entries(session) if e.get("path") != entry["path"]]
    set_setting(session, BUNDLES_WRITTEN, [*entries, entry][-KEEP:])


def bundles_written_since(session: Session, since: datetime) -> list[WrittenBundle]:
    """The bundles written at or after ``since`` (they hold whatever was here then)."""
    out = []
    for entry in _entries(session):
        try:
            at = datetime.fromisoformat(str(entry["at"]))
        except (KeyError, ValueError):
            continue
        leads = entry.get("leads")
        if at >= since and isinstance(leads, int) and leads > 0:
            out.append(WrittenBundle(str(entry.get("path")), at, leads))
    return out


def _entries(session: Session) -> list[dict[str, object]]:
    value = get_setting(session, BUNDLES_WRITTEN)
    return [e for e in value if isinstance(e, dict)] if isinstance(value, list) else []
