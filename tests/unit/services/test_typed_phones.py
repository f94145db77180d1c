"""Phones typed by hand become E.164 like badge phones; what is no number is kept as typed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from showfloor.services.lead_edit import LeadEdit, update_lead
from showfloor.services.leads import get_lead
from showfloor.services.preferences import Preferences, save_preferences
from showfloor.store.database import Database

from helpers.builders import capture, make_event


def _country(db: Database, country: str | None) -> None:
    with db.session() as session:
        save_preferences(session, Preferences(phone_country=country))


@pytest.mark.parametrize(
    ("country", "typed", "stored"),
    [
        ("DE", "030 1234567", "+49301234567"),  # national: the booth's country
        ("DE", "+44 20 7946 0958", "+442079460958"),  # carries its own country
        ("GB", "020 7946 0958", "+442079460958"),
        (None, "030 1234567", "030 1234567"),  # no country set: never guessed
        ("DE", "ask at the desk", "ask at the desk"),  # not a number: kept
        ("DE", "12", "12"),  # cannot be a number anywhere: kept as typed
    ],
)
def test_a_typed_phone_is_stored_in_e164(
    db: Database, country: str | None, typed: str, stored: str
) -> None:
    make_event(db)
    _country(db, country)
    result = capture(db, "mentor", first_name="Ada", phone=typed)
    assert result.lead.phone == stored


def test_a_phone_typed_in_the_lead_editor_too(db: Database) -> None:
    make_event(db)
    _country(db, "DE")
    lead_id = capture(db, "mentor", first_name="Ada").lead.id
    with db.session() as session:
        edit = LeadEdit.of(get_lead(session, lead_id))
        typed = replace(edit, person=replace(edit.person, phone="0171 2345678"))
        assert update_lead(session, lead_id, typed, base=edit).phone == "+491712345678"
