"""The .xlsx export: every value text and intact, read back by LibreOffice itself."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from showfloor.services.demo import create_demo
from showfloor.services.export import export_leads
from showfloor.store.database import Database

from helpers.builders import capture

TRICKY = {
    "badge": "00123",  # leading zeros
    "company": "=HYPERLINK(\"http://x.example\",\"x\")",  # a formula if it were one
    "title": "1E5",  # scientific notation if it were a number
    "phone": "+49 30 1234567",
    "note": "Zoë said: \"we need it, now\";\nsecond line, with commas 漢字 🎪",
}


def _event(db: Database) -> str:
    event_id, _ = create_demo(db)
    capture(db, "customer", first_name="Zoë", last_name="Ångström", company=TRICKY["company"],
            title=TRICKY["title"], phone=TRICKY["phone"], email="zoe@example.org",
            badge=TRICKY["badge"], note=TRICKY["note"], consent=True)  # fmt: skip
    return event_id


def _csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_xlsx_cells_are_text_with_no_guard(db: Database, tmp_path: Path) -> None:
    event_id = _event(db)
    path = tmp_path / "leads.xlsx"
    summary = export_leads(db, event_id, path, fmt="xlsx")
    assert summary.format == "xlsx" and summary.rows == 11 and summary.neutralised_cells == 0
    with zipfile.ZipFile(path) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<v>" not in sheet  # no formulas, no numbers
    assert 't="inlineStr"' in sheet and "<t>00123</t>" in sheet and "<t>1E5</t>" in sheet
    assert "=HYPERLINK" in sheet and "'=HYPERLINK" not in sheet


def test_a_stream_cannot_take_xlsx(db: Database) -> None:
    import io

    from showfloor.domain.errors import RefusedError

    with pytest.raises(RefusedError, match="needs a file name"):
        export_leads(db, _event(db), io.StringIO(), fmt="xlsx")


def _libreoffice() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


@pytest.mark.slow
@pytest.mark.skipif(
    _libreoffice() is None and not os.environ.get("CI"),
    reason="LibreOffice is not installed here (CI installs libreoffice-calc-nogui)",
)
def test_libreoffice_reads_back_every_value(db: Database, tmp_path: Path) -> None:
    """The real counterpart: LibreOffice converts the .xlsx to CSV; it equals our CSV."""
    office = _libreoffice()
    assert office is not None, "CI must install libreoffice-calc-nogui (.ci/run)"
    event_id = _event(db)
    xlsx, ours = tmp_path / "leads.xlsx", tmp_path / "ours.csv"
    export_leads(db, event_id, xlsx, fmt="xlsx")
    export_leads(db, event_id, ours, raw=True)  # the same values, unguarded
    out = tmp_path / "lo"
    profile = tmp_path / "lo-profile"  # a private profile: no clash with a running office
    subprocess.run(
        [office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", str(out), str(xlsx)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    theirs = _csv_rows(out / "leads.csv")
    expected = _csv_rows(ours)
    assert theirs[0] == expected[0]
    assert sorted(theirs[1:]) == sorted(expected[1:])
    zoe = next(r for r in theirs if "zoe@example.org" in r)
    for value in ("00123", TRICKY["company"], TRICKY["title"], "+49301234567"):
        assert value in zoe
    assert any(TRICKY["note"] in cell for cell in zoe)


@pytest.mark.slow
@pytest.mark.skipif(
    _libreoffice() is None and not os.environ.get("CI"),
    reason="LibreOffice is not installed here (CI installs libreoffice-calc-nogui)",
)
def test_libreoffice_runs_no_formula_hidden_behind_a_nul_or_a_look_alike(
    db: Database, tmp_path: Path
) -> None:
    """The real counterpart of issue 19's finding: LibreOffice opens our spreadsheet
    CSV with formulas evaluated, and a name that came "\\x00=1+1" from a bundle stays text."""
    from sqlalchemy import update

    from showfloor.store.models import Lead

    office = _libreoffice()
    assert office is not None, "CI must install libreoffice-calc-nogui (.ci/run)"
    event_id = _event(db)
    stored = {"\x00=1+1": "=1+1", "\u202e=2+2": "=2+2", "﹦3+3": "﹦3+3", "−4+4": "−4+4"}
    with db.session() as session:
        leads = session.query(Lead).order_by(Lead.id).limit(len(stored)).all()
        assert len(leads) == len(stored)
        for lead, value in zip(leads, stored, strict=True):
            session.execute(update(Lead).where(Lead.id == lead.id).values(company=value))
    ours = tmp_path / "safe.csv"
    export_leads(db, event_id, ours)  # the spreadsheet CSV (guarded)
    out = tmp_path / "lo"
    profile = tmp_path / "lo-profile"
    # Import options: comma, quote, UTF-8, from line 1, ..., "evaluate formulas" on.
    subprocess.run(
        [office, f"-env:UserInstallation=file://{profile}", "--headless",
         "--infilter=CSV:44,34,76,1,,0,false,true,false,false,false,-1,true",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", str(out),
         str(ours)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    header, *rows = _csv_rows(out / "safe.csv")
    companies = {row[header.index("company")] for row in rows}
    for shown in stored.values():  # as text (with the guard's apostrophe), not computed
        assert any(shown in cell for cell in companies), (shown, companies)
    assert not {"2", "4", "6", "8"} & companies
