"""The website a business card prints: kept with the person wherever the other fields go."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest
from sqlalchemy import select

from showfloor.badges import BadgeResult
from showfloor.domain.errors import RefusedError
from showfloor.domain.validation import check_website
from showfloor.services.attendees import import_attendees
from showfloor.services.export import ExportFilter, export_leads
from showfloor.services.lead_edit import LeadEdit, update_lead
from showfloor.services.leads import get_lead
from showfloor.services.lookup import resolve_badge
from showfloor.store.database import Database
from showfloor.store.models import Attendee

from helpers.builders import capture, make_event


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("www.acme.de", "www.acme.de"),
        ("HTTPS://WWW.Acme.DE/", "https://www.acme.de"),
        ("  acme.co.jp/en/  ", "acme.co.jp/en/"),
        ("https://shop.example.com/Katalog?id=7", "https://shop.example.com/Katalog?id=7"),
        ("bücher.de", "bücher.de"),
        ("", None),
    ],
)
def test_a_typed_website_is_kept_as_crms_store_it(typed: str, stored: str | None) -> None:
    assert check_website(typed) == stored


@pytest.mark.parametrize("typed", ["see the card", "acme", "jo@acme.de", "www.acme .de"])
def test_what_is_no_web_address_is_refused_with_one_message(typed: str) -> None:
    with pytest.raises(RefusedError, match="is not a web address"):
        check_website(typed)


def test_capture_stores_the_website(db: Database) -> None:
    make_event(db)
    result = capture(db, "customer", first_name="Jo", website="WWW.Acme.DE/")
    with db.session() as session:
        lead = get_lead(session, result.lead.id)
    assert lead.website == "www.acme.de"
    assert "website" not in lead.to_json_dict()  # the CLI contract's keys stay exact


def test_a_bad_website_refuses_the_capture_and_saves_nothing(db: Database) -> None:
    make_event(db)
    with pytest.raises(RefusedError, match="'see card' is not a web address"):
        capture(db, "customer", first_name="Jo", website="see card")


def test_the_lead_editor_changes_the_website(db: Database) -> None:
    make_event(db)
    lead_id = capture(db, "customer", first_name="Jo", website="acme.de").lead.id
    with db.session() as session:
        start = LeadEdit.of(get_lead(session, lead_id))
        assert start.person.website == "acme.de"
        edit = replace(start, person=replace(start.person, website="https://acme.example/en"))
        saved = update_lead(session, lead_id, edit, base=start)
    assert saved.website == "https://acme.example/en"


def test_the_attendee_lists_website_column_reaches_the_lead(db: Database) -> None:
    event_id = make_event(db)
    listing = "Badge ID,First Name,Last Name,Company,Website\nB-7,Ana,Ruiz,Acme S.L.,acme.es\n"
    report = import_attendees(db, event_id, io.BytesIO(listing.encode()))
    assert report.columns["Website"] == "website"
    with db.session() as session:
        resolved = resolve_badge(session, event_id, BadgeResult("id", badge_id="B-7"))
    assert resolved is not None and resolved.person.website == "acme.es"


@pytest.mark.parametrize(
    ("crm", "column"),
    [("hubspot", "Website URL"), ("salesforce", "Website"), ("zoho", "Website"),
     ("dynamics", "Website")],
)  # fmt: skip
def test_crm_files_carry_the_website_in_their_own_column(
    db: Database, crm: str, column: str
) -> None:
    event_id = make_event(db)
    capture(db, "customer", first_name="Jo", last_name="Kim", website="acme.de", consent=True)
    buffer = io.StringIO(newline="")
    export_leads(db, event_id, buffer, crm, filters=ExportFilter(consented_only=False))
    (row,) = csv.DictReader(io.StringIO(buffer.getvalue(), newline=""))
    assert row[column] == "acme.de"


def test_the_spreadsheet_export_has_a_website_column(db: Database) -> None:
    event_id = make_event(db)
    capture(db, "customer", first_name="Jo", website="acme.de")
    buffer = io.StringIO(newline="")
    export_leads(db, event_id, buffer, "generic")
    (row,) = csv.DictReader(io.StringIO(buffer.getvalue(), newline=""))
    assert row["website"] == "acme.de"


def test_a_list_cell_that_is_no_web_address_stays_in_the_rows_extra(db: Database) -> None:
    """Bundles refuse a malformed website, so the list never stores one as a website."""
    event_id = make_event(db)
    listing = "Badge ID,First Name,Website\nB-8,Ana,n/a\n"
    report = import_attendees(db, event_id, io.BytesIO(listing.encode()))
    assert report.imported == 1
    with db.session() as session:
        resolved = resolve_badge(session, event_id, BadgeResult("id", badge_id="B-8"))
    assert resolved is not None and resolved.person.website is None
    with db.session() as session:
        attendee = session.scalars(select(Attendee)).one()
    assert attendee.extra == {"Website": "n/a"}

