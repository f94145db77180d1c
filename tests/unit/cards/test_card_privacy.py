"""A kept card picture is personal data: it goes when the person asks to be erased."""

from __future__ import annotations

from sqlalchemy import select

from showfloor.services.privacy import erase_person
from showfloor.store.database import Database
from showfloor.store.models import CardImage

from helpers.builders import capture, make_event


def test_erasing_a_person_erases_the_picture_of_their_card(db: Database) -> None:
    make_event(db)
    jpeg = b"\xff\xd8" + b"\x00" * 2000 + b"\xff\xd9"
    lead_id = capture(db, "customer", first_name="Jo", card_image=jpeg).lead.id
    with db.session() as session:
        assert len(session.scalars(select(CardImage)).all()) == 1
    erase_person(db, lead_id)
    with db.session() as session:
        assert session.scalars(select(CardImage)).all() == []
