"""Record deletions so they travel with merges and sync.

A tombstone holds an id, never personal data. Erasing a person also leaves one-way
keys of who they were (``person_keys``): another laptop may have captured the same
person under another id, and the merge must erase that too, in whatever order the
bundles meet.

The keys are HMACs under the team keys (services/sync/keys.py, issue 19): without the
team's setup file, a bundle and the attendee list no longer tell who asked to be
erased. Keys written before (plain SHA-256) are still recognised.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showfloor.domain.identity import identity_keys
from showfloor.services.events import event_ids, this_device
from showfloor.services.sync.keys import team_keys
from showfloor.store.models import Tombstone
from showfloor.store.prepared import Prepared
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


PERSON = "person"  # tombstone entity of an erased person's one-way key


def person_keys(
    event_id: str,
    badge_id: str | None,
    email: str | None,
    team_keys: Sequence[bytes] = (),
    *,
    unkeyed: bool = True,
) -> set[str]:
    """The keys of a person at one event (domain/identity.py), hashed, so the
    tombstone never holds the email or badge id: one per team key, and (``unkeyed``)
    the plain hash tombstones had before issue 19, to recognise those.

    Per event, so that the same person met at a later show is a new lead, not one
    the next merge quietly removes (``erase_person`` leaves keys for every event the
    person was erased from).
    """
    out: set[str] = set()
    for kind, value in identity_keys(badge_id, email):
        text = "\x1f".join(("showfloor-person", kind, event_id, value)).encode()
        if unkeyed:
            out.add(hashlib.sha256(text).hexdigest()[:32])
        for key in team_keys:
            out.add(hmac.digest(key, text, "sha256").hex()[:32])
    return out


def record_erased_person(
    session: Session, event_id: str, badge_id: str | None, email: str | None
) -> None:
    keys = team_keys(session)
    for key in sorted(person_keys(event_id, badge_id, email, keys, unkeyed=False)):
        record_tombstone(session, PERSON, key)


_ANYONE_ERASED = Prepared(select(Tombstone.entity_id).where(Tombstone.entity == PERSON).limit(1))


def erased_on(
    session: Session, event_id: str, badge_id: str | None, email: str | None
) -> datetime | None:
    """When this person was erased from this event, or None if they never were."""
    if _ANYONE_ERASED.first(session.connection()) is None:  # the usual case: one probe
        return None
    keys: set[str] = set()
    held = team_keys(session, create=False)
    for any_id in event_ids(session, event_id):  # erased before the show's events joined
        keys |= person_keys(any_id, badge_id, email, held)
    if not keys:
        return None
    query = select(func.min(Tombstone.deleted_at)).where(
        Tombstone.entity == PERSON, Tombstone.entity_id.in_(sorted(keys))
    )
    return session.execute(query).scalar()
