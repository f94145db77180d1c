"""QApplication set-up and the main window wiring."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from showfloor.config import Paths
from showfloor.domain.errors import ShowfloorError
from showfloor.qt import translations
from showfloor.qt.assets import app_icon
from showfloor.qt.context import AppContext
from showfloor.qt.controllers.after_show_controller import AfterShowController
from showfloor.qt.controllers.backup_controller import BackupController
from showfloor.qt.controllers.camera_controller import CameraController
from showfloor.qt.controllers.capture_controller import CaptureController
from showfloor.qt.controllers.card_controller import CardController
from showfloor.qt.controllers.duplicate_hint_controller import DuplicateHintController
from showfloor.qt.controllers.event_team_controller import EventTeamController
from showfloor.qt.controllers.first_run_controller import FirstRunController
from showfloor.qt.controllers.lead_count_controller import LeadCountController
from showfloor.qt.controllers.lock_controller import LockController
from showfloor.qt.controllers.recovery_controller import offer_restore
from showfloor.qt.controllers.rescue_controller import RescueController
from showfloor.qt.controllers.session_controller import SessionController
from showfloor.qt.controllers.staff_controller import StaffController
from showfloor.qt.controllers.sync_controller import SyncController
from showfloor.qt.controllers.team_sync_controller import TeamSyncController
from showfloor.qt.main_window import MainWindow
from showfloor.qt.views.first_run_wizard import FirstRunWizard
from showfloor.qt.window_place import place_window, remember_window
from showfloor.services.events import has_events
from showfloor.services.preferences import load_preferences, remember_camera
from showfloor.services.privacy import purge_older_than, retention_days
from showfloor.services.recovery import open_store
from showfloor.store.database import Database, storage_errors

log = logging.getLogger(__name__)


class Booth(QObject):
    """Everything one window needs, built in one place (tests build it too)."""

    def __init__(self, db: Database, paths: Paths, camera: str | None = None) -> None:
        super().__init__()
        self.context = AppContext(db, paths, self)
        self.window = MainWindow(self.context)
        self.capture = CaptureController(self.context, self.window)
        self.camera = CameraController(
            self.capture.view,
            self.capture.on_camera_codes,
            self.capture.on_camera_decoded,
            camera,
            self,
            remember=self._remember_camera,
        )
        self.camera.state_text.connect(lambda text: self.window.set_status("camera", text))
        self.cards = CardController(self.context, self.capture, self.camera, self)
        self.duplicate_hint = DuplicateHintController(self.context, self.capture)
        self.session = SessionController(self.context, self.window, self.capture)
        self._add_optional_views()
        self.backups = BackupController(self.context, self.window)
        self.lock = LockController(self.context, self.window)
        self.rescue = RescueController(self.context, self.window, self._resave)
        self.sync = SyncController(self.context, self.window)
        self.team_sync = TeamSyncController(self.context, self.window)
        self.sync.team_server_changed.connect(self.team_sync.reconfigure)
        self.event_team = EventTeamController(self.context, self.window)
        self.after_show = AfterShowController(self.context, self.window)
        self.staff = StaffController(self.context, self.window)
        self.session.settings_saved.connect(self._reload_settings)
        self.window.add_action("&File", self.tr("&Quit"), "Ctrl+Q", self.window.close)
        self.window.add_action(
            "&Help", self.tr("&Keyboard shortcuts"), "F1", self.window.show_shortcuts
        )
        self.window.set_status("event", self.context.event_name)
        self.window.set_status("staff", self.context.staff_name or self.tr("No staff chosen"))
        self.lead_count = LeadCountController(self.context, self.window)
        self._install_wedge()
        if db.read_only:
            self.window.statusBar().showMessage(
                self.tr(
                    "Read-only: {read_only}. Leads can be read and exported; nothing can be saved."
                ).format(read_only=db.read_only)
            )

    def _add_optional_views(self) -> None:
        from showfloor.qt.controllers.dashboard_controller import DashboardController
        from showfloor.qt.controllers.follow_ups_controller import FollowUpsController
        from showfloor.qt.controllers.leads_controller import LeadsController
        from showfloor.qt.controllers.trash_controller import TrashController

        self.leads = LeadsController(self.context, self.window)
        self.trash = TrashController(self.context, self.window)
        self.dashboard = DashboardController(self.context, self.window)
        self.follow_ups = FollowUpsController(
            self.context, self.window, open_lead=self.leads.open_lead_id
        )

    def _install_wedge(self) -> None:
        from showfloor.qt.wedge import WedgeDetector

        # Handheld scanners type into whatever has the focus, on any tab or dialog.
        self.wedge = WedgeDetector([self.window])
        self.wedge.scanned.connect(self.capture.on_wedge_scan)

    def _resave(self) -> None:
        """After a rescue: the visitor whose save was refused, saved in the new folder."""
        if self.capture.selected_class() is not None:
            self.capture.save()

    def _remember_camera(self, spec: str | None) -> None:
        try:
            with storage_errors(self.context.db.path), self.context.db.session() as session:
                remember_camera(session, spec)
        except ShowfloorError as exc:  # the camera works on; only the choice is not kept
            self.window.set_status("camera", str(exc))

    def _reload_settings(self) -> None:
        with self.context.db.session() as session:
            self.camera.choose(load_preferences(session).camera)
        self.backups.apply_settings()
        self.team_sync.reconfigure()
        self.lock.set_idle_minutes(self.lock._stored_idle_minutes())  # noqa: SLF001

    def offer_retention_purge(self) -> None:
        """Leads past the retention period go only after the booth lead confirms."""
        with self.context.db.session() as session:
            days = retention_days(session)
        if days is None:
            return
        due = purge_older_than(self.context.db, days, confirm=False)
        if due.leads == 0:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Retention period"),
            self.tr(
                "{leads} leads were last seen more than {days} days ago, "
                "past your retention setting. Delete them now? (Backups keep "
                "them until they rotate out.)"
            ).format(leads=due.leads, days=days),
        )
        if answer == QMessageBox.StandardButton.Yes:
            purge_older_than(self.context.db, days, confirm=True)
            self.context.leads_changed.emit()

    def start(self) -> None:
        self.camera.start()
        self.window.show()

    def shutdown(self) -> None:
        """Before the database closes: stop the camera and every background read."""
        remember_window(self.window)
        self.cards.shutdown()
        self.camera.shutdown()
        self.sync.shutdown()
        self.team_sync.shutdown()
        self.event_team.shutdown()
        self.lead_count.shutdown()
        self.dashboard.shutdown()
        self.duplicate_hint.shutdown()
        self.leads.shutdown()


def _recover(paths: Paths, exc: ShowfloorError) -> Database | None:
    """A damaged database: offer the newest good backup; otherwise say what is wrong."""
    if offer_restore(paths, str(exc)):
        try:
            return open_store(paths)
        except ShowfloorError as again:
            exc = again
    QMessageBox.critical(
        None, QCoreApplication.translate("App", "Showfloor cannot open its database"), str(exc)
    )
    sys.stderr.write(f"showfloor: {exc}\n")
    return None


def run_app(paths: Paths, camera: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Showfloor")
    app.setDesktopFileName("showfloor")
    app.setWindowIcon(app_icon())
    db: Database | None
    try:
        db = open_store(paths)
    except ShowfloorError as exc:
        db = _recover(paths, exc)
    if db is None:
        return 1
    translations.install(translations.chosen_language(db))  # before the first widget
    with db.session() as session:
        first_run = not has_events(session)  # not list_events: it counts every lead
        prefs = load_preferences(session)
    if first_run:
        # Cancelling the wizard still leaves a usable default event.
        FirstRunWizard(FirstRunController(db)).exec()
    booth = Booth(db, paths, camera if camera is not None else prefs.camera)
    place_window(booth.window)
    booth.start()
    booth.offer_retention_purge()
    app.aboutToQuit.connect(booth.shutdown)
    QTimer.singleShot(0, lambda: log.info("capture ready"))  # the event loop runs: keys work
    code = app.exec()
    db.close()
    return int(code)
