"""One list of person fields, one name splitter: every layer agrees on both."""

from __future__ import annotations

from dataclasses import fields

import pytest

from showfloor.badges.names import split_full_name
from showfloor.domain.person import PERSON_FIELDS, PERSON_LABELS, TYPED_FIELDS, PersonFields
from showfloor.services.attendees import FIELDS as ATTENDEE_FIELDS
from showfloor.services.export_lead import ExportLead, split_name
from showfloor.services.leads import LeadRecord
from showfloor.store.models import Attendee, Lead


def test_every_layer_reads_the_one_list() -> None:
    assert tuple(f.name for f in fields(PersonFields)) == PERSON_FIELDS
    assert set(PERSON_LABELS) == set(PERSON_FIELDS) and all(PERSON_LABELS.values())
    assert [key for key, _label in TYPED_FIELDS] == [k for k in PERSON_FIELDS if k != "full_name"]
    assert ATTENDEE_FIELDS[-len(PERSON_FIELDS) :] == PERSON_FIELDS
    assert {f.name for f in fields(LeadRecord)} >= set(PERSON_FIELDS)
    for model in (Lead, Attendee):
        assert set(PERSON_FIELDS) <= set(model.__table__.columns.keys())


@pytest.mark.parametrize(
    ("full", "first", "last"),
    [
        ("Mary Ann Smith", "Mary Ann", "Smith"),
        ("Doe, Jane", "Jane", "Doe"),
        ("Jane Doe, PhD", "Jane", "Doe"),
        ("Mr Smith", None, "Smith"),
        ("Madonna", "Madonna", None),
    ],
)
def test_one_splitter_everywhere(full: str, first: str | None, last: str | None) -> None:
    assert split_full_name(full) == (first, last)
    lead = ExportLead("id", "mentor", None, PersonFields(full_name=full), None, None, False,
                      None, None, [], 1, None, None)  # fmt: skip
    assert split_name(lead) == (first or "", last or "")
