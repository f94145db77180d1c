"""The live camera picture: aspect kept, a target box, detected codes outlined, a flash.

Codes that are not a visitor badge (a Wi-Fi sign, a payment code) are outlined in
red and marked "not a badge", so staff see why nothing loads from them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

FLASH_MS = 350
OUTLINE_MS = 600
BADGE_PEN, REFUSED_PEN = QColor("#22c55e"), QColor("#ef4444")

Points = tuple[tuple[float, float], ...]


class CameraPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("camera_preview")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self._image: QImage | None = None
        self._outlines: list[tuple[Points, bool]] = []
        self._flashing = False
        self._message = self.tr("Starting camera…")
        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(self._end_flash)
        self._outline_timer = QTimer(self, singleShot=True, interval=OUTLINE_MS)
        self._outline_timer.timeout.connect(self._clear_outlines)
        self.frames_shown = 0

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def show_frame(self, image: QImage) -> None:
        self._image = image
        self.frames_shown += 1
        self.update()

    def show_message(self, text: str) -> None:
        """Shown instead of the picture (no camera, camera lost...)."""
        self._message = text
        if text:
            self._image = None
            self._outlines = []  # a code outlined on a picture no longer shown
        self.update()

    def outline(self, corners: Sequence[Sequence[tuple[float, float]]],
                refused: Sequence[bool] = ()) -> None:
        """Outline codes (frame pixels) for a moment; `refused[i]`: code i is no badge."""
        flags = [*refused, *[False] * (len(corners) - len(refused))]
        self._outlines = [(tuple(points), flag) for points, flag in zip(corners, flags,
                                                                         strict=False)]
        self._outline_timer.start()
        self.update()

    @property
    def outlines(self) -> list[tuple[Points, bool]]:
        """What is outlined now: (corners, refused)."""
        return list(self._outlines)

    def flash(self) -> None:
        self._flashing = True
        self._flash_timer.start()
        self.update()

    @property
    def is_flashing(self) -> bool:
        return self._flashing

    def _end_flash(self) -> None:
        self._flashing = False
        self.update()

    def _clear_outlines(self) -> None:
        self._outlines = []
        self.update()

    def _image_rect(self) -> QRectF:
        if self._image is None or self._image.isNull():
            return QRectF(self.rect())
        size = QSize(self._image.width(), self._image.height())
        size.scale(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) / 2
        y = (self.height() - size.height()) / 2
        return QRectF(x, y, size.width(), size.height())

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#111418"))
        target = self._image_rect()
        if self._image is not None and not self._image.isNull():
            painter.drawImage(target, self._image)
            self._paint_target_box(painter, target)
            self._paint_outlines(painter, target)
        else:
            painter.setPen(QColor("#cfd6de"))
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.3)
            painter.setFont(font)
            painter.drawText(
                self.rect().adjusted(20, 20, -20, -20),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._message,
            )
        if self._flashing:
            painter.setPen(QPen(QColor("#22c55e"), 14))
            painter.drawRect(self.rect().adjusted(7, 7, -7, -7))
        painter.end()

    def _paint_target_box(self, painter: QPainter, area: QRectF) -> None:
        side = min(area.width(), area.height()) * 0.55
        box = QRectF(area.center().x() - side / 2, area.center().y() - side / 2, side, side)
        pen = QPen(QColor(255, 255, 255, 170), 3)
        painter.setPen(pen)
        arm = side / 6
        for corner, dx, dy in (
            (box.topLeft(), 1, 1),
            (box.topRight(), -1, 1),
            (box.bottomLeft(), 1, -1),
            (box.bottomRight(), -1, -1),
        ):
            painter.drawLine(corner, corner + QPointF(dx * arm, 0))
            painter.drawLine(corner, corner + QPointF(0, dy * arm))

    def _paint_outlines(self, painter: QPainter, area: QRectF) -> None:
        if not self._outlines or self._image is None:
            return
        sx = area.width() / max(1, self._image.width())
        sy = area.height() / max(1, self._image.height())
        for points, refused in self._outlines:
            pen = REFUSED_PEN if refused else BADGE_PEN
            painter.setPen(QPen(pen, 4))
            polygon = QPolygonF([QPointF(area.x() + x * sx, area.y() + y * sy) for x, y in points])
            painter.drawPolygon(polygon)
            if refused:
                box = polygon.boundingRect()
                label = QRectF(box.left(), box.bottom() + 4, max(box.width(), 110), 22)
                painter.fillRect(label, pen)
                painter.setPen(QColor("white"))
                painter.drawText(label, Qt.AlignmentFlag.AlignCenter, self.tr("not a badge"))
