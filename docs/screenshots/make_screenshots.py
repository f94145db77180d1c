"""Regenerates the README screenshots from a real window on the demo event.

Run: QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py
(or under xvfb-run for the platform's own window decorations).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import qrcode  # noqa: E402

from PySide6.QtWidgets import QApplication  # noqa: E402

from showfloor.config import Paths  # noqa: E402
from showfloor.qt.app import Booth  # noqa: E402
from showfloor.qt.workers.camera_worker import to_qimage  # noqa: E402
from showfloor.scanning import devices  # noqa: E402
from showfloor.scanning.codes import FrameCodes  # noqa: E402
from showfloor.scanning.devices import CameraDevice  # noqa: E402
from showfloor.services.demo import create_demo  # noqa: E402
from showfloor.store.database import open_database  # noqa: E402

HERE = Path(__file__).resolve().parent
BADGE = "T7Q2-K9XP"  # a demo attendee's ticket: a repeat visitor


def camera_frame(payload: str) -> np.ndarray:
    """A grey 'camera' picture with a badge card and its QR, like a webcam sees it."""
    code = qrcode.QRCode(border=2, box_size=7)
    code.add_data(payload)
    matrix = np.array(code.get_matrix(), dtype=bool)
    qr = np.where(np.kron(matrix, np.ones((7, 7), dtype=bool)), 20, 245).astype(np.uint8)
    frame = np.full((480, 640, 3), (96, 104, 112), dtype=np.uint8)
    y, x = 110, 220
    frame[y - 30 : y + qr.shape[0] + 70, x - 30 : x + qr.shape[1] + 30] = 250
    frame[y : y + qr.shape[0], x : x + qr.shape[1]] = qr[..., None]
    return frame


def card(payload: str, title: str, box: int, colour: tuple[int, int, int]) -> np.ndarray:
    """A printed card: a coloured header with a title, and the code's QR."""
    import cv2

    code = qrcode.QRCode(border=2, box_size=box)
    code.add_data(payload)
    matrix = np.array(code.get_matrix(), dtype=bool)
    qr = np.where(np.kron(matrix, np.ones((box, box), dtype=bool)), 20, 245).astype(np.uint8)
    side = qr.shape[0]
    out = np.full((side + 70, side + 24, 3), 245, np.uint8)
    out[:46] = colour
    cv2.putText(out, title, (12, 32), cv2.FONT_HERSHEY_DUPLEX, 0.8, (255, 255, 255), 2,
                cv2.LINE_AA)
    out[58 : 58 + side, 12 : 12 + side] = qr[..., None]
    return out


def wifi_scene() -> np.ndarray:
    """The guest Wi-Fi sign on the booth wall, and a visitor's badge held up beside it."""
    frame = np.full((720, 1280, 3), (96, 104, 112), dtype=np.uint8)
    sign = card("WIFI:T:WPA;S:Booth-Guest;P:expo2026!;;", "GUEST WI-FI", 7, (160, 90, 30))
    badge = card(
        "MECARD:N:Hopper,Grace;ORG:Navy;EMAIL:grace@navy.example;;", "EXPO 2026", 5,
        (60, 140, 60),
    )
    frame[120 : 120 + sign.shape[0], 140 : 140 + sign.shape[1]] = sign
    frame[260 : 260 + badge.shape[0], 760 : 760 + badge.shape[1]] = badge
    return frame


def camera_side(app: QApplication, booth: Booth) -> None:
    """The camera picture with a badge (green) beside a Wi-Fi sign ("not a badge")."""
    from showfloor.scanning.decoder import Decoder

    scene = wifi_scene()
    decoder = Decoder()
    codes = {c.text: c for _ in range(15) for c in decoder.decode(scene)}
    preview = booth.capture.view.preview
    preview.show_frame(to_qimage(scene))
    booth.capture.on_camera_codes(FrameCodes(tuple(codes.values()), (1280, 720)))
    app.processEvents()
    side = preview.parentWidget()
    assert side is not None
    side.grab().save(str(HERE / "camera.png"))


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # A laptop with its built-in webcam (this machine may have none).
    devices.list_cameras = lambda **_: [CameraDevice("0", "Integrated Camera")]
    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths(Path(tmp))
        db = open_database(paths.database)
        create_demo(db)
        booth = Booth(db, paths, camera=None)
        booth.capture.sound = False
        booth.window.resize(1366, 768)
        booth.window.show()
        preview = booth.capture.view.preview
        preview.show_frame(to_qimage(camera_frame(BADGE)))
        booth.capture.on_scanned(BADGE)
        booth.capture.view.notes.setPlainText("Back with her IT lead; wants the pilot in January.")
        app.processEvents()
        picker = booth.capture.view.camera_picker
        picker.blockSignals(True)  # show the webcam without opening a real camera
        picker.setCurrentIndex(0)
        booth.capture.view.camera_state.setText("Camera live")
        booth.window.set_status("camera", "Camera live")
        app.processEvents()  # lay the new texts out
        booth.window.grab().save(str(HERE / "capture.png"))
        camera_side(app, booth)
        for index, name in ((1, "leads"), (2, "dashboard")):
            booth.window.tabs.setCurrentIndex(index)
            app.processEvents()
            booth.window.grab().save(str(HERE / f"{name}.png"))
        merge_dialog(app, booth, Path(tmp))
        booth.shutdown()
        db.close()


def merge_dialog(app: QApplication, booth: Booth, tmp: Path) -> None:
    """File > Merge from file… with two other laptops' bundles, as the booth lead sees it."""
    import time

    from showfloor.domain.person import PersonFields
    from showfloor.services.capture import CaptureRequest, CaptureService
    from showfloor.services.events import use_event
    from showfloor.services.sync.files import create_bundle, merge_bundle

    mine = tmp / "mine.sfb"
    create_bundle(booth.context.db, mine)
    bundles = []
    for name, people in (("ben", ["Jonas Weber", "Mei Tanaka"]), ("chloe", ["Olu Adeyemi"])):
        laptop = open_database(tmp / name / "showfloor.db")
        merge_bundle(laptop, mine)
        with laptop.session() as session:
            use_event(session, booth.context.event_id)
        for person in people:
            first, last = person.split()
            fields = PersonFields(first_name=first, last_name=last, email=f"{first}@example.org")
            CaptureService(laptop).capture(CaptureRequest("customer", fields))
        bundles.append(tmp / f"laptop-{name}.sfb")
        create_bundle(laptop, bundles[-1])
        laptop.close()
    dialog = booth.sync.merge_files(bundles)
    deadline = time.monotonic() + 30
    while not dialog.message.text().startswith("Merged") and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()
    dialog.grab().save(str(HERE / "merge.png"))
    dialog.close()


if __name__ == "__main__":
    main()
