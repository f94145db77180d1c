"""Regenerates the README screenshots from a real window on the demo event.

Run: QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py [NAME ...]
(or under xvfb-run for the platform's own window decorations). With names (e.g.
``follow-ups``), only those screens are made.
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
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from showfloor.config import Paths  # noqa: E402
from showfloor.domain.questions import VisitorClass  # noqa: E402
from showfloor.qt.app import Booth  # noqa: E402
from showfloor.qt.workers.camera_worker import to_qimage  # noqa: E402
from showfloor.scanning import devices  # noqa: E402
from showfloor.scanning.codes import FrameCodes  # noqa: E402
from showfloor.scanning.devices import CameraDevice  # noqa: E402
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


def until(app: QApplication, done: Callable[[], bool], timeout_s: float = 10.0) -> None:
    """Run the event loop until ``done()`` (what background reads deliver)."""
    end = time.monotonic() + timeout_s
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(3):  # and what that answer set in motion (layout, paint)
        app.processEvents()


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
    if sys.argv[1:] == ["team"]:  # only the team sync pictures
        with tempfile.TemporaryDirectory() as tmp:
            team_sync(app, Path(tmp))
        return
    if sys.argv[1:] == ["languages"]:  # only the German and French windows
        languages(app)
        return
    only = set(sys.argv[1:])
    # A laptop with its built-in webcam (this machine may have none).
    devices.list_cameras = lambda **_: [CameraDevice("0", "Integrated Camera")]
    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths(Path(tmp))
        db = open_database(paths.database)
        create_demo(db)
        booth = Booth(db, paths, camera="0")  # never started: no real camera opens
        booth.capture.sound = False
        booth.window.resize(1366, 768)
        booth.window.show()
        if only:
            for name, screen in SCREENS.items():
                if name in only:
                    screen(app, booth)
            booth.shutdown()
            db.close()
            return
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
        until(app, lambda: booth.lead_count.count is not None)  # counted off the GUI thread
        booth.window.grab().save(str(HERE / "capture.png"))
        camera_side(app, booth)
        saved_badge_only(booth)
        booth.window.tabs.setCurrentIndex(1)
        until(app, lambda: booth.leads.view.day_filter.count() > 1)
        booth.window.grab().save(str(HERE / "leads.png"))
        booth.window.tabs.setCurrentIndex(2)
        # The moment the tab opens: the counts are on their way, the window answers.
        app.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # laid out, nothing answered
        booth.window.grab().save(str(HERE / "dashboard-counting.png"))
        until(app, lambda: booth.dashboard.view.updated.text().startswith("Updated"))
        booth.window.grab().save(str(HERE / "dashboard.png"))
        lead_to_qualify(app, booth)
        queue(app, booth)
        export_dialog(app, booth)
        staff_dialog(app, booth)
        scanner_check(app, booth)
        merge_dialog(app, booth, Path(tmp))
        merge_question(app, booth, Path(tmp))
        combine_events(app, booth)
        lock_and_rescue(app, booth)
        import_dialog(app, booth, Path(tmp))
        import_whova(app, booth, Path(tmp))
        for screen in SCREENS.values():
            screen(app, booth)
        booth.shutdown()
        db.close()
        team_sync(app, Path(tmp))
    languages(app)


NOTES = {
    "de": ("Kommt mit ihrer IT-Leitung wieder; will den Pilot im Januar.", "Europe/Berlin"),
    "fr": ("Revient avec son responsable informatique ; veut le pilote en janvier.",
           "Europe/Paris"),
}


def languages(app: QApplication) -> None:
    """The capture view, the leads and the dashboard in German (the longest words) and
    French."""
    from showfloor.qt import translations
    from showfloor.qt.controllers.camera_controller import state_text
    from showfloor.qt.workers.background_read import reads_idle
    from showfloor.services.time_zones import set_event_zone

    devices.list_cameras = lambda **_: [CameraDevice("0", "Integrated Camera")]
    for code, (note, zone) in NOTES.items():
        translations.install(code)
        with tempfile.TemporaryDirectory() as tmp:
            paths = Paths(Path(tmp))
            db = open_database(paths.database)
            event_id, _created = create_demo(db)
            with db.session() as session:  # the show's clock, not this machine's
                set_event_zone(session, event_id, zone)
            booth = Booth(db, paths, camera="0")  # never started: no real camera opens
            booth.capture.sound = False

            booth.window.resize(1366, 768)
            booth.window.show()
            booth.capture.view.preview.show_frame(to_qimage(camera_frame(BADGE)))
            booth.capture.on_scanned(BADGE)
            booth.capture.view.notes.setPlainText(note)
            picker = booth.capture.view.camera_picker
            picker.blockSignals(True)
            picker.setCurrentIndex(0)
            booth.capture.view.camera_state.setText(state_text("live"))
            booth.window.set_status("camera", state_text("live"))
            counted, window = booth.lead_count, booth.window
            until(app, lambda: counted.count is not None and reads_idle(window))  # noqa: B023
            booth.window.grab().save(str(HERE / f"capture-{code}.png"))
            for index, name in ((1, "leads"), (2, "dashboard")):
                booth.window.tabs.setCurrentIndex(index)
                until(app, lambda: reads_idle(window))  # noqa: B023  (read off the GUI thread)
                booth.window.grab().save(str(HERE / f"{name}-{code}.png"))
            booth.shutdown()
            db.close()
    translations.install("en")


def team_sync(app: QApplication, tmp: Path) -> None:
    """The status bar's three team sync states, and Settings > Team sync."""
    from datetime import UTC, datetime, timedelta

    from showfloor.qt.controllers.settings_controller import SettingsController
    from showfloor.services.events import rename_this_device
    from showfloor.services.sync.live import RoundResult, TeamState
    from showfloor.services.sync.passphrase import change_event_passphrase
    from showfloor.services.sync.server_settings import TeamServer, remember_server

    paths = Paths(tmp / "team")
    db = open_database(paths.database)
    create_demo(db)
    booth = Booth(db, paths, camera=None)
    url = "postgresql://showfloor@192.168.43.10:5432/showfloor"
    with db.session() as session:  # for the Settings picture
        remember_server(session, url)
        rename_this_device(session, "Laptop 2")
        change_event_passphrase(session, "expo-team-2026")
    # No server answers here: each state is set as a round would leave it.
    booth.team_sync.server = TeamServer(url, 30)
    booth.window.resize(1366, 768)
    booth.window.show()
    now = datetime.now(UTC)
    refused = (
        "refused 1 row from the team server, not merged: lead 3f2a1b9c (Ada) was changed "
        "on the team server after it was signed (signature mismatch)"
    )
    failed = "Cannot reach the server at 192.168.43.10:5432: the user name or password was refused."
    for name, result in (
        ("team-synced", RoundResult(TeamState.SYNCED, now - timedelta(seconds=12), 0, "")),
        ("team-offline", RoundResult(TeamState.OFFLINE, now, 14, "no answer (timed out)")),
        ("team-sign-in-failed", RoundResult(TeamState.SIGN_IN_FAILED, None, 3, failed)),
        (
            "team-rows-refused",
            RoundResult(TeamState.SYNCED, now - timedelta(seconds=4), 0, refused, refused=1),
        ),
    ):
        booth.team_sync.result = result
        booth.team_sync.show_status()
        for _ in range(3):
            app.processEvents()
        bar = booth.window.statusBar()
        bar.grab().save(str(HERE / f"{name}.png"))
    settings = SettingsController(db, booth.window)
    dialog = settings.dialog
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(HERE / "settings-team-sync.png"))
    # Team sync > New password…, once the server took it: shown once, to write down.
    dialog.show_new_password("192.168.43.10:5432", "k3Vq-8xTzR_f2wPa", "")
    box = dialog.findChild(QMessageBox, "new_password_box")
    for _ in range(3):
        app.processEvents()
    box.grab().save(str(HERE / "settings-team-new-password.png"))
    box.close()
    dialog.close()
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
    from showfloor.services.sync.files import create_bundle
    from showfloor.services.sync.team import join_event, share_event

    setup = tmp / "team.sfsetup"
    share_event(booth.context.db, setup)  # the other laptops joined from the setup file
    bundles = []
    for name, people in (("ben", ["Jonas Weber", "Mei Tanaka"]), ("chloe", ["Olu Adeyemi"])):
        laptop = open_database(tmp / name / "showfloor.db")
        join_event(laptop, setup)
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
    # Dana's laptop was set up on its own: what its bundle does is shown first.
    trust = "Trust this laptop and merge"
    while dialog.start_button.text() != trust and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    dialog.changes_button.setChecked(True)
    app.processEvents()
    dialog.grab().save(str(HERE / "merge-trust.png"))
    dialog.start_button.click()
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
    from showfloor.qt.controllers.first_run_controller import FirstRunController
    from showfloor.qt.views.first_run_wizard import FirstRunWizard

    db = open_database(tmp / "erik" / "showfloor.db")
    wizard = FirstRunWizard(FirstRunController(db))
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
    path = tmp / "eventbrite-attendees.csv"
    path.write_text(EVENTBRITE_LIST, encoding="utf-8", newline="")
    _import_preview(app, booth, path, "import-preview.png")


def import_whova(app: QApplication, booth: Booth, tmp: Path) -> None:
    """The same for Whova's attendee template: example rows skipped, no id to resolve by."""
    template = HERE.parents[1] / "tests" / "fixtures" / "attendees" / "whova_attendee_template.csv"
    path = tmp / "whova-attendees.csv"
    path.write_bytes(template.read_bytes())
    _import_preview(app, booth, path, "import-preview-whova.png")


def _import_preview(app: QApplication, booth: Booth, path: Path, png: str) -> None:
    from showfloor.qt.controllers.attendee_import_controller import AttendeeImportController

    os.chdir(path.parent)  # the dialog shows the file by name, not this machine's temp folder
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
    dialog.grab().save(str(HERE / png))
    dialog.close()
    os.chdir(HERE)




def follow_ups(app: QApplication, booth: Booth) -> None:
    """The Follow-ups tab, one lead done, the owner filter open to everyone."""
    booth.window.tabs.setCurrentWidget(booth.follow_ups.view)
    app.processEvents()
    booth.follow_ups.view.table.selectRow(0)
    booth.follow_ups.toggle_done()
    booth.follow_ups.view.table.selectRow(1)
    app.processEvents()
    booth.window.grab().save(str(HERE / "follow-ups.png"))


def duplicate_hints(app: QApplication, booth: Booth) -> None:
    """A visitor typed twice: the Leads view's hint and the capture form's."""
    from showfloor.domain.person import PersonFields
    from showfloor.services.capture import CaptureRequest, CaptureService

    CaptureService(booth.context.db).capture(
        CaptureRequest(
            visitor_class="customer",
            person=PersonFields(first_name="Jon", last_name="Weber", company="Weber & Söhne GmbH"),
            staff_name="Ben Okafor",
        )
    )
    booth.context.leads_changed.emit()
    leads = booth.leads
    booth.window.tabs.setCurrentWidget(leads.view)
    app.processEvents()
    leads.refresh_now()
    row = next(r for r in range(leads.model.count) if leads.model.row_at(r).name == "Jon Weber")
    leads._select_rows([row], row)  # noqa: SLF001
    leads.look_for_duplicate()
    app.processEvents()
    booth.window.grab().save(str(HERE / "duplicate-hint.png"))
    view = booth.capture.view
    booth.window.tabs.setCurrentWidget(view)
    booth.capture.clear_form()
    for key, text in (("first_name", "Jonas"), ("last_name", "Webber"), ("company", "Weber")):
        view.person_edits[key].setText(text)
    booth.duplicate_hint.look_up()
    app.processEvents()
    booth.window.grab().save(str(HERE / "capture-duplicate.png"))
    booth.capture.clear_form()


def lead_dialog(app: QApplication, booth: Booth) -> None:
    """The lead dialog correcting a visit's due date and setting the follow-up."""
    from sqlalchemy import select

    from showfloor.store.models import Lead

    with booth.context.db.session() as session:
        lead_id = session.scalars(
            select(Lead.id).where(Lead.email == "mei.tanaka@kaizen.example")
        ).one()
    booth.leads.open_lead_id(lead_id)
    dialog = booth.leads.dialog
    assert dialog is not None
    dialog.answer_edits["customer"]["next_step_due"].setText("2026-12-03")
    dialog.owner_combo.setCurrentText("Ben Okafor")
    app.processEvents()
    dialog.grab().save(str(HERE / "lead-dialog.png"))
    dialog.reject()


def merge_sealed(app: QApplication, booth: Booth) -> None:
    """A teammate's bundle sealed with a team passphrase this laptop does not keep."""
    from showfloor.domain.person import PersonFields
    from showfloor.services.capture import CaptureRequest, CaptureService
    from showfloor.services.sync.files import create_bundle
    from showfloor.services.sync.passphrase import set_event_passphrase
    from showfloor.services.sync.team import join_event, share_event

    with tempfile.TemporaryDirectory() as tmp:
        share_event(booth.context.db, Path(tmp) / "setup.sfb")
        laptop = open_database(Path(tmp) / "omar" / "showfloor.db")
        join_event(laptop, Path(tmp) / "setup.sfb")
        with laptop.session() as session:
            set_event_passphrase(session, "expo-team-2026")
        fields = PersonFields(first_name="Omar", last_name="Haddad", email="omar@example.org")
        CaptureService(laptop).capture(CaptureRequest("customer", fields))
        create_bundle(laptop, Path(tmp) / "laptop-omar.sfb")
        laptop.close()
        dialog = booth.sync.merge_files([Path(tmp) / "laptop-omar.sfb"])
        app.processEvents()
        dialog.passphrase.setText("expo-team-2026")
        app.processEvents()
        dialog.grab().save(str(HERE / "merge-sealed.png"))
        dialog.close()


def sync_trust(app: QApplication, booth: Booth) -> None:
    """File > Sync with server…: the team server holds rows of a laptop set up on its own."""
    from showfloor.services.sync.merge import MergeSummary
    from showfloor.services.sync.remote import SyncResult
    from showfloor.services.sync.row_proofs import Refusal

    laptop = "'Dana (laptop 3)' (key 3F2A 91C0 77D1)"
    reason = f"comes from a laptop this one does not trust yet: {laptop}"
    refused = (Refusal("leads", "3f2a1b9c", "lead 3f2a1b9c (Lena Vogel)", reason),) * 3
    got = SyncResult("pull", "192.168.43.10:5432", 3, MergeSummary(), refused, untrusted=(laptop,))
    dialog = booth.sync.sync_with_server()
    dialog.url.setText("postgresql://showfloor@192.168.43.10:5432/showfloor")
    booth.sync._ask_trust(dialog, got)  # as a pull leaves it (no server answers here)
    app.processEvents()
    dialog.grab().save(str(HERE / "sync-trust.png"))
    dialog.close()


def sync_everything(app: QApplication, booth: Booth) -> None:
    """File > Sign and send everything to the server…, before it starts."""
    dialog = booth.sync.send_everything()
    dialog.url.setText("postgresql://showfloor@192.168.43.10:5432/showfloor")
    for _ in range(3):
        app.processEvents()
    dialog.grab().save(str(HERE / "sync-everything.png"))
    dialog.close()


def trash(app: QApplication, booth: Booth) -> None:
    """Event > Deleted leads: a lead deleted by mistake, ready to be restored."""
    from sqlalchemy import select

    from showfloor.services.lead_edit import delete_lead
    from showfloor.store.models import Lead

    with booth.context.db.session() as session:
        lead_id = session.scalars(select(Lead.id).where(Lead.deleted_at.is_(None))).first()
        assert lead_id is not None
        delete_lead(session, lead_id)
    dialog = booth.trash.open()
    app.processEvents()
    dialog.grab().save(str(HERE / "trash.png"))
def business_card(app: QApplication, booth: Booth) -> None:
    """A card read with F8 (the picture a webcam gives, its fields marked "card"), saved
    with the visitor's agreement to keep the picture, and the lead dialog showing it."""
    sys.path.insert(0, str(HERE.parents[1] / "tests"))
    from sqlalchemy import select

    from showfloor.domain.questions import VisitorClass as Class
    from showfloor.store.models import Lead

    from helpers.card_frames import Card, photograph, render_card

    card = Card(
        name="Amélie Lefèvre", title="Directrice des achats", company="Café Numérique SARL",
        email="amelie.lefevre@cafe-numerique.fr", phone_printed="+33 6 12 34 56 78",
        phone="+33612345678", website="www.cafe-numerique.fr",
        address=("12 rue de la Paix", "75002 Paris"), phone_label="Mob.",
        email_label="E-mail :",
    )  # fmt: skip
    frame = photograph(render_card(card, 3), 3, hard=False)
    booth.window.tabs.setCurrentIndex(0)
    booth.capture.clear_form()
    view = booth.capture.view
    view.preview.show_frame(to_qimage(frame))
    done: list[object] = []
    booth.cards.read_done.connect(done.append)
    booth.cards._form_at_start = booth.capture.form_number
    booth.cards._read_frame(frame)  # what F8 does with the sharpest frame
    deadline = time.monotonic() + 120
    while not done and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    assert done, "the card was not read"
    view.keep_card.setChecked(True)
    app.processEvents()
    booth.window.grab().save(str(HERE / "capture-card.png"))
    booth.capture.choose_class(Class.CUSTOMER)
    assert booth.capture.save() is not None
    with booth.context.db.session() as session:
        lead_id = session.scalars(
            select(Lead.id).where(Lead.email == "amelie.lefevre@cafe-numerique.fr")
        ).one()
    booth.leads.open_lead_id(lead_id)
    dialog = booth.leads.dialog
    assert dialog is not None
    app.processEvents()
    dialog.grab().save(str(HERE / "lead-dialog-card.png"))
    dialog.reject()


def share_contact(app: QApplication, booth: Booth) -> None:
    """File > Share our contact: the booth's vCard, full screen (here at a laptop's size)."""
    from showfloor.domain.booth_contact import BoothContact
    from showfloor.qt.controllers.share_contact_controller import booth_contact_window
    from showfloor.services.qrcodes import set_booth_contact

    with booth.context.db.session() as session:
        set_booth_contact(session, BoothContact(
            name="Anna Berg", company="Showfloor", email="anna@showfloor.example",
            phone="+49 30 1234567", url="https://showfloor.example"))  # fmt: skip
    window = booth_contact_window(booth.context.db)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    window.grab().save(str(HERE / "share-contact.png"))
    window.close()


def wizard_camera(app: QApplication, tmp: Path) -> None:
    """The wizard's camera page: the capture window's camera path, a badge in view."""
    import cv2

    from showfloor.qt.controllers.first_run_controller import FirstRunController
    from showfloor.qt.views.first_run_wizard import FirstRunWizard
    from showfloor.scanning.sources import OpenCVSource

    frames = tmp / "wizard-frames"
    frames.mkdir()
    for i in range(3):
        cv2.imwrite(str(frames / f"{i:03d}.png"), camera_frame(GRACE))
    db = open_database(tmp / "new" / "showfloor.db")
    wizard = FirstRunWizard(FirstRunController(db))
    sequence = str(frames / "%03d.png")
    wizard.camera_check.make_source = (  # type: ignore[method-assign]
        lambda _spec: OpenCVSource(sequence, loop=True)  # build machines have no camera
    )
    wizard.show()
    wizard.event_name.setText("Demo Expo 2026")
    wizard.next()
    wizard.staff_name.setText("Anna Berg")
    wizard.next()
    until(app, lambda: wizard.camera_preview.frames_shown > 3)
    wizard.grab().save(str(HERE / "wizard-camera.png"))
    wizard.reject()
    db.close()


def wizard(app: QApplication, _booth: Booth) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        wizard_join(app, Path(tmp))
        wizard_camera(app, Path(tmp))


SCREENS = {
    "camera": camera_side,
    "sync-trust": sync_trust,
    "sync-everything": sync_everything,
    "merge-sealed": merge_sealed,
    "business-card": business_card,
    "share-contact": share_contact,
    "wizard": wizard,
    "follow-ups": follow_ups,
    "duplicate-hint": duplicate_hints,
    "lead-dialog": lead_dialog,
    "trash": trash,
}


if __name__ == "__main__":
    main()
