"""Pictures of business cards kept with leads (the card_images table).

A picture is kept only when the visitor agrees, written in the capture's own
transaction, and goes with the capture's visit when that capture is undone. It
stays on the laptop that took it: bundles and team sync carry the fields read from
the card, not the picture (services/sync/snapshot.py lists what travels), so a card
photo never leaves the booth laptop on a USB stick or for a server. Erasure and the
retention purge delete it with its lead (ON DELETE CASCADE); a merge that joins its
lead into another moves it to the survivor (sync/merge/write.py).

No OpenCV here: the capture path imports this module, and the command line starts
faster without it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from showfloor.domain.errors import RefusedError
from showfloor.store.models import CardImage

MAX_CARD_BYTES = 400_000  # far above a 640-pixel JPEG: anything larger is no card of ours


def keep_card_image(
    session: Session, lead_id: str, visit_id: str, jpeg: bytes, at: datetime
) -> None:
    """Store a card's picture with the visit that brought it (inside the capture)."""
    if len(jpeg) > MAX_CARD_BYTES or not jpeg.startswith(b"\xff\xd8"):
        raise RefusedError("The card picture is not a small JPEG; nothing was saved.")
    session.add(CardImage(lead_id=lead_id, visit_id=visit_id, jpeg=jpeg, taken_at=at))


def drop_card_images(session: Session, visit_id: str) -> None:
    """The pictures a visit brought: gone with an Undo of that visit."""
    session.execute(delete(CardImage).where(CardImage.visit_id == visit_id))


def newest_card_image(session: Session, lead_id: str) -> bytes | None:
    """The lead's card picture taken last, or None (no card, or not kept)."""
    query = (
        select(CardImage.jpeg)
        .where(CardImage.lead_id == lead_id)
        .order_by(CardImage.taken_at.desc(), CardImage.id.desc())
        .limit(1)
    )
    return session.scalar(query)
