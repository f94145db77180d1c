"""The camera in the background: frames to the preview, payloads to the capture form.

Two threads, because showing frames and decoding them run at different speeds:

- the capture loop (a QObject moved to its own QThread) reads the FrameSource
  through the Camera state machine, sends every frame on as a QImage at camera
  rate, and drops it into a one-slot mailbox;
- the decode loop (a QObject in a second QThread) takes the newest frame from the
  mailbox and decodes it. When decoding is slower than the camera, the frames it
  had no time for are replaced in the mailbox, i.e. dropped, never queued: the
  preview stays smooth and the decoder always works on what the camera sees now.

CameraWorker itself stays in the thread that made it (the GUI thread) and
re-emits what the loops report through queued connections. So its signals are
always emitted in the GUI thread: a lambda or any plain callable connected to
them runs there too (PySide calls a non-QObject receiver in the emitting thread,
which would be a worker thread otherwise), and after stop() no frame arrives.
Neither loop touches widgets; the OpenCV and decoder calls live in Qt-free code
in showfloor.scanning.

Signals:
    frame_ready(QImage): each frame, RGB888, owning its pixels.
    decoded(object): FrameCodes of codes newly scanned (after debounce).
    codes_seen(object): FrameCodes of every decoded frame, for outlines (may be empty).
    state_changed(str): a CameraState value.
    failed(str): one line for people: no camera, camera lost, decoder error.
    finished(): both threads are done (source ended, or stop()).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from functools import partial

import numpy as np

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtGui import QImage

from showfloor.qt.workers import emit
from showfloor.scanning.camera import Backoff, Camera, CameraState
from showfloor.scanning.codes import Frame, FrameCodes, FrameDecoder
from showfloor.scanning.debounce import Debouncer
from showfloor.scanning.mailbox import LatestOnly
from showfloor.scanning.sources import FrameSource

log = logging.getLogger(__name__)


def to_qimage(frame: Frame) -> QImage:
    """A BGR (or gray) uint8 frame as a QImage that owns a copy of the pixels."""
    frame = np.ascontiguousarray(frame)
    h, w = frame.shape[:2]
    if frame.ndim == 2:
        return QImage(frame.data, w, h, frame.strides[0], QImage.Format.Format_Grayscale8).copy()
    image = QImage(frame.data, w, h, frame.strides[0], QImage.Format.Format_BGR888)
    return image.convertToFormat(QImage.Format.Format_RGB888)  # converts into a new buffer


class CameraWorker(QObject):
    """Reads a FrameSource in one QThread, decodes in another; see the module docstring.

    Args:
        source: camera, file, image sequence or fake.
        decoder: defaults to showfloor.scanning.decoder.Decoder().
        debouncer: decides what counts as a new scan; default 3 s window.
        fps: pace for sources that do not pace themselves (files, fakes); None
            reads them as fast as possible. Devices are never paced here.
        backoff, max_failed_reads, read_timeout_s: passed to the Camera.
    """

    frame_ready = Signal(QImage)
    decoded = Signal(object)
    codes_seen = Signal(object)
    state_changed = Signal(str)
    failed = Signal(str)
    finished = Signal()

    def __init__(
        self,
        source: FrameSource,
        *,
        decoder: FrameDecoder | None = None,
        debouncer: Debouncer | None = None,
        fps: float | None = 30.0,
        backoff: Backoff | None = None,
        max_failed_reads: int = 10,
        read_timeout_s: float = 2.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if decoder is None:
            from showfloor.scanning.decoder import Decoder

            decoder = Decoder()
        self.source = source
        self.decoder = decoder
        self.debouncer = debouncer or Debouncer()
        self.fps = fps
        self.state = CameraState.NO_CAMERA
        self._camera = partial(
            Camera,
            source,
            backoff=backoff,
            max_failed_reads=max_failed_reads,
            read_timeout_s=read_timeout_s,
        )
        self._stop = threading.Event()
        self._mailbox: LatestOnly[Frame] = LatestOnly()
        self._capture: _CaptureLoop | None = None
        self._decode: _DecodeLoop | None = None
        self._capture_thread: QThread | None = None
        self._decode_thread: QThread | None = None
        # Called with every frame in the capture thread (the card grabber); None: nobody.
        self.frame_tap: Callable[[Frame], None] | None = None

    @property
    def frames_captured(self) -> int:
        return self._capture.frames if self._capture else 0

    @property
    def frames_decoded(self) -> int:
        return self._decode.frames if self._decode else 0

    @property
    def frames_dropped(self) -> int:
        """Frames replaced in the mailbox before the decoder took them."""
        return self._mailbox.dropped

    @property
    def running(self) -> bool:
        return any(t.isRunning() for t in self._threads())

    def start(self) -> None:
        """Start both threads."""
        if self._capture_thread is not None:
            raise RuntimeError("a CameraWorker starts once; make a new one to restart")
        self._decode_thread = QThread()
        self._decode_thread.setObjectName("showfloor-decode")
        self._decode = _DecodeLoop(self._mailbox, self.decoder, self.debouncer)
        self._decode.moveToThread(self._decode_thread)
        self._decode_thread.started.connect(self._decode.run)
        self._decode.seen.connect(self._relay_seen)
        self._decode.new_codes.connect(self._relay_decoded)
        self._decode.error.connect(self.failed)

        self._capture_thread = QThread()
        self._capture_thread.setObjectName("showfloor-camera")
        pace = self.fps if self.fps and not self.source.realtime else None
        self._capture = _CaptureLoop(
            self._camera, self._mailbox, self._stop, pace, self._decode_thread, self._tap
        )
        self._capture.moveToThread(self._capture_thread)
        self._capture_thread.started.connect(self._capture.run)
        self._capture.frame.connect(self._relay_frame)
        self._capture.state.connect(self._on_state)
        self._capture.error.connect(self.failed)
        self._capture.done.connect(self.finished)

        self._decode_thread.start()
        self._capture_thread.start()

    def stop(self, timeout_ms: int = 5000) -> bool:
        """Stop reading and decoding and join both threads; True when they ended in time.

        A decode under way is finished; frames waiting are discarded, and frames
        or codes still on their way to this thread are not emitted. ``finished``
        follows once this thread's event loop runs. Safe before start() and twice.
        """
        self._stop.set()
        self._mailbox.discard()
        self._mailbox.close()
        ended = True
        for thread in self._threads():
            thread.quit()
            ended = thread.wait(timeout_ms) and ended
        if not ended:
            log.warning("camera threads did not stop within %d ms", timeout_ms)
        return ended

    def _tap(self, frame: Frame) -> None:
        tap = self.frame_tap
        if tap is not None:
            try:
                tap(frame)
            except Exception:  # a card grab must never stop the camera
                log.exception("frame tap failed")

    def _threads(self) -> list[QThread]:
        return [t for t in (self._capture_thread, self._decode_thread) if t is not None]

    # --- relays, in this (GUI) thread -------------------------------------------------

    @Slot(QImage)
    def _relay_frame(self, image: QImage) -> None:
        if not self._stop.is_set():
            emit(self.frame_ready, image)

    @Slot(object)
    def _relay_seen(self, codes: FrameCodes) -> None:
        if not self._stop.is_set():
            emit(self.codes_seen, codes)

    @Slot(object)
    def _relay_decoded(self, codes: FrameCodes) -> None:
        if not self._stop.is_set():
            emit(self.decoded, codes)

    @Slot(str, str)
    def _on_state(self, state: str, message: str) -> None:
        self.state = CameraState(state)
        emit(self.state_changed, state)
        if self.state in (CameraState.NO_CAMERA, CameraState.LOST) and message:
            emit(self.failed, message)


def _home(obj: QObject) -> None:
    """Push a loop object back to the main thread as its own thread ends."""
    app = QCoreApplication.instance()
    if app is not None:
        obj.moveToThread(app.thread())


class _CaptureLoop(QObject):
    """The capture thread: Camera.poll(), pace, hand frames on."""

    frame = Signal(QImage)
    state = Signal(str, str)
    error = Signal(str)
    done = Signal()

    def __init__(
        self,
        make_camera: Callable[..., Camera],
        mailbox: LatestOnly[Frame],
        stop: threading.Event,
        fps: float | None,
        decode_thread: QThread,
        tap: Callable[[Frame], None],
    ) -> None:
        super().__init__()
        self._tap = tap
        self._make_camera = make_camera
        self._mailbox = mailbox
        self._stop = stop
        self._period = 1.0 / fps if fps else 0.0
        self._decode_thread = decode_thread
        self.frames = 0

    @Slot()
    def run(self) -> None:
        camera = self._make_camera(on_state=lambda s, m: emit(self.state, s.value, m))
        try:
            self._loop(camera)
        except Exception as exc:  # a bug must end the worker cleanly, not hang it
            log.exception("camera loop failed")
            emit(self.error, f"camera stopped after an internal error: {exc}")
        finally:
            camera.close()
            self._mailbox.close()  # the decode loop finishes what is left, then ends
            self._decode_thread.wait()
            emit(self.done)
            _home(self)
            QThread.currentThread().quit()

    def _loop(self, camera: Camera) -> None:
        camera.start()
        due = time.monotonic()
        while not self._stop.is_set():
            frame = camera.poll()
            if frame is None:
                if camera.ended:
                    return
                self._stop.wait(min(max(camera.wait_s(), 0.005), 0.25))
                continue
            self.frames += 1
            emit(self.frame, to_qimage(frame))
            self._mailbox.put(frame)
            self._tap(frame)
            if self._period:
                due += self._period
                delay = due - time.monotonic()
                if delay > 0:
                    self._stop.wait(delay)
                else:  # fell behind (slow disk): do not catch up in a burst
                    due = time.monotonic()


class _DecodeLoop(QObject):
    """The decode thread: newest frame from the mailbox, decode, debounce."""

    seen = Signal(object)
    new_codes = Signal(object)
    error = Signal(str)

    def __init__(
        self, mailbox: LatestOnly[Frame], decoder: FrameDecoder, debouncer: Debouncer
    ) -> None:
        super().__init__()
        self._mailbox = mailbox
        self._decoder = decoder
        self._debouncer = debouncer
        self.frames = 0

    @Slot()
    def run(self) -> None:
        reported = False
        while (frame := self._mailbox.take()) is not None:
            try:
                codes = self._decoder.decode(frame)
            except Exception as exc:  # keep the preview alive; say so once
                log.exception("decoder failed")
                if not reported:
                    emit(self.error, f"decoder error: {exc}")
                    reported = True
                continue
            self.frames += 1
            size = (int(frame.shape[1]), int(frame.shape[0]))
            emit(self.seen, FrameCodes(tuple(codes), size))
            new = tuple(code for code in codes if self._debouncer.accept(code.text))
            if new:
                emit(self.new_codes, FrameCodes(new, size))
        _home(self)
        QThread.currentThread().quit()
