"""The first-run wizard's "Test the handheld scanner" page.

The page holds the scanner check's view and its controller, which listens to the
scanner only while the page is shown (on the other pages, keys go to their fields
as usual). The step is optional: Next is always allowed, with no scanner at all.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizardPage

from showfloor.qt.controllers.scanner_check_controller import ScannerCheckController
from showfloor.qt.views.scanner_check_view import ScannerCheckView

WIDTH, HEIGHT = 820, 660


class ScannerCheckPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard_scanner_check")
        self.setTitle(self.tr("Test the handheld scanner (optional)"))
        self.setSubTitle(
            self.tr("No handheld scanner? Press Next. The camera and typing work without one.")
        )
        self.view = ScannerCheckView()
        self.controller = ScannerCheckController(self.view, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def initializePage(self) -> None:
        """Room for every code of the sheet at once (the other pages need less)."""
        wizard = self.wizard()
        if wizard is not None:
            screen = wizard.screen().availableGeometry()
            width = min(max(wizard.width(), WIDTH), screen.width())
            height = min(max(wizard.height(), HEIGHT), screen.height() - 40)
            if (width, height) != (wizard.width(), wizard.height()):
                wizard.resize(width, height)
                # grown from its top-left corner: keep it whole on the screen
                wizard.move(
                    screen.x() + (screen.width() - width) // 2,
                    screen.y() + (screen.height() - height) // 2,
                )
