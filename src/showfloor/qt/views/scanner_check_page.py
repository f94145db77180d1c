"""The first-run wizard's "Test the handheld scanner" page.

The page holds the scanner check's view and its controller, which listens to the
scanner only while the page is shown (on the other pages, keys go to their fields
as usual). The step is optional: Next is always allowed, with no scanner at all.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizardPage

from showfloor.qt.controllers.scanner_check_controller import ScannerCheckController
from showfloor.qt.views.scanner_check_view import ScannerCheckView


class ScannerCheckPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard_scanner_check")
        self.setTitle("Test the handheld scanner (optional)")
        self.setSubTitle(
            "No handheld scanner? Press Next. The camera and typing work without one."
        )
        self.view = ScannerCheckView()
        self.controller = ScannerCheckController(self.view, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
