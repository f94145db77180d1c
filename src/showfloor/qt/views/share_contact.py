"""A full-screen QR code of the booth's contact card, for visitors to scan with a phone.

Full screen and black on white at the largest size the screen allows: phone cameras
read a big, high-contrast code from a step away, which is how people stand at a
booth. Esc (or a click) closes it. The code is drawn from an SVG so it stays sharp
on any screen.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from showfloor.domain.booth_contact import BoothContact


class QrView(QWidget):
    """Paints one QR code (its SVG, ``svg``) as large as fits, centred, on white."""

    def __init__(self, payload: str, svg: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.payload = payload
        self._renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")), self)
        self.setMinimumSize(240, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        # A whole number of pixels per module keeps every module edge crisp.
        modules = max(1, round(self._renderer.viewBoxF().width()))
        side = max(modules, min(self.width(), self.height()) // modules * modules)
        target = QRectF((self.width() - side) // 2, (self.height() - side) // 2, side, side)
        self._renderer.render(painter, target)
        painter.end()


class ShareContactWindow(QWidget):
    """The booth's vCard as a QR code; show it with ``showFullScreen()``.

    Made by ``qt/controllers/share_contact_controller.py``.

    Args:
        contact: the booth contact, for the lines under the code.
        vcard: its vCard, the code's payload; ``svg``: that code drawn as SVG.
        parent: the main window, if any; the window still opens as its own window.
    """

    def __init__(
        self, contact: BoothContact, vcard: str, svg: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.contact = contact
        self.setWindowTitle(self.tr("Share our contact"))
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        palette.setColor(self.foregroundRole(), QColor("#111827"))
        self.setPalette(palette)

        title = QLabel(self.tr("Scan to save our contact"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 28pt; font-weight: bold; color: #111827;")
        self.qr = QrView(vcard, svg, self)
        who = " · ".join(x for x in (contact.name, contact.company) if x)
        reach = "   ".join(x for x in (contact.email, contact.phone, contact.url) if x)
        details = QLabel(f"{who}\n{reach}".strip())
        details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        details.setStyleSheet("font-size: 16pt; color: #374151;")
        details.setTextFormat(Qt.TextFormat.PlainText)
        hint = QLabel(self.tr("Press Esc to close"))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setStyleSheet("font-size: 10pt; color: #9ca3af;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 20)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(self.qr, 1)
        layout.addWidget(details)
        layout.addWidget(hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.close()
