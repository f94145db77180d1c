"""Starts, switches and stops the camera worker; shows its state to staff."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from showfloor.qt.views.capture_view import CaptureView
from showfloor.qt.workers.camera_worker import CameraWorker
from showfloor.scanning.camera import CameraState
from showfloor.scanning.codes import FrameCodes
from showfloor.scanning.sources import FrameSource, OpenCVSource

STATE_TEXT = {
    CameraState.NO_CAMERA.value: "No camera — typing and the handheld scanner still work",
    CameraState.LIVE.value: "Camera live",
    CameraState.LOST.value: "Camera lost — reconnecting; keep typing, nothing is lost",
    CameraState.RECONNECTING.value: "Reconnecting to the camera…",
}
DEVICES = 3


class CameraController(QObject):
    """Signals:
    state_text(str): one line for the status bar.
    """

    state_text = Signal(str)

    def __init__(
        self,
        view: CaptureView,
        on_codes: Callable[[FrameCodes], None],
        on_decoded: Callable[[FrameCodes], None],
        source_spec: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self._on_codes = on_codes
        self._on_decoded = on_decoded
        self.worker: CameraWorker | None = None
        picker = view.camera_picker
        if source_spec is not None and not source_spec.isdigit():
            picker.addItem(f"Recording: {source_spec}", source_spec)
        for index in range(DEVICES):
            picker.addItem(f"Camera {index}", str(index))
        picker.addItem("No camera", None)
        if source_spec is None:  # "No camera" was chosen in settings
            picker.setCurrentIndex(picker.count() - 1)
        else:
            picker.setCurrentIndex(max(0, picker.findData(source_spec)))
        picker.currentIndexChanged.connect(self._on_pick)

    def start(self) -> None:
        self._start(self.view.camera_picker.currentData())

    def make_source(self, spec: str) -> FrameSource:
        return OpenCVSource(spec)

    def _start(self, spec: str | None) -> None:
        self.stop()
        if spec is None:
            self._on_state(CameraState.NO_CAMERA.value)
            self.view.preview.show_message("Camera off. Type visitors or use a handheld scanner.")
            return
        self.view.preview.show_message("Starting camera…")
        worker = CameraWorker(self.make_source(spec))
        worker.frame_ready.connect(self.view.preview.show_frame)
        worker.codes_seen.connect(self._on_codes)
        worker.decoded.connect(self._on_decoded)
        worker.state_changed.connect(self._on_state)
        worker.failed.connect(self._on_failed)
        self.worker = worker
        worker.start()

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.worker = None

    def _on_pick(self, _index: int) -> None:
        self._start(self.view.camera_picker.currentData())

    def _on_state(self, state: str) -> None:
        text = STATE_TEXT.get(state, state)
        self.view.camera_state.setText(text.split(" — ")[0])
        if state != CameraState.LIVE.value:
            self.view.preview.show_message(text)
        self.state_text.emit(text.split(" — ")[0])

    def _on_failed(self, message: str) -> None:
        first = message[:1].upper() + message[1:]
        self.view.preview.show_message(
            f"{first}.\n\nTyping and the handheld scanner still work; pick another camera below."
        )
        self.state_text.emit(first)
