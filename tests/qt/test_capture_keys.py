"""The form's keys as staff press them: names typed whole, class keys on any layout,
Enter saves once, Tab walks the questions, the consent shortcut."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from showfloor.domain.person import PersonFields
from showfloor.domain.questions import VisitorClass
from showfloor.qt.controllers.capture_controller import CaptureController
from showfloor.services.capture import CaptureRequest, CaptureService
from showfloor.services.leads import LeadFilter, get_lead, page_leads

MECARD = "MECARD:N:Lovelace,Ada;EMAIL:ada@example.org;;"


def leads(capture: CaptureController) -> list:  # type: ignore[type-arg]
    with capture.context.db.session() as session:
        return page_leads(session, LeadFilter(capture.context.event_id), limit=None)


def press(widget: QWidget, key: int, text: str = "", *,
          mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, scancode: int = 0) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, mods, scancode, 0, 0, text))


def type_name(widget: QWidget, text: str) -> None:
    """As a keyboard does it: Shift held for capitals, the focus moving as it moves."""
    for char in text:
        target = QApplication.focusWidget() or widget
        shift = Qt.KeyboardModifier.ShiftModifier if char.isupper() else Qt.KeyboardModifier(0)
        press(target, ord(char.upper()), char, mods=shift)


def test_a_name_typed_on_the_empty_form_arrives_whole(
    qtbot: QtBot, capture: CaptureController
) -> None:
    view = capture.view
    for name in ("Tomasz", "charlotte", "Hannah", "walter"):
        capture.clear_form()
        view.form_side.setFocus()
        type_name(view.form_side, name)
        assert view.person_edits["first_name"].text() == name
        assert capture.selected_rating() is None and capture.selected_class() is None


def test_azerty_top_row_and_numpad_choose_the_class(
    qtbot: QtBot, capture: CaptureController
) -> None:
    view = capture.view
    capture.on_scanned(MECARD)
    # AZERTY: the 1 key types "&" unshifted (X key code 10), "1" with Shift
    press(view.form_side, Qt.Key.Key_Ampersand, "&", scancode=10)
    assert capture.selected_class() is VisitorClass.CUSTOMER
    view.form_side.setFocus()
    press(view.form_side, Qt.Key.Key_2, "2", mods=Qt.KeyboardModifier.ShiftModifier, scancode=11)
    assert capture.selected_class() is VisitorClass.MENTOR
    view.form_side.setFocus()
    press(view.form_side, Qt.Key.Key_QuoteDbl, '"', scancode=12)  # AZERTY 3 key
    assert capture.selected_class() is VisitorClass.KOL
    view.form_side.setFocus()
    press(view.form_side, Qt.Key.Key_1, "1", mods=Qt.KeyboardModifier.KeypadModifier)
    assert capture.selected_class() is VisitorClass.CUSTOMER
    assert view.person_edits["first_name"].text() == "Ada"  # nothing typed into a field


def test_after_the_class_key_the_focus_is_on_its_first_question_and_tab_walks_them(
    qtbot: QtBot, capture: CaptureController
) -> None:
    view = capture.view
    capture.on_scanned(MECARD)
    qtbot.keyClick(view.form_side, Qt.Key.Key_2)
    fields = list(view.question_fields[VisitorClass.MENTOR].values())
    assert fields[0].widget.hasFocus()
    for following in fields[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert following.widget.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert view.notes.hasFocus()


def test_enter_in_a_question_saves_once_without_the_false_error(
    qtbot: QtBot, capture: CaptureController
) -> None:
    view = capture.view
    saves: list[str] = []
    capture.context.lead_saved.connect(saves.append)
    capture.on_scanned(MECARD)
    qtbot.keyClick(view.form_side, Qt.Key.Key_2)
    qtbot.keyClicks(QApplication.focusWidget(), "no budget this year")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert len(saves) == 1
    assert not view.message.isVisible(), view.message.text()
    [lead] = leads(capture)
    with capture.context.db.session() as session:
        [visit] = get_lead(session, lead.id).history
    assert visit.answers == {"reservations": "no budget this year"}


def test_enter_in_a_person_field_saves_once(qtbot: QtBot, capture: CaptureController) -> None:
    view = capture.view
    saves: list[str] = []
    capture.context.lead_saved.connect(saves.append)
    capture.choose_class(VisitorClass.CUSTOMER)
    qtbot.keyClicks(view.person_edits["first_name"], "Grace")
    qtbot.keyClick(view.person_edits["first_name"], Qt.Key.Key_Return)
    assert len(saves) == 1 and not view.message.isVisible()


def test_the_consent_shortcut_ticks_the_box(qtbot: QtBot, capture: CaptureController) -> None:
    action = capture.window.findChild(type(capture.window.actions()[0]), "toggle_consent")
    assert action is not None and action.shortcut().toString() == "Alt+A"
    action.trigger()
    assert capture.view.consent.isChecked()
    action.trigger()
    assert not capture.view.consent.isChecked()


def test_a_returning_visitors_consent_is_shown_and_kept_as_given(
    qtbot: QtBot, capture: CaptureController
) -> None:
    CaptureService(capture.context.db).capture(
        CaptureRequest("mentor", PersonFields(), badge_payload=MECARD, consent=True)
    )
    with capture.context.db.session() as session:
        [first] = page_leads(session, LeadFilter(capture.context.event_id), limit=None)
        before = get_lead(session, first.id)
    capture.on_scanned(MECARD)
    assert capture.view.consent.isChecked()
    assert capture.view.consent_given.isVisible()
    assert "consent text v1" in capture.view.consent_given.text()
    capture.choose_class(VisitorClass.MENTOR)
    assert capture.save() is not None
    with capture.context.db.session() as session:
        after = get_lead(session, first.id)
    assert after.consent and after.visits == 2
    assert (after.consent_at, after.consent_text_version) == (
        before.consent_at,
        before.consent_text_version,
    )
