"""The booth flow as staff do it: scan, a class key, Enter — and what is on disk."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from showfloor.domain.person import PersonFields
from showfloor.domain.questions import VisitorClass
from showfloor.qt.controllers.capture_controller import CaptureController
from showfloor.services.capture import CaptureRequest, CaptureService
from showfloor.services.leads import LeadFilter, get_lead, page_leads
from showfloor.services.lookup import resolve_badge

from helpers.qt_find import action

VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovelace;Ada\r\nFN:Ada Lovelace\r\n"
    "ORG:Analytical Engines\r\nEMAIL:ada@example.org\r\nEND:VCARD"
)


def leads(capture: CaptureController) -> list:  # type: ignore[type-arg]
    with capture.context.db.session() as session:
        return page_leads(session, LeadFilter(capture.context.event_id), limit=None)


def test_scan_then_2_then_enter_saves_a_mentor(qtbot: QtBot, capture: CaptureController) -> None:
    view = capture.view
    capture.on_scanned(VCARD)
    assert view.person_edits["first_name"].text() == "Ada"
    assert view.person_edits["company"].text() == "Analytical Engines"
    assert view.person_sources["email"].text() == "badge"
    assert view.preview.is_flashing
    qtbot.keyClick(view.form_side, Qt.Key.Key_2)
    assert capture.selected_class() is VisitorClass.MENTOR
    assert view.question_pages[VisitorClass.MENTOR].isVisible()
    qtbot.keyClick(view.form_side, Qt.Key.Key_Return)
    saved = leads(capture)
    assert [(r.full_name, r.visitor_class, r.badge_format) for r in saved] == [
        ("Ada Lovelace", "mentor", "vcard")
    ]
    assert view.person_edits["first_name"].text() == ""  # cleared only after the save
    assert view.saved_bar.isVisible() and "Saved Ada Lovelace" in view.saved_bar.text()


def test_manual_entry_with_answers_and_rating(qtbot: QtBot, capture: CaptureController) -> None:
    view = capture.view
    view.form_side.setFocus()
    qtbot.keyClicks(view.form_side, "G")  # typing on the idle form starts the first name
    first = view.person_edits["first_name"]
    assert first.hasFocus() and first.text() == "G"
    qtbot.keyClicks(first, "race")
    qtbot.keyClicks(view.person_edits["last_name"], "Hopper")
    assert view.person_sources["last_name"].text() == "typed"
    view.form_side.setFocus()
    qtbot.keyClick(view.form_side, Qt.Key.Key_1)
    qtbot.keyClick(view.form_side, Qt.Key.Key_H)
    pain = view.question_fields[VisitorClass.CUSTOMER]["pain_1"].widget
    assert isinstance(pain, QLineEdit)
    qtbot.keyClicks(pain, "too many spreadsheets")
    qtbot.keyClicks(view.notes, "Met at the coffee bar")
    qtbot.keyClick(view.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [lead] = leads(capture)
    assert (lead.full_name, lead.visitor_class, lead.rating) == ("Grace Hopper", "customer", "hot")
    with capture.context.db.session() as session:
        history = get_lead(session, lead.id).history
    assert history[0].answers == {"pain_1": "too many spreadsheets"}
    assert history[0].notes == "Met at the coffee bar" and history[0].staff == "Anna"


def test_a_repeat_visitor_gets_the_banner_and_a_new_visit(
    qtbot: QtBot,
    capture: CaptureController,
) -> None:
    CaptureService(capture.context.db).capture(
        CaptureRequest(
            "mentor", PersonFields(), badge_payload=VCARD, note="first talk", staff_name="Anna"
        )
    )
    capture.on_scanned(VCARD)
    banner = capture.view.banner
    assert banner.isVisible()
    assert banner.text().startswith("Visit 2 — last seen ")
    assert banner.text().endswith(" by Anna, mentor")
    assert capture.selected_class() is VisitorClass.MENTOR  # preselected from the last visit
    capture.view.notes.setPlainText("second talk")
    qtbot.keyClick(capture.view.form_side, Qt.Key.Key_Return)
    [lead] = leads(capture)
    with capture.context.db.session() as session:
        history = get_lead(session, lead.id).history
    assert [v.notes for v in history] == ["first talk", "second talk"]


def test_undo_takes_the_save_back_and_restores_the_form(
    qtbot: QtBot, capture: CaptureController
) -> None:
    capture.on_scanned(VCARD)
    capture.choose_class(VisitorClass.KOL)
    capture.view.notes.setPlainText("podcast host")
    capture.save()
    assert len(leads(capture)) == 1
    undo = action(capture.window, "undo")
    undo.trigger()
    assert leads(capture) == []
    assert capture.view.person_edits["first_name"].text() == "Ada"
    assert capture.view.notes.toPlainText() == "podcast host"
    assert capture.selected_class() is VisitorClass.KOL


def test_a_wifi_code_is_refused_with_a_message(qtbot: QtBot, capture: CaptureController) -> None:
    capture.on_scanned("WIFI:S:booth;T:WPA;P:secret;;")
    assert capture.view.message.isVisible()
    assert "Wi-Fi" in capture.view.message.text()
    assert capture.view.person_edits["first_name"].text() == ""
    assert leads(capture) == []


def test_saving_without_a_class_asks_for_one_and_keeps_the_form(
    qtbot: QtBot,
    capture: CaptureController,
) -> None:
    capture.on_scanned(VCARD)
    qtbot.keyClick(capture.view.form_side, Qt.Key.Key_Return)
    assert "Choose the kind of visitor" in capture.view.message.text()
    assert capture.view.person_edits["first_name"].text() == "Ada"
    assert leads(capture) == []


def test_a_refused_save_keeps_what_was_typed(qtbot: QtBot, capture: CaptureController) -> None:
    view = capture.view
    qtbot.keyClicks(view.person_edits["first_name"], "Ada")
    qtbot.keyClicks(view.person_edits["email"], "not-an-email")
    capture.choose_class(VisitorClass.MENTOR)
    capture.save()
    assert "not an email address" in view.message.text()
    assert view.person_edits["email"].text() == "not-an-email"
    assert leads(capture) == []


def test_a_badge_scanned_while_typing_waits_for_the_current_visitor(
    qtbot: QtBot,
    capture: CaptureController,
) -> None:
    view = capture.view
    qtbot.keyClicks(view.person_edits["first_name"], "Grace")
    capture.on_scanned(VCARD)
    assert view.person_edits["first_name"].text() == "Grace"  # nothing overwritten
    assert "Another badge was scanned" in view.message.text()
    capture.choose_class(VisitorClass.CUSTOMER)
    capture.save()
    assert view.person_edits["first_name"].text() == "Ada"  # the waiting badge loaded
    assert [r.first_name for r in leads(capture)] == ["Grace"]


def test_the_badge_is_parsed_and_looked_up_once_per_capture(
    qtbot: QtBot, capture: CaptureController, monkeypatch: pytest.MonkeyPatch
) -> None:
    import showfloor.services.capture as capture_module

    calls: list[str] = []
    real = resolve_badge  # what the capture service calls

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append("lookup")
        return real(*args, **kwargs)

    monkeypatch.setattr(capture_module, "resolve_badge", counting)
    capture.on_scanned(VCARD)
    capture.choose_class(VisitorClass.MENTOR)
    assert capture.save() is not None
    assert calls == ["lookup"]
    assert [r.email for r in leads(capture)] == ["ada@example.org"]
