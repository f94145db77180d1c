"""WedgeDetector: scanner bursts become one payload; people's typing is untouched."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPushButton, QTextEdit, QVBoxLayout, QWidget

from showfloor.qt.wedge import WedgeDetector

from helpers.fake_camera import FakeClock

SCANNER_GAP = 0.004  # s between a scanner's keys
HUMAN_GAP = 0.120  # s between a fast typist's keys


class View(QWidget):
    """A stand-in capture view: a name field, a notes box, a button."""

    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit()
        self.notes = QTextEdit()
        self.button = QPushButton("Save")
        layout = QVBoxLayout(self)
        for widget in (self.name, self.notes, self.button):
            layout.addWidget(widget)


class Scans(QObject):
    def __init__(self, detector: WedgeDetector) -> None:
        super().__init__()
        self.payloads: list[str] = []
        detector.scanned.connect(self.add)

    @Slot(str)
    def add(self, payload: str) -> None:
        self.payloads.append(payload)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def view(qtbot) -> Iterator[View]:
    widget = View()
    qtbot.addWidget(widget)
    widget.show()
    yield widget


@pytest.fixture
def detector(view: View, clock: FakeClock) -> WedgeDetector:
    return WedgeDetector(view, clock=clock)


def type_text(widget: QWidget, text: str, clock: FakeClock, gap: float) -> None:
    for ch in text:
        clock.advance(gap)
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        else:
            QTest.keyClicks(widget, ch)


def settle(qtbot, clock: FakeClock, detector: WedgeDetector) -> None:
    """Let the quiet gap pass on the fake clock and the detector's timer fire."""
    clock.advance(1.0)
    qtbot.waitUntil(lambda: not detector.in_burst and not detector._held, timeout=2000)


def test_a_scanner_burst_is_one_payload_and_types_nothing(qtbot, view: View,
                                                          detector: WedgeDetector,
                                                          clock: FakeClock) -> None:
    scans = Scans(detector)
    view.name.setFocus()
    type_text(view.name, "EXPO26-000123\n", clock, SCANNER_GAP)
    with qtbot.waitSignal(detector.scanned, timeout=2000) as signal:
        clock.advance(0.1)
    assert signal.args == ["EXPO26-000123"]
    assert scans.payloads == ["EXPO26-000123"]
    assert view.name.text() == ""


def test_a_multiline_vcard_is_collected_until_the_scanner_goes_quiet(
        qtbot, view: View, detector: WedgeDetector, clock: FakeClock) -> None:
    vcard = "BEGIN:VCARD\nVERSION:3.0\nFN:Jane Doe\nEMAIL:jane@example.edu\nEND:VCARD\n"
    scans = Scans(detector)
    type_text(view.notes, vcard, clock, SCANNER_GAP)
    assert scans.payloads == []  # still collecting: no quiet gap yet
    settle(qtbot, clock, detector)
    assert scans.payloads == [vcard.rstrip("\n")]
    assert view.notes.toPlainText() == ""


def test_lines_with_short_pauses_between_them_stay_one_payload(
        qtbot, view: View, detector: WedgeDetector, clock: FakeClock) -> None:
    scans = Scans(detector)
    type_text(view.name, "MECARD:N:Doe,Jane;\n", clock, SCANNER_GAP)
    clock.advance(0.05)  # the scanner pauses between lines, less than the quiet gap
    type_text(view.name, "EMAIL:jane@example.edu;;\n", clock, SCANNER_GAP)
    settle(qtbot, clock, detector)
    assert scans.payloads == ["MECARD:N:Doe,Jane;\nEMAIL:jane@example.edu;;"]


def test_human_typing_passes_through_untouched(qtbot, view: View, detector: WedgeDetector,
                                               clock: FakeClock) -> None:
    scans = Scans(detector)
    type_text(view.name, "Ada Lovelace", clock, HUMAN_GAP)
    settle(qtbot, clock, detector)
    assert view.name.text() == "Ada Lovelace"
    type_text(view.notes, "budget\nfrozen", clock, HUMAN_GAP)
    settle(qtbot, clock, detector)
    assert view.notes.toPlainText() == "budget\nfrozen"
    assert scans.payloads == []


def test_a_few_fast_keys_are_not_a_scan(qtbot, view: View, detector: WedgeDetector,
                                        clock: FakeClock) -> None:
    """Key rollover: two or three keys close together, then a normal pause."""
    scans = Scans(detector)
    type_text(view.name, "th", clock, 0.010)
    clock.advance(HUMAN_GAP)
    type_text(view.name, "e", clock, 0)
    settle(qtbot, clock, detector)
    assert view.name.text() == "the" and scans.payloads == []


def test_scan_in_the_middle_of_typing(qtbot, view: View, detector: WedgeDetector,
                                      clock: FakeClock) -> None:
    scans = Scans(detector)
    type_text(view.name, "Ada", clock, HUMAN_GAP)
    clock.advance(HUMAN_GAP)
    type_text(view.name, "EXPO26-000777\n", clock, SCANNER_GAP)
    clock.advance(0.5)
    type_text(view.name, "!", clock, HUMAN_GAP)
    settle(qtbot, clock, detector)
    assert scans.payloads == ["EXPO26-000777"]
    assert view.name.text() == "Ada!"


def test_shortcuts_are_not_held_and_keep_their_order(qtbot, view: View,
                                                     detector: WedgeDetector,
                                                     clock: FakeClock) -> None:
    type_text(view.name, "ab", clock, HUMAN_GAP)
    clock.advance(0.001)
    QTest.keyClick(view.name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    clock.advance(HUMAN_GAP)
    QTest.keyClicks(view.name, "x")  # replaces the selection
    settle(qtbot, clock, detector)
    assert view.name.text() == "x"


def test_widgets_added_later_are_covered(qtbot, view: View, detector: WedgeDetector,
                                         clock: FakeClock) -> None:
    scans = Scans(detector)
    late = QLineEdit(view)
    view.layout().addWidget(late)
    type_text(late, "EXPO26-000999\n", clock, SCANNER_GAP)
    settle(qtbot, clock, detector)
    assert scans.payloads == ["EXPO26-000999"] and late.text() == ""


def test_real_clock_timers_end_a_burst(qtbot, view: View) -> None:
    """Without a fake clock: real timestamps, real timers."""
    detector = WedgeDetector(view)
    with qtbot.waitSignal(detector.scanned, timeout=2000) as signal:
        QTest.keyClicks(view.name, "EXPO26-000555")
        QTest.keyClick(view.name, Qt.Key.Key_Return)
    assert signal.args == ["EXPO26-000555"] and view.name.text() == ""
