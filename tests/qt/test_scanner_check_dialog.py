"""The scanner check on real widgets: keys sent to its window as the window system
sends them (stamped), from Settings and as a page of the first-run wizard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from showfloor.qt.controllers.scanner_check_controller import ScannerCheckController
from showfloor.qt.controllers.settings_controller import SettingsController
from showfloor.qt.views.first_run_wizard import FirstRunWizard
from showfloor.qt.views.scanner_check_page import ScannerCheckPage
from showfloor.qt.views.scanner_check_view import ScannerCheckDialog, ScannerCheckView
from showfloor.services.qrcodes import TEST_BADGES
from showfloor.store.database import Database

from helpers.fake_camera import FakeClock
from helpers.keys import SCANNER_GAP_MS, Keyboard, key_of, send_key
from helpers.layouts import AZERTY, us_position

MECARD = next(b for b in TEST_BADGES if b.format == "mecard")
WIFI = next(b for b in TEST_BADGES if b.must_refuse)


def keys_of(payload: str) -> str:
    """What a scanner presses: Enter for each CR and LF, and Enter as its suffix."""
    return payload.replace("\r", "\n") + "\n"


def rows(view: ScannerCheckView) -> dict[str, tuple[str, str]]:
    """Each code's (result, what happened), as the view shows them."""
    out = {}
    for row in range(view.results.rowCount()):
        result, code, detail = view.row_text(row)
        out[code] = (result.split(maxsplit=1)[-1], detail)
    return out


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def check(qtbot: QtBot, clock: FakeClock) -> Iterator[ScannerCheckController]:
    dialog = ScannerCheckDialog()
    qtbot.addWidget(dialog)
    controller = ScannerCheckController(dialog.view, clock=clock, parent=dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield controller
    controller.stop()


def settle(qtbot: QtBot, clock: FakeClock, check: ScannerCheckController) -> None:
    clock.advance(1.0)
    detector = check.detector
    assert detector is not None
    qtbot.waitUntil(lambda: not detector.busy, timeout=2000)


def test_the_whole_sheet_passes_and_the_wifi_code_is_refused(
    qtbot: QtBot, check: ScannerCheckController, clock: FakeClock
) -> None:
    view = check.view
    keyboard = Keyboard(view.window(), clock)
    for badge in TEST_BADGES:
        keyboard.type(keys_of(badge.payload), gap_ms=SCANNER_GAP_MS)
        settle(qtbot, clock, check)
        clock.advance(2.0)  # the next code, a moment later
    shown = rows(view)
    assert shown.pop(WIFI.label) == ("Refused, as it must be", "Refused: no visitor")
    assert set(shown.values()) == {("Pass", "Typed exactly as the code holds")}
    assert len(shown) == 9
    assert view.summary.text() == "All 10 codes pass: the scanner is ready."


def test_a_us_scanner_on_azerty_is_a_layout_mismatch_with_its_fix(
    qtbot: QtBot, check: ScannerCheckController, clock: FakeClock
) -> None:
    keyboard = Keyboard(check.view.window(), clock)
    for char in keys_of(MECARD.payload):
        where = us_position(char)
        if where is None:  # "ö": a US keyboard has no such key; sent as it is
            keyboard.press(key_of(char), char, gap_ms=SCANNER_GAP_MS)
            continue
        position, shift = where
        typed = AZERTY[position][shift]
        mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
        keyboard.press(key_of(typed), "\r" if typed == "\n" else typed,
                       gap_ms=SCANNER_GAP_MS, mods=mods, scancode=position + 8)
    settle(qtbot, clock, check)
    assert rows(check.view)[MECARD.label] == ("Fail", "Keyboard layout mismatch")
    diagnosis = check.view.diagnosis.text()
    assert diagnosis.startswith("Keyboard layout mismatch (MECARD).")
    assert "keyboard language" in diagnosis and check.view.diagnosis.isVisible()
    assert check.view.summary.text() == "0 of 10 pass, 1 failed, 9 still to scan."


def test_no_enter_suffix_is_said_and_a_rescan_replaces_it(
    qtbot: QtBot, check: ScannerCheckController, clock: FakeClock
) -> None:
    keyboard = Keyboard(check.view.window(), clock)
    keyboard.type(MECARD.payload, gap_ms=SCANNER_GAP_MS)  # no Enter at the end
    settle(qtbot, clock, check)
    assert rows(check.view)[MECARD.label] == ("Fail", "No Enter suffix")
    assert "suffix to Enter (CR)" in check.view.diagnosis.text()
    clock.advance(2.0)
    keyboard.type(keys_of(MECARD.payload), gap_ms=SCANNER_GAP_MS)
    settle(qtbot, clock, check)
    assert rows(check.view)[MECARD.label] == ("Pass", "Typed exactly as the code holds")
    assert check.view.diagnosis.text() == "\u201cMECARD\u201d passed."
    check.view.reset_button.click()
    assert rows(check.view)[MECARD.label] == ("Not scanned yet", "")


def test_a_code_not_on_the_sheet_says_so(
    qtbot: QtBot, check: ScannerCheckController, clock: FakeClock
) -> None:
    Keyboard(check.view.window(), clock).type(
        "MECARD:N:Doe,Jane;EMAIL:jane@example.edu;;\n", gap_ms=SCANNER_GAP_MS
    )
    settle(qtbot, clock, check)
    assert "not a code of the test sheet" in check.view.diagnosis.text()
    assert check.view.summary.text() == "0 of 10 pass, 10 still to scan."


def test_the_wizard_page_catches_a_slow_scanner_and_its_enter_presses_nothing(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    wizard.show()
    qtbot.keyClicks(wizard.event_name, "Expo")
    wizard.next()
    qtbot.keyClicks(wizard.staff_name, "Anna")
    wizard.next()
    wizard.camera.setCurrentIndex(wizard.camera.count() - 1)  # no camera
    wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, ScannerCheckPage)
    qtbot.waitUntil(lambda: page.controller.detector is not None)
    clock = FakeClock()
    assert page.controller.detector is not None
    page.controller.detector._clock = clock  # noqa: SLF001 - steer its time
    Keyboard(wizard, clock).type(keys_of(MECARD.payload), gap_ms=45.0)  # a delay per key
    clock.advance(1.0)
    qtbot.waitUntil(lambda: rows(page.view)[MECARD.label][0] == "Fail", timeout=5000)
    assert rows(page.view)[MECARD.label] == ("Fail", "Too slow")
    assert "45 ms a key" in page.view.diagnosis.text()
    assert "inter-character delay" in page.view.diagnosis.text()
    assert wizard.currentPage() is page  # the scanner's Enter did not press Next
    wizard.back()  # leaving the page: keys go to the fields again, at once
    qtbot.waitUntil(lambda: page.controller.detector is None)
    wizard.staff_name.setFocus()
    send_key(wizard, Qt.Key.Key_X, "x", stamp_ms=0)
    assert wizard.staff_name.text() == "Annax"


def test_settings_open_the_check_and_a_scan_is_judged_whatever_the_focus(
    qtbot: QtBot, db: Database
) -> None:
    settings = SettingsController(db)
    qtbot.addWidget(settings.dialog)
    settings.dialog.show()
    qtbot.waitExposed(settings.dialog)
    qtbot.mouseClick(settings.dialog.scanner_check_button, Qt.MouseButton.LeftButton)
    dialog = settings.dialog.findChild(ScannerCheckDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.view.reset_button.setFocus()  # the focus on a button: the scan still counts
    for char in keys_of(MECARD.payload):  # unstamped keys: stamped as they arrive
        send_key(dialog, key_of(char), "\r" if char == "\n" else char, stamp_ms=0)
    qtbot.waitUntil(lambda: rows(dialog.view)[MECARD.label][0] == "Pass", timeout=3000)
    assert settings.dialog.country.text() == "" and settings.dialog.isVisible()
    dialog.close()
    qtbot.waitUntil(lambda: not any(isinstance(w, ScannerCheckDialog)
                                    for w in QApplication.topLevelWidgets()))


def test_the_test_sheet_is_saved_from_the_check_and_a_bad_folder_is_one_line(
    qtbot: QtBot, check: ScannerCheckController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    chosen = [str(tmp_path / "sheet.pdf"), str(tmp_path / "gone" / "sheet.pdf")]
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (chosen.pop(0), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    check.view.sheet_button.click()
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    assert check.view.diagnosis.text().startswith("Saved the test sheet (10 codes)")
    check.view.sheet_button.click()
    assert len(warnings) == 1 and "does not exist; create it or choose another" in warnings[0]
