"""`export`, `report` (HTML) and `qr contact` from the command line, as docs/cli.md says."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from showfloor.services.export import is_formula_like

from helpers.cli import run_cli


@pytest.fixture
def demo(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, "demo").code == 0


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_salesforce_file_is_raw_with_required_columns_and_the_event_apart(
    capsys: pytest.CaptureFixture[str], demo: None, tmp_path: Path
) -> None:
    out = tmp_path / "leads.csv"
    result = run_cli(capsys, "export", "-o", str(out), "--profile", "salesforce")
    assert result.code == 0
    assert result.out == f"exported 8 leads to {out}\n"
    assert result.err.startswith("2 of 10 leads have no consent to be contacted: left out 2")
    rows = read_csv(out)
    assert len(rows) == 8
    for row in rows:
        assert row["Last Name"] and row["Company"] and row["Lead Source"] == "Trade Show"
        assert row["Campaign"] == "Demo Expo 2026" and row["Email Opt Out"] == "0"
        assert row["Rating"] in ("Hot", "Warm", "Cold", "")
        assert row["Record Owner"].endswith("@showfloor.example")
        assert not any(cell.startswith("'") for cell in row.values())  # no spreadsheet guard
    phones = [r["Phone"] for r in rows if r["Phone"]]
    assert phones and all(p.startswith("+") and p[1:].isdigit() for p in phones)
    other = run_cli(capsys, "export", "-o", str(out), "--profile", "salesforce",
                    "--lead-source", "Seminar - Partner", "--spreadsheet-safe")  # fmt: skip
    assert other.code == 0
    rows = read_csv(out)
    assert {r["Lead Source"] for r in rows} == {"Seminar - Partner"}
    assert all(is_formula_like(r["Phone"][1:]) for r in rows if r["Phone"])


def test_generic_safe_default_and_raw(
    capsys: pytest.CaptureFixture[str], demo: None, tmp_path: Path
) -> None:
    run_cli(
        capsys, "capture", "--class", "customer", "--first-name", "=HYPERLINK(\"x\")",
        "--phone", "+49 30 1234567", "--email", "x@example.org",
    )  # fmt: skip
    safe, raw = tmp_path / "safe.csv", tmp_path / "raw.csv"
    assert run_cli(capsys, "export", "-o", str(safe)).code == 0
    assert run_cli(capsys, "export", "-o", str(raw), "--raw", "--bom").code == 0
    (evil,) = [r for r in read_csv(safe) if r["email"] == "x@example.org"]
    assert evil["first_name"] == "'=HYPERLINK(\"x\")" and evil["phone"].startswith("'+")
    assert raw.read_bytes().startswith(b"\xef\xbb\xbf")
    with raw.open(encoding="utf-8-sig", newline="") as fh:
        (plain,) = [r for r in csv.DictReader(fh) if r["email"] == "x@example.org"]
    assert plain["first_name"] == "=HYPERLINK(\"x\")" and plain["phone"].startswith("+49")


def test_filters_and_consent_on_the_command_line(
    capsys: pytest.CaptureFixture[str], demo: None, tmp_path: Path
) -> None:
    run_cli(capsys, "capture", "--class", "mentor", "--first-name", "Nora", "--rating", "hot")
    out = tmp_path / "hub.csv"
    result = run_cli(capsys, "export", "-o", str(out), "--profile", "hubspot")
    assert result.code == 0
    assert "3 of 11 leads have no consent" in result.err
    assert "left out 3 leads who did not agree" in result.err
    assert "--include-unconsented" in result.err
    assert len(read_csv(out)) == 8
    result = run_cli(
        capsys, "export", "-o", str(out), "--profile", "hubspot", "--include-unconsented"
    )
    assert result.out.startswith("exported 11 leads")
    assert "3 of 11 leads have no consent" in result.err and "opted out" in result.err
    statuses = [r["Marketing contact status"] for r in read_csv(out)]
    assert statuses.count("Non-marketing contact") == 3
    result = run_cli(capsys, "export", "-o", str(out), "--class", "mentor", "--rating", "hot",
                     "--consented-only")  # fmt: skip
    assert result.out.startswith("exported 0 leads")
    result = run_cli(capsys, "export", "-o", str(out), "--staff", "Ben Okafor")
    assert result.out.startswith("exported 3 leads")  # Graham (twice), Sofia, Tomás


def test_export_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], demo: None, tmp_path: Path
) -> None:
    bad = run_cli(capsys, "export", "-o", str(tmp_path / "missing" / "x.csv"))
    assert bad.code == 1 and bad.err.count("\n") == 1 and "does not exist" in bad.err
    assert "Traceback" not in bad.err and bad.out == ""
    staff = run_cli(capsys, "export", "-o", str(tmp_path / "x.csv"), "--staff", "Nobody")
    assert staff.code == 1 and "No staff member named 'Nobody'" in staff.err
    assert not (tmp_path / "x.csv").exists()
    both = run_cli(capsys, "export", "-o", "x.csv", "--consented-only", "--include-unconsented")
    assert both.code == 2
    assert run_cli(capsys, "export", "-o", "x.csv", "--profile", "excel").code == 2


def test_export_without_an_event(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = run_cli(capsys, "export", "-o", str(tmp_path / "x.csv"))
    assert result.code == 1 and "No event yet" in result.err


def test_report_html(capsys: pytest.CaptureFixture[str], demo: None, tmp_path: Path) -> None:
    out = tmp_path / "debrief.html"
    result = run_cli(capsys, "report", "-o", str(out), "--tz", "UTC")
    assert result.code == 0 and result.out == f"wrote the debrief of 10 leads to {out} (HTML)\n"
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Follow-up list" in html
    assert "Visits per hour (UTC)" in html


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("-o", "debrief.docx"), "give a file ending in .html or .pdf"),
        (("-o", "debrief.html", "--tz", "Mars/Olympus"), "Unknown time zone"),
    ],
)
def test_report_refusals(
    capsys: pytest.CaptureFixture[str], demo: None, args: tuple[str, ...], needle: str
) -> None:
    result = run_cli(capsys, "report", *args)
    assert result.code == 1 and needle in result.err and result.err.count("\n") == 1


def test_qr_contact_png(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import zxingcpp
    from PIL import Image

    out = tmp_path / "contact.png"
    unset = run_cli(capsys, "qr", "contact", "-o", str(out))
    assert unset.code == 1 and "Set the booth contact first" in unset.err
    made = run_cli(capsys, "qr", "contact", "-o", str(out), "--name", "Anna Berg",
                   "--email", "anna@showfloor.example")  # fmt: skip
    assert made.code == 0
    again = run_cli(capsys, "qr", "contact", "-o", str(out), "--phone", "+49 30 1")
    assert again.code == 0  # the stored contact is kept and completed
    (code,) = zxingcpp.read_barcodes(Image.open(out))
    assert "FN:Anna Berg" in code.text and "TEL;TYPE=WORK,VOICE:+49 30 1" in code.text


def test_staff_email_is_the_owner(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run_cli(capsys, "event", "create", "Fair").code == 0
    assert run_cli(capsys, "staff", "add", "Dana", "--email", "Dana@Example.ORG").code == 0
    bad = run_cli(capsys, "staff", "add", "Eve", "--email", "not-an-address")
    assert bad.code == 1 and "not an email address" in bad.err and bad.err.count("\n") == 1
    listed = run_cli(capsys, "staff", "list", "--json")
    assert [s["email"] for s in json.loads(listed.out)] == ["dana@example.org"]
    run_cli(capsys, "capture", "--class", "customer", "--first-name", "Ada", "--last-name",
            "Lovelace", "--staff", "Dana", "--consent", "--phone", "+44 20 7946 0958")  # fmt: skip
    out = tmp_path / "z.csv"
    assert run_cli(capsys, "export", "-o", str(out), "--profile", "zoho").code == 0
    (row,) = read_csv(out)
    assert row["Lead Owner"] == "dana@example.org" and row["Phone"] == "+442079460958"
    assert run_cli(capsys, "staff", "add", "Dana", "--email", "dana@crm.example").code == 0
    assert run_cli(capsys, "export", "-o", str(out), "--profile", "zoho").code == 0
    assert read_csv(out)[0]["Lead Owner"] == "dana@crm.example"


def test_xlsx_from_the_command_line(
    capsys: pytest.CaptureFixture[str], demo: None, tmp_path: Path
) -> None:
    out = tmp_path / "leads.xlsx"
    result = run_cli(capsys, "export", "-o", str(out))
    assert result.code == 0 and out.read_bytes()[:2] == b"PK"  # a zip: the .xlsx format
    forced = tmp_path / "sheet.bin"
    assert run_cli(capsys, "export", "-o", str(forced), "--format", "xlsx").code == 0
    assert forced.read_bytes()[:2] == b"PK"
    assert run_cli(capsys, "export", "-o", "x.csv", "--format", "ods").code == 2
