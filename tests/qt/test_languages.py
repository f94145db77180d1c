"""The window in German and French: its own words, Qt's buttons, dates and numbers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from showfloor.config import Paths
from showfloor.domain.settings_registry import LANGUAGE
from showfloor.qt import locale_text, translations
from showfloor.qt.app import Booth
from showfloor.qt.views.settings_dialog import SettingsDialog
from showfloor.services.demo import create_demo
from showfloor.services.settings_values import write_values
from showfloor.store.database import Database

from helpers.booth_window import shown_booth


@pytest.fixture
def speaking(request: pytest.FixtureRequest) -> Iterator[str]:
    """The window in the language of the test's parameter; English again afterwards."""
    code = str(request.param)
    translations.install(code)
    yield code
    translations.install("en")


@pytest.mark.parametrize("speaking", ["de"], indirect=True)
def test_the_window_comes_up_in_german(
    qtbot: QtBot, db: Database, paths: Paths, speaking: str
) -> None:
    create_demo(db)
    with shown_booth(qtbot, db, paths) as booth:
        window = booth.window
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert tabs == ["Erfassen", "Leads", "Übersicht", "Nachfassen"]
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["&Datei", "&Veranstaltung", "&Personal", "&Ansicht", "&Hilfe"]
        qtbot.waitUntil(lambda: window.status("leads") == "10 Leads")  # counted off the GUI thread
        view = booth.capture.view
        assert view.class_buttons  # the class buttons name the classes in German
        texts = {b.text() for b in view.findChildren(QPushButton)}
        assert "Speichern (Enter)" in texts
        assert any(t.endswith("Kunde") for t in texts)
        assert any(t.startswith("Heiß") for t in texts)
        window.tabs.setCurrentIndex(2)
        dashboard = booth.dashboard.view
        qtbot.waitUntil(lambda: dashboard.updated.text().startswith("Aktualisiert"))
        assert "Besuche pro Stunde" in dashboard.by_hour.chart.title
        table = booth.leads.view.table  # German headers are longer; none is cut off
        header = table.horizontalHeader()
        for column in range(header.count() - 1):  # the last one stretches
            assert header.sectionSize(column) >= header.sectionSizeHint(column), column


@pytest.mark.parametrize("speaking", ["fr"], indirect=True)
def test_the_window_comes_up_in_french_with_qts_own_buttons(
    qtbot: QtBot, db: Database, paths: Paths, speaking: str
) -> None:
    create_demo(db)
    with shown_booth(qtbot, db, paths) as booth:
        assert booth.window.tabs.tabText(0) == "Saisie"
        qtbot.waitUntil(lambda: booth.window.status("leads") == "10 leads")
        dialog = SettingsDialog(booth.window)
        qtbot.addWidget(dialog)
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        buttons = {b.text().replace("&", "") for b in box.buttons()}
        assert buttons == {"Enregistrer", "Annuler"}  # Qt's own catalog (qtbase_fr)
        assert dialog.tabs.tabText(0) == "Général"
        language = dialog.fields[LANGUAGE.key]
        assert [language.itemText(i) for i in range(language.count())] == [  # type: ignore[union-attr]
            "Système", "English", "Deutsch", "Français", "Español"
        ]  # fmt: skip


@pytest.mark.parametrize("speaking", ["de"], indirect=True)
def test_dates_and_numbers_are_written_as_the_language_writes_them(speaking: str) -> None:
    locale_text.set_zone(UTC)
    try:
        at = datetime(2026, 11, 22, 14, 30, tzinfo=UTC)
        assert locale_text.day_clock(at) == "So. 22. Nov. 14:30"
        assert locale_text.number(12345) == "12.345"
    finally:
        locale_text.set_zone(None)


def test_the_language_setting_chooses_the_window_language(db: Database) -> None:
    assert translations.chosen_language(db) == "en"  # the test machine speaks C/English
    with db.session() as session:
        write_values(session, {LANGUAGE.key: "es"})
    assert translations.chosen_language(db) == "es"


def test_a_language_that_is_no_choice_is_refused_and_read_as_system(db: Database) -> None:
    from showfloor.domain.errors import RefusedError
    from showfloor.services.settings_values import read_setting
    from showfloor.store.settings import set_setting

    with db.session() as session:
        with pytest.raises(RefusedError, match="Language: one of en, de, fr, es"):
            write_values(session, {LANGUAGE.key: "klingon"})
        set_setting(session, LANGUAGE.key, "klingon")  # written by hand or an old version
        assert read_setting(session, LANGUAGE) == ""


def test_event_time_zone_changes_every_time_the_window_shows(
    qtbot: QtBot, booth: Booth, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Event > Time zone…: the leads list shows its times on the show's clock at once."""
    from zoneinfo import ZoneInfo

    from PySide6.QtWidgets import QInputDialog

    from showfloor.qt.models.leads_model import LAST_SEEN

    asked: list[str] = []

    def pick(
        _parent: object, _title: str, label: str, names: list[str], *_a: object
    ) -> tuple[str, bool]:
        asked.append(label)
        assert "Asia/Tokyo" in names
        return "Asia/Tokyo", True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    monkeypatch.setattr(locale_text, "_zone", None)  # the clock goes back after the test
    booth.session.choose_time_zone()
    assert asked and booth.context.zone == ZoneInfo("Asia/Tokyo")
    model = booth.leads.model
    booth.leads.refresh_now()
    qtbot.waitUntil(lambda: model.rowCount() == 10)
    shown = model.index(0, LAST_SEEN).data()
    lead = model.row_at(0)
    assert lead is not None and lead.last_seen is not None
    tokyo = lead.last_seen.astimezone(ZoneInfo("Asia/Tokyo"))
    assert shown.endswith(f"{tokyo:%H:%M}")  # 10:35 UTC reads 19:35 in Tokyo
