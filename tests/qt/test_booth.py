"""The whole window as run_app builds it (no camera): tabs, shortcuts, a scanner burst."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QLabel, QLineEdit

from showfloor.qt.app import Booth

from helpers.fake_camera import FakeClock
from helpers.keys import PERSON_GAP_MS, SCANNER_GAP_MS, Keyboard
from helpers.reads import wait_for_reads


def status(booth: Booth, key: str) -> str:
    label = booth.window.findChild(QLabel, f"status_{key}")
    assert label is not None
    return label.text().strip()


def test_the_window_has_its_views_and_a_status_bar(qtbot, booth: Booth) -> None:  # type: ignore[no-untyped-def]
    tabs = booth.window.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == ["Capture", "Leads", "Dashboard", "Follow-ups"]
    assert status(booth, "event") == "Demo Expo 2026"
    assert status(booth, "staff") == "Anna Berg"
    qtbot.waitUntil(lambda: status(booth, "leads") == "10 leads")  # counted off the GUI thread
    assert status(booth, "camera").startswith("No camera")


def test_every_menu_action_has_a_shortcut_listed_in_help(booth: Booth) -> None:
    listed = {what for what, _keys in booth.window.shortcut_help}
    for menu in booth.window.menus.values():
        for action in menu.actions():
            if action.isSeparator():
                continue
            assert not action.shortcut().isEmpty(), action.text()
            assert action.text().replace("&", "").rstrip("…") in listed


def test_a_handheld_scanner_burst_fills_the_form_and_the_count_follows(
    qtbot: QtBot,
    booth: Booth,
) -> None:
    clock = FakeClock()
    booth.wedge._clock = clock  # noqa: SLF001  (drive the burst timing)
    keyboard = Keyboard(booth.window, clock)
    booth.capture.view.form_side.setFocus()
    keyboard.type("MECARD:N:Hopper,Grace;EMAIL:grace@navy.example;;\n", gap_ms=SCANNER_GAP_MS)
    clock.advance(0.5)
    qtbot.waitUntil(lambda: booth.capture.view.person_edits["last_name"].text() == "Hopper")
    keyboard.type("3\n", gap_ms=PERSON_GAP_MS)
    clock.advance(0.5)
    qtbot.waitUntil(lambda: status(booth, "leads") == "11 leads", timeout=3000)


def test_a_scan_on_the_leads_tab_fills_the_capture_form_not_the_search_box(
    qtbot: QtBot,
    booth: Booth,
) -> None:
    clock = FakeClock()
    booth.wedge._clock = clock  # noqa: SLF001
    booth.window.tabs.setCurrentIndex(1)
    search = booth.window.tabs.currentWidget().findChild(QLineEdit)
    assert search is not None
    search.setFocus()
    Keyboard(booth.window, clock).type("MECARD:N:Hopper,Grace;;\n", gap_ms=SCANNER_GAP_MS)
    clock.advance(0.5)
    qtbot.waitUntil(lambda: booth.capture.view.person_edits["last_name"].text() == "Hopper")
    assert booth.window.tabs.currentWidget() is booth.capture.view
    assert search.text() == ""


def test_leads_past_retention_go_only_after_confirming(
    qtbot: QtBot,
    booth: Booth,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from datetime import UTC, datetime

    from sqlalchemy import func, select, update

    from PySide6.QtWidgets import QMessageBox

    from showfloor.services.privacy import set_retention_days
    from showfloor.store.models import Lead, Visit

    long_ago = datetime(2020, 1, 1, tzinfo=UTC)
    with booth.context.db.session() as session:
        session.execute(update(Lead).values(first_seen_at=long_ago, last_seen_at=long_ago))
        session.execute(update(Visit).values(at=long_ago))
        set_retention_days(session, 30)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.waitUntil(lambda: status(booth, "leads") == "10 leads")  # counted off the GUI thread
    booth.offer_retention_purge()
    assert asked and "past your retention setting" in asked[0]
    wait_for_reads(booth.window)
    assert status(booth, "leads") == "10 leads"  # "No" kept them
    with booth.context.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Lead)) == 10
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    booth.offer_retention_purge()
    qtbot.waitUntil(lambda: status(booth, "leads") == "0 leads", timeout=3000)


def test_the_debrief_is_written_from_the_window(
    booth: Booth,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    html = tmp_path / "debrief.html"
    booth.after_show.write_debrief(html)
    text = html.read_text(encoding="utf-8")
    assert "Demo Expo 2026" in text and "What mentors told us" in text
    pdf = tmp_path / "debrief.pdf"
    booth.after_show.write_debrief(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert opened == [str(html), str(pdf)]


def test_share_contact_without_a_contact_says_where_to_set_it(
    booth: Booth,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    booth.after_show.share_contact()
    assert said and "Settings > Our contact" in said[0]
