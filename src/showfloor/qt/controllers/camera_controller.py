"""Starts, switches and stops the camera worker; lists the cameras; shows its state.

The picker lists the cameras really connected (scanning/devices.py), refreshed
every few seconds where listing is cheap (Linux) so that a webcam plugged in
during the show appears; elsewhere the cameras are probed once, off the GUI
thread. The camera staff pick is remembered for the next start.

It is the one camera path: the capture window's camera side and the first-run
wizard's camera page both show their camera through it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel

from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.qt.widgets.camera_picker import Choice, fill_camera_picker
from showfloor.qt.widgets.camera_preview import CameraPreview
from showfloor.qt.workers.camera_worker import CameraWorker
from showfloor.qt.workers.task import TaskWorker
from showfloor.scanning import devices
from showfloor.scanning.camera import CameraState
from showfloor.scanning.codes import FrameCodes
from showfloor.scanning.devices import CameraDevice
from showfloor.scanning.sources import FrameSource, OpenCVSource

STATE_TEXT = {
    CameraState.NO_CAMERA.value: QT_TRANSLATE_NOOP(
        "CameraController", "No camera — typing and the handheld scanner still work"
    ),
    CameraState.LIVE.value: QT_TRANSLATE_NOOP("CameraController", "Camera live"),
    CameraState.LOST.value: QT_TRANSLATE_NOOP(
        "CameraController", "Camera lost — reconnecting; keep typing, nothing is lost"
    ),
    CameraState.RECONNECTING.value: QT_TRANSLATE_NOOP(
        "CameraController", "Reconnecting to the camera…"
    ),
}
NO_CAMERA = QT_TRANSLATE_NOOP("CameraController", "No camera")
STOPPED = QT_TRANSLATE_NOOP("CameraController", "Camera stopped")


def state_text(state: str) -> str:
    """The camera state in the window's language (unknown states as they come)."""
    text = STATE_TEXT.get(state)
    return QCoreApplication.translate("CameraController", text) if text else state


REFRESH_MS = 3000


class CameraPanel(Protocol):
    """The widgets a camera shows itself in (the capture view's camera side, the
    wizard's camera page): the picker, the picture, one line of state."""

    @property
    def camera_picker(self) -> QComboBox: ...

    @property
    def preview(self) -> CameraPreview: ...

    @property
    def camera_state(self) -> QLabel: ...


class CameraController(QObject):
    """Signals:
    state_text(str): one line for the status bar.

    Args:
        source_spec: the camera to start with: a device index, a recording
            (``--camera FILE``), or None for no camera.
        remember: called with the spec staff pick (a device index or None),
            so that the next start opens the same camera; recordings are not
            remembered.
        no_camera_label: the picker's entry for "no camera".
    """

    state_text = Signal(str)

    def __init__(
        self,
        view: CameraPanel,
        on_codes: Callable[[FrameCodes], None],
        on_decoded: Callable[[FrameCodes], None],
        source_spec: str | None = None,
        parent: QObject | None = None,
        *,
        remember: Callable[[str | None], None] | None = None,
        no_camera_label: str = NO_CAMERA,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self._on_codes = on_codes
        self._on_decoded = on_decoded
        self._remember = remember
        self._no_camera_label = no_camera_label
        self.worker: CameraWorker | None = None
        self._recording = source_spec if source_spec and not source_spec.isdigit() else None
        self._chosen = source_spec
        self._found: list[CameraDevice] | None = None
        self._probe: TaskWorker | None = None
        self._refresh_timer = QTimer(self, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        if devices.LISTING_IS_CHEAP:
            self.refresh()
            self._refresh_timer.start()
        else:
            self._fill()
            self._probe_in_background()
        view.camera_picker.currentIndexChanged.connect(self._on_pick)
        # A view closed without shutdown() (a test, a dialog's own picker) must not be
        # listed into by the next tick: the timer goes with the picker.
        view.camera_picker.destroyed.connect(self._refresh_timer.stop)

    def start(self) -> None:
        self._start(self._chosen)

    def make_source(self, spec: str) -> FrameSource:
        return OpenCVSource(spec)

    def list_cameras(self) -> list[CameraDevice]:
        """The cameras connected now (tests replace this)."""
        return devices.list_cameras(in_use=[self._chosen] if self._chosen else [])

    def refresh(self) -> None:
        """List the cameras again; the choice stays, also when its camera is unplugged."""
        self._found = self.list_cameras()
        self._fill()

    def choose(self, spec: str | None) -> None:
        """Switch to another camera (e.g. chosen in Settings), as if picked in the list."""
        if spec == self._chosen:
            return
        self._chosen = spec
        self._fill()
        self._start(spec)

    def choices(self) -> list[Choice]:
        entries: list[Choice] = []
        if self._recording is not None:
            entries.append(
                (
                    self.tr("Recording: {recording}").format(recording=self._recording),
                    self._recording,
                )
            )
        entries += devices.camera_choices(self._found, self._chosen)
        # (the wizard passes its own words, already translated; the default is marked)
        entries.append((self.tr(self._no_camera_label), None))
        return entries

    def _fill(self) -> None:
        fill_camera_picker(self.view.camera_picker, self.choices(), self._chosen)

    def _probe_in_background(self) -> None:
        """Where listing means opening each camera (seconds on Windows), do it off the GUI
        thread, once; the picker shows the remembered camera meanwhile."""
        probe = TaskWorker(lambda _progress: self.list_cameras())
        probe.succeeded.connect(self._on_probed)
        self._probe = probe
        probe.start()

    def _on_probed(self, found: object) -> None:
        if isinstance(found, list):
            self._found = found
            self._fill()

    def _start(self, spec: str | None) -> None:
        self.stop()
        if spec is None:
            self._on_state(CameraState.NO_CAMERA.value)
            self.view.preview.show_message(
                self.tr("Camera off. Type visitors or use a handheld scanner.")
            )
            return
        self.view.preview.show_message(self.tr("Starting camera…"))
        self._say(self.tr("Starting camera…"))  # never the last camera's "Camera live"
        worker = CameraWorker(self.make_source(spec))
        worker.frame_ready.connect(self.view.preview.show_frame)
        worker.codes_seen.connect(self._on_codes)
        worker.decoded.connect(self._on_decoded)
        worker.state_changed.connect(self._on_state)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_finished)  # a bound method: no reference kept
        self.worker = worker
        worker.start()

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.worker = None

    def shutdown(self) -> None:
        """Stop the camera and the listing; the window is closing."""
        self._refresh_timer.stop()
        self.stop()
        if self._probe is not None:
            self._probe.wait()
            self._probe = None

    def _on_pick(self, _index: int) -> None:
        spec = self.view.camera_picker.currentData()
        self._chosen = spec
        self._start(spec)
        if self._remember is not None and (spec is None or spec.isdigit()):
            self._remember(spec)  # a recording is for this run only

    def _on_state(self, state: str) -> None:
        text = state_text(state)
        if state != CameraState.LIVE.value:
            self.view.preview.show_message(text)
        self._say(text.split(" — ")[0])

    def _say(self, text: str) -> None:
        """The camera's state beside the picker and in the status bar."""
        self.view.camera_state.setText(text)
        self.state_text.emit(text)

    def _on_finished(self) -> None:
        """The camera's threads ended by themselves (a recording played to its end, the
        device went for good): it no longer says it is live."""
        if self.worker is None or self.sender() is not self.worker:
            return  # stopped on purpose: another camera, or none, was chosen
        self.worker = None
        self.view.preview.show_message(
            self.tr(
                "The camera stopped.\n\nTyping and the handheld scanner still work; "
                "pick a camera below to start it again."
            )
        )
        self._say(self.tr(STOPPED))

    def _on_failed(self, message: str) -> None:
        first = message[:1].upper() + message[1:]
        self.view.preview.show_message(
            self.tr(
                "{first}.\n\nTyping and the handheld scanner still work; pick another camera below."
            ).format(first=first)
        )
        self.state_text.emit(first)
