"""Behaviour of the scanner check: the scanner's keys, judged code by code.

The check listens the way the capture view does: a WedgeDetector of its own on
the check's window (a dialog, or the first-run wizard), with the same timing, so
what passes here works at the booth, whatever has the focus. Keys that came too
far apart to be a scan are given back as typing (as at the booth); the check
collects them too, and says the scanner is too slow when they spell a code.

The log says which code passed or what failed, never what a code holds.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.qt.controllers.test_sheet import save_test_sheet
from showfloor.qt.views.scanner_check_view import RowState, ScannerCheckDialog, ScannerCheckView
from showfloor.qt.wedge import WedgeDetector
from showfloor.scanning.wedge import Key, Scanned
from showfloor.services.qrcodes import TEST_BADGES
from showfloor.services.scanner_check import CheckResult, ScannerCheck

log = logging.getLogger(__name__)

REFUSED_MARK = QT_TRANSLATE_NOOP("ScannerCheckController", "✓  Refused, as it must be")
TYPED_QUIET_MS = 500  # keys given back as typing: this long without one ends the run


class ScannerCheckController(QObject):
    """Wires a ScannerCheckView to the scanner while the view is shown.

    Args:
        view: the check's view; its window is the one listened to.
        clock: monotonic seconds for the detector (tests pass a fake one).
    """

    def __init__(
        self,
        view: ScannerCheckView,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else view)
        self.view = view
        self.check = ScannerCheck()
        self.detector: WedgeDetector | None = None
        self._clock = clock
        self._typed: list[Key] = []
        self._typed_timer = QTimer(self, singleShot=True, interval=TYPED_QUIET_MS)
        self._typed_timer.timeout.connect(self._judge_typed)
        self._rows = {badge.label: row for row, badge in enumerate(self.check.badges)}
        view.set_codes([badge.label for badge in self.check.badges])
        view.shown.connect(self.start)
        # A wizard hides and shows its page again as it lays it out: stop only once
        # the view stayed hidden, so keys held at that moment are not settled early.
        view.hidden.connect(lambda: QTimer.singleShot(0, self, self._stop_if_hidden))
        view.reset_button.clicked.connect(self.reset)
        view.sheet_button.clicked.connect(self.save_sheet)
        view.results.installEventFilter(self)
        self._show_summary()
        if view.isVisible():
            self.start()

    # -- listening ---------------------------------------------------------------------

    def start(self) -> None:
        """Listen to the scanner on the view's window (once shown)."""
        if self.detector is not None:
            return
        detector = WedgeDetector([self.view.window()], clock=self._clock, parent=self)
        detector.scanned.connect(self.on_scanned)
        detector.typed.connect(self.on_typed)
        self.detector = detector
        self.view.results.setFocus(Qt.FocusReason.OtherFocusReason)
        log.info("scanner check: listening")

    def stop(self) -> None:
        """Stop listening: the window's keys go where they would without the check."""
        detector, self.detector = self.detector, None
        if detector is not None:
            detector.close()
            detector.deleteLater()
        self._judge_typed()

    def _stop_if_hidden(self) -> None:
        if not self.view.isVisible():
            self.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Keys given back as typing land on the results list (the check's focus):
        # a slow scanner's Enter must not press the wizard's Next, nor its letters
        # jump between rows. Tab and the arrows keep their use.
        if watched is self.view.results and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            return enter or (len(text) == 1 and text.isprintable())
        return False

    # -- judging -----------------------------------------------------------------------

    def on_scanned(self, scan: Scanned) -> None:
        self._judge_typed()  # keys typed before the scan came first
        for result in self.check.scanned(scan):
            self._show(result)

    def on_typed(self, keys: tuple[Key, ...]) -> None:
        self._typed.extend(keys)
        self._typed_timer.start()

    def _judge_typed(self) -> None:
        self._typed_timer.stop()
        keys, self._typed = self._typed, []
        if not keys:
            return
        gaps = [b.at_ms - a.at_ms for a, b in zip(keys, keys[1:], strict=False)]
        result = self.check.typed("".join(k.char for k in keys), gaps)
        if result is not None:
            self._show(result)

    def _show(self, result: CheckResult) -> None:
        badge = result.badge
        log.info(
            "scanner check: %s: %s",
            badge.label if badge is not None else "a code not on the sheet",
            "pass" if result.ok else result.problem,
        )
        if badge is not None:
            row = self._rows[badge.label]
            if result.problem is not None:
                self.view.show_row(row, RowState.FAILED, result.problem.heading)
            elif badge.must_refuse:
                self.view.show_row(
                    row, RowState.PASSED, self.tr("Refused: no visitor"), mark=self.tr(REFUSED_MARK)
                )
            else:
                self.view.show_row(row, RowState.PASSED, self.tr("Typed exactly as the code holds"))
        self._show_diagnosis(result)
        self._show_summary()

    def _show_diagnosis(self, latest: CheckResult) -> None:
        """What is wrong with the scanner, once per problem; else how the last scan went."""
        lines = [d.text() for d in self.check.diagnoses()]
        if latest.badge is None:
            lines.insert(0, latest.advice or "")  # a code not on the sheet: said once
        if lines:
            self.view.show_diagnosis("\n\n".join(lines))
        elif self.check.complete:
            self.view.show_diagnosis(self.check.summary(), error=False)
        elif latest.badge is not None:
            self.view.show_diagnosis(
                self.tr("“{label}” passed.").format(label=latest.badge.label), error=False
            )

    def _show_summary(self) -> None:
        self.view.summary.setText(self.check.summary())

    def reset(self) -> None:
        self.check.reset()
        self.view.set_codes([badge.label for badge in self.check.badges])
        self.view.show_diagnosis("")
        self._show_summary()
        self.view.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_sheet(self) -> None:
        """Write the printable test sheet where staff choose."""
        name = save_test_sheet(self.view)
        if name is not None:
            self.view.show_diagnosis(
                self.tr(
                    "Saved the test sheet ({arg0} codes) to {name}: print it, then scan each code."
                ).format(arg0=len(TEST_BADGES), name=name),
                error=False,
            )


def open_scanner_check(parent: QWidget | None = None) -> ScannerCheckDialog:
    """Show the scanner check as a dialog of ``parent``; returns it (it deletes itself
    when closed)."""
    dialog = ScannerCheckDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    controller = ScannerCheckController(dialog.view, parent=dialog)
    dialog.finished.connect(lambda _r: controller.stop())
    dialog.open()
    return dialog
