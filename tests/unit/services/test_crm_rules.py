"""Every CRM profile's file meets that CRM's documented import rules (tests/fixtures/crm).

The rules are written from each CRM's import documentation, apart from the export
code, so a change that would make an import fail or lose data fails here: required
columns, picklist values, date formats, length limits, owners, opt-out and phones.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from showfloor.services.demo import create_demo
from showfloor.services.events import add_staff
from showfloor.services.export import ExportFilter, export_leads
from showfloor.services.export_profiles import PROFILES
from showfloor.store.database import Database

from helpers.builders import capture
from helpers.crm_rules import load_rules, violations

CRMS = [name for name, profile in PROFILES.items() if profile.crm]
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
OPT_OUT = {
    "hubspot": ("Marketing contact status", "Marketing contact", "Non-marketing contact"),
    "salesforce": ("Email Opt Out", "0", "1"),
    "zoho": ("Email Opt Out", "0", "1"),
    "pipedrive": ("Marketing status", "Subscribed", "No consent"),
    "dynamics": ("Do not allow Emails", "Allow", "Do Not Allow"),
}
OWNER = {"hubspot": "Contact owner", "salesforce": "Record Owner", "zoho": "Lead Owner",
         "pipedrive": "Lead owner", "dynamics": "Owner"}  # fmt: skip


@pytest.fixture
def show(db: Database) -> str:
    """The demo event, plus the visitors that break naive imports."""
    event_id, _ = create_demo(db)
    with db.session() as session:
        add_staff(session, "Dana Noemail")  # no CRM address: her leads have no owner
    capture(db, "customer", email="j.doe@example.org", consent=True, staff_name="Dana Noemail",
            phone="ask at the desk", at=T0)  # no name, no company  # fmt: skip
    capture(db, "mentor", badge="T7Q2-K9XP-UNKNOWN", consent=True, at=T0 + timedelta(minutes=1))
    capture(db, "kol", first_name="Maximiliane-Alexandra" * 3, last_name="von Hohenzollern" * 6,
            company="Weltweite Messe- und Ausstellungsgesellschaft " * 6, title="Head " * 40,
            phone="030 1234567", rating="hot", consent=True, note="Long talk. " * 400,
            staff_name="Ben Okafor", at=T0 + timedelta(minutes=2))  # fmt: skip
    capture(db, "customer", full_name="Doe, Jane", company="=HYPERLINK(\"x\")", consent=False,
            email="jane@example.org", answers={"status": "prospect"}, staff_name="Anna Berg",
            at=T0 + timedelta(minutes=3))  # fmt: skip
    return event_id


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


@pytest.mark.parametrize("crm", CRMS)
def test_every_row_meets_the_crms_import_rules(
    db: Database, show: str, tmp_path: Path, crm: str
) -> None:
    rules = load_rules(crm)
    path = tmp_path / f"{crm}.csv"
    everyone = ExportFilter(consented_only=False)
    summary = export_leads(db, show, path, crm, filters=everyone)
    headers, rows = read(path)
    assert summary.rows == len(rows) == 14
    assert violations(rules, headers, rows) == []
    assert path.stat().st_size <= rules.get("max_bytes", 10**12)


@pytest.mark.parametrize("crm", CRMS)
def test_consent_owner_and_phones(db: Database, show: str, tmp_path: Path, crm: str) -> None:
    path = tmp_path / f"{crm}.csv"
    consented = export_leads(db, show, path, crm)  # the default: consented leads only
    assert (consented.rows, consented.skipped_unconsented) == (11, 3)
    column, yes, _no = OPT_OUT[crm]
    _headers, rows = read(path)
    assert {r[column] for r in rows} == {yes}

    export_leads(db, show, path, crm, filters=ExportFilter(consented_only=False))
    _headers, rows = read(path)
    assert sorted(r[column] for r in rows).count(OPT_OUT[crm][2]) == 3
    owners = [r[OWNER[crm]] for r in rows]
    assert owners.count("") == 1  # Dana has no email; everyone else's captor has one
    assert "ben.okafor@showfloor.example" in owners
    text = path.read_text(encoding="utf-8")
    assert "+493012345678" in text and "+491712345678" in text  # typed national numbers
    assert "ask at the desk" in text  # not a number: kept as typed


def test_the_show_is_its_own_column_and_lead_source_a_picklist_value(
    db: Database, show: str, tmp_path: Path
) -> None:
    for crm, event_column in (("salesforce", "Campaign"), ("zoho", "Event")):
        path = tmp_path / f"{crm}.csv"
        export_leads(db, show, path, crm, lead_source="Trade Show")
        _headers, rows = read(path)
        assert {r["Lead Source"] for r in rows} == {"Trade Show"}
        assert {r[event_column] for r in rows} == {"Demo Expo 2026"}


def test_hubspot_never_calls_a_prospect_a_customer(db: Database, show: str, tmp_path: Path) -> None:
    path = tmp_path / "hubspot.csv"
    export_leads(db, show, path, "hubspot", filters=ExportFilter(consented_only=False))
    _headers, rows = read(path)
    stage = {(r["First Name"], r["Last Name"]): r["Lifecycle Stage"] for r in rows}
    assert stage[("Priya", "Raman")] == "customer"  # said she is an existing customer
    assert stage[("Mei", "Tanaka")] == "lead"  # a prospect
    assert stage[("Jane", "Doe")] == "lead"  # "Doe, Jane": filing order, split right
    assert stage[("Graham", "Bell")] == "other"  # a mentor is no sales stage


def test_the_rule_checker_catches_what_importers_refuse() -> None:
    rules = load_rules("salesforce")
    headers = ["Last Name", "Company", "Rating", "Email Opt Out", "Phone", "Shoe Size"]
    bad = {"Last Name": "x" * 81, "Company": "", "Rating": "Lukewarm", "Email Opt Out": "yes",
           "Phone": "'+49 30 1234567", "Shoe Size": "44"}  # fmt: skip
    found = violations(rules, headers, [bad])
    for needle in ("'Shoe Size' is not a column", "81 characters", "Company: required",
                   "'Lukewarm' is not one", "'yes' is not one", "spreadsheet apostrophe",
                   "not an E.164 number"):  # fmt: skip
        assert any(needle in line for line in found), needle
    dated = violations(load_rules("zoho"), ["Met On"], [{"Met On": "2026-11-22"}])
    assert "row 2, Met On: '2026-11-22' is not a date as %m/%d/%Y" in dated
