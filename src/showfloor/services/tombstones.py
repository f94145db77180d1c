"""Record deletions so they travel with merges and sync (ids only, no personal data)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from showfloor.services.events import this_device
from showfloor.store.models import Tombstone
from showfloor.store.types import utcnow


def record_tombstone(session: Session, entity: str, entity_id: str) -> None:
    if session.get(Tombstone, (entity, entity_id)) is None:
        session.add(
            Tombstone(
                entity=entity,
                entity_id=entity_id,
                deleted_at=utcnow(),
                device_id=this_device(session).id,
            )
        )
