"""The debrief in the language the laptop chose, from the same catalogs as the window,
and on the event's clock."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from showfloor.domain.settings_registry import LANGUAGE
from showfloor.services import catalog
from showfloor.services.demo import create_demo
from showfloor.services.report import build_debrief
from showfloor.services.report_html import render_html
from showfloor.services.settings_values import write_values
from showfloor.services.time_zones import event_zone, set_event_zone
from showfloor.store.database import Database

from helpers.builders import capture, make_event


def test_the_german_debrief_has_german_headings_labels_and_charts(db: Database) -> None:
    event_id, _ = create_demo(db)
    debrief = build_debrief(db, event_id, UTC, language="de")
    html = render_html(debrief)
    assert '<html lang="de">' in html
    for heading in ("Die Messe in Zahlen", "Was Mentoren uns sagten", "Nachfassliste"):
        assert heading in html
    assert "Personen getroffen" in html and "people met" not in html
    assert debrief.by_class.title == "Leads nach Art"
    assert {b.label for b in debrief.by_class.bars} == {"Kunde", "Mentor", "Meinungsführer"}
    assert debrief.by_hour.title.startswith("Besuche pro Stunde (")
    assert "Visits per hour" not in html and "Follow-up list" not in html


def test_french_and_spanish_debriefs_and_english_by_default(db: Database) -> None:
    event_id, _ = create_demo(db)
    french = render_html(build_debrief(db, event_id, UTC, language="fr"))
    spanish = render_html(build_debrief(db, event_id, UTC, language="es"))
    english = render_html(build_debrief(db, event_id, UTC))
    assert "Le salon en chiffres" in french and "Liste de relances" in french
    assert "La feria en cifras" in spanish and "Lista de seguimiento" in spanish
    assert "The show in numbers" in english and '<html lang="en">' in english


def test_the_laptops_language_setting_is_the_debriefs(db: Database) -> None:
    with db.session() as session:
        write_values(session, {LANGUAGE.key: "fr"})
        assert catalog.debrief_language(session) == "fr"


def test_catalog_plural_forms_follow_each_language() -> None:
    german, french = catalog.load_catalog("de"), catalog.load_catalog("fr")
    assert german.translate("LeadCountController", "%Ln lead(s)", None, 1) == "1 Lead"
    assert german.translate("LeadCountController", "%Ln lead(s)", None, 0) == "0 Leads"
    # French: 0 is singular
    assert french.translate("LeadCountController", "%Ln lead(s)", None, 0) == "0 lead"
    assert french.translate("LeadCountController", "%Ln lead(s)", None, 2) == "2 leads"
    english = catalog.load_catalog("en")
    assert english.translate("LeadCountController", "%Ln lead(s)", None, 1) == "1 lead"
    assert german.translate("LeadCountController", "%Ln lead(s)", None, 5000) == "5.000 Leads"


def test_dates_and_numbers_in_the_language_spoken() -> None:
    with catalog.speaking("de"):
        assert catalog.day(datetime(2026, 3, 5).date()) == "5. März 2026"
        assert catalog.number(4321) == "4.321"
    with catalog.speaking("en"):
        assert catalog.day(datetime(2026, 3, 5).date()) == "5 Mar 2026"
        assert catalog.number(4321) == "4,321"


def test_the_debrief_counts_hours_on_the_events_clock(db: Database) -> None:
    """No "hour (UTC)" on a laptop set to UTC: the show in Berlin is shown in Berlin."""
    event_id, _ = create_demo(db)
    with db.session() as session:
        set_event_zone(session, event_id, "Europe/Berlin")
        assert event_zone(session, event_id) == ZoneInfo("Europe/Berlin")
    debrief = build_debrief(db, event_id)
    assert debrief.by_hour.bars[0].label == "10h"  # 09:25 UTC is 10:25 in Berlin in November
    assert "CET" in debrief.by_hour.title and "(UTC)" not in debrief.by_hour.title


def test_the_clock_change_night_on_the_events_clock(db: Database) -> None:
    """25 Oct 2026 in Berlin: 02:00-03:00 happens twice; both show, each with its visits."""
    event_id = make_event(db)
    with db.session() as session:
        set_event_zone(session, event_id, "Europe/Berlin")
    for hour, minute in ((0, 10), (1, 10), (1, 40), (2, 10)):  # UTC: 02:10 CEST, 02:10 CET...
        at = datetime(2026, 10, 25, hour, minute, tzinfo=UTC)
        capture(db, "mentor", first_name=f"P{hour}{minute}", at=at)
    bars = build_debrief(db, event_id, language="de").by_hour.bars
    assert sum(b.value for b in bars) == 4
    assert [b.label for b in bars if b.label.startswith("02h")] == ["02h CEST", "02h CET"]


@pytest.mark.parametrize("language", ["de", "fr"])
def test_report_language_on_the_command_line(db: Database, tmp_path: Path, language: str) -> None:
    create_demo(db)
    db.close()
    out = tmp_path / "debrief.html"
    done = subprocess.run(
        [sys.executable, "-m", "showfloor", "report", "-o", str(out), "--language", language],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("wrote the debrief of 10 leads")  # the CLI stays English
    assert f'<html lang="{language}">' in out.read_text(encoding="utf-8")


def test_an_unknown_report_language_is_a_usage_error(db: Database, tmp_path: Path) -> None:
    db.close()
    done = subprocess.run(
        [sys.executable, "-m", "showfloor", "report", "-o", str(tmp_path / "d.html"),
         "--language", "klingon"],
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "--language" in done.stderr


@pytest.mark.parametrize(
    ("name", "code"),
    [("de_AT.UTF-8", "de"), ("fr-CA", "fr"), ("German_Germany", "de"), ("Español", "es"),
     ("es:en", "es"), ("ja_JP.UTF-8", "en"), ("", "en")],
)  # fmt: skip
def test_the_language_of_a_locale_name(name: str, code: str) -> None:
    assert catalog.language_code(name) == code


def test_the_command_line_follows_the_desktops_language(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert catalog.system_language() == "fr"
