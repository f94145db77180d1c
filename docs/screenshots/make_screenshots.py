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
from showfloor.domain.questions import VisitorClass  # noqa: E402
from showfloor.qt.app import Booth  # noqa: E402
from showfloor.qt.workers.camera_worker import to_qimage  # noqa: E402
from showfloor.services.demo import create_demo  # noqa: E402
from showfloor.store.database import open_database  # noqa: E402

HERE = Path(__file__).resolve().parent
BADGE = "T7Q2-K9XP"  # a demo attendee's ticket: a repeat visitor
GRACE = "MECARD:N:Hopper,Grace;ORG:US Navy;EMAIL:grace@navy.example;;"


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


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
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
        picker.blockSignals(True)  # show "Camera 0" without opening a real camera
        picker.setCurrentIndex(0)
        booth.capture.view.camera_state.setText("Camera live")
        booth.window.set_status("camera", "Camera live")
        booth.window.grab().save(str(HERE / "capture.png"))
        saved_badge_only(booth)
        for index, name in ((1, "leads"), (2, "dashboard")):
            booth.window.tabs.setCurrentIndex(index)
            app.processEvents()
            booth.window.grab().save(str(HERE / f"{name}.png"))
        lead_to_qualify(app, booth)
        queue(app, booth)
        scanner_check(app, booth)
        merge_dialog(app, booth, Path(tmp))
        booth.shutdown()
        db.close()


def saved_badge_only(booth: Booth) -> None:
    """A visitor saved from the queue with F9 in a rush: to qualify in the Leads view."""
    booth.capture.on_scanned(GRACE)  # waits: the form holds the visitor above
    booth.capture.save_next_badge_only()
    booth.capture.clear_form()


def lead_to_qualify(app: QApplication, booth: Booth) -> None:
    """Finishing that lead: its dialog says nobody chose the class yet."""
    leads = booth.leads
    booth.window.tabs.setCurrentIndex(1)
    leads.refresh_now()
    row = next(r for r in range(leads.model.rowCount()) if leads.model.index(r, 0).data()
               == "Grace Hopper")  # fmt: skip
    leads.open_lead(row)
    app.processEvents()
    assert leads.dialog is not None
    leads.dialog.grab().save(str(HERE / "lead-to-qualify.png"))
    leads.dialog.reject()
    app.processEvents()


def scanner_check(app: QApplication, booth: Booth) -> None:
    """Help > Test the handheld scanner, part-way through the test sheet."""
    from showfloor.qt.controllers.scanner_check_controller import (
        ScannerCheckController,
        open_scanner_check,
    )
    from showfloor.scanning.wedge import Scanned
    from showfloor.services.qrcodes import TEST_BADGES

    dialog = open_scanner_check(booth.window)
    check = dialog.findChild(ScannerCheckController)
    assert check is not None
    by_format = {b.format: b for b in TEST_BADGES}
    for badge in TEST_BADGES:
        if badge.format in ("vcard", "mecard", "bizcard", "fields", "wifi"):
            check.on_scanned(Scanned(badge.payload.replace("\r\n", "\n"), None))
    check.on_scanned(Scanned(by_format["json"].payload, None, terminated=False))
    # "T9S6-P4WL" from a scanner set to US English, on a French (AZERTY) computer
    check.on_scanned(Scanned("TçS-)P'ZL", by_format["id"].payload))
    app.processEvents()
    dialog.grab().save(str(HERE / "scanner-check.png"))
    dialog.close()
    app.processEvents()


def queue(app: QApplication, booth: Booth) -> None:
    """Badges read while staff type wait in order; a Wi-Fi code beside them is refused."""
    capture = booth.capture
    booth.window.tabs.setCurrentIndex(0)
    capture.clear_form()
    capture.view.person_edits["first_name"].setText("Tomasz")
    capture.view.person_edits["last_name"].setText("Kowalski")
    capture.choose_class(VisitorClass.KOL)
    for payload in (
        "MECARD:N:Weber,Jonas;ORG:Weber & Söhne;EMAIL:jonas@weber-soehne.example;;",
        "BIZCARD:N:Priya;X:Raman;C:Northwind Labs;E:priya@northwind.example;;",
        "WIFI:T:WPA;S:DemoExpo-Guest;P:booth2026;;",
    ):
        capture.on_scanned(payload)
    app.processEvents()
    booth.window.grab().save(str(HERE / "queue.png"))
    capture.clear_form()
    capture.clear_form()
    capture.clear_form()


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
