"""Regenerates the README screenshots from a real window on the demo event.

Run: QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py
(or under xvfb-run for the platform's own window decorations).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import qrcode  # noqa: E402

from PySide6.QtCore import QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from showfloor.config import Paths  # noqa: E402
from showfloor.domain.questions import VisitorClass  # noqa: E402
from showfloor.qt.app import Booth  # noqa: E402
from showfloor.qt.workers.camera_worker import to_qimage  # noqa: E402
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


def until(app: QApplication, done: Callable[[], bool], timeout_s: float = 10.0) -> None:
    """Run the event loop until ``done()`` (what background reads deliver)."""
    end = time.monotonic() + timeout_s
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(3):  # and what that answer set in motion (layout, paint)
        app.processEvents()


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
        until(app, lambda: booth.lead_count.count is not None)  # counted off the GUI thread
        booth.window.grab().save(str(HERE / "capture.png"))
        booth.window.tabs.setCurrentIndex(1)
        until(app, lambda: booth.leads.view.day_filter.count() > 1)
        booth.window.grab().save(str(HERE / "leads.png"))
        booth.window.tabs.setCurrentIndex(2)
        # The moment the tab opens: the counts are on their way, the window answers.
        app.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # laid out, nothing answered
        booth.window.grab().save(str(HERE / "dashboard-counting.png"))
        until(app, lambda: booth.dashboard.view.updated.text().startswith("Updated"))
        booth.window.grab().save(str(HERE / "dashboard.png"))
        queue(app, booth)
        export_dialog(app, booth)
        staff_dialog(app, booth)
        merge_dialog(app, booth, Path(tmp))
        merge_question(app, booth, Path(tmp))
        combine_events(app, booth)
        wizard_join(app, Path(tmp))
        lock_and_rescue(app, booth)
        import_dialog(app, booth, Path(tmp))
        booth.shutdown()
        db.close()


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
def export_dialog(app: QApplication, booth: Booth) -> None:
    """File > Export leads, Salesforce: the question before leaving people out."""
    from showfloor.qt.controllers.export_controller import ExportController

    # A folder as on the booth lead's laptop; nothing is written before the answer.
    documents = Path("/home/anna/Documents")
    controller = ExportController(
        booth.context.db, booth.context.event_id, booth.window, directory=documents
    )
    view = controller.view
    view.show()
    view.profile.setCurrentIndex(view.profile.findData("salesforce"))
    view.export_button.click()
    app.processEvents()
    view.grab().save(str(HERE / "export-consent.png"))
    view.close()


def staff_dialog(app: QApplication, booth: Booth) -> None:
    """Staff > Staff and emails: the CRM owner of each staff member's leads."""
    dialog = booth.staff.open()
    app.processEvents()
    dialog.grab().save(str(HERE / "staff.png"))
    dialog.close()


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


def merge_question(app: QApplication, booth: Booth, tmp: Path) -> None:
    """A laptop that set the show up as "Demo Expo 2026 Berlin": asked where it goes."""
    from showfloor.domain.person import PersonFields
    from showfloor.services.capture import CaptureRequest, CaptureService
    from showfloor.services.events import create_event
    from showfloor.services.sync.files import create_bundle

    laptop = open_database(tmp / "dana" / "showfloor.db")
    with laptop.session() as session:
        create_event(session, f"{booth.context.event_name} Berlin", "2026-11-22", "2026-11-24")
    fields = PersonFields(first_name="Lena", last_name="Vogel", email="lena@example.org")
    CaptureService(laptop).capture(CaptureRequest("mentor", fields))
    create_bundle(laptop, tmp / "laptop-dana.sfb")
    laptop.close()
    dialog = booth.sync.merge_files([tmp / "laptop-dana.sfb"])
    app.processEvents()
    dialog.grab().save(str(HERE / "merge-question.png"))
    dialog.start_button.click()  # into the suggested event, for the next screenshot
    deadline = time.monotonic() + 30
    while not dialog.message.text().startswith("Merged") and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    dialog.close()


def combine_events(app: QApplication, booth: Booth) -> None:
    """Event > Combine events… for an event created twice on this laptop."""
    from showfloor.domain.person import PersonFields
    from showfloor.services.capture import CaptureRequest, CaptureService
    from showfloor.services.events import create_event, use_event

    with booth.context.db.session() as session:
        create_event(session, "DEMO EXPO 2026", "2026-11-22", "2026-11-24")
    fields = PersonFields(first_name="Ada", last_name="Lovelace", email="ada@example.org")
    CaptureService(booth.context.db).capture(CaptureRequest("kol", fields))
    with booth.context.db.session() as session:
        use_event(session, booth.context.event_id)
    dialog = booth.event_team.open_combine()
    app.processEvents()
    dialog.grab().save(str(HERE / "combine-events.png"))
    dialog.close()


def wizard_join(app: QApplication, tmp: Path) -> None:
    """The first-run wizard on a second laptop: join the team's event."""
    from showfloor.qt.views.first_run_wizard import FirstRunWizard

    db = open_database(tmp / "erik" / "showfloor.db")
    wizard = FirstRunWizard(db)
    wizard.show()
    wizard.setup_path.setText("Demo-Expo-2026-team.sfsetup")
    app.processEvents()
    wizard.grab().save(str(HERE / "wizard-join.png"))
    wizard.reject()
    db.close()


def lock_and_rescue(app: QApplication, booth: Booth) -> None:
    """Ctrl+L for someone without a PIN (cancellable), and the data folder vanishing."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    booth.window.tabs.setCurrentIndex(0)
    booth.lock.lock()
    app.processEvents()
    booth.window.grab().save(str(HERE / "lock-choose-pin.png"))
    booth.lock.cancel_choosing()

    def grab_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, grab_and_close)
            return
        box.grab().save(str(HERE / "data-folder-gone.png"))
        box.reject()

    QTimer.singleShot(0, grab_and_close)
    real = booth.context.paths
    booth.context.paths = Paths(Path("/media/anna/BOOTH-USB/Showfloor"))  # as on a laptop
    booth.rescue.offer()
    booth.context.paths = real
# An Eventbrite attendee summary without a barcode column (invented people): the
# preview shows that badges resolve by Order # + Attendee #.
EVENTBRITE_LIST = (
    "\ufeffOrder #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,"
    "Attendee Status,Company,Job Title\r\n"
    "4400112233,2026-09-14 10:02:11-04:00,Rosa,Delgado,rosa@delgado.example,1,"
    "General Admission,6607788990,Attending,Delgado Foods,Head of Procurement\r\n"
    "4400112233,2026-09-14 10:02:11-04:00,Tomás,Delgado,tomas@delgado.example,1,"
    "General Admission,6607788991,Attending,Delgado Foods,Buyer\r\n"
    "4400112240,2026-09-15 08:40:00-04:00,Grace,Hopper,grace@navy.example,1,"
    "Speaker,6607788997,Attending,US Navy,Rear Admiral\r\n"
)


def import_dialog(app: QApplication, booth: Booth, tmp: Path) -> None:
    """Event > Import attendee list… after choosing an Eventbrite export: the preview."""
    import time

    from showfloor.qt.controllers.attendee_import_controller import AttendeeImportController

    path = tmp / "eventbrite-attendees.csv"
    path.write_text(EVENTBRITE_LIST, encoding="utf-8", newline="")
    os.chdir(tmp)  # the dialog shows the file by name, not this machine's temp folder
    dialog, importer = AttendeeImportController.in_dialog(
        booth.context.db, booth.context.event_id, booth.window
    )
    dialog.resize(820, 640)
    dialog.show()
    dialog.panel.path.setText(path.name)
    importer.start_preview()
    deadline = time.monotonic() + 30
    while importer.preview is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()
    dialog.grab().save(str(HERE / "import-preview.png"))
    dialog.close()
    os.chdir(HERE)


if __name__ == "__main__":
    main()
