"""File menu for after the show: CSV export, the debrief, our contact as a QR code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from showfloor.domain.errors import ShowfloorError
from showfloor.domain.file_names import file_stem
from showfloor.qt import translations
from showfloor.qt.context import AppContext
from showfloor.qt.controllers.export_controller import ExportController
from showfloor.qt.controllers.share_contact_controller import booth_contact_window
from showfloor.qt.controllers.test_sheet import save_test_sheet
from showfloor.qt.main_window import MainWindow
from showfloor.qt.pdf import write_report_pdf
from showfloor.qt.views.share_contact import ShareContactWindow
from showfloor.services.report import build_debrief
from showfloor.services.report_html import render_html


class AfterShowController(QObject):
    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.context, self.window = context, window
        self.share: ShareContactWindow | None = None
        w = window
        w.add_action("&File", self.tr("&Export leads to CSV…"), "Ctrl+E", self.export_csv)
        w.add_action("&File", self.tr("&Debrief report…"), "Ctrl+R", self.debrief)
        w.add_action(
            "&File", self.tr("Share &our contact (QR)"), "Ctrl+Shift+Q", self.share_contact
        )
        w.add_action("&File", self.tr("Print &test badges…"), "Ctrl+Shift+T", self.test_sheet)

    def export_csv(self) -> None:
        ExportController(self.context.db, self.context.event_id, self.window).exec()

    def debrief(self) -> None:
        default = Path.home() / f"{file_stem(self.context.event_name, 'event')}-debrief.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the debrief"),
            str(default),
            self.tr("PDF (*.pdf);;Web page (*.html)"),
        )
        if not name:
            return
        self.write_debrief(Path(name))

    def write_debrief(self, path: Path) -> None:
        # A second or two on a big show (lists in the PDF are capped): a busy cursor says so.
        self.window.statusBar().showMessage(
            self.tr("Writing the debrief to {name}…").format(name=path.name)
        )
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # Hours on the event's clock, words in the window's language.
            debrief = build_debrief(
                self.context.db, self.context.event_id, language=translations.current_language()
            )
            if path.suffix.lower() == ".html":
                path.write_text(render_html(debrief), encoding="utf-8")
            else:
                write_report_pdf(debrief, path)
        except (ShowfloorError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            self.window.statusBar().clearMessage()
            QMessageBox.warning(
                self.window,
                self.tr("Debrief"),
                self.tr("Could not write {name}: {error}").format(name=path.name, error=exc),
            )
            return
        except BaseException:
            QApplication.restoreOverrideCursor()
            raise
        QApplication.restoreOverrideCursor()
        # Said where it stays (the status bar's "saved" place, the folder in its tip),
        # not only in a message that goes after a few seconds.
        self.window.set_status(
            "saved", self.tr("Debrief saved: {name}").format(name=path.name), str(path)
        )
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        note = (
            ""
            if opened
            else " " + self.tr("No program on this computer opens it; find it in that folder.")
        )
        self.window.statusBar().showMessage(
            self.tr("Debrief saved to {path}.").format(path=path) + note, 15000
        )

    def share_contact(self) -> None:
        try:
            self.share = booth_contact_window(self.context.db, self.window)
        except ShowfloorError as exc:
            QMessageBox.information(
                self.window,
                self.tr("Share our contact"),
                self.tr("{exc} Set it in File > Settings > Our contact.").format(exc=exc),
            )
            return
        self.share.showFullScreen()

    def test_sheet(self) -> None:
        name = save_test_sheet(self.window)
        if name is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(name))
