"""Business cards at the booth: F8 reads the card held to the camera, Shift+F8 a photo of one.

F8 arms a CardGrabber on the camera worker's frames; the sharpest of the next
frames is read (OCR, about a second) in a TaskWorker, off the GUI thread, and its
fields go into the capture form's empty fields, marked "card", for staff to check.
What staff typed, or a badge gave, stays. The card's picture is offered to keep
with the lead, unticked: only a visitor who agrees has it kept.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog

from showfloor.badges.card_text import CardFields
from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.qt.context import AppContext
from showfloor.qt.controllers.camera_controller import CameraController
from showfloor.qt.controllers.capture_controller import CaptureController
from showfloor.qt.views.capture_view import CARD_FILE_KEY, CARD_KEY, KEEP_CARD_KEY
from showfloor.qt.workers.task import TaskWorker
from showfloor.scanning.camera import CameraState
from showfloor.scanning.card_grab import CardGrabber
from showfloor.scanning.card_image import Picture, UnreadableCardError, load_image
from showfloor.services.cards import CardReading, read_card_image
from showfloor.services.preferences import load_preferences

log = logging.getLogger(__name__)

IMAGE_FILTER = QT_TRANSLATE_NOOP(
    "CardController", "Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;All files (*)"
)
# Which form field each proposed card field goes to.
FORM_FIELDS = ("first_name", "last_name", "company", "title", "email", "phone", "website")


def card_person(fields: CardFields) -> dict[str, str]:
    """The card's fields by form key; a name that would not split goes in whole as first."""
    person = {key: getattr(fields, key) or "" for key in FORM_FIELDS}
    if fields.full_name and not (fields.first_name or fields.last_name):
        person["first_name"] = fields.full_name
    return person


class CardController(QObject):
    """Signals:
    read_done(object): the CardReading just shown in the form (tests, screenshots).
    """

    read_done = Signal(object)
    _grabbed = Signal(object)  # the chosen frame, from the camera's capture thread

    def __init__(
        self,
        context: AppContext,
        capture: CaptureController,
        camera: CameraController | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.capture = capture
        self.camera = camera
        self.view = capture.view
        self.grabber = CardGrabber()
        self.worker: TaskWorker | None = None
        self._form_at_start = -1
        self._grabbed.connect(self._read_frame, Qt.ConnectionType.QueuedConnection)
        self.view.card_button.clicked.connect(self.read_from_camera)
        self.view.card_file_button.clicked.connect(self.read_from_file)
        window = capture.window
        window.add_action("&View", self.tr("Read a business card"), CARD_KEY,
                          self.read_from_camera, object_name="read_card")
        window.add_action("&View", self.tr("Read a business card from an image file…"),
                          CARD_FILE_KEY, self.read_from_file, object_name="read_card_file")
        window.add_action("&View", self.tr("Keep the picture of their card"), KEEP_CARD_KEY,
                          self._toggle_keep, object_name="keep_card")

    @property
    def busy(self) -> bool:
        return self.grabber.armed or self.worker is not None

    def read_from_camera(self) -> None:
        """The sharpest of the next frames of the camera; a file when there is no picture."""
        if self.busy:
            self.view.show_message(self.tr("Already reading a card: a moment…"), error=False)
            return
        worker = self.camera.worker if self.camera is not None else None
        if worker is None or worker.state is not CameraState.LIVE:
            self.view.show_message(
                self.tr(
                    "No camera picture to read a card from: choose a photo of the card "
                    "({key}), or type its details."
                ).format(key=CARD_FILE_KEY),
            )
            return
        self._form_at_start = self.capture.form_number
        worker.frame_tap = self.grabber.offer
        self.grabber.arm(self._grabbed.emit)
        self.view.show_message(self.tr("Hold the card still in front of the camera…"), error=False)

    def read_from_file(self) -> None:
        if self.busy:
            self.view.show_message(self.tr("Already reading a card: a moment…"), error=False)
            return
        name, _ = QFileDialog.getOpenFileName(
            self.view, self.tr("A photo or scan of the business card"), "", self.tr(IMAGE_FILTER)
        )
        if name:
            self.read_file(name)

    def read_file(self, name: str) -> None:
        try:
            frame = load_image(name)
        except (OSError, UnreadableCardError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.view.show_message(
                self.tr("Could not read {name}: {reason}.").format(name=name, reason=reason)
            )
            return
        self._form_at_start = self.capture.form_number
        self._read_frame(frame)

    @Slot(object)
    def _read_frame(self, frame: Picture) -> None:
        worker = self.camera.worker if self.camera is not None else None
        if worker is not None:
            worker.frame_tap = None
        try:  # the booth's country, for numbers printed without +
            with self.context.db.session() as session:
                country = load_preferences(session).phone_country
        except Exception:  # a bad setting or a database in trouble: read the card anyway
            log.exception("phone country not available for the card")
            country = None
        self.view.show_message(self.tr("Reading the card…"), error=False)
        task = TaskWorker(lambda _progress: read_card_image(frame, country=country))
        task.succeeded.connect(self._on_read)
        task.failed.connect(self._on_failed)
        task.finished.connect(self._on_finished)
        self.worker = task
        task.start()

    @Slot(object)
    def _on_read(self, reading: CardReading) -> None:
        if self.capture.form_number != self._form_at_start:
            self.view.show_message(
                self.tr(
                    "That card was read after its visitor's form was saved or cleared, so it "
                    "was not used; press {key} to read it for this visitor."
                ).format(key=CARD_KEY),
            )
            return
        if reading.fields.is_empty():
            self.view.show_message(
                self.tr(
                    "No text could be read on the card: hold it flat, closer and still, and "
                    "press {key} again — or type its details."
                ).format(key=CARD_KEY),
            )
            return
        filled = self.capture.take_card(card_person(reading.fields), reading.jpeg)
        log.info("card read: %d fields proposed in %.2f s", len(filled), reading.seconds)
        nothing = self.tr("Every field was already filled, so nothing changed.")
        kept = "" if filled else f" {nothing}"
        self.view.show_message(
            self.tr(
                "Card read: check the fields marked \u201c{card}\u201d, correct them, choose the "
                "class and save."
            ).format(card=QCoreApplication.translate("CaptureView", "card"))
            + kept,
            error=False,
        )
        self.read_done.emit(reading)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.view.show_message(
            self.tr("The card could not be read: {message}").format(message=message)
        )

    @Slot()
    def _on_finished(self) -> None:
        if self.worker is not None:
            self.worker.deleteLater()
            self.worker = None

    def _toggle_keep(self) -> None:
        if not self.view.keep_card.isHidden():
            self.view.keep_card.toggle()

    def shutdown(self) -> None:
        """Stop listening to the camera; let a card being read finish (before closing)."""
        self.grabber.cancel()
        worker = self.camera.worker if self.camera is not None else None
        if worker is not None:
            worker.frame_tap = None
        thread = self.worker.thread_ if self.worker is not None else None
        if thread is not None:
            thread.quit()
            thread.wait()
