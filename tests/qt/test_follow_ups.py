"""The Follow-ups tab and the possible-duplicate hint, in the whole window (issue 22).

What is checked is what the booth lead sees: the rows of the table, the hint bar's
text, the message after an action; and what is on disk after it.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox

from showfloor.qt.app import Booth
from showfloor.store.database import Database
from showfloor.store.models import Lead

from helpers.builders import capture
from helpers.qt_find import cell


def rows(booth: Booth) -> list[list[str]]:
    table = booth.follow_ups.view.table
    return [
        [cell(table, r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def show_follow_ups(qtbot: QtBot, booth: Booth) -> None:
    booth.window.tabs.setCurrentWidget(booth.follow_ups.view)
    qtbot.waitUntil(lambda: booth.follow_ups.view.table.rowCount() > 0)


def test_follow_ups_by_priority_filter_by_owner_and_mark_done(
    qtbot: QtBot, booth: Booth, db: Database
) -> None:
    show_follow_ups(qtbot, booth)
    shown = rows(booth)
    assert len(shown) == 10
    assert shown[0][1:5] == ["2026-11-25", "Hot", "Jonas Weber (Weber & Söhne)", "call"]
    assert booth.follow_ups.view.count_label.text() == "10 to follow up · 0 done"

    combo = booth.follow_ups.view.owner_filter
    combo.setCurrentIndex(combo.findText("Anna Berg"))
    assert {r[5] for r in rows(booth)} == {"Anna Berg"}
    combo.setCurrentIndex(0)

    table = booth.follow_ups.view.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: rows(booth)[0][0] == "✓ done")
    assert booth.follow_ups.view.count_label.text() == "10 to follow up · 1 done"
    with db.session() as session:
        jonas = session.scalars(select(Lead).where(Lead.first_name == "Jonas")).one()
        assert jonas.follow_up_done_at is not None

    booth.follow_ups.view.show_done.setChecked(False)
    assert len(rows(booth)) == 9 and all(r[0] == "" for r in rows(booth))


def test_a_row_opens_a_drafted_email_with_the_class_template(
    qtbot: QtBot, booth: Booth, db: Database, tmp_path: Path
) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    booth.follow_ups._open_url = open_url  # noqa: SLF001
    show_follow_ups(qtbot, booth)
    table = booth.follow_ups.view.table
    fatima = next(i for i, r in enumerate(rows(booth)) if r[3].startswith("Fatima Zahra"))
    table.selectRow(fatima)
    qtbot.mouseClick(booth.follow_ups.view.draft_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    link = urlsplit(opened[0].toString(QUrl.ComponentFormattingOption.FullyEncoded))
    assert link.scheme == "mailto" and unquote(link.path) == "fatima@osf.example"
    query = parse_qs(link.query)
    assert query["subject"] == ["An invitation to try it first"]  # the KOL template
    assert "Hello Fatima," in query["body"][0] and "Demo Expo 2026" in query["body"][0]
    assert "Drafted an email to fatima@osf.example" in booth.follow_ups.view.message.text()

    out = tmp_path / "draft.eml"
    booth.follow_ups._choose_file = lambda _suggested: str(out)  # noqa: SLF001
    qtbot.mouseClick(booth.follow_ups.view.eml_button, Qt.MouseButton.LeftButton)
    text = out.read_text()
    assert "To: fatima@osf.example" in text and "X-Unsent: 1" in text

    hannah = next(i for i, r in enumerate(rows(booth)) if r[3].startswith("Hannah Kim"))
    table.selectRow(hannah)  # she did not agree to be contacted
    qtbot.mouseClick(booth.follow_ups.view.draft_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 2  # the .eml opened, no new draft
    assert "did not agree to be contacted" in booth.follow_ups.view.message.text()


def test_the_leads_view_hints_a_possible_duplicate_and_combines_them(
    qtbot: QtBot, booth: Booth, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    capture(db, "customer", first_name="Jon", last_name="Weber", company="Weber & Söhne GmbH")
    booth.context.leads_changed.emit()
    leads = booth.leads
    booth.window.tabs.setCurrentWidget(leads.view)
    qtbot.waitUntil(lambda: leads.model.count == 11)
    names = [getattr(leads.model.row_at(r), "name", None) for r in range(leads.model.count)]
    row = names.index("Jon Weber")
    leads.select_rows([row], row)
    qtbot.waitUntil(lambda: leads.view.duplicate_bar.isVisible())
    assert leads.view.duplicate_label.text() == (
        "Possible duplicate: Jonas Weber (Weber & Söhne), 1 visit (similar name, same company)."
    )
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes
    )
    qtbot.mouseClick(leads.view.combine_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: leads.model.count == 10)
    # each field keeps its newest value, as in a merge: the later capture's spelling
    assert leads.view.message.text().startswith("Combined into Jon Weber: 2 visits. Undo: backup")
    assert not leads.view.duplicate_bar.isVisible()
    with db.session() as session:
        webers = session.scalars(
            select(Lead).where(Lead.last_name == "Weber", Lead.deleted_at.is_(None))
        ).all()
        assert [w.visit_count for w in webers] == [2]


def test_the_capture_form_hints_a_visitor_met_before_under_another_spelling(
    qtbot: QtBot, booth: Booth
) -> None:
    view = booth.capture.view
    booth.window.tabs.setCurrentWidget(view)
    for key, text in (("first_name", "Jonas"), ("last_name", "Webber"), ("company", "Weber")):
        qtbot.keyClicks(view.person_edits[key], text)
    qtbot.waitUntil(lambda: view.duplicate_hint.isVisible())
    assert view.duplicate_hint.text().startswith(
        "Met before? Jonas Weber (Weber & Söhne), 1 visit (similar name, same company)."
    )
    qtbot.keyClick(view.person_edits["company"], Qt.Key.Key_Escape)  # clear the form
    qtbot.waitUntil(lambda: not view.duplicate_hint.isVisible())
    assert view.person_edits["last_name"].text() == ""


def test_the_lead_dialog_corrects_an_answer_and_sets_the_follow_up(
    qtbot: QtBot, booth: Booth, db: Database
) -> None:
    from showfloor.store.models import Visit

    with db.session() as session:
        mei = session.scalars(select(Lead).where(Lead.email == "mei.tanaka@kaizen.example")).one()
        mei_id = mei.id
    booth.leads.open_lead_id(mei_id)
    dialog = booth.leads.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    due = dialog.answer_edits["customer"]["next_step_due"]
    assert due.text() == "2026-11-30" and due.isVisible()
    due.selectAll()
    qtbot.keyClicks(due, "2026-12-03")
    dialog.owner_combo.setCurrentText("Ben Okafor")
    dialog.done_check.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: booth.leads.dialog is None)
    with db.session() as session:
        visit = session.scalars(select(Visit).where(Visit.lead_id == mei_id)).one()
        lead = session.get(Lead, mei_id)
        assert visit.answers["next_step_due"] == "2026-12-03" and visit.edited_at is not None
        assert lead is not None and lead.follow_up_owner == "Ben Okafor"
        assert lead.follow_up_done_at is not None
    show_follow_ups(qtbot, booth)
    mei_row = next(r for r in rows(booth) if r[3].startswith("Mei Tanaka"))
    assert mei_row[:2] == ["✓ done", "2026-12-03"] and mei_row[5] == "Ben Okafor"


def test_a_refused_correction_keeps_the_dialog_open(
    qtbot: QtBot, booth: Booth, db: Database
) -> None:
    with db.session() as session:
        mei = session.scalars(select(Lead).where(Lead.email == "mei.tanaka@kaizen.example")).one()
        mei_id = mei.id
    booth.leads.open_lead_id(mei_id)
    dialog = booth.leads.dialog
    assert dialog is not None
    due = dialog.answer_edits["customer"]["next_step_due"]
    due.setText("next Tuesday")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert "is not a date for 'next_step_due'" in dialog.error.text()
    assert due.text() == "next Tuesday"  # nothing typed is lost
    dialog.reject()


def test_every_shortcut_of_the_window_is_taken_once(booth: Booth) -> None:
    """Ctrl+E is Export: a second action on it would make Qt fire neither."""
    keys = [a.shortcut().toString() for a in booth.window.actions() if not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    assert "Ctrl+D" in keys  # the follow-up draft
