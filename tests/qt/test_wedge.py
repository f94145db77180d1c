"""WedgeDetector: scanner bursts become one payload wherever the focus is; people's
typing reaches its field untouched and in order. Keys go to the window, stamped by a
fake clock, as the window system sends them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from showfloor.qt.wedge import WedgeDetector
from showfloor.scanning.wedge import Scanned

from helpers.fake_camera import FakeClock
from helpers.keys import PERSON_GAP_MS, SCANNER_GAP_MS, Keyboard, send_key


class View(QWidget):
    """A stand-in window: two tabs (a form, a search box), a button."""

    def __init__(self) -> None:
        super().__init__()
        self.tabs = QTabWidget()
        form = QWidget()
        self.name = QLineEdit()
        self.notes = QTextEdit()
        form_layout = QVBoxLayout(form)
        form_layout.addWidget(self.name)
        form_layout.addWidget(self.notes)
        self.search = QLineEdit()
        self.tabs.addTab(form, "Form")
        self.tabs.addTab(self.search, "Search")
        self.button = QPushButton("Save")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.button)


class Scans(QObject):
    def __init__(self, detector: WedgeDetector) -> None:
        super().__init__()
        self.payloads: list[str] = []
        self.scans: list[Scanned] = []
        detector.scanned.connect(self.add)

    @Slot(object)
    def add(self, scan: Scanned) -> None:
        self.scans.append(scan)
        self.payloads.append(scan.payload)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[View]:
    widget = View()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


@pytest.fixture
def detector(view: View, clock: FakeClock) -> WedgeDetector:
    return WedgeDetector([view], clock=clock)


@pytest.fixture
def keyboard(view: View, clock: FakeClock) -> Keyboard:
    return Keyboard(view, clock)


def settle(qtbot: QtBot, clock: FakeClock, detector: WedgeDetector) -> None:
    """Let the quiet gap pass on the fake clock and the detector's timer fire."""
    clock.advance(1.0)
    qtbot.waitUntil(lambda: not detector.busy, timeout=2000)


def test_a_scan_needing_shift_is_one_payload_and_types_nothing(
    qtbot: QtBot, view: View, detector: WedgeDetector, clock: FakeClock, keyboard: Keyboard
) -> None:
    scans = Scans(detector)
    view.name.setFocus()
    keyboard.type("MECARD:N:Doe,Jane;EMAIL:jane@example.edu;;\n", gap_ms=SCANNER_GAP_MS)
    settle(qtbot, clock, detector)
    assert scans.payloads == ["MECARD:N:Doe,Jane;EMAIL:jane@example.edu;;"]
    assert view.name.text() == ""


def test_a_multiline_vcard_arrives_whole(
    qtbot: QtBot, view: View, detector: WedgeDetector, clock: FakeClock, keyboard: Keyboard
) -> None:
    vcard = "BEGIN:VCARD\nVERSION:3.0\nFN:Jane Doe\nEMAIL:jane@example.edu\nEND:VCARD\n"
    scans = Scans(detector)
    view.notes.setFocus()
    keyboard.type(vcard, gap_ms=SCANNER_GAP_MS)
    assert scans.payloads == []  # still collecting: no quiet gap yet
    settle(qtbot, clock, detector)
    assert scans.payloads == [vcard.rstrip("\n")]
    assert view.notes.toPlainText() == ""


def test_tabs_between_fields_stay_in_the_payload(
    qtbot: QtBot, view: View, detector: WedgeDetector, clock: FakeClock, keyboard: Keyboard
) -> None:
    scans = Scans(detector)
    view.name.setFocus()
    keyboard.type("100233\tLindqvist\tSofia\n", gap_ms=SCANNER_GAP_MS)
    settle(qtbot, clock, detector)
    assert scans.payloads == ["100233\tLindqvist\tSofia"]
    assert view.name.hasFocus() and view.name.text() == ""


def test_a_scan_on_another_tab_never_reaches_its_search_box(
    qtbot: QtBot, view: View, detector: WedgeDetector, clock: FakeClock, keyboard: Keyboard
) -> None:
    scans = Scans(detector)
    view.tabs.setCurrentIndex(1)
    view.search.setFocus()
    keyboard.type("EXPO26-000123\n", gap_ms=SCANNER_GAP_MS)
    settle(qtbot, clock, detector)
    assert scans.payloads == ["EXPO26-000123"] and view.search.text() == ""


def test_a_scan_after_escape_arrows_and_shift_leaks_nothing(
    qtbot: QtBot, view: View, detector: WedgeDetector, clock: FakeClock, keyboard: Keyboard
) -> None:
    scans = Scans(detector)
    view.name.setFocus()
    keyboard.press(Qt.Key.Key_Escape)
    keyboard.press(Qt.Key.Key_Left)
    keyboard.press(Qt.Key.Key_Shift)
    keyboard.type("7700123456\n", gap_ms=SCANNER_GAP_MS)
    settle(qtbot, clock, detector)
    assert scans.payloads == ["7700123456"] and view.name.text() == ""


def test_human_typing_passes_through_untouched(
    qtbot: QtBot, view: View, detector: WedgeDetector, clock: FakeClock, keyboard: Keyboard
) -> None:
    scans = Scans(detector)
    view.name.setFocus()
    keyboard.type("Tomasz Kowalski", gap_ms=PERSON_GAP_MS)
    settle(qtbot, clock, detector)
    assert view.name.text() == "Tomasz Kowalski"
    view.notes.setFocus()
    keyboard.type("budget\nfrozen", gap_ms=60)
    settle(qtbot, clock, detector)
    assert view.notes.toPlainText() == "budget\nfrozen"
    assert scans.payloads == []


def test_a_busy_gui_thread_does_not_join_a_persons_keys(
    qtbot: QtBot, view: View, detector: WedgeDetector, clock: FakeClock, keyboard: Keyboard
) -> None:
    """Keys stamped 80 ms apart but handled in one go (the clock does not move while
    they are handled): a person, not a scanner."""
    scans = Scans(detector)
    view.name.setFocus()
    start = clock.now
    for i, char in enumerate("Kowalski"):
        send_key(view, Qt.Key(ord(char.upper())), char, stamp_ms=start * 1000 + i * 80)
    # all handled at one moment of the program's clock, the one of the first key
    clock.now = start + 2.0
    qtbot.waitUntil(lambda: not detector.busy, timeout=2000)
    assert view.name.text() == "Kowalski" and scans.payloads == []


def test_a_few_fast_keys_are_not_a_scan(
    qtbot: QtBot, view: View, detector: WedgeDetector, clock: FakeClock, keyboard: Keyboard
) -> None:
    """Key rollover: two keys close together, then a normal pause."""
    scans = Scans(detector)
    view.name.setFocus()
    keyboard.type("th", gap_ms=10)
    keyboard.type("e", gap_ms=PERSON_GAP_MS)
    settle(qtbot, clock, detector)
    assert view.name.text() == "the" and scans.payloads == []


def test_scan_in_the_middle_of_typing(
    qtbot: QtBot, view: View, detector: WedgeDetector, clock: FakeClock, keyboard: Keyboard
) -> None:
    scans = Scans(detector)
    view.name.setFocus()
    keyboard.type("Ada", gap_ms=PERSON_GAP_MS)
    clock.advance(0.3)
    keyboard.type("EXPO26-000777\n", gap_ms=SCANNER_GAP_MS)
    clock.advance(0.5)
    keyboard.type("!", gap_ms=PERSON_GAP_MS)
    settle(qtbot, clock, detector)
    assert scans.payloads == ["EXPO26-000777"]
    assert view.name.text() == "Ada!"


def test_shortcuts_are_not_held_and_keep_their_order(
    qtbot: QtBot, view: View, detector: WedgeDetector, clock: FakeClock, keyboard: Keyboard
) -> None:
    view.name.setFocus()
    keyboard.type("ab", gap_ms=PERSON_GAP_MS)
    keyboard.press(Qt.Key.Key_A, gap_ms=1, mods=Qt.KeyboardModifier.ControlModifier)
    keyboard.type("x", gap_ms=PERSON_GAP_MS)  # replaces the selection
    settle(qtbot, clock, detector)
    assert view.name.text() == "x"


def test_a_held_key_goes_where_the_focus_is_when_it_is_released(
    qtbot: QtBot, view: View, detector: WedgeDetector, clock: FakeClock, keyboard: Keyboard
) -> None:
    view.name.setFocus()
    keyboard.type("a", gap_ms=PERSON_GAP_MS)
    settle(qtbot, clock, detector)
    view.notes.setFocus()
    keyboard.type("b", gap_ms=PERSON_GAP_MS)
    settle(qtbot, clock, detector)
    assert (view.name.text(), view.notes.toPlainText()) == ("a", "b")


def test_dialogs_of_the_window_are_covered_and_a_dialog_can_have_its_own(
    qtbot: QtBot, view: View, detector: WedgeDetector, clock: FakeClock
) -> None:
    scans = Scans(detector)
    dialog = QDialog(view)
    field = QLineEdit(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field.setFocus()
    Keyboard(dialog, clock).type("EXPO26-000999\n", gap_ms=SCANNER_GAP_MS)
    settle(qtbot, clock, detector)
    assert scans.payloads == ["EXPO26-000999"] and field.text() == ""
    own = WedgeDetector([dialog], clock=clock)
    own_scans = Scans(own)
    Keyboard(dialog, clock).type("T9S6-P4WL\n", gap_ms=SCANNER_GAP_MS)
    clock.advance(1.0)
    qtbot.waitUntil(lambda: not own.busy, timeout=2000)
    assert own_scans.payloads == ["T9S6-P4WL"] and scans.payloads == ["EXPO26-000999"]


def test_real_clock_timers_end_a_burst(qtbot: QtBot, view: View) -> None:
    """Without a fake clock: keys with no timestamp are stamped on arrival."""
    detector = WedgeDetector([view])
    view.name.setFocus()
    with qtbot.waitSignal(detector.scanned, timeout=2000) as signal:
        for char in "EXPO26-000555":
            send_key(view, Qt.Key(ord(char.upper())), char, stamp_ms=0)
        send_key(view, Qt.Key.Key_Return, "\r", stamp_ms=0)
    assert signal.args[0].payload == "EXPO26-000555" and view.name.text() == ""
